/**
 * Debt collection: handing an account over to the collection agency (by hand, or by a dunning
 * run at `debt_collection_after_days`), recalling it, and exporting what was handed over. While
 * handed over an account is ACCOUNT_COLLECTION and dunning leaves it alone.
 */
import type { Actor } from '../actor.ts';
import { type Clock, calendarDate } from '../clock.ts';
import { lockReceivablesAccount, policyForAccount, updateReceivablesAccount } from '../dunning/commands.ts';
import type { ReceivablesAccount } from '../dunning/dunning-store.ts';
import type { OpenItem } from '../entries/entry.ts';
import { levelBlocks } from '../dunning/evaluate.ts';
import { SaldoError, assert } from '../errors.ts';
import { type DomainEvent, domainEvent, statusChangeEvents } from '../events/domain-event.ts';
import { isClosedStatus } from '../accounts/account.ts';
import type { Store } from '../store.ts';
import type { DomainCommand } from '../write-pipeline.ts';

export const DEBT_COLLECTION_EXPORT_LIMIT_MAX = 1000;

function refuse(detail: string): SaldoError {
  return new SaldoError('debt_collection_state_invalid', { detail });
}

/** The events of a hand-over or recall: the step, and the status change it made. */
function debtCollectionEvents(
  type: 'debt_collection.handed_over' | 'debt_collection.recalled',
  change: DebtCollectionChange,
): DomainEvent[] {
  const { account, from } = change;
  return [
    ...statusChangeEvents({
      accountPublicId: account.publicId,
      from,
      to: account.status,
      cause: 'DEBT_COLLECTION',
      version: account.version,
    }),
    domainEvent(type, { account, trigger: 'MANUAL' }),
  ];
}

export type DebtCollectionChange = { account: ReceivablesAccount; from: ReceivablesAccount['status'] };

export function handOverToDebtCollection(
  clock: Clock,
  actor: Actor,
  accountPublicId: string,
): DomainCommand<DebtCollectionChange> {
  return {
    async execute(tx) {
      const account = await lockReceivablesAccount(tx, actor.organizationId, accountPublicId);
      if (account.inDebtCollection) throw refuse('The account is in debt collection already.');
      if (isClosedStatus(account.status)) throw refuse('A closed account cannot be handed over.');
      if (account.openMinor === 0n) throw refuse('Nothing is owed on the account.');
      const updated = await updateReceivablesAccount(tx, clock, account, {
        status: 'ACCOUNT_COLLECTION',
        inDebtCollection: true,
        debtCollectionSince: clock.now().toISOString(),
        dunningBlocked: false,
      });
      return { account: updated, from: account.status };
    },
    audit: ({ account }) => ({
      action: 'account.debt_collection_handed_over',
      resourceType: 'account',
      resourceId: account.publicId,
    }),
    events: (change) => debtCollectionEvents('debt_collection.handed_over', change),
  };
}

/**
 * Recalls an account from debt collection: back to ACCOUNT_BLOCKED when its dunning level blocks,
 * else ACCOUNT_OK. The anchor it was recalled on is remembered, so the next run does not hand it
 * over again for the same overdue charge.
 */
export function recallFromDebtCollection(
  clock: Clock,
  actor: Actor,
  accountPublicId: string,
): DomainCommand<DebtCollectionChange> {
  return {
    async execute(tx) {
      const account = await lockReceivablesAccount(tx, actor.organizationId, accountPublicId);
      if (!account.inDebtCollection) throw refuse('The account is not in debt collection.');
      const organization = await tx.organizations.findById(actor.organizationId);
      assert(organization, 'organization of an actor is gone');
      const today = calendarDate(clock.now(), organization.timeZone);
      const overdue = await tx.dunning.overdueOf(actor.organizationId, account.id, today);
      const policy = await policyForAccount(tx, actor.organizationId, account.template);
      const blocks = levelBlocks(policy, account.dunningLevel);
      const updated = await updateReceivablesAccount(tx, clock, account, {
        status: blocks ? 'ACCOUNT_BLOCKED' : 'ACCOUNT_OK',
        dunningBlocked: blocks,
        inDebtCollection: false,
        debtCollectionSince: null,
        debtCollectionRecalledAnchor: overdue.oldestDueDate ?? account.dunningAnchorDate,
      });
      return { account: updated, from: account.status };
    },
    events: (change) => debtCollectionEvents('debt_collection.recalled', change),
    audit: ({ account }) => ({
      action: 'account.debt_collection_recalled',
      resourceType: 'account',
      resourceId: account.publicId,
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
  const items = await store.dunning.openItemsOf(
    organizationId,
    page.map((a) => a.id),
  );
  return {
    data: page.map((account) => ({ account, openItems: items.get(account.id) ?? [] })),
    nextCursor: accounts.length > options.limit ? page[page.length - 1]!.id : null,
  };
}
