/**
 * Check-digit algorithms of the payment references Saldo issues and accepts. Each takes the
 * reference's base (without its check) and returns the check; `is…Valid` checks a full number.
 *
 * - MOD10: the Luhn algorithm (ISO/IEC 7812-1), one trailing digit.
 * - FINNISH_7_3_1: the Finnish national reference (viitenumero): weights 7, 3, 1 repeating from
 *   the right of the base, check = (10 − sum mod 10) mod 10; 4 to 20 digits in all.
 * - RF: the ISO 11649 creditor reference: `RF` + two check digits + up to 21 letters or digits,
 *   checked with ISO 7064 MOD 97-10 like an IBAN.
 */

const DIGITS = /^[0-9]+$/;

export function luhnCheckDigit(base: string): string {
  if (!DIGITS.test(base)) throw new Error('invariant violated: Luhn base must be digits');
  let sum = 0;
  // The rightmost base digit is doubled, because the check digit will sit to its right.
  for (let i = 0; i < base.length; i++) {
    let digit = base.charCodeAt(base.length - 1 - i) - 48;
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

export function isLuhnValid(number: string): boolean {
  return DIGITS.test(number) && number.length >= 2 && luhnCheckDigit(number.slice(0, -1)) === number.slice(-1);
}

const FINNISH_WEIGHTS = [7, 3, 1] as const;
export const FINNISH_BASE_MIN_LENGTH = 3;
export const FINNISH_BASE_MAX_LENGTH = 19;

export function finnishCheckDigit(base: string): string {
  if (!DIGITS.test(base)) throw new Error('invariant violated: Finnish reference base must be digits');
  let sum = 0;
  for (let i = 0; i < base.length; i++) {
    sum += (base.charCodeAt(base.length - 1 - i) - 48) * FINNISH_WEIGHTS[i % 3]!;
  }
  return String((10 - (sum % 10)) % 10);
}

export function isFinnishValid(number: string): boolean {
  return (
    DIGITS.test(number) &&
    number.length >= FINNISH_BASE_MIN_LENGTH + 1 &&
    number.length <= FINNISH_BASE_MAX_LENGTH + 1 &&
    finnishCheckDigit(number.slice(0, -1)) === number.slice(-1)
  );
}

export const RF_BODY_MAX_LENGTH = 21;
const RF_BODY = /^[A-Z0-9]{1,21}$/;
const RF_NUMBER = /^RF[0-9]{2}[A-Z0-9]{1,21}$/;

/** ISO 7064 MOD 97-10 of an alphanumeric text, letters counting A = 10 … Z = 35. */
function mod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    const value = char >= 'A' && char <= 'Z' ? char.charCodeAt(0) - 55 : char.charCodeAt(0) - 48;
    // Letters stand for two digits, digits for one.
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder;
}

export function rfCheckDigits(body: string): string {
  if (!RF_BODY.test(body)) throw new Error('invariant violated: RF body must be 1 to 21 letters or digits');
  return String(98 - mod97(`${body}RF00`)).padStart(2, '0');
}

export function isRfValid(number: string): boolean {
  if (!RF_NUMBER.test(number)) return false;
  return mod97(`${number.slice(4)}${number.slice(0, 4)}`) === 1;
}
