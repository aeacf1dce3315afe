/**
 * The aging report, point in time: open amounts as they stood in the books at the end of
 * `as_of` in the organization's time zone, bucketed by days past due (aging.ts). Totals cover
 * every open charge of the organization, per currency; account rows come a page at a time, in
 * account id order, only accounts with something open.
 */
import { addDays, calendarDate } from '../clock.ts';
import { assert } from '../errors.ts';
import type { Store } from '../store.ts';
import {
  AGING_BUCKETS,
  AgingAccumulator,
  type AgingAccountRow,
  type AgingCurrencyTotal,
  agingBucket,
} from './aging.ts';

export const AGING_PAGE_LIMIT_MAX = 1000;
/** Accounts read per step while filling a page (most accounts of an organization owe nothing). */
const ACCOUNT_STEP = 1000;

export interface AgingReport {
  asOf: string;
  totals: AgingCurrencyTotal[];
  accounts: AgingAccountRow[];
  /** The last account id of this page when more may follow. */
  nextAfterId: number | null;
}

/**
 * The first instant of `date` in `timeZone`, as ISO text: bookings before it were booked on an
 * earlier day there. Found by bisection, since calendarDate(instant) only grows with the instant.
 */
export function startOfDay(date: string, timeZone: string): string {
  let low = Date.parse(`${date}T00:00:00Z`) - 16 * 3_600_000; // certainly the day before
  let high = low + 32 * 3_600_000; // certainly the day or later
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (calendarDate(new Date(middle), timeZone) >= date) high = middle;
    else low = middle;
  }
  return new Date(high).toISOString();
}

/** The instant that ends `asOf`, or null when `asOf` is today (the maintained figures are exact then). */
function endOf(asOf: string, today: string, timeZone: string): string | null {
  assert(asOf <= today, 'an aging report asked for a day after today (the caller checks as_of)');
  return asOf === today ? null : startOfDay(addDays(asOf, 1), timeZone);
}

async function currencyTotals(
  store: Store,
  organizationId: string,
  asOf: string,
  before: string | null,
): Promise<AgingCurrencyTotal[]> {
  const byCurrency = new Map<string, AgingCurrencyTotal>();
  for (const sum of await store.aging.openByCurrencyAndDueDate(organizationId, before)) {
    let total = byCurrency.get(sum.currency);
    if (total === undefined) {
      total = {
        currency: sum.currency,
        current: 0n,
        days_1_30: 0n,
        days_31_60: 0n,
        days_61_90: 0n,
        days_over_90: 0n,
        total: 0n,
      };
      byCurrency.set(sum.currency, total);
    }
    total[agingBucket(sum.dueDate, asOf)] += sum.openMinor;
    total.total += sum.openMinor;
  }
  return [...byCurrency.values()].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}

/** Up to `limit` account rows after `afterId`: accounts read a step at a time until the page is full. */
async function accountRows(
  store: Store,
  organizationId: string,
  asOf: string,
  before: string | null,
  afterId: number,
  limit: number,
) {
  const rows: AgingAccountRow[] = [];
  let position = afterId;
  for (;;) {
    const ids = await store.aging.accountIds(organizationId, position, ACCOUNT_STEP);
    if (ids.length === 0) return { rows, nextAfterId: null };
    const charges = await store.aging.openChargesBetween(organizationId, ids[0]!, ids[ids.length - 1]!, before);
    const accumulator = new AgingAccumulator(asOf);
    const accountIdOf = new Map<string, number>();
    for (const charge of charges) {
      accountIdOf.set(charge.accountPublicId, charge.accountId);
      accumulator.add({ ...charge, accountId: charge.accountPublicId });
    }
    for (const row of accumulator.accountRows()) {
      rows.push(row);
      if (rows.length === limit) return { rows, nextAfterId: accountIdOf.get(row.account_id)! };
    }
    position = ids[ids.length - 1]!;
    if (ids.length < ACCOUNT_STEP) return { rows, nextAfterId: null };
  }
}

export async function agingReport(
  store: Store,
  organization: { id: string; timeZone: string },
  today: string,
  options: {
    /** The day the report is for: today or before (today when left out). */
    asOf?: string | undefined;
    afterId?: number | undefined;
    limit: number;
  },
): Promise<AgingReport> {
  const asOf = options.asOf ?? today;
  const before = endOf(asOf, today, organization.timeZone);
  const totals = await currencyTotals(store, organization.id, asOf, before);
  // Nothing open in the whole organization means no account row: skip walking every account for none.
  const page =
    totals.length === 0
      ? { rows: [], nextAfterId: null }
      : await accountRows(store, organization.id, asOf, before, options.afterId ?? 0, options.limit);
  return { asOf, totals, accounts: page.rows, nextAfterId: page.nextAfterId };
}

export { AGING_BUCKETS };
