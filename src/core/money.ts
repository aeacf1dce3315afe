/**
 * Money inside Saldo is an integer count of the currency's minor units (bigint), with its
 * ISO 4217 currency. This module is the one place that knows a currency's exponent and converts
 * to the major-unit numbers some dialects show.
 */
import { SaldoError } from './errors.ts';

/** Bound on one amount, so that sums of many stay exact in int64 and in JSON numbers. */
export const AMOUNT_MINOR_MAX = 10n ** 15n;

// ICU's list, which Node ships in full: the ISO 4217 codes in use.
const KNOWN_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));
const exponentCache = new Map<string, number>();

export function isCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && KNOWN_CURRENCIES.has(code);
}

export function assertCurrency(code: string, field?: string): string {
  if (!isCurrency(code)) {
    throw new SaldoError('currency_unknown', { detail: `'${code}' is not an ISO 4217 currency code.`, field });
  }
  return code;
}

/** Minor-unit exponent (EUR 2, JPY 0, BHD 3), from the ICU currency data Node ships. */
export function currencyExponent(currency: string): number {
  let exponent = exponentCache.get(currency);
  if (exponent === undefined) {
    exponent =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    exponentCache.set(currency, exponent);
  }
  return exponent;
}

/** Exact decimal text of a minor-unit amount in major units: 12345n EUR → "123.45". */
export function toMajorUnitsText(amountMinor: bigint, currency: string): string {
  const exponent = currencyExponent(currency);
  const negative = amountMinor < 0n;
  const digits = (negative ? -amountMinor : amountMinor).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Minor-unit counts a double holds exactly: up to 2^53. */
const EXACT_IN_DOUBLE = 2n ** 53n;
/** Powers of ten as doubles, each exact (up to 10^22), for the exponents ISO 4217 uses. */
const POWERS_OF_TEN = [1, 10, 100, 1_000, 10_000];

/**
 * Major units as a JSON number, for the dialects whose seeds show numbers (v1, v4): the nearest
 * double to the exact value, which prints back as the exact decimal text; nothing is computed
 * with it. Where the count and the power of ten are both exact as doubles, their quotient is
 * that double (IEEE division rounds the exact quotient once, as parsing the text does), without
 * the text; test/core/money.test.ts checks the two agree.
 */
export function toMajorUnits(amountMinor: bigint, currency: string): number {
  const power = POWERS_OF_TEN[currencyExponent(currency)];
  if (power !== undefined && amountMinor <= EXACT_IN_DOUBLE && amountMinor >= -EXACT_IN_DOUBLE)
    return Number(amountMinor) / power;
  return Number(toMajorUnitsText(amountMinor, currency));
}

/** A minor-unit bigint as a JSON-safe number (amounts are bounded by AMOUNT_MINOR_MAX). */
export function toMinorNumber(amountMinor: bigint): number {
  if (amountMinor > BigInt(Number.MAX_SAFE_INTEGER) || amountMinor < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new Error(`invariant violated: amount ${amountMinor} outside the JSON-safe range`);
  }
  return Number(amountMinor);
}

export function assertAmount(amountMinor: bigint, field = 'amount'): bigint {
  if (amountMinor <= 0n || amountMinor > AMOUNT_MINOR_MAX) {
    throw new SaldoError('amount_out_of_range', {
      detail: `The amount must be a positive integer of minor units, at most ${AMOUNT_MINOR_MAX}.`,
      field,
    });
  }
  return amountMinor;
}
