/**
 * What dunning, the account lifecycle and debt collection ask of storage: the account columns
 * they own (status, dunning level and anchor, exemption, debt-collection flags), the open charges
 * they read, and the bookkeeping of runs, fees and the daily lease. Every read filters by
 * organization.
 */
import type { AccountStatus } from '../accounts/account.ts';
import type { OpenItem } from '../entries/entry.ts';
import type { DunningState } from './evaluate.ts';
import type { DunningPolicy } from './policy.ts';

/**
 * The part of an account a dunning run reads: its dunning state, what decides its policy (the
 * template) and whether it is dunned at all, and the version it writes on.
 */
export interface DunningAccount extends DunningState {
  id: number;
  template: string | null;
  dunningExempt: boolean;
  version: number;
}

/** The part of an account receivables processes read and change. */
export interface ReceivablesAccount extends DunningAccount {
  publicId: string;
  organizationId: string;
  customerPublicId: string;
  number: string;
  name: string | null;
  currency: string;
  balanceMinor: bigint;
  openMinor: bigint;
  unallocatedMinor: bigint;
  updatedAt: string;
  closedAt: string | null;
}

/** What commands may change on an account: its receivables columns and when it closed. */
export type ReceivablesAccountChanges = Partial<
  Omit<DunningAccount, 'id' | 'template' | 'version'> & Pick<ReceivablesAccount, 'closedAt'>
>;

/**
 * A write of one account's dunning state, on the version it was read at: not a second shape of
 * DunningState but the state with the row and version a conditional update needs.
 */
export type DunningStateUpdate = DunningState & {
  accountId: number;
  expectedVersion: number;
};

export interface OverdueSummary {
  oldestDueDate: string | null;
  overdueMinor: bigint;
}

export type DunningRunTrigger = 'API' | 'SCHEDULE';

/** What a dunning run did, counted. */
export interface DunningRunSummary {
  accountsChanged: number;
  escalated: number;
  reset: number;
  feesPosted: number;
  feesMinor: bigint;
  blocked: number;
  unblocked: number;
  handedOver: number;
  autoClosed: number;
  scheduledPaymentsDue: number;
  accountsFailed: number;
  /** INTEREST charges booked (one per account at most), and their sum in minor units. */
  interestPosted: number;
  interestMinor: bigint;
}

export interface DunningRun {
  id: number;
  publicId: string;
  organizationId: string;
  asOf: string;
  trigger: DunningRunTrigger;
  status: 'RUNNING' | 'COMPLETED' | 'FAILED';
  accountsEvaluated: number;
  summary: DunningRunSummary;
  actorKeyId: string | null;
  startedAt: string;
  completedAt: string | null;
}

export interface PostedFee {
  level: number;
  entryId: number;
  entryPublicId: string;
  amountMinor: bigint;
}

export interface DunningRunChange {
  id: number;
  runId: number;
  accountId: number;
  accountPublicId: string;
  fromLevel: number | null;
  toLevel: number | null;
  daysPastDue: number | null;
  anchorDate: string | null;
  overdueMinor: bigint;
  statusFrom: AccountStatus;
  statusTo: AccountStatus;
  handedOver: boolean;
  fees: PostedFee[];
  createdAt: string;
}

export type NewDunningRunChange = Omit<DunningRunChange, 'id' | 'accountPublicId'>;

export interface DunningStore {
  findAccount(
    organizationId: string,
    publicId: string,
    options?: { forUpdate?: boolean },
  ): Promise<ReceivablesAccount | undefined>;
  findAccountById(
    organizationId: string,
    id: number,
    options?: { forUpdate?: boolean },
  ): Promise<ReceivablesAccount | undefined>;
  /** The organization's accounts among `ids` (one statement), ascending by id. */
  findReceivablesAccounts(organizationId: string, ids: number[]): Promise<ReceivablesAccount[]>;
  /** Applies the changes when the version is still `expectedVersion`, bumping it; false otherwise. */
  updateAccount(
    organizationId: string,
    id: number,
    expectedVersion: number,
    changes: ReceivablesAccountChanges,
    updatedAt: string,
  ): Promise<boolean>;
  /**
   * Writes each account's dunning state where its version is still `expectedVersion`, bumping
   * it; answers how many were written. A run writes a page of accounts at once this way.
   */
  updateDunningStates(organizationId: string, updates: DunningStateUpdate[], updatedAt: string): Promise<number>;

  /**
   * Accounts a run may change, ascending by id after `afterId`: not exempt, not in debt
   * collection, not closed.
   */
  listRunAccounts(organizationId: string, afterId: number, limit: number): Promise<DunningAccount[]>;
  /** The organization's accounts among `ids`, ascending by id (locked until the transaction ends with `forUpdate`). */
  findAccountsById(organizationId: string, ids: number[], options?: { forUpdate?: boolean }): Promise<DunningAccount[]>;
  /** Accounts in debt collection, ascending by id after `afterId`. */
  listHandedOver(organizationId: string, afterId: number, limit: number): Promise<ReceivablesAccount[]>;
  /** Accounts to close that may have become settled, ascending after `afterId`. */
  listAccountsToClose(organizationId: string, afterId: number, limit: number): Promise<number[]>;
  /** Oldest due date and total of open charges due before `asOf` (charges moved into a plan excluded). */
  overdueOf(organizationId: string, accountId: number, asOf: string): Promise<OverdueSummary>;
  /** The same per account with an id from `fromId` through `toId`, for those that have any. */
  overdueBetween(
    organizationId: string,
    fromId: number,
    toId: number,
    asOf: string,
  ): Promise<Map<number, OverdueSummary>>;
  /** Open charges of an account, oldest due date first (charges moved into a plan excluded). */
  openItemsOf(organizationId: string, accountIds: number[]): Promise<Map<number, OpenItem[]>>;

  templatePolicy(
    organizationId: string,
    templateName: string,
  ): Promise<{ exists: boolean; policy: DunningPolicy | null }>;
  setTemplatePolicy(organizationId: string, templateName: string, policy: DunningPolicy | null): Promise<boolean>;

  insertRun(run: Omit<DunningRun, 'id'>): Promise<number>;
  /** Ends a run as COMPLETED (or FAILED, its pages cut off) with the counts it reached. */
  completeRun(
    organizationId: string,
    id: number,
    status: 'COMPLETED' | 'FAILED',
    accountsEvaluated: number,
    summary: DunningRunSummary,
    completedAt: string,
  ): Promise<void>;
  findRun(organizationId: string, publicId: string): Promise<DunningRun | undefined>;
  listRuns(organizationId: string, options: { limit: number; beforeId?: number | undefined }): Promise<DunningRun[]>;
  /** Records the changes in the order given. */
  insertChanges(organizationId: string, changes: NewDunningRunChange[]): Promise<void>;
  listChanges(
    organizationId: string,
    runId: number,
    options: { limit: number; afterId?: number | undefined },
  ): Promise<DunningRunChange[]>;

  /** The fee entry already posted for this account, level and anchor, if any. */
  findFee(organizationId: string, accountId: number, level: number, anchorDate: string): Promise<number | undefined>;
  recordFee(fee: {
    organizationId: string;
    accountId: number;
    level: number;
    anchorDate: string;
    entryId: number;
    runId: number | null;
    createdAt: string;
  }): Promise<void>;

  /**
   * Takes the day's lease for the organization's scheduled run: true when this holder has it
   * now (inserted, or taken over from a holder that did not finish before `staleBefore`).
   */
  acquireLease(
    organizationId: string,
    runDate: string,
    holder: string,
    at: string,
    staleBefore: string,
  ): Promise<boolean>;
  completeLease(organizationId: string, runDate: string, holder: string, runId: number, at: string): Promise<void>;
}
