/** Customers in the native API's JSON: snake_case, the int64 number as a string of digits. */
import { Type } from 'typebox';
import type { Customer } from '../../../core/customers/customer.ts';
import { Int64Text } from '../../shared/schemas.ts';

export const CustomerView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  number: Int64Text,
  name: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  categories: Type.Array(Type.String()),
  external_references: Type.Array(Type.Object({ source: Type.String(), id: Type.String() })),
  version: Type.Integer(),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
});

export function customerView(customer: Customer) {
  return {
    id: customer.publicId,
    number: customer.number.toString(),
    name: customer.name,
    email: customer.email,
    categories: customer.categories,
    external_references: customer.externalReferences.map((r) => ({ source: r.source, id: r.externalId })),
    version: customer.version,
    created_at: customer.createdAt,
    updated_at: customer.updatedAt,
  };
}
