/**
 * Amounts in bank files are decimal text in major units: `1234.56` in camt, `1234,56` (or
 * `1234,`) in MT940. They become bigint minor units by the currency's exponent, exactly: the
 * text is split into digits, never passed through a floating-point number.
 */
import { AMOUNT_MINOR_MAX, currencyExponent } from '../core/money.ts';
import { statementInvalid } from './statement-invalid.ts';

/** camt allows 18 digits and a decimal point; MT940 15 characters. Longer text is refused unread. */
export const DECIMAL_AMOUNT_TEXT_LENGTH_MAX = 32;

/** camt writes a decimal point (and may leave it out); MT940 a decimal comma, always present. */
export type DecimalMark = '.' | ',';

const PATTERNS: Record<DecimalMark, RegExp> = {
  '.': /^([0-9]+)(?:\.([0-9]*))?$/,
  ',': /^([0-9]+),([0-9]*)$/,
};

/**
 * The minor units of an unsigned decimal amount in `currency`, or `statement_invalid` naming
 * `where`. Refused: empty text, signs, exponents, spaces, any other character, more fraction
 * digits than the currency has (unless the extra ones are zeros), text longer than
 * DECIMAL_AMOUNT_TEXT_LENGTH_MAX, and amounts above AMOUNT_MINOR_MAX.
 */
export function parseDecimalAmount(text: string, currency: string, mark: DecimalMark, where: string): bigint {
  if (text.length > DECIMAL_AMOUNT_TEXT_LENGTH_MAX) {
    throw statementInvalid(where, `the amount is longer than ${DECIMAL_AMOUNT_TEXT_LENGTH_MAX} characters`);
  }
  const parts = PATTERNS[mark].exec(text);
  if (parts === null) {
    const form = mark === '.' ? 'digits with an optional decimal point' : 'digits with a decimal comma';
    throw statementInvalid(where, `'${text}' is not an amount (${form}, no sign, no spaces)`);
  }
  const whole = parts[1]!;
  const exponent = currencyExponent(currency);
  const fraction = (parts[2] ?? '').replace(/0+$/, '');
  if (fraction.length > exponent) {
    throw statementInvalid(where, `'${text}' has more decimals than ${currency} has (${exponent})`);
  }
  const amountMinor = BigInt(whole + fraction.padEnd(exponent, '0'));
  if (amountMinor > AMOUNT_MINOR_MAX) {
    throw statementInvalid(where, `'${text}' is above the largest amount Saldo keeps`);
  }
  return amountMinor;
}
