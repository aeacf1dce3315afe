/**
 * Interest on overdue charges, exactly: a pure function of the charges' open-amount timelines,
 * the run's day and the rate. See docs/interest.md for the rules and worked examples.
 *
 * - A charge accrues for each day from the day after `dueDate + graceDays` through `asOf`,
 *   leaving out the days already charged on it (through `interestChargedThrough`).
 * - Each day accrues on that day's open amount: a payment lowers it from its value date, so
 *   the customer pays no interest for days after the money left their bank.
 * - Actual/365: a day is 1/365 of the annual rate in every year, leap years included.
 * - Per account the exact sum over its charges is rounded half to even once. A sum that rounds
 *   to 0 books nothing and covers nothing: its days stay open for the next run.
 *
 * All arithmetic is bigint. A day's interest is open × rate / (365 × 1 000 000) minor units
 * (the rate in millionths), so every exact amount is a numerator over INTEREST_DENOMINATOR and
 * sums of them are sums of numerators.
 */
import { addDays, daysBetween, isCalendarDate } from '../clock.ts';
import { assert } from '../errors.ts';
import { INTEREST_RATE_MILLIONTHS_MAX } from './interest-rate.ts';
import { roundHalfToEven } from './round-half-to-even.ts';

/** Actual/365: every year, a leap year too, divides the annual rate by 365 days. */
export const DAYS_PER_INTEREST_YEAR = 365n;
/** The rate is in millionths: a rate of 1_000_000n is 100 %. */
const RATE_MILLIONTHS_PER_WHOLE = 1_000_000n;
/** Every exact interest amount here is a numerator over this many: minor units × denominator. */
export const INTEREST_DENOMINATOR = DAYS_PER_INTEREST_YEAR * RATE_MILLIONTHS_PER_WHOLE;

/** The open amount of a charge from `from` on, until the next step. */
export interface OpenAmountStep {
  from: string;
  openMinor: bigint;
}

export interface OverdueChargeInterestInput {
  chargeId: string;
  dueDate: string;
  /** Days after the due date that accrue nothing. */
  graceDays: number;
  /** The last day whose interest was booked on this charge, or null when none was. */
  interestChargedThrough: string | null;
  /**
   * The charge's open amount over time, steps in increasing `from` order: the charge's amount
   * from (at the latest) its due date, then lower from the value date of each payment that
   * settled part of it. A day before the first step has nothing open.
   */
  openAmountTimeline: readonly OpenAmountStep[];
}

export interface InterestRunInput {
  /** The run's day: the last day that accrues. */
  asOf: string;
  /** The annual rate in force when the run books, in millionths (see interest-rate.ts). */
  annualRateMillionths: bigint;
}

/** What one charge accrued in a run, before any rounding. */
export interface ChargeInterest {
  chargeId: string;
  /** The first and last day accrued now; `lastDay` is the run's `asOf`. */
  firstDay: string;
  lastDay: string;
  days: number;
  /** Σ over the days of that day's open amount. */
  openMinorDays: bigint;
  /** The exact interest in minor units is interestNumerator / INTEREST_DENOMINATOR. */
  interestNumerator: bigint;
}

export interface AccountInterest {
  /** The interest to book: the exact sum over the charges, rounded half to even once. */
  amountMinor: bigint;
  /** The exact sum in minor units is interestNumerator / INTEREST_DENOMINATOR. */
  interestNumerator: bigint;
  /**
   * The charges whose days are now covered, each through its `lastDay`: what the caller records
   * with the booking. Empty when `amountMinor` is 0, since nothing is booked then.
   */
  charges: ChargeInterest[];
}

function laterOf(first: string, second: string): string {
  return first > second ? first : second;
}

function assertChargeInput(charge: OverdueChargeInterestInput): void {
  assert(isCalendarDate(charge.dueDate), `charge ${charge.chargeId}: due date is a calendar date`);
  assert(
    Number.isSafeInteger(charge.graceDays) && charge.graceDays >= 0,
    `charge ${charge.chargeId}: grace days are a whole number ≥ 0`,
  );
  assert(
    charge.interestChargedThrough === null || isCalendarDate(charge.interestChargedThrough),
    `charge ${charge.chargeId}: interest charged through a calendar date`,
  );
  let previousFrom = '';
  for (const step of charge.openAmountTimeline) {
    assert(
      isCalendarDate(step.from) && step.from > previousFrom,
      `charge ${charge.chargeId}: timeline steps are dates in increasing order`,
    );
    assert(step.openMinor >= 0n, `charge ${charge.chargeId}: an open amount is never negative`);
    previousFrom = step.from;
  }
}

function assertRunInput(run: InterestRunInput): void {
  assert(isCalendarDate(run.asOf), 'the run day is a calendar date');
  assert(
    run.annualRateMillionths >= 0n && run.annualRateMillionths <= INTEREST_RATE_MILLIONTHS_MAX,
    'the rate is within 0 to 100 %',
  );
}

/**
 * What one charge accrues in a run, exactly; null when it has no day left to accrue (not yet
 * past its grace days, or charged through `asOf` already, as on a re-run or a past `asOf`).
 */
export function accrueChargeInterest(charge: OverdueChargeInterestInput, run: InterestRunInput): ChargeInterest | null {
  assertChargeInput(charge);
  assertRunInput(run);
  const afterGrace = addDays(charge.dueDate, charge.graceDays + 1);
  const firstDay =
    charge.interestChargedThrough === null
      ? afterGrace
      : laterOf(afterGrace, addDays(charge.interestChargedThrough, 1));
  if (firstDay > run.asOf) return null;

  let openMinorDays = 0n;
  const steps = charge.openAmountTimeline;
  steps.forEach((step, index) => {
    const next = steps[index + 1];
    const segmentFirst = laterOf(step.from, firstDay);
    const segmentLast = next === undefined || next.from > run.asOf ? run.asOf : addDays(next.from, -1);
    if (segmentFirst > segmentLast) return;
    openMinorDays += step.openMinor * BigInt(daysBetween(segmentFirst, segmentLast) + 1);
  });
  return {
    chargeId: charge.chargeId,
    firstDay,
    lastDay: run.asOf,
    days: daysBetween(firstDay, run.asOf) + 1,
    openMinorDays,
    interestNumerator: openMinorDays * run.annualRateMillionths,
  };
}

/** The interest one account owes in a run: its charges' exact sum, rounded half to even once. */
export function accrueAccountInterest(
  charges: readonly OverdueChargeInterestInput[],
  run: InterestRunInput,
): AccountInterest {
  const accrued: ChargeInterest[] = [];
  let interestNumerator = 0n;
  for (const charge of charges) {
    const interest = accrueChargeInterest(charge, run);
    if (interest === null) continue;
    accrued.push(interest);
    interestNumerator += interest.interestNumerator;
  }
  const amountMinor = roundHalfToEven(interestNumerator, INTEREST_DENOMINATOR);
  return { amountMinor, interestNumerator, charges: amountMinor === 0n ? [] : accrued };
}
