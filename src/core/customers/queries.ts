/** Reading customers, for every dialect and for the other parts of the core. */
import { SaldoError } from '../errors.ts';
import type { Store } from '../store.ts';
import { normalizePaymentReference } from '../payments/commands.ts';
import {
  CUSTOMER_NUMBER_MAX,
  type Customer,
  type CustomerListOptions,
  type CustomerPage,
  type CustomerSearch,
} from './customer.ts';

export const CUSTOMER_PAGE_LIMIT_MAX = 100;

export async function getCustomer(store: Store, organizationId: string, customerPublicId: string): Promise<Customer> {
  const customer = await store.customers.findByPublicId(organizationId, customerPublicId);
  if (!customer) throw new SaldoError('customer_not_found');
  return customer;
}

export async function getCustomerByNumber(store: Store, organizationId: string, number: bigint): Promise<Customer> {
  const customer = await store.customers.findByNumber(organizationId, number);
  if (!customer) throw new SaldoError('customer_not_found');
  return customer;
}

export function listCustomers(
  store: Store,
  organizationId: string,
  options: CustomerListOptions,
): Promise<CustomerPage> {
  return store.customers.list(organizationId, { ...options, limit: Math.min(options.limit, CUSTOMER_PAGE_LIMIT_MAX) });
}

/** What to look for when a person types `text` into a search field. */
export function customerSearch(text: string): CustomerSearch {
  const trimmed = text.trim();
  const number =
    /^[0-9]{1,19}$/.test(trimmed) && BigInt(trimmed) <= CUSTOMER_NUMBER_MAX && BigInt(trimmed) > 0n
      ? BigInt(trimmed)
      : undefined;
  return { text: trimmed, number, paymentReference: normalizePaymentReference(trimmed) };
}
