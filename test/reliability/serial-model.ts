/**
 * The serial reference of the race suites: replays an organization's stored entries one at a time
 * in ledger (commit) order with the ledger's rules and compares every stored open amount, and
 * recomputes every maintained figure.
 */
import { expect } from 'vitest';
import type { TestSaldo } from '../support/harness.ts';
import { checkLedger } from './ledger-check.ts';

interface ModelEntry {
  id: bigint;
  accountId: bigint;
  sequence: bigint;
  type: 'CHARGE' | 'CREDIT';
  amount: bigint;
  dueDate: string;
  reversalOf: bigint | null;
  installment: boolean;
  open: bigint;
}

/**
 * The reference model: replays the entries one at a time in ledger (commit) order with the
 * ledger's rules — a new entry is open for its amount, a reversal zeroes its original and gives
 * back what the original's allocations took, then credits (oldest first) settle charges (oldest
 * due date first, ties by booking order). Returns each entry's open amount.
 */
function serialModel(entries: ModelEntry[]): Map<bigint, bigint> {
  const open = new Map<bigint, bigint>();
  const allocations: Array<{ credit: bigint; charge: bigint; amount: bigint; live: boolean }> = [];
  const ordered = [...entries].sort((a, b) => (a.sequence < b.sequence ? -1 : 1));
  for (const entry of ordered) {
    if (entry.reversalOf === null) {
      open.set(entry.id, entry.amount);
    } else {
      open.set(entry.id, 0n);
      open.set(entry.reversalOf, 0n);
      for (const allocation of allocations) {
        if (!allocation.live || (allocation.credit !== entry.reversalOf && allocation.charge !== entry.reversalOf))
          continue;
        allocation.live = false;
        const other = allocation.credit === entry.reversalOf ? allocation.charge : allocation.credit;
        open.set(other, open.get(other)! + allocation.amount);
      }
    }
    const mine = ordered.filter(
      (candidate) => candidate.accountId === entry.accountId && candidate.sequence <= entry.sequence,
    );
    const credits = mine.filter((candidate) => candidate.type === 'CREDIT' && open.get(candidate.id)! > 0n);
    const charges = mine
      .filter((candidate) => candidate.type === 'CHARGE' && open.get(candidate.id)! > 0n)
      .sort((a, b) => (a.dueDate === b.dueDate ? (a.sequence < b.sequence ? -1 : 1) : a.dueDate < b.dueDate ? -1 : 1));
    let i = 0;
    let j = 0;
    while (i < credits.length && j < charges.length) {
      const credit = credits[i]!;
      const charge = charges[j]!;
      const amount = open.get(credit.id)! < open.get(charge.id)! ? open.get(credit.id)! : open.get(charge.id)!;
      allocations.push({ credit: credit.id, charge: charge.id, amount, live: true });
      open.set(credit.id, open.get(credit.id)! - amount);
      open.set(charge.id, open.get(charge.id)! - amount);
      if (open.get(credit.id) === 0n) i++;
      if (open.get(charge.id) === 0n) j++;
    }
  }
  return open;
}

export async function modelEntries(
  saldo: TestSaldo,
  organizationId: string,
): Promise<Array<ModelEntry & { storedOpen: bigint; publicId: string; kind: string }>> {
  const rows = await saldo.store.db
    .selectFrom('entries')
    .select([
      'id',
      'public_id',
      'account_id',
      'sequence',
      'type',
      'kind',
      'amount_minor',
      'open_minor',
      'due_date',
      'reversal_of',
      'installment_of_plan_id',
    ])
    .where('organization_id', '=', organizationId)
    .execute();
  return rows.map((row) => ({
    id: BigInt(row.id),
    publicId: row.public_id,
    kind: row.kind,
    accountId: BigInt(row.account_id),
    sequence: BigInt(row.sequence),
    type: row.type as 'CHARGE' | 'CREDIT',
    amount: BigInt(row.amount_minor),
    dueDate: row.due_date,
    reversalOf: row.reversal_of === null ? null : BigInt(row.reversal_of),
    installment: row.installment_of_plan_id !== null,
    open: BigInt(row.open_minor),
    storedOpen: BigInt(row.open_minor),
  }));
}

/** Every stored open amount equals the serial model's, and every figure its recomputation. */
export async function expectSerialState(saldo: TestSaldo, organizationId: string): Promise<number> {
  const entries = await modelEntries(saldo, organizationId);
  const model = serialModel(entries);
  const differences = entries
    .filter((entry) => model.get(entry.id) !== entry.storedOpen)
    .map((entry) => `${entry.publicId}: ${entry.storedOpen} ≠ model ${model.get(entry.id)}`);
  expect(differences).toEqual([]);
  const ledger = await checkLedger(saldo.store.db, organizationId);
  expect(ledger.problems).toEqual([]);
  return entries.length;
}
