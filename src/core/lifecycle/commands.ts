/**
 * Moving an account through its lifecycle by hand, and closing accounts to close once they are
 * settled. Every change bumps the account's version.
 */
import type { AccountStatus } from '../accounts/account.ts';
import type { Actor } from '../actor.ts';
import type { Clock } from '../clock.ts';
import { lockReceivablesAccount, updateReceivablesAccount } from '../dunning/commands.ts';
import type { ReceivablesAccount, ReceivablesAccountChanges } from '../dunning/dunning-store.ts';
import { SaldoError } from '../errors.ts';
import { statusChangeEvents } from '../events/domain-event.ts';
import type { Store } from '../store.ts';
import { type DomainCommand, performInternalWrite } from '../write-pipeline.ts';
import { allowedTransitions, isSettled } from './transitions.ts';

export interface StatusChange {
  account: ReceivablesAccount;
  from: AccountStatus;
}

export function changeAccountStatus(
  clock: Clock,
  actor: Actor,
  accountPublicId: string,
  to: AccountStatus,
  expectedVersion?: number | undefined,
): DomainCommand<StatusChange> {
  return {
    async execute(tx) {
      const account = await lockReceivablesAccount(tx, actor.organizationId, accountPublicId);
      if (expectedVersion !== undefined && expectedVersion !== account.version)
        throw new SaldoError('version_mismatch');
      const from = account.status;
      // Asking for the status the account has is answered with the account, unchanged.
      if (from === to) return { account, from };
      const allowed = allowedTransitions(from);
      if (!allowed.includes(to)) {
        throw new SaldoError('account_status_transition_invalid', {
          detail:
            allowed.length === 0
              ? `An account in ${from} cannot be moved by hand.`
              : `An account in ${from} can move to ${allowed.join(', ')}; not to ${to}.`,
          field: 'status',
          facts: { allowed: [...allowed] },
        });
      }
      const now = clock.now().toISOString();
      const changes: ReceivablesAccountChanges = { status: to };
      if (to === 'ACCOUNT_CLOSED') {
        if (!isSettled(account))
          throw new SaldoError('account_has_open_items', {
            detail: 'Only a settled account can close; move it to ACCOUNT_TO_CLOSE instead.',
          });
        changes.closedAt = now;
      }
      // A person's block or unblock is theirs: dunning lifts only the blocks it set itself.
      if (to === 'ACCOUNT_BLOCKED' || from === 'ACCOUNT_BLOCKED') changes.dunningBlocked = false;
      // Nothing left to wait for: the account closes itself at once.
      if (to === 'ACCOUNT_TO_CLOSE' && isSettled(account)) {
        changes.status = 'ACCOUNT_AUTO_CLOSED';
        changes.closedAt = now;
      }
      return { account: await updateReceivablesAccount(tx, clock, account, changes), from };
    },
    audit: ({ account, from }) => ({
      action: 'account.status_changed',
      resourceType: 'account',
      resourceId: account.publicId,
      details: { from, to: account.status, version: account.version },
    }),
    events: ({ account, from }) =>
      statusChangeEvents({
        accountPublicId: account.publicId,
        from,
        to: account.status,
        cause: 'MANUAL',
        version: account.version,
      }),
  };
}

/**
 * Closes an account to close once nothing is open, owed or unallocated (ACCOUNT_AUTO_CLOSED), as
 * a write of the actor's (the daily job, a dunning run). True when it closed the account now.
 */
export async function closeIfSettled(store: Store, clock: Clock, actor: Actor, accountId: number): Promise<boolean> {
  const organizationId = actor.organizationId;
  const closed = await performInternalWrite(store, clock, actor, {
    async execute(tx) {
      const account = await tx.dunning.findAccountById(organizationId, accountId, { forUpdate: true });
      if (!account || account.status !== 'ACCOUNT_TO_CLOSE' || !isSettled(account)) return undefined;
      return updateReceivablesAccount(tx, clock, account, {
        status: 'ACCOUNT_AUTO_CLOSED',
        closedAt: clock.now().toISOString(),
      });
    },
    audit: (account) =>
      account === undefined
        ? null
        : {
            action: 'account.auto_closed',
            resourceType: 'account',
            resourceId: account.publicId,
            details: { from: 'ACCOUNT_TO_CLOSE', to: 'ACCOUNT_AUTO_CLOSED' },
          },
    events: (account) =>
      account === undefined
        ? []
        : statusChangeEvents({
            accountPublicId: account.publicId,
            from: 'ACCOUNT_TO_CLOSE',
            to: account.status,
            cause: 'AUTO_CLOSED',
            version: account.version,
          }),
  });
  return closed !== undefined;
}
