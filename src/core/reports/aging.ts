/**
 * The aging of receivables: each open charge in the bucket of its days past due on `as_of`,
 * summed per account and per currency. Pure: the caller reads the open charges as they stood
 * in the books at the end of `as_of` and feeds them in.
 *
 * A charge is overdue from the day after its due date (the due date is the last day to pay, as
 * in dunning), so on its due date and before it is `current`; one day later it is 1 day past
 * due and in `days_1_30`.
 *
 * The row types carry the JSON names of the report; amounts are bigint minor units until a view
 * turns them into JSON numbers.
 */
import { daysBetween } from '../clock.ts';
import { assert } from '../errors.ts';

export const AGING_BUCKETS = ['current', 'days_1_30', 'days_31_60', 'days_61_90', 'days_over_90'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** The last day past due of each bucket before `days_over_90`, in order. */
const BUCKET_DAYS_PAST_DUE_MAX: ReadonlyArray<readonly [AgingBucket, number]> = [
  ['current', 0],
  ['days_1_30', 30],
  ['days_31_60', 60],
  ['days_61_90', 90],
];

/** The bucket of a charge due on `dueDate`, seen on `asOf` (both YYYY-MM-DD). */
export function agingBucket(dueDate: string, asOf: string): AgingBucket {
  const daysPastDue = daysBetween(dueDate, asOf);
  for (const [bucket, daysMax] of BUCKET_DAYS_PAST_DUE_MAX) {
    if (daysPastDue <= daysMax) return bucket;
  }
  return 'days_over_90';
}

/** Open amounts per bucket and their total, in minor units. */
export type AgingAmounts = Record<AgingBucket | 'total', bigint>;

export interface AgingAccountRow extends AgingAmounts {
  account_id: string;
  customer_number: string;
  customer_name: string;
  currency: string;
}

export interface AgingCurrencyTotal extends AgingAmounts {
  currency: string;
}

/** One open charge as the report needs it. */
export interface AgingOpenCharge {
  accountId: string;
  customerNumber: string;
  customerName: string;
  currency: string;
  dueDate: string;
  openMinor: bigint;
}

function zeroAmounts(): AgingAmounts {
  return { current: 0n, days_1_30: 0n, days_31_60: 0n, days_61_90: 0n, days_over_90: 0n, total: 0n };
}

function addTo(amounts: AgingAmounts, bucket: AgingBucket, openMinor: bigint): void {
  amounts[bucket] += openMinor;
  amounts.total += openMinor;
}

/**
 * Sums open charges into one row per account (in the order accounts are first seen) and one
 * total per currency (in code order). An account has one currency; a charge of the same
 * account in another currency is a bug of the caller.
 */
export class AgingAccumulator {
  private readonly rows = new Map<string, AgingAccountRow>();
  private readonly totalsByCurrency = new Map<string, AgingCurrencyTotal>();

  constructor(private readonly asOf: string) {}

  add(charge: AgingOpenCharge): void {
    assert(charge.openMinor >= 0n, `charge of account ${charge.accountId}: an open amount is never negative`);
    const bucket = agingBucket(charge.dueDate, this.asOf);
    let row = this.rows.get(charge.accountId);
    if (row === undefined) {
      row = {
        account_id: charge.accountId,
        customer_number: charge.customerNumber,
        customer_name: charge.customerName,
        currency: charge.currency,
        ...zeroAmounts(),
      };
      this.rows.set(charge.accountId, row);
    }
    assert(row.currency === charge.currency, `account ${charge.accountId} has one currency`);
    addTo(row, bucket, charge.openMinor);
    let total = this.totalsByCurrency.get(charge.currency);
    if (total === undefined) {
      total = { currency: charge.currency, ...zeroAmounts() };
      this.totalsByCurrency.set(charge.currency, total);
    }
    addTo(total, bucket, charge.openMinor);
  }

  accountRows(): AgingAccountRow[] {
    return [...this.rows.values()].map((row) => ({ ...row }));
  }

  currencyTotals(): AgingCurrencyTotal[] {
    return [...this.totalsByCurrency.values()]
      .sort((first, second) => (first.currency < second.currency ? -1 : first.currency > second.currency ? 1 : 0))
      .map((total) => ({ ...total }));
  }
}
