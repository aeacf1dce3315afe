/**
 * Writes what a pass decided, one statement per kind of change whatever the batch's size: the new
 * entries (in sequence order), then the allocations (which name them by id), the open amounts and
 * reversal links of stored entries, released allocations, the accounts' figures and the ledger's
 * last sequence.
 */
import type { AccountFiguresRow, LedgerStore, NewEntryRow } from './ledger-store.ts';
import type { LedgerContext, LedgerPass } from './ledger-pass.ts';

export async function writePass(ledger: LedgerStore, context: LedgerContext, pass: LedgerPass, lastSequenceBefore: bigint): Promise<void> {
  const organizationId = context.organizationId;
  if (pass.newEntries.length > 0) {
    const rows: NewEntryRow[] = pass.newEntries.map((entry) => ({
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
    const ids = await ledger.insertEntries(organizationId, rows);
    pass.newEntries.forEach((entry, index) => (entry.state.id = ids[index]));
  }
  if (pass.newAllocations.length > 0) {
    const ids = await ledger.insertAllocations(
      organizationId,
      pass.newAllocations.map((allocation) => ({
        accountId: allocation.accountId,
        creditEntryId: allocation.credit.requireId,
        chargeEntryId: allocation.charge.requireId,
        amountMinor: allocation.amountMinor,
        createdAt: allocation.createdAt,
        releasedByEntryId: allocation.releasedBy?.requireId ?? null,
      })),
    );
    pass.newAllocations.forEach((allocation, index) => (allocation.id = ids[index]));
  }
  const stored = [...pass.entries.values()];
  const opened = stored.filter((entry) => entry.openMinor !== entry.storedOpenMinor).map((entry) => ({ id: entry.requireId, openMinor: entry.openMinor }));
  if (opened.length > 0) await ledger.setOpenAmounts(organizationId, opened);
  const reversed = stored.filter((entry) => entry.reversedBy !== null).map((entry) => ({ id: entry.requireId, reversedBy: entry.reversedBy!.requireId }));
  if (reversed.length > 0) await ledger.setReversedBy(organizationId, reversed);
  const released = [...pass.allocations.values()]
    .filter((allocation) => allocation.releasedBy !== null)
    .map((allocation) => ({ id: allocation.id!, releasedByEntryId: allocation.releasedBy!.requireId }));
  if (released.length > 0) await ledger.releaseAllocations(organizationId, released);

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
  if (figures.length > 0) await ledger.setAccountFigures(organizationId, figures);
  if (pass.lastSequence !== lastSequenceBefore) await ledger.setLedgerSequence(organizationId, pass.lastSequence);
}
