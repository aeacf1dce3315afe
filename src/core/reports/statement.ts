/**
 * The statement of account of one account for a period of booking dates: the balance before
 * it, the entries booked in it with the balance after each, the balance after it, and the
 * charges still open at its end (as the books stood then). The documents (JSON, CSV, PDF) are
 * views of this one reading.
 *
 * Installments are left out of the entries: a plan moves open amounts and counts in no total
 * (docs/receivables.md), so they change no balance; they show among the open items.
 */
import type { Account } from '../accounts/account.ts';
import { addDays } from '../clock.ts';
import type { Customer } from '../customers/customer.ts';
import { entryDetails } from '../entries/queries.ts';
import type { EntryDetail } from '../entries/entry.ts';
import { SaldoError, assert } from '../errors.ts';
import type { Store } from '../store.ts';
import { startOfDay } from './aging-report.ts';

/** The longest statement: what one document can carry and one request should read. */
export const STATEMENT_ENTRIES_LIMIT = 10_000;
export const STATEMENT_OPEN_ITEMS_LIMIT = 10_000;
/** The period when none is asked: the last 30 days, today included. */
export const STATEMENT_DAYS_DEFAULT = 30;

export interface Statement {
  account: Account;
  customer: Customer;
  from: string;
  to: string;
  /** Ledger signs (credits − charges): negative, the customer owes. */
  openingBalanceMinor: bigint;
  entries: EntryDetail[];
  closingBalanceMinor: bigint;
  /** Charges open at the end of `to`, with their open amount then (oldest due date first). */
  openItems: Array<{ detail: EntryDetail; openMinor: bigint }>;
}

/**
 * The period asked for, with its defaults: up to today, and the 30 days up to `to`. The caller has
 * checked that what it gives are calendar dates; the answer may still start after it ends.
 */
export function statementPeriod(
  today: string,
  from: string | undefined,
  to: string | undefined,
): { from: string; to: string } {
  const end = to ?? today;
  return { from: from ?? addDays(end, -(STATEMENT_DAYS_DEFAULT - 1)), to: end };
}

export async function statementOfAccount(
  store: Store,
  organization: { id: string; timeZone: string },
  accountPublicId: string,
  today: string,
  period: { from: string; to: string },
): Promise<Statement> {
  const account = await store.accounts.findByPublicId(organization.id, accountPublicId);
  if (!account) throw new SaldoError('account_not_found');
  const ledgerAccount = await store.entries.findAccountById(organization.id, account.id);
  const customer = await store.customers.findByPublicId(organization.id, account.customerPublicId);
  assert(ledgerAccount && customer, 'an account without its ledger figures or customer');

  const start = startOfDay(period.from, organization.timeZone);
  const end = startOfDay(addDays(period.to, 1), organization.timeZone);
  const booked = await store.entries.entriesBookedBetween(
    organization.id,
    account.id,
    start,
    end,
    STATEMENT_ENTRIES_LIMIT + 1,
  );
  if (booked.length > STATEMENT_ENTRIES_LIMIT) {
    throw new SaldoError('validation_failed', {
      detail: `The period holds more than ${STATEMENT_ENTRIES_LIMIT} entries; ask for a shorter one.`,
      field: 'from',
    });
  }
  const before = await store.entries.lastEntryBookedBefore(organization.id, account.id, start);
  const openingBalanceMinor = before?.balanceAfterMinor ?? 0n;
  const shown = booked.filter((entry) => entry.kind !== 'INSTALLMENT');
  const last = booked.at(-1);
  const closingBalanceMinor = last?.balanceAfterMinor ?? openingBalanceMinor;

  // Open items as they stood at the end of `to`: today's maintained figures, or the books replayed.
  const open = await store.aging.openChargesOfAccount(
    organization.id,
    account.id,
    period.to >= today ? null : end,
    STATEMENT_OPEN_ITEMS_LIMIT,
  );
  const openEntries = await store.entries.entriesByIds(
    organization.id,
    open.map((item) => item.entryId),
  );
  const openDetails = new Map(
    (await entryDetails(store, ledgerAccount, openEntries)).map((detail) => [detail.entry.id, detail]),
  );
  return {
    account,
    customer,
    from: period.from,
    to: period.to,
    openingBalanceMinor,
    entries: await entryDetails(store, ledgerAccount, shown),
    closingBalanceMinor,
    openItems: open.map((item) => ({ detail: openDetails.get(item.entryId)!, openMinor: item.openMinor })),
  };
}
