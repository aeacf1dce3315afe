/**
 * The write path's statements (src/core/ledger/ledger-store.ts): each reads or writes all the rows
 * of a batch at once, with one text whatever their number — the rows travel as one JSON parameter
 * (json-rows.ts), so SQLite reuses one prepared statement and PostgreSQL one named statement.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Entry, EntryType } from '../../core/entries/entry.ts';
import type {
  AccountsToLock,
  AllocationRow,
  EntryKey,
  LedgerStore,
  LockedAccount,
  NewEntryRow,
  PassWrites,
  OpenItemKey,
  SettlingEntry,
  OpenSideName,
} from '../../core/ledger/ledger-store.ts';
import { type JsonColumn, plannedEachRun } from '../json-rows.ts';
import { fixed, rowLimit } from '../literals.ts';
import type { Database } from '../schema.ts';
import { toEntry } from './entries.ts';
import type { StorageAdapter } from '../adapter.ts';
import {
  type AccountRowOf,
  accountColumnsSql,
  accountFiguresUpdate,
  lockedAccountColumns,
  toLockedAccount,
} from './accounts.ts';

type Row = Record<string, unknown>;
const int = (value: unknown): number => Number(value as bigint | number);
const big = (value: unknown): bigint => BigInt(value as bigint | number | string);

const OPEN_ITEM_COLUMNS = 'id, public_id, account_id, type, due_date, sequence, open_minor';
const toSettlingEntry = (row: Row, prefix = ''): SettlingEntry => ({
  id: int(row[`${prefix}id`]),
  publicId: row[`${prefix}public_id`] as string,
  accountId: int(row[`${prefix}account_id`]),
  type: row[`${prefix}type`] as EntryType,
  dueDate: row[`${prefix}due_date`] as string,
  sequence: big(row[`${prefix}sequence`]),
  openMinor: big(row[`${prefix}open_minor`]),
});

const ENTRY_COLUMNS: readonly JsonColumn[] = [
  ['public_id', 'text'],
  ['organization_id', 'text'],
  ['account_id', 'bigint'],
  ['sequence', 'bigint'],
  ['type', 'text'],
  ['kind', 'text'],
  ['amount_minor', 'bigint'],
  ['open_minor', 'bigint'],
  ['due_date', 'text'],
  ['value_date', 'text'],
  ['description', 'text'],
  ['external_id', 'text'],
  ['reversal_of', 'bigint'],
  ['installment_of_plan_id', 'bigint'],
  ['balance_after_minor', 'bigint'],
  ['charged_after_minor', 'bigint'],
  ['credited_after_minor', 'bigint'],
  ['booked_at', 'text'],
  ['created_by_key_id', 'text'],
];
const ALLOCATION_COLUMNS: readonly JsonColumn[] = [
  ['organization_id', 'text'],
  ['account_id', 'bigint'],
  ['credit_entry_id', 'bigint'],
  ['charge_entry_id', 'bigint'],
  ['amount_minor', 'bigint'],
  ['created_at', 'text'],
  ['released_by_entry_id', 'bigint'],
];
const names = (columns: readonly JsonColumn[]) => sql.raw(columns.map(([name]) => name).join(', '));

export class KyselyLedgerStore implements LedgerStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: StorageAdapter,
  ) {}

  /** The organization's term of a statement that reaches its rows through a list of ids (see StorageAdapter.offIndex). */
  private organizationTerm(column: string): RawBuilder<unknown> {
    return this.adapter.offIndex(column);
  }

  async lockLedger(organizationId: string): Promise<bigint> {
    const { rows } = await sql<{
      entry_sequence: bigint;
    }>`select entry_sequence from organizations where id = ${organizationId}${this.adapter.lockClause()}`.execute(
      this.db,
    );
    if (rows.length === 0) throw new Error(`no organization ${organizationId}`);
    return big(rows[0]!.entry_sequence);
  }

  async lockAccounts(organizationId: string, accounts: AccountsToLock): Promise<LockedAccount[]> {
    const byId = accounts.ids.length === 0 ? undefined : this.adapter.isOneOf(sql.ref('id'), accounts.ids, 'bigint');
    const byUuid =
      accounts.publicIds.length === 0 ? undefined : this.adapter.isOneOf(sql.ref('uuid'), accounts.publicIds, 'text');
    const byReference =
      accounts.paymentReferences.length === 0
        ? undefined
        : this.adapter.isOneOf(sql.ref('payment_reference_number'), accounts.paymentReferences, 'text');
    const select = (term: RawBuilder<boolean>, organization: RawBuilder<unknown>) => sql<
      AccountRowOf<typeof lockedAccountColumns>
    >`
      select ${accountColumnsSql(lockedAccountColumns)}
      from accounts where ${organization} = ${organizationId} and (${term})`;
    if (!this.adapter.inProcess) {
      // Each kind of name by its own index (a payment reference by the organization's), or'ed.
      const organization = this.organizationTerm('organization_id');
      const terms = [
        byId && sql<boolean>`(${byId} and ${organization} = ${organizationId})`,
        byUuid && sql<boolean>`(${byUuid} and ${organization} = ${organizationId})`,
        byReference && sql<boolean>`(organization_id = ${organizationId} and ${byReference})`,
      ].filter((term) => term !== undefined);
      if (terms.length === 0) return [];
      // Locked in id order, the one order every writer of several accounts follows.
      const { rows } = await plannedEachRun(sql<AccountRowOf<typeof lockedAccountColumns>>`
        select ${accountColumnsSql(lockedAccountColumns)}
        from accounts where ${sql.join(terms, sql` or `)}
        order by id for update`).execute(this.db);
      return rows.map(toLockedAccount);
    }
    // SQLite has one writer (nothing to lock) and plans an OR of lists as a walk of the
    // organization's accounts: one statement per kind of name, each by its own index.
    const found = new Map<number, LockedAccount>();
    const statements = [
      byId && select(byId, this.organizationTerm('organization_id')),
      byUuid && select(byUuid, this.organizationTerm('organization_id')),
      byReference && select(byReference, sql.ref('organization_id')),
    ];
    for (const statement of statements) {
      if (statement === undefined) continue;
      for (const row of (await statement.execute(this.db)).rows) found.set(int(row.id), toLockedAccount(row));
    }
    return [...found.values()].sort((a, b) => a.id - b.id);
  }

  async findEntries(organizationId: string, keys: { ids: number[]; publicIds: string[] }): Promise<Entry[]> {
    const terms: Array<RawBuilder<boolean>> = [];
    if (keys.ids.length > 0) terms.push(this.adapter.isOneOf(sql.ref('id'), keys.ids, 'bigint'));
    if (keys.publicIds.length > 0) terms.push(this.adapter.isOneOf(sql.ref('public_id'), keys.publicIds, 'text'));
    if (terms.length === 0) return [];
    const { rows } = await plannedEachRun(
      sql<Row>`select * from entries where ${this.organizationTerm('organization_id')} = ${organizationId} and (${sql.join(terms, sql` or `)})`,
    ).execute(this.db);
    return rows.map((row) => toEntry(row as never));
  }

  async findEntriesByExternalId(
    organizationId: string,
    keys: Array<{ accountId: number; externalId: string }>,
  ): Promise<Entry[]> {
    if (keys.length === 0) return [];
    const { rows } = await sql<Row>`
      select * from entries where organization_id = ${organizationId}
        and ${this.adapter.isOneOf(sql.ref('account_id'), [...new Set(keys.map((k) => k.accountId))], 'bigint')}
        and ${this.adapter.isOneOf(sql.ref('external_id'), [...new Set(keys.map((k) => k.externalId))], 'text')}`.execute(
      this.db,
    );
    const wanted = new Set(keys.map((k) => `${k.accountId}\u0000${k.externalId}`));
    return rows
      .map((row) => toEntry(row as never))
      .filter((entry) => wanted.has(`${entry.accountId}\u0000${entry.externalId}`));
  }

  async allocationsOf(
    organizationId: string,
    entryIds: number[],
    options: { liveOnly: boolean },
  ): Promise<AllocationRow[]> {
    if (entryIds.length === 0) return [];
    const side = (alias: string) =>
      sql.raw(
        OPEN_ITEM_COLUMNS.split(', ')
          .map((column) => `${alias}.${column} as ${alias}_${column}`)
          .join(', '),
      );
    const { rows } = await plannedEachRun(sql<Row>`
      select a.id, a.account_id, a.amount_minor, a.created_at, a.released_by_entry_id, r.public_id as released_by_public_id,
        ${side('c')}, ${side('h')}
      from allocations a
        join entries c on c.id = a.credit_entry_id
        join entries h on h.id = a.charge_entry_id
        left join entries r on r.id = a.released_by_entry_id
      where a.organization_id = ${organizationId}
        and (${this.adapter.isOneOf(sql.ref('a.credit_entry_id'), entryIds, 'bigint')} or ${this.adapter.isOneOf(sql.ref('a.charge_entry_id'), entryIds, 'bigint')})
        ${options.liveOnly ? sql`and a.released_by_entry_id is null` : sql``}
      order by a.id`).execute(this.db);
    return rows.map((row) => ({
      id: int(row.id),
      accountId: int(row.account_id),
      amountMinor: big(row.amount_minor),
      createdAt: row.created_at as string,
      credit: toSettlingEntry(row, 'c_'),
      charge: toSettlingEntry(row, 'h_'),
      releasedByEntryId: row.released_by_entry_id === null ? null : int(row.released_by_entry_id),
      releasedByPublicId: (row.released_by_public_id as string | null) ?? null,
    }));
  }

  async openItems(
    organizationId: string,
    side: OpenSideName,
    pages: Array<{ accountId: number; after: OpenItemKey | null }>,
    limit: number,
  ): Promise<SettlingEntry[]> {
    if (pages.length === 1) return this.openItemsOf(organizationId, side, pages[0]!.accountId, pages[0]!.after, limit);
    if (this.adapter.inProcess) {
      // SQLite answers in-process: a statement per account costs microseconds, no round trip.
      const rows: SettlingEntry[] = [];
      for (const page of pages)
        rows.push(...(await this.openItemsOf(organizationId, side, page.accountId, page.after, limit)));
      return rows;
    }
    // PostgreSQL: one round trip for every account, each read by its partial index (migration 0004).
    const firstPages = pages.filter((page) => page.after === null).map((page) => page.accountId);
    const rest = pages.filter((page) => page.after !== null);
    const { rows } = await plannedEachRun(sql<Row>`
      select o.* from unnest(${firstPages.map(String)}::bigint[]) as a(id)
      cross join lateral (
        select ${sql.raw(OPEN_ITEM_COLUMNS)} from entries e
        where e.organization_id = ${organizationId} and e.account_id = a.id and ${this.openCondition(side)}
        order by ${this.settlingOrder(side)} limit ${rowLimit(limit)}
      ) o`).execute(this.db);
    const found = rows.map((row) => toSettlingEntry(row));
    for (const page of rest)
      found.push(...(await this.openItemsOf(organizationId, side, page.accountId, page.after, limit)));
    return found;
  }

  private openCondition(side: OpenSideName): RawBuilder<boolean> {
    // Literals, so that both databases match the partial indexes' conditions.
    return sql<boolean>`type = ${fixed(side)} and open_minor > ${fixed(0n)}`;
  }

  private settlingOrder(side: OpenSideName): RawBuilder<unknown> {
    return side === 'CHARGE' ? sql`due_date, id` : sql`sequence`;
  }

  private async openItemsOf(
    organizationId: string,
    side: OpenSideName,
    accountId: number,
    after: OpenItemKey | null,
    limit: number,
  ): Promise<SettlingEntry[]> {
    let afterTerm: RawBuilder<unknown> = sql``;
    if (after !== null) {
      afterTerm =
        'sequence' in after
          ? sql`and sequence > ${after.sequence}`
          : sql`and (due_date > ${after.dueDate} or (due_date = ${after.dueDate} and id > ${BigInt(after.id)}))`;
    }
    const { rows } = await sql<Row>`
      select ${sql.raw(OPEN_ITEM_COLUMNS)} from entries
      where account_id = ${BigInt(accountId)} and organization_id = ${organizationId} and ${this.openCondition(side)} ${afterTerm}
      order by ${this.settlingOrder(side)} limit ${rowLimit(limit)}`.execute(this.db);
    return rows.map((row) => toSettlingEntry(row));
  }

  async writePass(organizationId: string, writes: PassWrites): Promise<number[]> {
    return this.adapter.writesInOneStatement
      ? this.writePassAtOnce(organizationId, writes)
      : this.writePassByTable(organizationId, writes);
  }

  /** SQLite: a statement per table, in order (in-process, there is no round trip to save). */
  private async writePassByTable(organizationId: string, writes: PassWrites): Promise<number[]> {
    const ids = writes.entries.length === 0 ? [] : await this.insertEntries(organizationId, writes.entries);
    const idBySequence = new Map(writes.entries.map((entry, index) => [entry.sequence, ids[index]!]));
    const idOf = (key: EntryKey) => ('id' in key ? key.id : idBySequence.get(key.sequence)!);
    if (writes.allocations.length > 0) {
      const values = writes.allocations.map((row) => ({
        organization_id: organizationId,
        account_id: row.accountId,
        credit_entry_id: idOf(row.credit),
        charge_entry_id: idOf(row.charge),
        amount_minor: row.amountMinor,
        created_at: row.createdAt,
        released_by_entry_id: row.releasedBy === null ? null : idOf(row.releasedBy),
      }));
      await sql`insert into allocations (${names(ALLOCATION_COLUMNS)})
        select ${names(ALLOCATION_COLUMNS)} from ${this.adapter.rows(values, ALLOCATION_COLUMNS)} order by v.position`.execute(
        this.db,
      );
    }
    if (writes.storedEntries.length > 0) {
      const values = writes.storedEntries.map((row) => ({
        id: row.id,
        open_minor: row.openMinor,
        reversed_by: row.reversedBy === null ? null : idOf(row.reversedBy),
      }));
      await plannedEachRun(sql`update entries set open_minor = coalesce(v.open_minor, entries.open_minor), reversed_by = coalesce(v.reversed_by, entries.reversed_by)
        from ${this.adapter.rows(values, STORED_ENTRY_COLUMNS)}
        where entries.id = v.id and ${this.organizationTerm('entries.organization_id')} = ${organizationId}`).execute(
        this.db,
      );
    }
    if (writes.releasedAllocations.length > 0) {
      const values = writes.releasedAllocations.map((row) => ({
        id: row.id,
        released_by_entry_id: idOf(row.releasedBy),
      }));
      await plannedEachRun(sql`update allocations set released_by_entry_id = v.released_by_entry_id
        from ${this.adapter.rows(values, [
          ['id', 'bigint'],
          ['released_by_entry_id', 'bigint'],
        ])}
        where allocations.id = v.id and ${this.organizationTerm('allocations.organization_id')} = ${organizationId}`).execute(
        this.db,
      );
    }
    if (writes.accounts.length > 0)
      await plannedEachRun(accountFiguresUpdate(this.adapter, organizationId, writes.accounts)).execute(this.db);
    if (writes.lastSequence !== null)
      await sql`update organizations set entry_sequence = ${writes.lastSequence} where id = ${organizationId}`.execute(
        this.db,
      );
    return ids;
  }

  /**
   * PostgreSQL: the whole pass in one statement of data-modifying parts, one round trip instead of
   * a statement per table (six, for a batch of payments). The parts see one snapshot and name the
   * new entries through the first part's answer, by sequence; each row is changed by one part only
   * (a reversed entry's open amount and reversal link are one update). Empty parts change nothing,
   * so the text is one for every batch.
   */
  private async writePassAtOnce(organizationId: string, writes: PassWrites): Promise<number[]> {
    const entryValues = writes.entries.map((row) => entryRowValues(organizationId, row));
    const keyId = (key: EntryKey | null) => (key !== null && 'id' in key ? key.id : null);
    const keySequence = (key: EntryKey | null) => (key !== null && 'sequence' in key ? key.sequence : null);
    const allocationValues = writes.allocations.map((row) => ({
      account_id: row.accountId,
      credit_id: keyId(row.credit),
      credit_sequence: keySequence(row.credit),
      charge_id: keyId(row.charge),
      charge_sequence: keySequence(row.charge),
      amount_minor: row.amountMinor,
      created_at: row.createdAt,
      released_sequence: keySequence(row.releasedBy),
    }));
    const storedValues = writes.storedEntries.map((row) => ({
      id: row.id,
      open_minor: row.openMinor,
      reversed_sequence: keySequence(row.reversedBy),
    }));
    const releaseValues = writes.releasedAllocations.map((row) => ({
      id: row.id,
      released_sequence: row.releasedBy.sequence,
    }));
    const organization = (column: string) => this.organizationTerm(column);
    const { rows } = await plannedEachRun(sql<{ id: bigint; sequence: bigint }>`
      with new_entries as (
        insert into entries (${names(ENTRY_COLUMNS)})
        select ${names(ENTRY_COLUMNS)} from ${this.adapter.rows(entryValues, ENTRY_COLUMNS)} order by v.position
        returning id, sequence
      ), new_allocations as (
        insert into allocations (${names(ALLOCATION_COLUMNS)})
        select ${organizationId}, v.account_id, coalesce(v.credit_id, credit.id), coalesce(v.charge_id, charge.id), v.amount_minor, v.created_at, released.id
        from ${this.adapter.rows(allocationValues, NEW_ALLOCATION_COLUMNS)}
          left join new_entries credit on credit.sequence = v.credit_sequence
          left join new_entries charge on charge.sequence = v.charge_sequence
          left join new_entries released on released.sequence = v.released_sequence
        order by v.position
      ), stored_entries as (
        update entries set open_minor = coalesce(v.open_minor, entries.open_minor), reversed_by = coalesce(reversal.id, entries.reversed_by)
        from ${this.adapter.rows(storedValues, STORED_ENTRY_SEQUENCE_COLUMNS)}
          left join new_entries reversal on reversal.sequence = v.reversed_sequence
        where entries.id = v.id and ${organization('entries.organization_id')} = ${organizationId}
      ), released_allocations as (
        update allocations set released_by_entry_id = reversal.id
        from ${this.adapter.rows(releaseValues, [
          ['id', 'bigint'],
          ['released_sequence', 'bigint'],
        ])}
          join new_entries reversal on reversal.sequence = v.released_sequence
        where allocations.id = v.id and ${organization('allocations.organization_id')} = ${organizationId}
      ), account_figures as (
        ${accountFiguresUpdate(this.adapter, organizationId, writes.accounts)}
      ), ledger as (
        update organizations set entry_sequence = coalesce(${writes.lastSequence}::bigint, entry_sequence) where id = ${organizationId}
      )
      select id, sequence from new_entries`).execute(this.db);
    return idsInOrder(writes.entries, rows);
  }

  private async insertEntries(organizationId: string, rows: NewEntryRow[]): Promise<number[]> {
    const { rows: inserted } = await sql<Row>`
      insert into entries (${names(ENTRY_COLUMNS)})
      select ${names(ENTRY_COLUMNS)} from ${this.adapter.rows(
        rows.map((row) => entryRowValues(organizationId, row)),
        ENTRY_COLUMNS,
      )} order by v.position
      returning id, sequence`.execute(this.db);
    return idsInOrder(rows, inserted);
  }
}

const entryRowValues = (organizationId: string, row: NewEntryRow) => ({
  public_id: row.publicId,
  organization_id: organizationId,
  account_id: row.accountId,
  sequence: row.sequence,
  type: row.type,
  kind: row.kind,
  amount_minor: row.amountMinor,
  open_minor: row.openMinor,
  due_date: row.dueDate,
  value_date: row.valueDate,
  description: row.description,
  external_id: row.externalId,
  reversal_of: row.reversalOf,
  installment_of_plan_id: row.installmentOfPlanId,
  balance_after_minor: row.balanceAfterMinor,
  charged_after_minor: row.chargedAfterMinor,
  credited_after_minor: row.creditedAfterMinor,
  booked_at: row.bookedAt,
  created_by_key_id: row.createdByKeyId,
});

/** Matched by sequence (unique in the organization): neither database promises RETURNING's order. */
function idsInOrder(rows: NewEntryRow[], inserted: Array<Record<string, unknown>>): number[] {
  const idBySequence = new Map(inserted.map((row) => [big(row.sequence), int(row.id)]));
  return rows.map((row) => {
    const id = idBySequence.get(row.sequence);
    if (id === undefined) throw new Error(`entry ${row.publicId} was not inserted`);
    return id;
  });
}

const NEW_ALLOCATION_COLUMNS: readonly JsonColumn[] = [
  ['account_id', 'bigint'],
  ['credit_id', 'bigint'],
  ['credit_sequence', 'bigint'],
  ['charge_id', 'bigint'],
  ['charge_sequence', 'bigint'],
  ['amount_minor', 'bigint'],
  ['created_at', 'text'],
  ['released_sequence', 'bigint'],
];
const STORED_ENTRY_COLUMNS: readonly JsonColumn[] = [
  ['id', 'bigint'],
  ['open_minor', 'bigint'],
  ['reversed_by', 'bigint'],
];
const STORED_ENTRY_SEQUENCE_COLUMNS: readonly JsonColumn[] = [
  ['id', 'bigint'],
  ['open_minor', 'bigint'],
  ['reversed_sequence', 'bigint'],
];
