/**
 * An account of a customer, with every field of seeds 002 and 003 and its maintained figures.
 * Figures are minor units (bigint) and change only in the transaction of the entry behind them.
 */
export const ACCOUNT_STATUSES = [
  'ACCOUNT_OK',
  'ACCOUNT_BLOCKED',
  'ACCOUNT_COLLECTION',
  'ACCOUNT_TO_CLOSE',
  'ACCOUNT_CLOSED',
  'ACCOUNT_AUTO_CLOSED',
] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/**
 * A closed account: closed by a request, or automatically once settled after ACCOUNT_TO_CLOSE.
 * It takes no new charges of its own (credits, payments, reversals, and the fees and interest on
 * what it still owes do land), is not dunned, and keeps its last payment method.
 */
export const CLOSED_STATUSES = ['ACCOUNT_CLOSED', 'ACCOUNT_AUTO_CLOSED'] as const satisfies readonly AccountStatus[];

export function isClosedStatus(status: string): boolean {
  return status === 'ACCOUNT_CLOSED' || status === 'ACCOUNT_AUTO_CLOSED';
}

export const MODALITIES = ['RECURRING_PREPAID', 'POSTPAID'] as const;
export type Modality = (typeof MODALITIES)[number];

export const PAYMENT_METHOD_TYPES = ['DIRECT_DEBIT', 'CREDIT_CARD'] as const;
export type PaymentMethodType = (typeof PAYMENT_METHOD_TYPES)[number];

export const PAYMENT_REFERENCE_TYPES = ['MOD10', 'FINNISH_7_3_1', 'RF'] as const;
export type PaymentReferenceType = (typeof PAYMENT_REFERENCE_TYPES)[number];

export const ACCOUNT_NAME_MAX_LENGTH = 64;
export const ACCOUNT_NUMBER_MAX_LENGTH = 64;

export interface PaymentMethod {
  type: PaymentMethodType;
  details: { iban?: string; token_id?: string } | null;
}

export interface PaymentReference {
  type: PaymentReferenceType;
  number: string;
}

export interface BillingAddress {
  [field: string]: string | undefined;
}

export interface AccountFigures {
  /** credits − charges; negative means the customer owes. */
  balanceMinor: bigint;
  chargedMinor: bigint;
  creditedMinor: bigint;
  /** Sum of the open amounts of charges. */
  openMinor: bigint;
  /** Credit not yet allocated to a charge (v1 `consumptionCredit`, the prepaid balance). */
  unallocatedMinor: bigint;
}

export interface Account extends AccountFigures {
  id: number; // the row key (v4 `id` and the native `numeric_id`, as strings there)
  publicId: string; // 003 `account_id`
  organizationId: string;
  customerPublicId: string; // the customer's public id (003 `customer_id`)
  customerNumber: bigint; // the customer's number (v1/v4 `customerId`)
  number: string;
  name: string | null;
  currency: string;
  creditLimitMinor: bigint;
  status: AccountStatus;
  modality: Modality;
  parentId: number | null;
  parentPublicId: string | null; // the parent's 003 `account_id`
  template: string | null;
  paymentReference: PaymentReference | null;
  billingAddress: BillingAddress | null;
  paymentMethod: PaymentMethod;
  isDefault: boolean;
  dunningLevel: number | null;
  dunningExempt: boolean;
  inDebtCollection: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export const ACCOUNT_TEMPLATE_NAME_MAX_LENGTH = 64;

/** Named defaults for new accounts: what the body leaves out, the template gives. */
export interface AccountTemplate {
  organizationId: string;
  name: string;
  currency: string | null;
  creditLimitMinor: bigint | null;
  modality: Modality | null;
  paymentReferenceType: PaymentReferenceType | null;
  createdAt: string;
}

/** An account as created: no id yet, figures zero. */
export type NewAccount = Omit<Account, 'id' | keyof AccountFigures | 'customerNumber' | 'parentPublicId'>;

/** The fields an update may change (besides version and updatedAt). */
export type AccountChanges = Partial<
  Pick<
    Account,
    'name' | 'creditLimitMinor' | 'billingAddress' | 'template' | 'parentId' | 'paymentMethod' | 'status' | 'closedAt'
  >
>;

export interface AccountListOptions {
  limit: number;
  afterId?: number | undefined;
  /** Index of the dunning level (0 = the first); null: accounts at no level. */
  dunningLevel?: number | null | undefined;
  status?: AccountStatus | undefined;
}

export const ACCOUNT_PAGE_LIMIT_MAX = 100;

export interface AccountStore {
  /** Inserts the account and returns its numeric id; refuses a taken number or reference. */
  insert(account: NewAccount): Promise<number>;
  /** With forUpdate the row stays locked until commit (PostgreSQL; SQLite has one writer). */
  findByPublicId(
    organizationId: string,
    publicId: string,
    options?: { forUpdate?: boolean },
  ): Promise<Account | undefined>;
  findById(organizationId: string, id: number, options?: { forUpdate?: boolean }): Promise<Account | undefined>;
  findByNumber(organizationId: string, number: string): Promise<Account | undefined>;
  findByPaymentReference(organizationId: string, number: string): Promise<Account | undefined>;
  /** A customer's accounts, oldest first. */
  listByCustomer(organizationId: string, customerPublicId: string): Promise<Account[]>;
  /** The organization's accounts, oldest first, after the numeric id `afterId`, filtered. */
  list(organizationId: string, options: AccountListOptions): Promise<Account[]>;
  /** Applies the changes when the stored version is `expectedVersion`, bumping it; false when it moved on. */
  update(
    organizationId: string,
    id: number,
    expectedVersion: number,
    changes: AccountChanges,
    updatedAt: string,
  ): Promise<boolean>;
  /** The next value of one of the organization's counters (1, 2, …), serialized until commit. */
  nextCounter(organizationId: string, name: 'account_number' | 'payment_reference'): Promise<bigint>;
  insertTemplate(template: AccountTemplate): Promise<void>;
  findTemplate(organizationId: string, name: string): Promise<AccountTemplate | undefined>;
  listTemplates(organizationId: string): Promise<AccountTemplate[]>;
}
