/**
 * Payment references: the number a customer quotes with a bank transfer, so that Saldo can match
 * the payment to its account. Each type has its own check digits (check-digits.ts); Saldo
 * validates a number a client gives and derives one when the client gives only the type.
 */
import type { PaymentReference, PaymentReferenceType } from '../accounts/account.ts';
import { SaldoError } from '../errors.ts';
import {
  FINNISH_BASE_MAX_LENGTH,
  FINNISH_BASE_MIN_LENGTH,
  RF_BODY_MAX_LENGTH,
  finnishCheckDigit,
  isFinnishValid,
  isLuhnValid,
  isRfValid,
  luhnCheckDigit,
  rfCheckDigits,
} from './check-digits.ts';

export const MOD10_MAX_LENGTH = 64;

/** Spaces are for reading only (`RF18 5390 0754 7034`): they are dropped, letters upper-cased. */
export function normalizeReferenceNumber(number: string): string {
  return number.replace(/\s+/g, '').toUpperCase();
}

export function isValidReference(type: PaymentReferenceType, number: string): boolean {
  switch (type) {
    case 'MOD10':
      return number.length <= MOD10_MAX_LENGTH && isLuhnValid(number);
    case 'FINNISH_7_3_1':
      return isFinnishValid(number);
    case 'RF':
      return isRfValid(number);
  }
}

const RULES: Record<PaymentReferenceType, string> = {
  MOD10: `MOD10 references are 2 to ${MOD10_MAX_LENGTH} digits ending in a Luhn check digit.`,
  FINNISH_7_3_1: `FINNISH_7_3_1 references are ${FINNISH_BASE_MIN_LENGTH + 1} to ${FINNISH_BASE_MAX_LENGTH + 1} digits ending in a 7-3-1 check digit.`,
  RF: `RF references are 'RF', two MOD 97 check digits and 1 to ${RF_BODY_MAX_LENGTH} letters or digits.`,
};

/** The reference as given, normalized, or payment_reference_invalid. */
export function assertReference(
  type: PaymentReferenceType,
  number: string,
  field = 'paymentReference.number',
): PaymentReference {
  const normalized = normalizeReferenceNumber(number);
  if (!isValidReference(type, normalized)) {
    throw new SaldoError('payment_reference_invalid', {
      detail: `'${number}' is not a valid ${type} reference. ${RULES[type]}`,
      field,
    });
  }
  return { type, number: normalized };
}

/** Whether `base` can carry a reference of this type once its check is appended. */
export function canDeriveFrom(type: PaymentReferenceType, base: string): boolean {
  switch (type) {
    case 'MOD10':
      return /^[0-9]+$/.test(base) && base.length < MOD10_MAX_LENGTH;
    case 'FINNISH_7_3_1':
      return /^[0-9]+$/.test(base) && base.length >= FINNISH_BASE_MIN_LENGTH && base.length <= FINNISH_BASE_MAX_LENGTH;
    case 'RF':
      return /^[A-Z0-9]+$/.test(base) && base.length <= RF_BODY_MAX_LENGTH;
  }
}

/** The reference of this type built on `base` (which canDeriveFrom accepted). */
export function deriveReference(type: PaymentReferenceType, base: string): PaymentReference {
  switch (type) {
    case 'MOD10':
      return { type, number: `${base}${luhnCheckDigit(base)}` };
    case 'FINNISH_7_3_1':
      return { type, number: `${base}${finnishCheckDigit(base)}` };
    case 'RF':
      return { type, number: `RF${rfCheckDigits(base)}${base}` };
  }
}
