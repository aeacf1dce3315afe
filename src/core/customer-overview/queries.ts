/**
 * The customer reads of the legacy v1 dialect (balances, upcoming charges of the default
 * account) and of v4 (the accounts of a customer, with an audit record per read).
 */
import type { Actor } from '../actor.ts';
import { type Clock, addMonths, calendarDate } from '../clock.ts';
import { SaldoError } from '../errors.ts';
import type { Organization } from '../organizations/organization.ts';
import type { LedgerWriter } from '../ledger/ledger-writer.ts';
import type { Store } from '../store.ts';
import type {
  AccountBalances,
  AccountOverview,
  CustomerRef,
  UpcomingAccount,
  UpcomingEntry,
} from './customer-overview.ts';

/** The v1 upcoming window: today through the same day a year ahead, both inclusive. */
export const UPCOMING_HORIZON_MONTHS = 12;
export const UPCOMING_SLICE_MAX = 100;
export const ACCOUNTS_PAGE_SIZE_MAX = 100;

async function defaultAccountOf(
  store: Store,
  organizationId: string,
  customerNumber: bigint,
): Promise<AccountBalances> {
  const found = await store.customerOverview.customerWithDefaultAccount(organizationId, customerNumber);
  if (!found) throw new SaldoError('customer_not_found');
  if (!found.account) throw new SaldoError('account_not_found', { detail: 'The customer has no account.' });
  return found.account;
}

export interface CustomerBalances {
  account: AccountBalances;
  /** The dunning level's name from the organization's policy; null when not in dunning. */
  dunningLevelName: string | null;
}

/** The default account's balance, unallocated credit and dunning state. */
export async function customerBalances(
  store: Store,
  organizationId: string,
  customerNumber: bigint,
): Promise<CustomerBalances> {
  const account = await defaultAccountOf(store, organizationId, customerNumber);
  let dunningLevelName: string | null = null;
  if (account.dunningLevel !== null) {
    const policy = (await store.organizations.recentSettings(organizationId)).dunningPolicy;
    // A level the policy no longer has (it was shortened) still shows, by its position.
    dunningLevelName = policy?.levels[account.dunningLevel]?.name ?? `Dunning Level ${account.dunningLevel + 1}`;
  }
  return { account, dunningLevelName };
}

export interface UpcomingSlice {
  account: UpcomingAccount;
  entries: UpcomingEntry[];
  hasNext: boolean;
}

/** A slice of the default account's charges due from today to a year ahead, by id after `afterId`. */
export async function upcomingCharges(
  store: Store,
  clock: Clock,
  organization: Organization,
  customerNumber: bigint,
  options: { afterId: bigint; sliceSize: number },
): Promise<UpcomingSlice> {
  const today = calendarDate(clock.now(), organization.timeZone);
  const limit = Math.min(options.sliceSize, UPCOMING_SLICE_MAX);
  const found = await store.customerOverview.defaultAccountUpcoming(organization.id, customerNumber, {
    dueFrom: today,
    dueTo: addMonths(today, UPCOMING_HORIZON_MONTHS),
    afterId: options.afterId,
    limit: limit + 1,
  });
  // Nothing found: the customer or its account is missing, and the lookup says which.
  const account = found?.account ?? (await defaultAccountOf(store, organization.id, customerNumber));
  const rows = found?.entries ?? [];
  return { account, entries: rows.slice(0, limit), hasNext: rows.length > limit };
}

export interface CustomerAccountsPage {
  customer: CustomerRef;
  accounts: AccountOverview[];
}

/**
 * A page of the customer's accounts. The read lands in the audit trail with the end user the
 * caller names (v4 `auditUser`), also when the customer is not found.
 */
export async function customerAccounts(
  store: Store,
  ledger: LedgerWriter,
  actor: Actor,
  customerNumber: bigint,
  options: { page: number; size: number },
): Promise<CustomerAccountsPage> {
  const size = Math.min(options.size, ACCOUNTS_PAGE_SIZE_MAX);
  const found = await store.customerOverview.customerAccounts(actor.organizationId, customerNumber, {
    offset: options.page * size,
    limit: size,
  });
  const customer = found?.customer;
  const accounts = found?.accounts ?? [];
  await ledger.recordAudit(actor, {
    action: 'v4.accounts_read',
    resourceType: 'customer',
    resourceId: customer?.publicId ?? null,
    details: {
      customer_number: customerNumber.toString(),
      page: options.page,
      size,
      found: customer !== undefined,
      count: accounts.length,
    },
  });
  if (!customer) throw new SaldoError('customer_not_found');
  return { customer, accounts };
}
