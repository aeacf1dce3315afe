// Open amounts that change without an allocation: an installment plan moves its originals' open
// amounts onto its installments, and a cancel moves them back. The aging report replays open
// amounts at a past day, so each such move keeps its instant here (allocations keep theirs in
// `created_at`, releases in the reversal entry's `booked_at`). Plans made before this migration
// are backfilled from what they stored.
import { type Kysely, sql } from 'kysely';
import { withIdColumn } from './column-types.ts';

/** The tables as this migration reads and writes them (the schema of its time, not of today). */
interface Tables {
  installment_plans: {
    id: number;
    organization_id: string;
    account_id: number;
    originals: string;
    created_at: string;
    cancelled_at: string | null;
  };
  entries: { id: number; amount_minor: number; due_date: string; installment_of_plan_id: number | null };
  allocations: { charge_entry_id: number; amount_minor: number; created_at: string };
  open_amount_moves: {
    organization_id: string;
    account_id: number;
    entry_id: number;
    delta_minor: bigint;
    moved_at: string;
  };
}

/** As src/storage/stores/installments.ts stores a plan's originals. */
interface StoredOriginal {
  entry_id: number;
  moved_minor: string;
}

export async function up(db: Kysely<Tables>): Promise<void> {
  await withIdColumn(db as Kysely<unknown>, db.schema.createTable('open_amount_moves'))
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'bigint', (c) => c.notNull())
    .addColumn('entry_id', 'bigint', (c) => c.notNull())
    .addColumn('delta_minor', 'bigint', (c) => c.notNull())
    .addColumn('moved_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('open_amount_moves_by_entry')
    .on('open_amount_moves')
    .columns(['entry_id', 'moved_at'])
    .execute();
  await db.schema
    .createIndex('open_amount_moves_by_account')
    .on('open_amount_moves')
    .columns(['organization_id', 'account_id'])
    .execute();
  await backfill(db);
}

/** The moves of existing plans: out of the originals at creation; at a cancel, as the cancel computed them (exported for its test). */
export async function backfill(db: Kysely<Tables>): Promise<void> {
  const plans = await db
    .selectFrom('installment_plans')
    .select(['id', 'organization_id', 'account_id', 'originals', 'created_at', 'cancelled_at'])
    .execute();
  for (const plan of plans) {
    const base = { organization_id: plan.organization_id, account_id: plan.account_id };
    const originals = (JSON.parse(plan.originals) as StoredOriginal[]).map((o) => ({
      entryId: Number(o.entry_id),
      movedMinor: BigInt(o.moved_minor),
    }));
    const rows: Array<Tables['open_amount_moves']> = originals.map((o) => ({
      ...base,
      entry_id: o.entryId,
      delta_minor: -o.movedMinor,
      moved_at: plan.created_at,
    }));
    if (plan.cancelled_at !== null) {
      // What the installments had been paid when cancelled (their live allocations) stayed paid,
      // counted against the originals oldest due date first; the rest went back, and each
      // installment's open amount went to 0.
      const installments = await db
        .selectFrom('entries as e')
        .select((eb) => [
          'e.id',
          'e.amount_minor',
          eb.fn
            .coalesce(
              eb
                .selectFrom('allocations as a')
                .select((a) => a.fn.sum<number>('a.amount_minor').as('paid'))
                .whereRef('a.charge_entry_id', '=', 'e.id')
                .where('a.created_at', '<=', plan.cancelled_at),
              sql<number>`0`,
            )
            .as('paid'),
        ])
        .where('e.installment_of_plan_id', '=', plan.id)
        .execute();
      let paid = 0n;
      for (const installment of installments) {
        const paidHere = BigInt(installment.paid as string | number);
        paid += paidHere;
        const open = BigInt(installment.amount_minor as string | number) - paidHere;
        if (open !== 0n)
          rows.push({ ...base, entry_id: Number(installment.id), delta_minor: -open, moved_at: plan.cancelled_at });
      }
      const dueDates = new Map(
        (
          await db
            .selectFrom('entries')
            .select(['id', 'due_date'])
            .where(
              'id',
              'in',
              originals.map((o) => o.entryId),
            )
            .execute()
        ).map((e) => [Number(e.id), e.due_date as string]),
      );
      const ordered = [...originals].sort((a, b) => {
        const first = dueDates.get(a.entryId) ?? '';
        const second = dueDates.get(b.entryId) ?? '';
        return first < second ? -1 : first > second ? 1 : a.entryId - b.entryId;
      });
      for (const original of ordered) {
        const moved = original.movedMinor;
        const paidHere = paid < moved ? paid : moved;
        paid -= paidHere;
        if (moved - paidHere !== 0n)
          rows.push({
            ...base,
            entry_id: original.entryId,
            delta_minor: moved - paidHere,
            moved_at: plan.cancelled_at,
          });
      }
    }
    if (rows.length > 0) await db.insertInto('open_amount_moves').values(rows).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('open_amount_moves').execute();
}
