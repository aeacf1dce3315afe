/**
 * A customer of an organization: a numeric `number` (int64, the v1/v4 `customerId`) and a UUID, its
 * public id. The customers table is keyed by that UUID, so a customer has no separate row key `id`.
 */
export interface Customer {
  publicId: string; // the UUID, 003 `customer_id` (and the customers table's key)
  organizationId: string;
  number: bigint;
  name: string;
  email: string | null;
  categories: string[];
  externalReferences: Array<{ source: string; externalId: string }>;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const CUSTOMER_NUMBER_MIN = 1n;
export const CUSTOMER_NUMBER_MAX = 9_223_372_036_854_775_807n;
export const CUSTOMER_NAME_MAX_LENGTH = 200;
export const CUSTOMER_EMAIL_MAX_LENGTH = 254;
export const CUSTOMER_CATEGORIES_MAX = 50;
export const CUSTOMER_CATEGORY_MAX_LENGTH = 64;
export const EXTERNAL_REFERENCES_MAX = 20;
export const EXTERNAL_SOURCE_MAX_LENGTH = 64;
export const EXTERNAL_ID_MAX_LENGTH = 128;

export interface ExternalReference {
  source: string;
  externalId: string;
}

export interface CustomerListOptions {
  limit: number;
  /** The number of the last customer of the previous page. */
  afterNumber?: bigint | undefined;
  category?: string | undefined;
  externalSource?: string | undefined;
  externalId?: string | undefined;
  /** Free text: see CustomerSearch. */
  search?: CustomerSearch | undefined;
}

/**
 * What a person types to find a customer: the customer number, an account number or payment
 * reference (exactly), part of the name or the start of the email (either case).
 */
export interface CustomerSearch {
  /** As typed, trimmed: matched against account numbers, and as part of names and emails. */
  text: string;
  /** The text as a customer number, when it is one. */
  number: bigint | undefined;
  /** The text as a payment reference is stored: spaces dropped, upper case. */
  paymentReference: string;
}

export const CUSTOMER_SEARCH_MAX_LENGTH = 200;

export interface CustomerPage {
  data: Customer[];
  /** The number to continue after, or null on the last page. */
  nextAfterNumber: bigint | null;
}

export interface CustomerStore {
  /** Refuses a taken number (customer_number_taken) or external reference (external_reference_taken). */
  insert(customer: Customer): Promise<void>;
  findByPublicId(
    organizationId: string,
    publicId: string,
    options?: { forUpdate?: boolean },
  ): Promise<Customer | undefined>;
  findByNumber(organizationId: string, number: bigint): Promise<Customer | undefined>;
  findByExternalReference(organizationId: string, reference: ExternalReference): Promise<Customer | undefined>;
  /** Ordered by number. */
  list(organizationId: string, options: CustomerListOptions): Promise<CustomerPage>;
  /** Writes the customer when its stored version is `expectedVersion`; false when it moved on. */
  update(customer: Customer, expectedVersion: number): Promise<boolean>;
  /**
   * The number after the organization's highest, serialized per organization until commit so
   * that two concurrent creations do not pick the same one.
   */
  nextNumber(organizationId: string): Promise<bigint>;
}
