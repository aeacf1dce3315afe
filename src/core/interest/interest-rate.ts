/**
 * The annual interest rate of a dunning policy. It arrives as a JSON number (`7.25` for 7.25 %)
 * and is held exactly as an integer count of ten-thousandths of a percent, that is millionths
 * (7.25 % → 72_500n), so interest arithmetic never touches a float.
 *
 * The number is read from its shortest decimal text, the one `String(n)` gives: that text is
 * what the client wrote whenever the client wrote at most 17 significant digits, so `7.25`
 * stays exactly 7.25 and not the double nearest to it.
 */
import { SaldoError } from '../errors.ts';

/** Ten-thousandths of a percent per percent. */
export const INTEREST_RATE_MILLIONTHS_PER_PERCENT = 10_000n;
/** The highest rate a policy may name: 100 % a year. */
export const INTEREST_RATE_PERCENT_MAX = 100n;
export const INTEREST_RATE_MILLIONTHS_MAX = INTEREST_RATE_PERCENT_MAX * INTEREST_RATE_MILLIONTHS_PER_PERCENT;
/** Decimals a rate in percent may have: its unit is a ten-thousandth of a percent. */
export const INTEREST_RATE_DECIMALS_MAX = 4;

// `String(n)` of a finite number: digits, an optional fraction, an optional exponent.
const NUMBER_TEXT = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:e([+-][0-9]+))?$/;

function invalid(field: string, detail: string): SaldoError {
  return new SaldoError('validation_failed', { detail, field });
}

/**
 * The rate in millionths from a JSON value in percent. Refused with `validation_failed` at
 * `field`: anything but a finite number (text such as "7" too), negatives, more than
 * INTEREST_RATE_DECIMALS_MAX decimals, more than INTEREST_RATE_PERCENT_MAX.
 */
export function parseInterestRate(value: unknown, field: string): bigint {
  const range = `a number from 0 to ${INTEREST_RATE_PERCENT_MAX} with at most ${INTEREST_RATE_DECIMALS_MAX} decimals`;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid(field, `annual_rate_percent is ${range}.`);
  }
  const parts = NUMBER_TEXT.exec(String(value));
  if (parts === null) throw invalid(field, `annual_rate_percent is ${range}.`);
  if (parts[1] === '-') throw invalid(field, `annual_rate_percent is ${range}; it cannot be negative.`);
  const fraction = parts[3] ?? '';
  // The value is digits × 10^exponent; in millionths the exponent grows by the four decimals.
  const digits = BigInt(`${parts[2]}${fraction}`);
  const exponent = Number(parts[4] ?? '0') - fraction.length + INTEREST_RATE_DECIMALS_MAX;
  let millionths: bigint;
  if (exponent >= 0) {
    millionths = digits * 10n ** BigInt(exponent);
  } else {
    const divisor = 10n ** BigInt(-exponent);
    if (digits % divisor !== 0n) {
      throw invalid(field, `annual_rate_percent is ${range}; ${value} has more decimals.`);
    }
    millionths = digits / divisor;
  }
  if (millionths > INTEREST_RATE_MILLIONTHS_MAX) {
    throw invalid(field, `annual_rate_percent is ${range}; ${value} is above ${INTEREST_RATE_PERCENT_MAX}.`);
  }
  return millionths;
}

/** The exact decimal text of a rate in percent: 72_500n → "7.25", 1_000_000n → "100". */
export function interestRateText(millionths: bigint): string {
  const scale = INTEREST_RATE_MILLIONTHS_PER_PERCENT;
  const whole = millionths / scale;
  const fraction = (millionths % scale).toString().padStart(INTEREST_RATE_DECIMALS_MAX, '0').replace(/0+$/, '');
  return fraction === '' ? whole.toString() : `${whole}.${fraction}`;
}

/**
 * The rate in percent as a JSON number. Parsed from the exact text, so it is the double that
 * prints back as that text, and `parseInterestRate` reads it back to the same millionths.
 */
export function interestRatePercent(millionths: bigint): number {
  return Number(interestRateText(millionths));
}
