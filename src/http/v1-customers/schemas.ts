/** Schemas of the v1 customers dialect, as seeds 000 and 001 describe them. */
import { Type } from 'typebox';
import { SaldoError } from '../../core/errors.ts';
import { UPCOMING_SLICE_MAX } from '../../core/customer-overview/queries.ts';

const INT64_MAX = 9_223_372_036_854_775_807n;
const INT64_DIGITS = '^[0-9]{1,19}$';

export const CustomerParams = Type.Object({
  customerId: Type.String({
    pattern: INT64_DIGITS,
    description: 'Unique ID of the customer (an int64: digits, at most 9223372036854775807)',
    examples: ['55667788990'],
  }),
});

/** The int64 a path or query parameter carries; beyond int64 it is refused like a malformed one. */
export function parseInt64(text: string, pointer: string): bigint {
  const value = BigInt(text);
  if (value > INT64_MAX)
    throw new SaldoError('validation_failed', {
      detail: `'${pointer.split('.').pop()}' must be at most ${INT64_MAX}.`,
      pointer,
    });
  return value;
}

export const Money = Type.Object(
  {
    amount: Type.Number({ description: 'Amount of the finance data tuple', examples: [20] }),
    currency: Type.String({ description: 'Currency of the finance data tuple (ISO 4217)', examples: ['EUR'] }),
  },
  { description: 'Represents a financial data' },
);

export const Balances = Type.Object(
  {
    accountBalance: Money,
    consumptionCredit: Money,
    dunningLevel: Type.Optional(
      Type.String({ description: 'The dunning level of the customer', examples: ['Dunning Level 1'] }),
    ),
    inDebtCollection: Type.Boolean({
      description: 'Whether the customers open debt claims where transferred to a debt collection agency',
    }),
  },
  { description: 'Account balance data of the customer' },
);

export const UPCOMING_SLICE_DEFAULT = 10;

export const UpcomingQuery = Type.Object(
  {
    sliceSize: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: UPCOMING_SLICE_MAX,
        default: UPCOMING_SLICE_DEFAULT,
        format: 'int32',
        description: 'Desired size of data chunk',
      }),
    ),
    offset: Type.Optional(
      Type.String({
        pattern: INT64_DIGITS,
        default: '0',
        description: 'Offset from last request (last ID of the booking entry)',
      }),
    ),
  },
  { additionalProperties: false },
);

export const Upcoming = Type.Object(
  {
    result: Type.Array(
      Type.Object({
        id: Type.Integer({ format: 'int64', description: 'The internal id of the entry' }),
        dueDate: Type.String({ format: 'date', description: 'Date to booking is/was to be paid' }),
        description: Type.Optional(Type.String({ description: 'Description of the booking' })),
        amount: Money,
        openAmount: Money,
        installmentPlan: Type.Boolean({
          description: 'Whether or not the booking was transferred into an installment plan',
        }),
      }),
      { description: 'List of booking entries' },
    ),
    hasNext: Type.Boolean({ description: 'True if there exists next data slice', examples: [true] }),
    offset: Type.String({
      description: 'Offset for next query (last ID of the booking entry)',
      examples: ['1234567890'],
    }),
  },
  { description: 'Slice of booking entries' },
);
