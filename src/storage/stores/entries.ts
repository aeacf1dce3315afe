import { fixed, rowLimit } from '../literals.ts';
import type { Kysely, Selectable } from 'kysely';
import type { AccountFigures, AccountStatus } from '../../core/accounts/account.ts';
import type { EntryListFilter, EntryStore, FiguresAfter, LedgerAccount, NewAllocation, NewEntry } from '../../core/entries/entry-store.ts';
import type { Allocation, Entry, EntryAllocation, EntryKind, EntryType } from '../../core/entries/entry.ts';
import type { DatabaseKind } from '../database.ts';
import type { AccountsTable, AllocationsTable, Database, EntriesTable } from '../schema.ts';

const LEDGER_ACCOUNT_COLUMNS = [
  'id',
  'uuid',
  'organization_id',
  'currency',
  'status',
  'balance_minor',
  'charged_minor',
  'credited_minor',
  'open_minor',
  'unallocated_minor',
] as const;

type LedgerAccountRow = Pick<Selectable<AccountsTable>, (typeof LEDGER_ACCOUNT_COLUMNS)[number]>;

const toLedgerAccount = (row: LedgerAccountRow): LedgerAccount => ({
  id: Number(row.id),
  uuid: row.uuid,
  organizationId: row.organization_id,
  currency: row.currency,
  status: row.status as AccountStatus,
  balanceMinor: BigInt(row.balance_minor),
  chargedMinor: BigInt(row.charged_minor),
  creditedMinor: BigInt(row.credited_minor),
  openMinor: BigInt(row.open_minor),
  unallocatedMinor: BigInt(row.unallocated_minor),
});

const optionalNumber = (value: bigint | number | null): number | null => (value === null ? null : Number(value));

export const toEntry = (row: Selectable<EntriesTable>): Entry => ({
  id: Number(row.id),
  publicId: row.public_id,
  organizationId: row.organization_id,
  accountId: Number(row.account_id),
  sequence: BigInt(row.sequence),
  type: row.type as EntryType,
  kind: row.kind as EntryKind,
  amountMinor: BigInt(row.amount_minor),
  openMinor: BigInt(row.open_minor),
  dueDate: row.due_date,
  description: row.description,
  externalId: row.external_id,
  reversalOf: optionalNumber(row.reversal_of),
  reversedBy: optionalNumber(row.reversed_by),
  installmentPlanId: optionalNumber(row.installment_plan_id),
  installmentOfPlanId: optionalNumber(row.installment_of_plan_id),
  balanceAfterMinor: BigInt(row.balance_after_minor),
  chargedAfterMinor: BigInt(row.charged_after_minor),
  creditedAfterMinor: BigInt(row.credited_after_minor),
  bookedAt: row.booked_at,
});

const toAllocation = (row: Selectable<AllocationsTable>): Allocation => ({
  id: Number(row.id),
  creditEntryId: Number(row.credit_entry_id),
  chargeEntryId: Number(row.charge_entry_id),
  amountMinor: BigInt(row.amount_minor),
  createdAt: row.created_at,
  releasedByEntryId: optionalNumber(row.released_by_entry_id),
});

/** Bound on ids per `IN (…)` list, well under SQLite's and PostgreSQL's parameter limits. */
const ID_BATCH_SIZE = 500;

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += ID_BATCH_SIZE) out.push(items.slice(i, i + ID_BATCH_SIZE));
  return out;
}

export class KyselyEntryStore implements EntryStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly kind: DatabaseKind,
  ) {}

  private accounts(organizationId: string) {
    return this.db.selectFrom('accounts').select(LEDGER_ACCOUNT_COLUMNS).where('organization_id', '=', organizationId);
  }

  async findAccount(organizationId: string, accountUuid: string): Promise<LedgerAccount | undefined> {
    const row = await this.accounts(organizationId).where('uuid', '=', accountUuid).executeTakeFirst();
    return row && toLedgerAccount(row);
  }

  async findAccountById(organizationId: string, accountId: number): Promise<LedgerAccount | undefined> {
    const row = await this.accounts(organizationId).where('id', '=', BigInt(accountId) as never).executeTakeFirst();
    return row && toLedgerAccount(row);
  }

  async findAccountByPaymentReference(organizationId: string, referenceNumber: string): Promise<LedgerAccount | undefined> {
    const row = await this.accounts(organizationId).where('payment_reference_number', '=', referenceNumber).executeTakeFirst();
    return row && toLedgerAccount(row);
  }

  async lockAccount(organizationId: string, accountId: number): Promise<LedgerAccount | undefined> {
    let query = this.accounts(organizationId).where('id', '=', BigInt(accountId) as never);
    // SQLite has a single writer (and no FOR UPDATE): the transaction already excludes others.
    if (this.kind === 'postgres') query = query.forUpdate();
    const row = await query.executeTakeFirst();
    return row && toLedgerAccount(row);
  }

  async updateAccountFigures(organizationId: string, accountId: number, figures: AccountFigures): Promise<void> {
    await this.db
      .updateTable('accounts')
      .set({
        balance_minor: figures.balanceMinor,
        charged_minor: figures.chargedMinor,
        credited_minor: figures.creditedMinor,
        open_minor: figures.openMinor,
        unallocated_minor: figures.unallocatedMinor,
      })
      .where('organization_id', '=', organizationId)
      .where('id', '=', BigInt(accountId) as never)
      .execute();
  }

  async insertEntry(entry: NewEntry): Promise<Entry> {
    const row = await this.db
      .insertInto('entries')
      .values({
        public_id: entry.publicId,
        organization_id: entry.organizationId,
        account_id: BigInt(entry.accountId),
        sequence: entry.sequence,
        type: entry.type,
        kind: entry.kind,
        amount_minor: entry.amountMinor,
        open_minor: entry.openMinor,
        due_date: entry.dueDate,
        description: entry.description,
        external_id: entry.externalId,
        reversal_of: entry.reversalOf === null ? null : BigInt(entry.reversalOf),
        reversed_by: entry.reversedBy === null ? null : BigInt(entry.reversedBy),
        installment_plan_id: entry.installmentPlanId === null ? null : BigInt(entry.installmentPlanId),
        installment_of_plan_id: entry.installmentOfPlanId === null ? null : BigInt(entry.installmentOfPlanId),
        balance_after_minor: entry.balanceAfterMinor,
        charged_after_minor: entry.chargedAfterMinor,
        credited_after_minor: entry.creditedAfterMinor,
        booked_at: entry.bookedAt,
        created_by_key_id: entry.createdByKeyId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toEntry(row);
  }

  private entries(organizationId: string) {
    return this.db.selectFrom('entries').selectAll().where('organization_id', '=', organizationId);
  }

  async findEntry(organizationId: string, entryId: number): Promise<Entry | undefined> {
    const row = await this.entries(organizationId).where('id', '=', BigInt(entryId) as never).executeTakeFirst();
    return row && toEntry(row);
  }

  async findEntryByPublicId(organizationId: string, publicId: string): Promise<Entry | undefined> {
    const row = await this.entries(organizationId).where('public_id', '=', publicId).executeTakeFirst();
    return row && toEntry(row);
  }

  async findEntryByExternalId(organizationId: string, accountId: number, externalId: string): Promise<Entry | undefined> {
    const row = await this.entries(organizationId)
      .where('account_id', '=', BigInt(accountId))
      .where('external_id', '=', externalId)
      .executeTakeFirst();
    return row && toEntry(row);
  }

  async adjustOpenAmount(organizationId: string, entryId: number, deltaMinor: bigint): Promise<void> {
    await this.db
      .updateTable('entries')
      .set((eb) => ({ open_minor: eb('open_minor', '+', deltaMinor) }))
      .where('organization_id', '=', organizationId)
      .where('id', '=', BigInt(entryId) as never)
      .execute();
  }

  async setReversedBy(organizationId: string, entryId: number, reversedBy: number): Promise<void> {
    await this.db
      .updateTable('entries')
      .set({ reversed_by: BigInt(reversedBy) })
      .where('organization_id', '=', organizationId)
      .where('id', '=', BigInt(entryId) as never)
      .execute();
  }

  async openCharges(organizationId: string, accountId: number, limit: number): Promise<Entry[]> {
    const rows = await this.entries(organizationId)
      .where('account_id', '=', BigInt(accountId))
      .where('type', '=', fixed('CHARGE'))
      .where('open_minor', '>', fixed(0n))
      .orderBy('due_date')
      .orderBy('id')
      .limit(rowLimit(limit))
      .execute();
    return rows.map(toEntry);
  }

  async openCredits(organizationId: string, accountId: number, limit: number): Promise<Entry[]> {
    const rows = await this.entries(organizationId)
      .where('account_id', '=', BigInt(accountId))
      .where('type', '=', fixed('CREDIT'))
      .where('open_minor', '>', fixed(0n))
      .orderBy('sequence')
      .limit(rowLimit(limit))
      .execute();
    return rows.map(toEntry);
  }

  async listEntries(organizationId: string, accountId: number, filter: EntryListFilter): Promise<Entry[]> {
    let query = this.entries(organizationId).where('account_id', '=', BigInt(accountId));
    if (filter.afterSequence !== undefined) query = query.where('sequence', '>', filter.afterSequence);
    if (filter.dueFrom !== undefined) query = query.where('due_date', '>=', filter.dueFrom);
    if (filter.dueTo !== undefined) query = query.where('due_date', '<=', filter.dueTo);
    if (filter.type !== undefined) query = query.where('type', '=', fixed(filter.type));
    const rows = await query.orderBy('sequence').limit(rowLimit(filter.limit)).execute();
    return rows.map(toEntry);
  }

  async figuresBefore(organizationId: string, accountId: number, sequence: bigint): Promise<FiguresAfter | undefined> {
    const row = await this.db
      .selectFrom('entries')
      .select(['id', 'sequence', 'balance_after_minor', 'charged_after_minor', 'credited_after_minor'])
      .where('organization_id', '=', organizationId)
      .where('account_id', '=', BigInt(accountId))
      .where('sequence', '<', sequence)
      .orderBy('sequence', 'desc')
      .limit(rowLimit(1))
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      entryId: Number(row.id),
      sequence: BigInt(row.sequence),
      balanceMinor: BigInt(row.balance_after_minor),
      chargedMinor: BigInt(row.charged_after_minor),
      creditedMinor: BigInt(row.credited_after_minor),
    };
  }

  async publicIdsOf(organizationId: string, entryIds: number[]): Promise<Map<number, string>> {
    const found = new Map<number, string>();
    for (const batch of batches([...new Set(entryIds)])) {
      const rows = await this.db
        .selectFrom('entries')
        .select(['id', 'public_id'])
        .where('organization_id', '=', organizationId)
        .where('id', 'in', batch.map((id) => BigInt(id)) as never[])
        .execute();
      for (const row of rows) found.set(Number(row.id), row.public_id);
    }
    return found;
  }

  async insertAllocation(allocation: NewAllocation): Promise<Allocation> {
    const row = await this.db
      .insertInto('allocations')
      .values({
        organization_id: allocation.organizationId,
        account_id: BigInt(allocation.accountId),
        credit_entry_id: BigInt(allocation.creditEntryId),
        charge_entry_id: BigInt(allocation.chargeEntryId),
        amount_minor: allocation.amountMinor,
        created_at: allocation.createdAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAllocation(row);
  }

  async liveAllocationsOf(organizationId: string, entryId: number): Promise<Allocation[]> {
    const id = BigInt(entryId);
    const rows = await this.db
      .selectFrom('allocations')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where((eb) => eb.or([eb('credit_entry_id', '=', id), eb('charge_entry_id', '=', id)]))
      .where('released_by_entry_id', 'is', null)
      .orderBy('id')
      .execute();
    return rows.map(toAllocation);
  }

  async releaseAllocations(organizationId: string, allocationIds: number[], releasedByEntryId: number): Promise<void> {
    for (const batch of batches(allocationIds)) {
      await this.db
        .updateTable('allocations')
        .set({ released_by_entry_id: BigInt(releasedByEntryId) })
        .where('organization_id', '=', organizationId)
        .where('id', 'in', batch.map((id) => BigInt(id)) as never[])
        .execute();
    }
  }

  async allocationsOfEntries(organizationId: string, entryIds: number[]): Promise<Map<number, EntryAllocation[]>> {
    const byEntry = new Map<number, EntryAllocation[]>();
    const wanted = new Set(entryIds);
    const rows: Array<Selectable<AllocationsTable>> = [];
    for (const batch of batches([...wanted])) {
      const ids = batch.map((id) => BigInt(id));
      rows.push(
        ...(await this.db
          .selectFrom('allocations')
          .selectAll()
          .where('organization_id', '=', organizationId)
          .where((eb) => eb.or([eb('credit_entry_id', 'in', ids), eb('charge_entry_id', 'in', ids)]))
          .orderBy('id')
          .execute()),
      );
    }
    const seen = new Set<number>();
    const allocations = rows.map(toAllocation).filter((a) => !seen.has(a.id) && seen.add(a.id));
    const linked = allocations.flatMap((a) => [a.creditEntryId, a.chargeEntryId, ...(a.releasedByEntryId === null ? [] : [a.releasedByEntryId])]);
    const publicIds = await this.publicIdsOf(organizationId, linked);
    const add = (entryId: number, counterpartEntryId: number, allocation: Allocation) => {
      if (!wanted.has(entryId)) return;
      const list = byEntry.get(entryId) ?? [];
      list.push({
        allocation,
        counterpartEntryId,
        counterpartPublicId: publicIds.get(counterpartEntryId) ?? '',
        releasedByPublicId: allocation.releasedByEntryId === null ? null : publicIds.get(allocation.releasedByEntryId) ?? null,
      });
      byEntry.set(entryId, list);
    };
    for (const allocation of allocations) {
      add(allocation.creditEntryId, allocation.chargeEntryId, allocation);
      add(allocation.chargeEntryId, allocation.creditEntryId, allocation);
    }
    return byEntry;
  }
}
