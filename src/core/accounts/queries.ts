/** Reading accounts, for every dialect and for the other parts of the core. */
import { getCustomer } from '../customers/queries.ts';
import { SaldoError } from '../errors.ts';
import type { Store } from '../store.ts';
import {
  ACCOUNT_PAGE_LIMIT_MAX,
  type Account,
  isClosedStatus,
  type AccountListOptions,
  type PaymentMethodType,
} from './account.ts';
import { availablePaymentMethodTypes } from './payment-method.ts';

export async function getAccount(store: Store, organizationId: string, accountPublicId: string): Promise<Account> {
  const account = await store.accounts.findByPublicId(organizationId, accountPublicId);
  if (!account) throw new SaldoError('account_not_found');
  return account;
}

/** The account, when it belongs to this customer; another customer's account is not found. */
export async function getCustomerAccount(
  store: Store,
  organizationId: string,
  customerPublicId: string,
  accountPublicId: string,
): Promise<Account> {
  await getCustomer(store, organizationId, customerPublicId);
  const account = await store.accounts.findByPublicId(organizationId, accountPublicId);
  if (!account || account.customerPublicId !== customerPublicId) throw new SaldoError('account_not_found');
  return account;
}

/** A customer's accounts, oldest first (customer_not_found for an unknown customer). */
export async function listCustomerAccounts(
  store: Store,
  organizationId: string,
  customerPublicId: string,
): Promise<Account[]> {
  await getCustomer(store, organizationId, customerPublicId);
  return store.accounts.listByCustomer(organizationId, customerPublicId);
}

export const isClosed = (account: Account): boolean => isClosedStatus(account.status);

/** The payment method types the account may switch to: its modality's, from the settings; none once closed. */
export async function listAvailablePaymentMethods(
  store: Store,
  organizationId: string,
  account: Account,
): Promise<PaymentMethodType[]> {
  if (isClosed(account)) return [];
  const settings = await store.organizations.settings(organizationId);
  return availablePaymentMethodTypes(settings, account.modality);
}

/** What `available` means everywhere (v4 `available`): credit limit plus balance. */
export const availableMinor = (account: Account): bigint => account.creditLimitMinor + account.balanceMinor;

export interface AccountPage {
  data: Account[];
  /** The numeric id to continue after, or null on the last page. */
  nextAfterId: number | null;
}

/** The organization's accounts, oldest first, a page at a time (by dunning level, by status). */
export async function listAccounts(
  store: Store,
  organizationId: string,
  options: AccountListOptions,
): Promise<AccountPage> {
  const limit = Math.min(Math.max(1, options.limit), ACCOUNT_PAGE_LIMIT_MAX);
  const rows = await store.accounts.list(organizationId, { ...options, limit: limit + 1 });
  const data = rows.slice(0, limit);
  return { data, nextAfterId: rows.length > limit ? data[data.length - 1]!.id : null };
}
