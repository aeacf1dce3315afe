/**
 * Payment methods of an account: a direct debit needs a valid IBAN, a card a `token_id` (the
 * UUID of the tokenized card; Saldo never sees card numbers). Which types an account may use
 * depends on its modality and the organization's settings.
 */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { SaldoError } from '../errors.ts';
import type { OrganizationSettings } from '../organizations/settings.ts';
import type { Modality, PaymentMethod, PaymentMethodType } from './account.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PaymentMethodInput {
  type: PaymentMethodType;
  details?: { iban?: string | undefined; token_id?: string | undefined } | null | undefined;
}

/**
 * The method as Saldo stores it: the IBAN in electronic format, nothing but the one detail.
 * `field` names the method among the input's fields ('' when the input is the method itself).
 */
export function assertPaymentMethod(input: PaymentMethodInput, field = 'paymentMethod'): PaymentMethod {
  const details = input.details ?? null;
  const detailField = (name: string) => (field === '' ? `details.${name}` : `${field}.details.${name}`);
  if (input.type === 'DIRECT_DEBIT') {
    if (details === null || details.iban === undefined) {
      throw new SaldoError('validation_failed', {
        detail: 'A DIRECT_DEBIT payment method needs details.iban.',
        field: detailField('iban'),
      });
    }
    if (details.token_id !== undefined) {
      throw new SaldoError('validation_failed', {
        detail: 'A DIRECT_DEBIT payment method carries no token_id.',
        field: detailField('token_id'),
      });
    }
    const iban = electronicFormatIBAN(details.iban) ?? '';
    if (!isValidIBAN(iban)) {
      throw new SaldoError('iban_invalid', {
        detail: `'${details.iban}' is not a valid IBAN.`,
        field: detailField('iban'),
      });
    }
    return { type: 'DIRECT_DEBIT', details: { iban } };
  }
  if (details === null || details.token_id === undefined) {
    throw new SaldoError('validation_failed', {
      detail: 'A CREDIT_CARD payment method needs details.token_id.',
      field: detailField('token_id'),
    });
  }
  if (details.iban !== undefined) {
    throw new SaldoError('validation_failed', {
      detail: 'A CREDIT_CARD payment method carries no iban.',
      field: detailField('iban'),
    });
  }
  if (!UUID.test(details.token_id)) {
    throw new SaldoError('validation_failed', {
      detail: 'details.token_id must be a UUID.',
      field: detailField('token_id'),
    });
  }
  return { type: 'CREDIT_CARD', details: { token_id: details.token_id.toLowerCase() } };
}

export function availablePaymentMethodTypes(settings: OrganizationSettings, modality: Modality): PaymentMethodType[] {
  return [...(settings.paymentMethodsByModality[modality] ?? [])];
}

export function assertPaymentMethodAllowed(
  settings: OrganizationSettings,
  modality: Modality,
  type: PaymentMethodType,
  field = 'paymentMethod.type',
): void {
  const allowed = availablePaymentMethodTypes(settings, modality);
  if (!allowed.includes(type)) {
    throw new SaldoError('payment_method_not_allowed', {
      detail: `${type} is not available for ${modality} accounts here; available: ${allowed.join(', ') || 'none'}.`,
      field,
      facts: { allowed },
    });
  }
}
