/**
 * What the aging report reads. `before` is an instant (ISO text): the end of `as_of` in the
 * organization's time zone. Null reads today's open amounts as they are maintained; an instant
 * replays them as they stood then (src/storage/stores/aging.ts).
 */

/** Open amounts summed per currency and due date (each charge's open amount is never negative). */
export interface AgingDueSum {
  currency: string;
  dueDate: string;
  openMinor: bigint;
}

/** One charge with an open amount, with its account's and customer's names for the rows. */
export interface AgingChargeRow {
  accountId: number;
  accountPublicId: string;
  customerNumber: string;
  customerName: string;
  currency: string;
  dueDate: string;
  openMinor: bigint;
}

export interface AgingStore {
  openByCurrencyAndDueDate(organizationId: string, before: string | null): Promise<AgingDueSum[]>;
  /** The organization's account ids after `afterId`, in id order. */
  accountIds(organizationId: string, afterId: number, limit: number): Promise<number[]>;
  /** The charges of accounts with ids in [fromId, toId] that had an open amount, in account order. */
  openChargesBetween(
    organizationId: string,
    fromId: number,
    toId: number,
    before: string | null,
  ): Promise<AgingChargeRow[]>;
  /** The ids and open amounts of one account's charges open before the instant (null: now), oldest due date first. */
  openChargesOfAccount(
    organizationId: string,
    accountId: number,
    before: string | null,
    limit: number,
  ): Promise<Array<{ entryId: number; openMinor: bigint }>>;
}
