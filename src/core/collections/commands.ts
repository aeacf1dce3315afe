/**
 * Debt collection: handing an account over to the collection agency (by hand, or by a dunning
 * run at `debt_collection_after_days`), recalling it, and exporting what was handed over. While
 * handed over an account is ACCOUNT_COLLECTION and dunning leaves it alone.
 */
import type { Actor } from '../actor.ts';
import { type Clock, calendarDate } from '../clock.ts';
import { type ReceivablesCommand, lockReceivablesAccount, policyForAccount, updateReceivablesAccount } from '../dunning/commands.ts';
import type { OpenItem, ReceivablesAccount } from '../dunning/dunning-store.ts';
import { levelBlocks } from '../dunning/evaluate.ts';
import { SaldoError, assert } from '../errors.ts';
import { isClosedStatus } from '../lifecycle/transitions.ts';
import type { Store } from '../store.ts';

export const DEBT_COLLECTION_EXPORT_LIMIT_MAX = 1000;

function refuse(detail: string): SaldoError {
  return new SaldoError('debt_collection_state_invalid', { detail });
}

export function handOverToDebtCollection(clock: Clock, actor: Actor, accountUuid: string): ReceivablesCommand<ReceivablesAccount> {
  return {
    async execute(tx) {
      const account = await lockReceivablesAccount(tx, actor.organizationId, accountUuid);
      if (account.inDebtCollection) throw refuse('The account is in debt collection already.');
      if (isClosedStatus(account.status)) throw refuse('A closed account cannot be handed over.');
      if (account.openMinor === 0n) throw refuse('Nothing is owed on the account.');
      return updateReceivablesAccount(tx, clock, account, {
        status: 'ACCOUNT_COLLECTION',
        inDebtCollection: true,
        debtCollectionSince: clock.now().toISOString(),
        dunningBlocked: false,
      });
    },
    audit: (account) => ({ action: 'account.debt_collection_handed_over', resourceType: 'account', resourceId: account.uuid }),
  };
}

/**
 * Recalls an account from debt collection: back to ACCOUNT_BLOCKED when its dunning level blocks,
 * else ACCOUNT_OK. The anchor it was recalled on is remembered, so the next run does not hand it
 * over again for the same overdue charge.
 */
export function recallFromDebtCollection(clock: Clock, actor: Actor, accountUuid: string): ReceivablesCommand<ReceivablesAccount> {
  return {
    async execute(tx) {
      const account = await lockReceivablesAccount(tx, actor.organizationId, accountUuid);
      if (!account.inDebtCollection) throw refuse('The account is not in debt collection.');
      const organization = await tx.organizations.findById(actor.organizationId);
      assert(organization, 'organization of an actor is gone');
      const today = calendarDate(clock.now(), organization.timeZone);
      const overdue = await tx.dunning.overdueOf(actor.organizationId, account.id, today);
      const policy = await policyForAccount(tx, actor.organizationId, account.template);
      const blocks = levelBlocks(policy, account.dunningLevel);
      return updateReceivablesAccount(tx, clock, account, {
        status: blocks ? 'ACCOUNT_BLOCKED' : 'ACCOUNT_OK',
        dunningBlocked: blocks,
        inDebtCollection: false,
        debtCollectionSince: null,
        debtCollectionRecalledAnchor: overdue.oldestDueDate ?? account.dunningAnchorDate,
      });
    },
    audit: (account) => ({
      action: 'account.debt_collection_recalled',
      resourceType: 'account',
      resourceId: account.uuid,
      details: { status: account.status },
    }),
  };
}

export interface HandedOverAccount {
  account: ReceivablesAccount;
  openItems: OpenItem[];
}

export async function exportDebtCollection(
  store: Store,
  organizationId: string,
  options: { limit: number; afterId?: number | undefined },
): Promise<{ data: HandedOverAccount[]; nextCursor: number | null }> {
  const accounts = await store.dunning.listHandedOver(organizationId, options.afterId ?? 0, options.limit + 1);
  const page = accounts.slice(0, options.limit);
  const items = await store.dunning.openItemsOf(organizationId, page.map((a) => a.id));
  return {
    data: page.map((account) => ({ account, openItems: items.get(account.id) ?? [] })),
    nextCursor: accounts.length > options.limit ? page[page.length - 1]!.id : null,
  };
}
