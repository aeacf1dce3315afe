/** Accounts in the native API's and the 003 dialect's JSON: snake_case, amounts as minor-unit integers. */
import { Type } from 'typebox';
import {
  ACCOUNT_STATUSES,
  MODALITIES,
  PAYMENT_METHOD_TYPES,
  PAYMENT_REFERENCE_TYPES,
  type Account,
  type AccountTemplate,
} from '../../../core/accounts/account.ts';
import { availableMinor } from '../../../core/accounts/queries.ts';
import { toMinorNumber } from '../../../core/money.ts';
import { Int64Text } from '../../shared/schemas.ts';

const literals = <T extends string>(values: readonly T[]) => Type.Unsafe<T>({ type: 'string', enum: [...values] });

export const BILLING_ADDRESS_FIELD_MAX_LENGTH = 200;
const addressField = Type.Optional(Type.String({ minLength: 1, maxLength: BILLING_ADDRESS_FIELD_MAX_LENGTH }));

export const BillingAddress = Type.Object(
  {
    name: addressField,
    line1: addressField,
    line2: addressField,
    line3: addressField,
    postal_code: addressField,
    city: addressField,
    region: addressField,
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' })),
  },
  { additionalProperties: false },
);

export const PaymentMethodDetails = Type.Union([
  Type.Object(
    {
      iban: Type.Optional(Type.String({ maxLength: 64, description: 'Only for direct debit payment method' })),
      token_id: Type.Optional(
        Type.String({
          maxLength: 64,
          description: 'Only for credit card payment method: the id of the tokenized card (uuid)',
        }),
      ),
    },
    { additionalProperties: false },
  ),
  Type.Null(),
]);

export const PaymentMethodBody = Type.Object(
  {
    type: literals(PAYMENT_METHOD_TYPES),
    details: Type.Optional(PaymentMethodDetails),
  },
  { additionalProperties: false },
);

export const PaymentMethodTypeSchema = literals(PAYMENT_METHOD_TYPES);
export const ModalitySchema = literals(MODALITIES);
export const PaymentReferenceTypeSchema = literals(PAYMENT_REFERENCE_TYPES);

const PaymentReferenceView = Type.Union([
  Type.Object({ type: PaymentReferenceTypeSchema, number: Type.String() }),
  Type.Null(),
]);

export const AccountView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  numeric_id: Int64Text,
  customer_id: Type.String({ format: 'uuid' }),
  customer_number: Int64Text,
  number: Type.String(),
  name: Type.Union([Type.String(), Type.Null()]),
  currency: Type.String(),
  status: literals(ACCOUNT_STATUSES),
  modality: ModalitySchema,
  payment_method: Type.Object({ type: PaymentMethodTypeSchema, details: PaymentMethodDetails }),
  payment_reference: PaymentReferenceView,
  billing_address: Type.Union([BillingAddress, Type.Null()]),
  credit_limit: Type.Integer(),
  balance: Type.Integer({ description: 'credits − charges, minor units; negative means the customer owes' }),
  available: Type.Integer({ description: 'credit_limit + balance' }),
  open_amount: Type.Integer(),
  unallocated: Type.Integer(),
  total_charged: Type.Integer(),
  total_credited: Type.Integer(),
  parent_id: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  template: Type.Union([Type.String(), Type.Null()]),
  is_default: Type.Boolean(),
  dunning_level: Type.Union([Type.Integer(), Type.Null()]),
  in_debt_collection: Type.Boolean(),
  version: Type.Integer(),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
  closed_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export function accountView(account: Account) {
  return {
    id: account.publicId,
    numeric_id: String(account.id),
    customer_id: account.customerPublicId,
    customer_number: account.customerNumber.toString(),
    number: account.number,
    name: account.name,
    currency: account.currency,
    status: account.status,
    modality: account.modality,
    payment_method: { type: account.paymentMethod.type, details: account.paymentMethod.details },
    payment_reference: account.paymentReference,
    billing_address: account.billingAddress,
    credit_limit: toMinorNumber(account.creditLimitMinor),
    balance: toMinorNumber(account.balanceMinor),
    available: toMinorNumber(availableMinor(account)),
    open_amount: toMinorNumber(account.openMinor),
    unallocated: toMinorNumber(account.unallocatedMinor),
    total_charged: toMinorNumber(account.chargedMinor),
    total_credited: toMinorNumber(account.creditedMinor),
    parent_id: account.parentPublicId,
    template: account.template,
    is_default: account.isDefault,
    dunning_level: account.dunningLevel,
    in_debt_collection: account.inDebtCollection,
    version: account.version,
    created_at: account.createdAt,
    updated_at: account.updatedAt,
    closed_at: account.closedAt,
  };
}

export const AccountTemplateView = Type.Object({
  name: Type.String(),
  currency: Type.Union([Type.String(), Type.Null()]),
  credit_limit: Type.Union([Type.Integer(), Type.Null()]),
  modality: Type.Union([ModalitySchema, Type.Null()]),
  payment_reference_type: Type.Union([PaymentReferenceTypeSchema, Type.Null()]),
  created_at: Type.String({ format: 'date-time' }),
});

export function accountTemplateView(template: AccountTemplate) {
  return {
    name: template.name,
    currency: template.currency,
    credit_limit: template.creditLimitMinor === null ? null : toMinorNumber(template.creditLimitMinor),
    modality: template.modality,
    payment_reference_type: template.paymentReferenceType,
    created_at: template.createdAt,
  };
}
