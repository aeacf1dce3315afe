/**
 * What a statement of account shows, as a plain object the caller fills from the ledger. The
 * documents (CSV, PDF) only lay it out: they compute no balance of their own.
 *
 * Signs are the customer's: a positive amount raises what the customer owes (a charge, a fee,
 * interest, a refund paid out), a negative one lowers it (a payment, a credit note, a
 * write-off); a positive balance is owed by the customer, a negative one is credit in their
 * favour.
 */

/** A statement lists at most this many entries; the caller refuses a longer period. */
export const STATEMENT_ENTRIES_MAX = 10_000;
/** And at most this many open items. */
export const STATEMENT_OPEN_ITEMS_MAX = 10_000;
/** The billing address has at most this many lines (what a window envelope shows). */
export const BILLING_ADDRESS_LINES_MAX = 6;
/** The locale when the organization names none. */
export const STATEMENT_LOCALE_DEFAULT = 'en';

export interface StatementEntry {
  /** The booking date, YYYY-MM-DD. */
  date: string;
  /** The entry's public id (`trn_…`). */
  id: string;
  /** The entry's kind (`CHARGE`, `PAYMENT`, `FEE`, `INTEREST`, …). */
  kind: string;
  description: string | null;
  /** Signed as the customer sees it (see above), in minor units. */
  amountMinor: bigint;
  /** The balance after this entry, in minor units. */
  runningBalanceMinor: bigint;
}

export interface StatementOpenItem {
  dueDate: string;
  description: string | null;
  openMinor: bigint;
}

export interface StatementOfAccountInput {
  organization: {
    name: string;
    /** BCP 47 (`en`, `fi-FI`, `de-DE`); STATEMENT_LOCALE_DEFAULT when absent. */
    locale?: string | undefined;
    /** IANA time zone: the generation date is the calendar day of `generatedAt` there. */
    timeZone: string;
  };
  customer: {
    name: string;
    number: string;
    billingAddress: readonly string[];
  };
  account: {
    number: string;
    name: string;
    /** ISO 4217; every amount of the statement is in it. */
    currency: string;
  };
  paymentReference: string | null;
  /** The period by booking date, both days included (YYYY-MM-DD). */
  period: { from: string; to: string };
  openingBalanceMinor: bigint;
  entries: readonly StatementEntry[];
  closingBalanceMinor: bigint;
  /** Charges still open at the end of the period, oldest due date first. */
  openItems: readonly StatementOpenItem[];
  generatedAt: Date;
}
