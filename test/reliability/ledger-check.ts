/**
 * Recomputes every maintained figure of an organization from its stored entries and allocations
 * and lists each place where a stored figure disagrees. An empty list means: no write is
 * half-applied (an entry without its figures, figures without their entry, an allocation without
 * the open amounts it moved) and every balance equals the sum of its history.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/storage/schema.ts';

interface EntryRow {
  id: bigint;
  public_id: string;
  account_id: bigint;
  sequence: bigint;
  type: string;
  due_date: string;
  amount_minor: bigint;
  open_minor: bigint;
  reversal_of: bigint | null;
  reversed_by: bigint | null;
  installment_plan_id: bigint | null;
  installment_of_plan_id: bigint | null;
  balance_after_minor: bigint;
  charged_after_minor: bigint;
  credited_after_minor: bigint;
}

const big = (value: unknown): bigint => BigInt(value as bigint | number | string);

export interface LedgerSummary {
  entries: number;
  allocations: number;
  accounts: number;
  problems: string[];
}

export async function checkLedger(db: Kysely<Database>, organizationId: string): Promise<LedgerSummary> {
  const problems: string[] = [];
  const accounts = await db
    .selectFrom('accounts')
    .select([
      'id',
      'uuid',
      'currency',
      'balance_minor',
      'charged_minor',
      'credited_minor',
      'open_minor',
      'unallocated_minor',
    ])
    .where('organization_id', '=', organizationId)
    .execute();
  const entryRows = await db
    .selectFrom('entries')
    .select([
      'id',
      'public_id',
      'account_id',
      'sequence',
      'type',
      'due_date',
      'amount_minor',
      'open_minor',
      'reversal_of',
      'reversed_by',
      'installment_plan_id',
      'installment_of_plan_id',
      'balance_after_minor',
      'charged_after_minor',
      'credited_after_minor',
    ])
    .where('organization_id', '=', organizationId)
    .orderBy('sequence')
    .execute();
  const entries: EntryRow[] = entryRows.map((row) => ({
    ...row,
    id: big(row.id),
    account_id: big(row.account_id),
    sequence: big(row.sequence),
    amount_minor: big(row.amount_minor),
    open_minor: big(row.open_minor),
    reversal_of: row.reversal_of === null ? null : big(row.reversal_of),
    reversed_by: row.reversed_by === null ? null : big(row.reversed_by),
    installment_plan_id: row.installment_plan_id === null ? null : big(row.installment_plan_id),
    installment_of_plan_id: row.installment_of_plan_id === null ? null : big(row.installment_of_plan_id),
    balance_after_minor: big(row.balance_after_minor),
    charged_after_minor: big(row.charged_after_minor),
    credited_after_minor: big(row.credited_after_minor),
  }));
  const allocations = await db
    .selectFrom('allocations')
    .select(['credit_entry_id', 'charge_entry_id', 'amount_minor', 'released_by_entry_id', 'account_id'])
    .where('organization_id', '=', organizationId)
    .execute();

  // Live allocations per entry, on each side.
  const allocatedOf = new Map<bigint, bigint>();
  for (const allocation of allocations) {
    if (big(allocation.amount_minor) <= 0n) problems.push(`allocation of ${allocation.amount_minor} minor units`);
    if (allocation.released_by_entry_id !== null) continue;
    for (const side of [big(allocation.credit_entry_id), big(allocation.charge_entry_id)]) {
      allocatedOf.set(side, (allocatedOf.get(side) ?? 0n) + big(allocation.amount_minor));
    }
  }
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const allocation of allocations) {
    const credit = byId.get(big(allocation.credit_entry_id));
    const charge = byId.get(big(allocation.charge_entry_id));
    if (!credit || credit.type !== 'CREDIT')
      problems.push(`allocation names a credit that is not one: ${allocation.credit_entry_id}`);
    if (!charge || charge.type !== 'CHARGE')
      problems.push(`allocation names a charge that is not one: ${allocation.charge_entry_id}`);
  }

  // Each entry's open amount: its amount less what live allocations took, zero once reversed.
  for (const entry of entries) {
    if (entry.reversal_of !== null) {
      if (entry.open_minor !== 0n) problems.push(`${entry.public_id}: a reversal with open amount ${entry.open_minor}`);
      continue;
    }
    if (entry.installment_plan_id !== null) continue; // its open amount moved onto the plan's installments
    const expected = entry.reversed_by !== null ? 0n : entry.amount_minor - (allocatedOf.get(entry.id) ?? 0n);
    if (entry.open_minor !== expected)
      problems.push(`${entry.public_id}: open ${entry.open_minor}, recomputed ${expected}`);
  }

  // Account totals and each entry's figures after it, replayed in ledger order.
  const running = new Map<bigint, { charged: bigint; credited: bigint; open: bigint; unallocated: bigint }>();
  for (const entry of entries) {
    const figures = running.get(entry.account_id) ?? { charged: 0n, credited: 0n, open: 0n, unallocated: 0n };
    running.set(entry.account_id, figures);
    // Installments count in no total: the charges they came from already do.
    if (entry.installment_of_plan_id === null) {
      if (entry.type === 'CHARGE') figures.charged += entry.amount_minor;
      else figures.credited += entry.amount_minor;
    }
    if (entry.type === 'CHARGE') figures.open += entry.open_minor;
    else figures.unallocated += entry.open_minor;
    const balance = figures.credited - figures.charged;
    if (
      entry.charged_after_minor !== figures.charged ||
      entry.credited_after_minor !== figures.credited ||
      entry.balance_after_minor !== balance
    ) {
      problems.push(
        `${entry.public_id}: after-figures ${entry.charged_after_minor}/${entry.credited_after_minor}/${entry.balance_after_minor}, recomputed ${figures.charged}/${figures.credited}/${balance}`,
      );
    }
  }
  for (const account of accounts) {
    const figures = running.get(big(account.id)) ?? { charged: 0n, credited: 0n, open: 0n, unallocated: 0n };
    const stored = {
      balance: big(account.balance_minor),
      charged: big(account.charged_minor),
      credited: big(account.credited_minor),
      open: big(account.open_minor),
      unallocated: big(account.unallocated_minor),
    };
    const expected = { ...figures, balance: figures.credited - figures.charged };
    for (const name of ['balance', 'charged', 'credited', 'open', 'unallocated'] as const) {
      if (stored[name] !== expected[name])
        problems.push(`account ${account.uuid}: ${name} ${stored[name]}, recomputed ${expected[name]}`);
    }
  }

  // The sums the database keeps for the aging report: each charge's open amount by currency and due date.
  const currencyOf = new Map(accounts.map((account) => [big(account.id), account.currency]));
  const expectedSums = new Map<string, bigint>();
  for (const entry of entries) {
    if (entry.type !== 'CHARGE' || entry.open_minor === 0n) continue;
    const key = `${currencyOf.get(entry.account_id)} ${entry.due_date}`;
    expectedSums.set(key, (expectedSums.get(key) ?? 0n) + entry.open_minor);
  }
  const storedSums = await db
    .selectFrom('open_amounts_by_due')
    .select(['currency', 'due_date', 'open_minor'])
    .where('organization_id', '=', organizationId)
    .execute();
  const seen = new Set<string>();
  for (const sum of storedSums) {
    const key = `${sum.currency} ${sum.due_date}`;
    seen.add(key);
    const expected = expectedSums.get(key) ?? 0n;
    if (big(sum.open_minor) !== expected) problems.push(`open sum ${key}: ${sum.open_minor}, recomputed ${expected}`);
  }
  for (const [key, expected] of expectedSums) {
    if (!seen.has(key)) problems.push(`open sum ${key}: missing, recomputed ${expected}`);
  }
  return { entries: entries.length, allocations: allocations.length, accounts: accounts.length, problems };
}
