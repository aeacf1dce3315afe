// Proves the aging buckets at each edge (a charge is current through its due date and overdue
// from the next day) and that the accumulator sums open amounts per account and per currency
// exactly, in bigint, beyond what a float could hold.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/clock.ts';
import { AgingAccumulator, agingBucket, type AgingOpenCharge } from '../../../src/core/reports/aging.ts';

const AS_OF = '2025-06-30';

describe('agingBucket', () => {
  it.each([
    [-30, 'current'],
    [-1, 'current'],
    [0, 'current'],
    [1, 'days_1_30'],
    [30, 'days_1_30'],
    [31, 'days_31_60'],
    [60, 'days_31_60'],
    [61, 'days_61_90'],
    [90, 'days_61_90'],
    [91, 'days_over_90'],
    [3650, 'days_over_90'],
  ])('%s days past due is %s', (daysPastDue, bucket) => {
    expect(agingBucket(addDays(AS_OF, -daysPastDue), AS_OF)).toBe(bucket);
  });

  it('counts calendar days across a leap day', () => {
    // 2024-02-29 lies between: 31 days from 2024-01-30 to 2024-03-01.
    expect(agingBucket('2024-01-30', '2024-03-01')).toBe('days_31_60');
    expect(agingBucket('2024-01-31', '2024-03-01')).toBe('days_1_30');
  });
});

function openCharge(accountId: string, currency: string, daysPastDue: number, openMinor: bigint): AgingOpenCharge {
  return {
    accountId,
    customerNumber: `C-${accountId}`,
    customerName: `Customer ${accountId}`,
    currency,
    dueDate: addDays(AS_OF, -daysPastDue),
    openMinor,
  };
}

describe('AgingAccumulator', () => {
  it('sums per account in the order accounts come, and per currency in code order', () => {
    const aging = new AgingAccumulator(AS_OF);
    aging.add(openCharge('acc_2', 'SEK', 0, 1_000n));
    aging.add(openCharge('acc_1', 'EUR', 5, 200n));
    aging.add(openCharge('acc_1', 'EUR', 45, 300n));
    aging.add(openCharge('acc_1', 'EUR', 75, 400n));
    aging.add(openCharge('acc_1', 'EUR', 120, 500n));
    aging.add(openCharge('acc_1', 'EUR', 30, 50n));
    aging.add(openCharge('acc_3', 'EUR', 91, 7n));

    expect(aging.accountRows()).toEqual([
      {
        account_id: 'acc_2',
        customer_number: 'C-acc_2',
        customer_name: 'Customer acc_2',
        currency: 'SEK',
        current: 1_000n,
        days_1_30: 0n,
        days_31_60: 0n,
        days_61_90: 0n,
        days_over_90: 0n,
        total: 1_000n,
      },
      {
        account_id: 'acc_1',
        customer_number: 'C-acc_1',
        customer_name: 'Customer acc_1',
        currency: 'EUR',
        current: 0n,
        days_1_30: 250n,
        days_31_60: 300n,
        days_61_90: 400n,
        days_over_90: 500n,
        total: 1_450n,
      },
      {
        account_id: 'acc_3',
        customer_number: 'C-acc_3',
        customer_name: 'Customer acc_3',
        currency: 'EUR',
        current: 0n,
        days_1_30: 0n,
        days_31_60: 0n,
        days_61_90: 0n,
        days_over_90: 7n,
        total: 7n,
      },
    ]);
    expect(aging.currencyTotals()).toEqual([
      {
        currency: 'EUR',
        current: 0n,
        days_1_30: 250n,
        days_31_60: 300n,
        days_61_90: 400n,
        days_over_90: 507n,
        total: 1_457n,
      },
      {
        currency: 'SEK',
        current: 1_000n,
        days_1_30: 0n,
        days_31_60: 0n,
        days_61_90: 0n,
        days_over_90: 0n,
        total: 1_000n,
      },
    ]);
  });

  it('stays exact beyond 2^53', () => {
    const aging = new AgingAccumulator(AS_OF);
    const large = 10n ** 15n;
    for (let index = 0; index < 20; index++) aging.add(openCharge(`acc_${index}`, 'EUR', index, large + 1n));
    expect(aging.currencyTotals()[0]?.total).toBe(20n * (large + 1n));
  });

  it('gives copies: adding later does not change rows already read', () => {
    const aging = new AgingAccumulator(AS_OF);
    aging.add(openCharge('acc_1', 'EUR', 1, 10n));
    const rows = aging.accountRows();
    aging.add(openCharge('acc_1', 'EUR', 1, 10n));
    expect(rows[0]?.total).toBe(10n);
    expect(aging.accountRows()[0]?.total).toBe(20n);
  });

  it('refuses a second currency on one account and a negative open amount', () => {
    const aging = new AgingAccumulator(AS_OF);
    aging.add(openCharge('acc_1', 'EUR', 1, 10n));
    expect(() => aging.add(openCharge('acc_1', 'USD', 1, 10n))).toThrow(/invariant violated/);
    expect(() => aging.add(openCharge('acc_2', 'EUR', 1, -1n))).toThrow(/invariant violated/);
  });

  it('has no rows and no totals when nothing is open', () => {
    const aging = new AgingAccumulator(AS_OF);
    expect(aging.accountRows()).toEqual([]);
    expect(aging.currencyTotals()).toEqual([]);
  });
});
