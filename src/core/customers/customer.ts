/** A customer of an organization: a numeric `number` (int64, the v1/v4 `customerId`) and a UUID. */
export interface Customer {
  id: string; // uuid, the 003 `customer_id`
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
