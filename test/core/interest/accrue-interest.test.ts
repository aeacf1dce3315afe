// Proves the interest accrual: each worked example of docs/interest.md, and as properties that
// it equals a day-by-day reference, that splitting a period into two runs never charges a day
// twice and adds up to the single run's exact amount, and that runs in any order (re-runs, past
// days, amounts that round to 0) cover each day of a charge at most once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../src/core/clock.ts';
import {
  INTEREST_DENOMINATOR,
  accrueAccountInterest,
  accrueChargeInterest,
  type OverdueChargeInterestInput,
} from '../../../src/core/interest/accrue-interest.ts';
import { roundHalfToEven } from '../../../src/core/interest/round-half-to-even.ts';

const TEN_PERCENT = 100_000n;
const EIGHT_PERCENT = 80_000n;
const FIVE_PERCENT = 50_000n;

function charge(
  dueDate: string,
  steps: Array<[string, bigint]>,
  options: { chargedThrough?: string | null; graceDays?: number; chargeId?: string } = {},
): OverdueChargeInterestInput {
  return {
    chargeId: options.chargeId ?? 'trn_a',
    dueDate,
    graceDays: options.graceDays ?? 0,
    interestChargedThrough: options.chargedThrough ?? null,
    openAmountTimeline: steps.map(([from, openMinor]) => ({ from, openMinor })),
  };
}

/** A charge of `amount` from its due date, never paid. */
function unpaid(
  dueDate: string,
  amount: bigint,
  options: Parameters<typeof charge>[2] = {},
): OverdueChargeInterestInput {
  return charge(dueDate, [[dueDate, amount]], options);
}

describe('the worked examples of docs/interest.md', () => {
  it("the brief's example: 10 000 overdue 73 days at 10 % is 200", () => {
    const result = accrueAccountInterest([unpaid('2025-01-31', 10_000n)], {
      asOf: '2025-04-14',
      annualRateMillionths: TEN_PERCENT,
    });
    expect(result.amountMinor).toBe(200n);
    expect(result.interestNumerator).toBe(200n * INTEREST_DENOMINATOR);
    expect(result.charges).toEqual([
      expect.objectContaining({ chargeId: 'trn_a', firstDay: '2025-02-01', lastDay: '2025-04-14', days: 73 }),
    ]);
  });

  it('a leap year: 366 days, each 1/365 of the annual rate', () => {
    const result = accrueAccountInterest([unpaid('2023-12-31', 10_000n)], {
      asOf: '2024-12-31',
      annualRateMillionths: TEN_PERCENT,
    });
    expect(result.charges[0]?.days).toBe(366);
    expect(result.amountMinor).toBe(1_003n);
  });

  it('a leap year: 29 February is a day like any other', () => {
    const result = accrueAccountInterest([unpaid('2024-01-31', 36_500n)], {
      asOf: '2024-03-01',
      annualRateMillionths: TEN_PERCENT,
    });
    expect(result.charges[0]?.days).toBe(30);
    expect(result.amountMinor).toBe(300n);
  });

  it('a partial payment lowers the open amount from its value date, not its booking day', () => {
    const byValueDate = charge('2025-03-31', [
      ['2025-03-31', 20_000n],
      ['2025-04-21', 5_000n],
    ]);
    const run = { asOf: '2025-04-30', annualRateMillionths: EIGHT_PERCENT };
    const result = accrueAccountInterest([byValueDate], run);
    expect(result.charges[0]?.firstDay).toBe('2025-04-01');
    expect(accrueChargeInterest(byValueDate, run)?.openMinorDays).toBe(20n * 20_000n + 10n * 5_000n);
    expect(result.amountMinor).toBe(99n);
    const byBookingDay = charge('2025-03-31', [
      ['2025-03-31', 20_000n],
      ['2025-04-23', 5_000n],
    ]);
    expect(accrueAccountInterest([byBookingDay], run).amountMinor).toBe(105n);
  });

  it('grace days: nothing within them, and the days after them from the day after', () => {
    const withGrace = unpaid('2025-01-31', 10_000n, { graceDays: 14 });
    expect(accrueChargeInterest(withGrace, { asOf: '2025-02-14', annualRateMillionths: TEN_PERCENT })).toBeNull();
    expect(accrueAccountInterest([withGrace], { asOf: '2025-02-14', annualRateMillionths: TEN_PERCENT })).toEqual({
      amountMinor: 0n,
      interestNumerator: 0n,
      charges: [],
    });
    const later = accrueAccountInterest([withGrace], { asOf: '2025-04-14', annualRateMillionths: TEN_PERCENT });
    expect(later.charges[0]).toEqual(expect.objectContaining({ firstDay: '2025-02-15', days: 59 }));
    expect(later.amountMinor).toBe(162n);
  });

  it('rate 0: nothing is booked and the days stay open for a later rate', () => {
    const atZero = accrueAccountInterest([unpaid('2025-01-31', 10_000n)], {
      asOf: '2025-02-28',
      annualRateMillionths: 0n,
    });
    expect(atZero).toEqual({ amountMinor: 0n, interestNumerator: 0n, charges: [] });
    // Nothing was recorded, so the next run starts from the day after the due date again.
    const atTen = accrueAccountInterest([unpaid('2025-01-31', 10_000n)], {
      asOf: '2025-04-14',
      annualRateMillionths: TEN_PERCENT,
    });
    expect(atTen.amountMinor).toBe(200n);
    expect(atTen.charges[0]?.firstDay).toBe('2025-02-01');
  });

  it('a rate change between two runs: each run charges its own days at its own rate', () => {
    const first = accrueAccountInterest([unpaid('2025-01-31', 10_000n)], {
      asOf: '2025-02-28',
      annualRateMillionths: TEN_PERCENT,
    });
    expect(first.amountMinor).toBe(77n);
    expect(first.charges[0]?.lastDay).toBe('2025-02-28');
    const second = accrueAccountInterest(
      [unpaid('2025-01-31', 10_000n, { chargedThrough: first.charges[0]?.lastDay ?? null })],
      { asOf: '2025-04-14', annualRateMillionths: FIVE_PERCENT },
    );
    expect(second.charges[0]).toEqual(
      expect.objectContaining({ firstDay: '2025-03-01', lastDay: '2025-04-14', days: 45 }),
    );
    expect(second.amountMinor).toBe(62n);
  });

  it('a re-run on the same day charges nothing', () => {
    const rerun = accrueAccountInterest([unpaid('2025-01-31', 10_000n, { chargedThrough: '2025-04-14' })], {
      asOf: '2025-04-14',
      annualRateMillionths: TEN_PERCENT,
    });
    expect(rerun).toEqual({ amountMinor: 0n, interestNumerator: 0n, charges: [] });
  });

  it('an as_of before the day charged through charges nothing', () => {
    const past = unpaid('2025-01-31', 10_000n, { chargedThrough: '2025-04-14' });
    expect(accrueChargeInterest(past, { asOf: '2025-03-31', annualRateMillionths: TEN_PERCENT })).toBeNull();
    expect(accrueAccountInterest([past], { asOf: '2025-03-31', annualRateMillionths: TEN_PERCENT }).amountMinor).toBe(
      0n,
    );
  });

  it('an amount that rounds to 0 covers no day, and the next run charges those days too', () => {
    const first = accrueAccountInterest([unpaid('2025-01-31', 100n)], {
      asOf: '2025-02-10',
      annualRateMillionths: TEN_PERCENT,
    });
    expect(first.amountMinor).toBe(0n);
    expect(first.interestNumerator).toBeGreaterThan(0n);
    expect(first.charges).toEqual([]);
    const second = accrueAccountInterest([unpaid('2025-01-31', 100n)], {
      asOf: '2025-03-31',
      annualRateMillionths: TEN_PERCENT,
    });
    expect(second.charges[0]).toEqual(expect.objectContaining({ firstDay: '2025-02-01', days: 59 }));
    expect(second.amountMinor).toBe(2n);
    // Had the first run recorded its ten days, the second would have charged one less cent.
    const hadRecorded = accrueAccountInterest([unpaid('2025-01-31', 100n, { chargedThrough: '2025-02-10' })], {
      asOf: '2025-03-31',
      annualRateMillionths: TEN_PERCENT,
    });
    expect(hadRecorded.amountMinor).toBe(1n);
  });

  it.each([
    ['exactly 0.5 rounds down to the even 0', 1_825n, 0n],
    ['exactly 1.5 rounds up to the even 2', 5_475n, 2n],
    ['exactly 2.5 rounds down to the even 2', 9_125n, 2n],
  ])('halves: %s', (_name, open, rounded) => {
    const result = accrueAccountInterest([unpaid('2025-01-31', open)], {
      asOf: '2025-02-01',
      annualRateMillionths: TEN_PERCENT,
    });
    expect((result.interestNumerator * 2n) % INTEREST_DENOMINATOR).toBe(0n);
    expect(result.amountMinor).toBe(rounded);
  });

  it('rounds once per account: 0.3 + 0.3 is 1, not 0 + 0', () => {
    const result = accrueAccountInterest(
      [unpaid('2025-01-31', 1_095n, { chargeId: 'trn_a' }), unpaid('2025-01-31', 1_095n, { chargeId: 'trn_b' })],
      { asOf: '2025-02-01', annualRateMillionths: TEN_PERCENT },
    );
    expect(result.amountMinor).toBe(1n);
    expect(result.charges.map((covered) => covered.chargeId)).toEqual(['trn_a', 'trn_b']);
  });
});

describe('the open-amount timeline', () => {
  const run = { asOf: '2025-03-10', annualRateMillionths: TEN_PERCENT };

  it('a payment with a value date before the due date counts from the first day', () => {
    const paidEarly = charge('2025-02-28', [
      ['2025-02-20', 36_500n],
      ['2025-02-25', 0n],
    ]);
    expect(accrueChargeInterest(paidEarly, run)?.openMinorDays).toBe(0n);
  });

  it('a day before the first step has nothing open', () => {
    const late = charge('2025-02-28', [['2025-03-05', 36_500n]]);
    expect(accrueChargeInterest(late, run)?.openMinorDays).toBe(6n * 36_500n);
  });

  it('steps after as_of do not count', () => {
    const future = charge('2025-02-28', [
      ['2025-02-28', 36_500n],
      ['2025-03-20', 0n],
    ]);
    expect(accrueChargeInterest(future, run)?.openMinorDays).toBe(10n * 36_500n);
  });

  it('refuses a timeline out of order or with a negative amount', () => {
    expect(() =>
      accrueChargeInterest(
        charge('2025-02-28', [
          ['2025-03-02', 1n],
          ['2025-03-01', 1n],
        ]),
        run,
      ),
    ).toThrow(/invariant violated/);
    expect(() => accrueChargeInterest(charge('2025-02-28', [['2025-02-28', -1n]]), run)).toThrow(/invariant violated/);
    expect(() => accrueChargeInterest(unpaid('2025-02-28', 1n), { ...run, annualRateMillionths: 1_000_001n })).toThrow(
      /invariant violated/,
    );
  });
});

// --- Properties ---------------------------------------------------------------------------

const BASE_DAY = '2023-01-01';
const day = (offset: number): string => addDays(BASE_DAY, offset);

/** A charge with a due date, grace days and payments lowering it on random value dates. */
const chargeArbitrary = fc
  .record({
    dueOffset: fc.integer({ min: 0, max: 400 }),
    graceDays: fc.integer({ min: 0, max: 20 }),
    amount: fc.bigInt({ min: 1n, max: 10n ** 12n }),
    // Value dates relative to the due date (before it too) and the share of what is left paid.
    payments: fc.array(
      fc.record({ offset: fc.integer({ min: -10, max: 600 }), percentPaid: fc.integer({ min: 1, max: 100 }) }),
      { maxLength: 5 },
    ),
    chargedThroughOffset: fc.option(fc.integer({ min: -5, max: 500 }), { nil: null }),
  })
  .map(({ dueOffset, graceDays, amount, payments, chargedThroughOffset }) => {
    const dueDate = day(dueOffset);
    const offsets = [...new Set(payments.map((payment) => payment.offset))].sort((a, b) => a - b);
    const steps: Array<[string, bigint]> = [];
    let open = amount;
    const firstFrom = Math.min(0, offsets[0] ?? 0) - 1;
    steps.push([addDays(dueDate, firstFrom), open]);
    offsets.forEach((offset, index) => {
      open -= (open * BigInt(payments[index]?.percentPaid ?? 100)) / 100n;
      steps.push([addDays(dueDate, offset), open]);
    });
    return charge(dueDate, steps, {
      graceDays,
      chargedThrough: chargedThroughOffset === null ? null : addDays(dueDate, chargedThroughOffset),
    });
  });

const rateArbitrary = fc.bigInt({ min: 0n, max: 1_000_000n });

/** The reference: walk every day, look its open amount up, add. */
function referenceNumerator(input: OverdueChargeInterestInput, asOf: string, rate: bigint): bigint {
  let total = 0n;
  const start = addDays(input.dueDate, input.graceDays + 1);
  for (let current = start; current <= asOf; current = addDays(current, 1)) {
    if (input.interestChargedThrough !== null && current <= input.interestChargedThrough) continue;
    let open = 0n;
    for (const step of input.openAmountTimeline) if (step.from <= current) open = step.openMinor;
    total += open * rate;
  }
  return total;
}

describe('properties', () => {
  it('equals a day-by-day reference', () => {
    fc.assert(
      fc.property(chargeArbitrary, fc.integer({ min: 0, max: 900 }), rateArbitrary, (input, asOfOffset, rate) => {
        const asOf = day(asOfOffset);
        const accrued = accrueChargeInterest(input, { asOf, annualRateMillionths: rate });
        expect(accrued?.interestNumerator ?? 0n).toBe(referenceNumerator(input, asOf, rate));
        if (accrued !== null) expect(accrued.days).toBe(daysBetween(accrued.firstDay, accrued.lastDay) + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('two runs split a period without charging a day twice, and add up to the single run', () => {
    fc.assert(
      fc.property(
        chargeArbitrary,
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: 900 }),
        rateArbitrary,
        (input, firstOffset, secondOffset, rate) => {
          const [earlier, later] = [day(Math.min(firstOffset, secondOffset)), day(Math.max(firstOffset, secondOffset))];
          const single = accrueChargeInterest(input, { asOf: later, annualRateMillionths: rate });
          const first = accrueChargeInterest(input, { asOf: earlier, annualRateMillionths: rate });
          const second = accrueChargeInterest(
            { ...input, interestChargedThrough: first?.lastDay ?? input.interestChargedThrough },
            { asOf: later, annualRateMillionths: rate },
          );
          if (first !== null && second !== null) expect(second.firstDay > first.lastDay).toBe(true);
          expect((first?.days ?? 0) + (second?.days ?? 0)).toBe(single?.days ?? 0);
          expect((first?.interestNumerator ?? 0n) + (second?.interestNumerator ?? 0n)).toBe(
            single?.interestNumerator ?? 0n,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('runs on any days, in any order, cover each day of a charge at most once and book only what they cover', () => {
    fc.assert(
      fc.property(
        fc.array(chargeArbitrary, { minLength: 1, maxLength: 4 }),
        fc.array(fc.record({ asOfOffset: fc.integer({ min: 0, max: 900 }), rate: rateArbitrary }), {
          minLength: 1,
          maxLength: 8,
        }),
        (inputs, runs) => {
          const charges = inputs.map((input, index) => ({ ...input, chargeId: `trn_${index}` }));
          const charged = new Map(charges.map((input) => [input.chargeId, new Set<string>()]));
          for (const { asOfOffset, rate } of runs) {
            const run = { asOf: day(asOfOffset), annualRateMillionths: rate };
            const result = accrueAccountInterest(charges, run);
            expect(result.amountMinor).toBe(roundHalfToEven(result.interestNumerator, INTEREST_DENOMINATOR));
            if (result.amountMinor === 0n) {
              expect(result.charges).toEqual([]);
              continue;
            }
            // Book: record each covered charge's last day, as the caller does.
            for (const covered of result.charges) {
              const days = charged.get(covered.chargeId)!;
              for (let current = covered.firstDay; current <= covered.lastDay; current = addDays(current, 1)) {
                expect(days.has(current)).toBe(false);
                days.add(current);
              }
              const index = charges.findIndex((input) => input.chargeId === covered.chargeId);
              charges[index] = { ...charges[index]!, interestChargedThrough: covered.lastDay };
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
