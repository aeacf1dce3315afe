/**
 * Writes what a pass decided, in one call to storage whatever the batch's size: the new entries (in
 * sequence order), the allocations (which name new entries by sequence), the open amounts and
 * reversal links of stored entries, released allocations, the accounts' figures and the ledger's
 * last sequence. New entries get their ids from the answer.
 */
import type { AccountFiguresRow, EntryKey, LedgerStore, NewEntryRow, PassWrites } from './ledger-store.ts';
import type { LedgerContext, LedgerPass } from './ledger-pass.ts';
import type { EntryState } from './open-items.ts';

const keyOf = (entry: EntryState): EntryKey => (entry.isNew ? { sequence: entry.sequence } : { id: entry.requireId });

export async function writePass(
  ledger: LedgerStore,
  context: LedgerContext,
  pass: LedgerPass,
  lastSequenceBefore: bigint,
): Promise<void> {
  const entries: NewEntryRow[] = pass.newEntries.map((entry) => ({
    publicId: entry.state.publicId,
    accountId: entry.state.accountId,
    sequence: entry.state.sequence,
    type: entry.state.type,
    kind: entry.kind,
    amountMinor: entry.amountMinor,
    // The open amount after the whole batch: nothing changes it again before commit.
    openMinor: entry.state.openMinor,
    dueDate: entry.state.dueDate,
    valueDate: entry.valueDate,
    description: entry.description,
    externalId: entry.externalId,
    reversalOf: entry.reversalOf?.requireId ?? null,
    installmentOfPlanId: entry.installmentOfPlanId,
    balanceAfterMinor: entry.figuresAfter.balanceMinor,
    chargedAfterMinor: entry.figuresAfter.chargedMinor,
    creditedAfterMinor: entry.figuresAfter.creditedMinor,
    bookedAt: context.bookedAt,
    createdByKeyId: entry.createdByKeyId,
  }));
  const stored = [...pass.entries.values()];
  const writes: PassWrites = {
    entries,
    allocations: pass.newAllocations.map((allocation) => ({
      accountId: allocation.accountId,
      credit: keyOf(allocation.credit),
      charge: keyOf(allocation.charge),
      amountMinor: allocation.amountMinor,
      createdAt: allocation.createdAt,
      releasedBy: allocation.releasedBy === null ? null : { sequence: allocation.releasedBy.sequence },
    })),
    storedEntries: stored
      .filter((entry) => entry.openMinor !== entry.storedOpenMinor || entry.reversedBy !== null)
      .map((entry) => ({
        id: entry.requireId,
        openMinor: entry.openMinor !== entry.storedOpenMinor ? entry.openMinor : null,
        reversedBy: entry.reversedBy === null ? null : { sequence: entry.reversedBy.sequence },
      })),
    releasedAllocations: [...pass.allocations.values()]
      .filter((allocation) => allocation.releasedBy !== null)
      .map((allocation) => ({ id: allocation.id!, releasedBy: { sequence: allocation.releasedBy!.sequence } })),
    accounts: changedAccounts(pass, context),
    lastSequence: pass.lastSequence !== lastSequenceBefore ? pass.lastSequence : null,
  };
  const ids = await ledger.writePass(context.organizationId, writes);
  pass.newEntries.forEach((entry, index) => (entry.state.id = ids[index]));
}

function changedAccounts(pass: LedgerPass, context: LedgerContext): AccountFiguresRow[] {
  const figures: AccountFiguresRow[] = [];
  for (const { stored: before, current } of pass.accounts.values()) {
    const changed =
      current.balanceMinor !== before.balanceMinor ||
      current.chargedMinor !== before.chargedMinor ||
      current.creditedMinor !== before.creditedMinor ||
      current.openMinor !== before.openMinor ||
      current.unallocatedMinor !== before.unallocatedMinor ||
      current.status !== before.status;
    if (!changed) continue;
    figures.push({
      id: current.id,
      balanceMinor: current.balanceMinor,
      chargedMinor: current.chargedMinor,
      creditedMinor: current.creditedMinor,
      openMinor: current.openMinor,
      unallocatedMinor: current.unallocatedMinor,
      status: current.status,
      statusChanged: current.status !== before.status,
      updatedAt: context.bookedAt,
    });
  }
  return figures;
}
