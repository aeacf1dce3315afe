/**
 * Read models of a customer's accounts for the dialects that look a customer up by number
 * (v1 customers, v4 accounts): the default account's balance, its upcoming charges, and the
 * list of accounts. Narrow on purpose: each read takes only the columns it shows.
 */
import type { Account } from '../accounts/account.ts';
import type { Entry } from '../entries/entry.ts';

export type CustomerRef = { publicId: string; number: bigint };

export type AccountOverview = Pick<
  Account,
  | 'id'
  | 'publicId'
  | 'number'
  | 'name'
  | 'currency'
  | 'creditLimitMinor'
  | 'balanceMinor'
  | 'unallocatedMinor'
  | 'status'
  | 'parentId'
  | 'template'
  | 'paymentReference'
  | 'dunningLevel'
  | 'inDebtCollection'
>;

/** What v1 balances shows of the default account, and the id its successor link names. */
export type AccountBalances = Pick<
  Account,
  'publicId' | 'currency' | 'balanceMinor' | 'unallocatedMinor' | 'dunningLevel' | 'inDebtCollection'
>;

/** What a slice of upcoming charges needs of its account: the currency of its amounts and its id. */
export type UpcomingAccount = Pick<Account, 'publicId' | 'currency'>;

export type UpcomingEntry = Pick<
  Entry,
  'id' | 'dueDate' | 'description' | 'amountMinor' | 'openMinor' | 'installmentPlanId'
>;

export interface UpcomingFilter {
  dueFrom: string;
  dueTo: string;
  /** Entries with a greater id only (the previous slice's last id). */
  afterId: bigint;
  limit: number;
}

export interface CustomerOverviewStore {
  /**
   * The customer with the account flagged default, or else its first account, in one lookup;
   * undefined for an unknown customer, `account: undefined` for a customer without accounts.
   */
  customerWithDefaultAccount(
    organizationId: string,
    number: bigint,
  ): Promise<{ customer: CustomerRef; account: AccountBalances | undefined } | undefined>;
  /**
   * A page of the customer's accounts by id, found by the customer's number; undefined for an
   * unknown customer, an empty page past the last account.
   */
  customerAccounts(
    organizationId: string,
    number: bigint,
    options: { offset: number; limit: number },
  ): Promise<{ customer: CustomerRef; accounts: AccountOverview[] } | undefined>;
  /**
   * The customer's default account (as `customerWithDefaultAccount` picks it) with its charges
   * due in [dueFrom, dueTo], by id, that still stand: neither a reversal nor reversed. Undefined
   * when the customer is unknown or has no account.
   */
  defaultAccountUpcoming(
    organizationId: string,
    number: bigint,
    filter: UpcomingFilter,
  ): Promise<{ account: UpcomingAccount; entries: UpcomingEntry[] } | undefined>;
}
