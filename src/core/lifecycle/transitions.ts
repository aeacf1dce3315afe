/**
 * The account lifecycle: which status a person may move an account to from which. Dunning moves
 * ACCOUNT_OK ⇄ ACCOUNT_BLOCKED by itself; debt collection has its own hand-over and recall; an
 * account to close closes itself (ACCOUNT_AUTO_CLOSED) once nothing is open or owed. A closed
 * account stays closed: its history is final, a returning customer gets a new account.
 */
import type { AccountStatus } from '../accounts/account.ts';

export const MANUAL_TRANSITIONS: Record<AccountStatus, readonly AccountStatus[]> = {
  ACCOUNT_OK: ['ACCOUNT_BLOCKED', 'ACCOUNT_TO_CLOSE', 'ACCOUNT_CLOSED'],
  ACCOUNT_BLOCKED: ['ACCOUNT_OK', 'ACCOUNT_TO_CLOSE', 'ACCOUNT_CLOSED'],
  // Hand-over and recall go through /debt-collection, so the agency's case stays consistent.
  ACCOUNT_COLLECTION: [],
  ACCOUNT_TO_CLOSE: ['ACCOUNT_OK', 'ACCOUNT_BLOCKED', 'ACCOUNT_CLOSED'],
  ACCOUNT_CLOSED: [],
  ACCOUNT_AUTO_CLOSED: [],
};

export function allowedTransitions(from: AccountStatus): readonly AccountStatus[] {
  return MANUAL_TRANSITIONS[from];
}

/** Nothing open, nothing owed, nothing unallocated: the account may close. */
export function isSettled(figures: { balanceMinor: bigint; openMinor: bigint; unallocatedMinor: bigint }): boolean {
  return figures.balanceMinor === 0n && figures.openMinor === 0n && figures.unallocatedMinor === 0n;
}
