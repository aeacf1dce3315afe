import { fixed, rowLimit } from '../literals.ts';
import { type Kysely, type Selectable, sql } from 'kysely';
import { type AccountStatus, CLOSED_STATUSES } from '../../core/accounts/account.ts';
import type {
  DunningAccount,
  DunningRun,
  DunningRunChange,
  DunningRunSummary,
  DunningStateUpdate,
  DunningStore,
  NewDunningRunChange,
  OverdueSummary,
  PostedFee,
  ReceivablesAccount,
  ReceivablesAccountChanges,
} from '../../core/dunning/dunning-store.ts';
import type { EntryKind, OpenItem } from '../../core/entries/entry.ts';
import { type DunningPolicy, parseStoredDunningPolicy, serializeDunningPolicy } from '../../core/dunning/policy.ts';
import type { DatabaseKind } from '../database.ts';
import { type JsonColumn } from '../json-rows.ts';
import { summaryDocument, summaryFromDocument } from '../../core/dunning/run-summary.ts';
import { preparedQuery } from '../prepared-query.ts';
import type { Database, DunningRunsTable } from '../schema.ts';
import { type StorageAdapter, storageAdapter } from '../adapter.ts';
import {
  dunningAccountColumns,
  joinedAccountPublicId,
  receivablesAccountColumns,
  toDunningAccount,
  toReceivablesAccount,
  updateAccount,
  updateDunningStates,
} from './accounts.ts';

const toRun = (row: Selectable<DunningRunsTable>): DunningRun => ({
  id: Number(row.id),
  publicId: row.public_id,
  organizationId: row.organization_id,
  asOf: row.as_of,
  trigger: row.trigger as DunningRun['trigger'],
  status: row.status as DunningRun['status'],
  accountsEvaluated: Number(row.accounts_evaluated),
  summary: summaryFromDocument(JSON.parse(row.summary) as Record<string, unknown>),
  actorKeyId: row.actor_key_id,
  startedAt: row.started_at,
  completedAt: row.completed_at,
});

interface StoredFee {
  level: number;
  entry_id: number;
  entry_public_id: string;
  amount_minor: string;
}

const runAccountsPage = preparedQuery((db, v: { organizationId: string; afterId: bigint }, shape: { limit: number }) =>
  db
    .selectFrom('accounts')
    .select(dunningAccountColumns)
    .where('organization_id', '=', v.organizationId)
    .where('id', '>', v.afterId)
    .where('dunning_exempt', '=', 0)
    .where('in_debt_collection', '=', 0)
    .where('status', 'not in', CLOSED_STATUSES)
    .orderBy('id')
    .limit(rowLimit(shape.limit)),
);

// From the accounts, then each one's open charges by the partial index. Left to itself, SQLite's
// planner read the organization's whole entry index by sequence for every page (about 120 ms per
// 500 accounts at a million entries, against 1 ms); CROSS JOIN keeps its order, and PostgreSQL
// plans it like an inner join.
const overdueByAccount = preparedQuery(
  (db, v: { organizationId: string; fromId: bigint; toId: bigint; asOf: string }) =>
    db
      .selectFrom('accounts')
      .crossJoin('entries')
      .whereRef('entries.account_id', '=', 'accounts.id')
      .select((eb) => [
        'entries.account_id',
        eb.fn.min('entries.due_date').as('oldest'),
        eb.fn.sum<bigint | string | number>('entries.open_minor').as('total'),
      ])
      .where('accounts.organization_id', '=', v.organizationId)
      .where('accounts.id', '>=', v.fromId)
      .where('accounts.id', '<=', v.toId)
      .where('entries.organization_id', '=', v.organizationId)
      .where('entries.type', '=', fixed('CHARGE'))
      .where('entries.open_minor', '>', fixed(0n))
      .where('entries.installment_plan_id', 'is', null)
      .where('entries.due_date', '<', v.asOf)
      .groupBy('entries.account_id'),
);

// The ids go in as one value (a PostgreSQL array, a JSON array for SQLite), so the statement has
// one text whatever their number: an IN list of each length was a statement of its own, and on
// SQLite a cached prepared statement of its own (tens of megabytes over a large run).
const accountsByIds = preparedQuery(
  (db, v: { organizationId: string; ids: string }, shape: { adapter: DatabaseKind; forUpdate: boolean }) => {
    const adapter = storageAdapter(shape.adapter);
    const query = db
      .selectFrom('accounts')
      .select(dunningAccountColumns)
      .where('organization_id', '=', v.organizationId)
      .where(adapter.inIdList(sql.ref('id'), v.ids))
      .orderBy('id');
    return shape.forUpdate ? adapter.lock(query) : query;
  },
);

const CHANGE_COLUMNS: JsonColumn[] = [
  ['run_id', 'bigint'],
  ['account_id', 'bigint'],
  ['from_level', 'integer'],
  ['to_level', 'integer'],
  ['days_past_due', 'integer'],
  ['anchor_date', 'text'],
  ['overdue_minor', 'bigint'],
  ['status_from', 'text'],
  ['status_to', 'text'],
  ['handed_over', 'integer'],
  ['fees', 'text'],
  ['created_at', 'text'],
];

export class KyselyDunningStore implements DunningStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: StorageAdapter,
  ) {}

  private accountQuery(organizationId: string, forUpdate: boolean) {
    const query = this.db
      .selectFrom('accounts')
      .select(receivablesAccountColumns)
      .where('organization_id', '=', organizationId);
    return forUpdate ? this.adapter.lock(query) : query;
  }

  async findAccount(
    organizationId: string,
    publicId: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<ReceivablesAccount | undefined> {
    const row = await this.accountQuery(organizationId, options.forUpdate === true)
      .where('uuid', '=', publicId)
      .executeTakeFirst();
    return row && toReceivablesAccount(row);
  }

  async findAccountById(
    organizationId: string,
    id: number,
    options: { forUpdate?: boolean } = {},
  ): Promise<ReceivablesAccount | undefined> {
    const row = await this.accountQuery(organizationId, options.forUpdate === true)
      .where('id', '=', BigInt(id))
      .executeTakeFirst();
    return row && toReceivablesAccount(row);
  }

  async findReceivablesAccounts(organizationId: string, ids: number[]): Promise<ReceivablesAccount[]> {
    if (ids.length === 0) return [];
    // By key, each row's organization checked (no organization term beside the IN list: docs/decisions.md).
    const rows = await this.db
      .selectFrom('accounts')
      .select(receivablesAccountColumns)
      .where(this.adapter.isOneOf(sql.ref('id'), ids, 'bigint'))
      .orderBy('id')
      .execute();
    return rows.map(toReceivablesAccount).filter((account) => account.organizationId === organizationId);
  }

  updateAccount(
    organizationId: string,
    id: number,
    expectedVersion: number,
    changes: ReceivablesAccountChanges,
    updatedAt: string,
  ): Promise<boolean> {
    return updateAccount(this.db, { organizationId, id, expectedVersion }, changes, updatedAt);
  }

  async listRunAccounts(organizationId: string, afterId: number, limit: number): Promise<DunningAccount[]> {
    const { rows } = await runAccountsPage(this.db, { organizationId, afterId: BigInt(afterId) }, { limit });
    return rows.map(toDunningAccount);
  }

  async findAccountsById(
    organizationId: string,
    ids: number[],
    options: { forUpdate?: boolean } = {},
  ): Promise<DunningAccount[]> {
    if (ids.length === 0) return [];
    const { rows } = await accountsByIds(
      this.db,
      { organizationId, ids: this.adapter.idList(ids) },
      { adapter: this.adapter.kind, forUpdate: options.forUpdate === true },
    );
    return rows.map(toDunningAccount);
  }

  updateDunningStates(organizationId: string, updates: DunningStateUpdate[], updatedAt: string): Promise<number> {
    return updateDunningStates(this.db, this.adapter, organizationId, updates, updatedAt);
  }

  async listHandedOver(organizationId: string, afterId: number, limit: number): Promise<ReceivablesAccount[]> {
    const rows = await this.db
      .selectFrom('accounts')
      .select(receivablesAccountColumns)
      .where('organization_id', '=', organizationId)
      .where('id', '>', BigInt(afterId))
      .where('in_debt_collection', '=', 1)
      .orderBy('id')
      .limit(rowLimit(limit))
      .execute();
    return rows.map(toReceivablesAccount);
  }

  async listAccountsToClose(organizationId: string, afterId: number, limit: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('accounts')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('id', '>', BigInt(afterId))
      .where('status', '=', 'ACCOUNT_TO_CLOSE')
      .where('open_minor', '=', 0n)
      .where('balance_minor', '=', 0n)
      .where('unallocated_minor', '=', 0n)
      .orderBy('id')
      .limit(rowLimit(limit))
      .execute();
    return rows.map((row) => Number(row.id));
  }

  async overdueOf(organizationId: string, accountId: number, asOf: string): Promise<OverdueSummary> {
    return (
      (await this.overdueBetween(organizationId, accountId, accountId, asOf)).get(accountId) ?? {
        oldestDueDate: null,
        overdueMinor: 0n,
      }
    );
  }

  async overdueBetween(
    organizationId: string,
    fromId: number,
    toId: number,
    asOf: string,
  ): Promise<Map<number, OverdueSummary>> {
    const { rows } = await overdueByAccount(this.db, {
      organizationId,
      fromId: BigInt(fromId),
      toId: BigInt(toId),
      asOf,
    });
    return new Map(
      rows.map((row) => [
        Number(row.account_id),
        { oldestDueDate: row.oldest as string, overdueMinor: BigInt(row.total as bigint | string | number) },
      ]),
    );
  }

  async openItemsOf(organizationId: string, accountIds: number[]): Promise<Map<number, OpenItem[]>> {
    const items = new Map<number, OpenItem[]>();
    if (accountIds.length === 0) return items;
    const rows = await this.db
      .selectFrom('entries')
      .select(['id', 'public_id', 'account_id', 'kind', 'amount_minor', 'open_minor', 'due_date', 'description'])
      .where('organization_id', '=', organizationId)
      .where(
        'account_id',
        'in',
        accountIds.map((id) => BigInt(id)),
      )
      .where('type', '=', fixed('CHARGE'))
      .where('open_minor', '>', fixed(0n))
      .where('installment_plan_id', 'is', null)
      .orderBy('account_id')
      .orderBy('due_date')
      .orderBy('id')
      .execute();
    for (const row of rows) {
      const accountId = Number(row.account_id);
      const list = items.get(accountId) ?? [];
      list.push({
        id: Number(row.id),
        publicId: row.public_id,
        kind: row.kind as EntryKind,
        amountMinor: BigInt(row.amount_minor),
        openMinor: BigInt(row.open_minor),
        dueDate: row.due_date,
        description: row.description,
      });
      items.set(accountId, list);
    }
    return items;
  }

  async templatePolicy(
    organizationId: string,
    templateName: string,
  ): Promise<{ exists: boolean; policy: DunningPolicy | null }> {
    const row = await this.db
      .selectFrom('account_templates')
      .select('dunning_policy')
      .where('organization_id', '=', organizationId)
      .where('name', '=', templateName)
      .executeTakeFirst();
    if (!row) return { exists: false, policy: null };
    return { exists: true, policy: parseStoredDunningPolicy(row.dunning_policy) };
  }

  async setTemplatePolicy(
    organizationId: string,
    templateName: string,
    policy: DunningPolicy | null,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('account_templates')
      .set({ dunning_policy: policy === null ? null : serializeDunningPolicy(policy) })
      .where('organization_id', '=', organizationId)
      .where('name', '=', templateName)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async insertRun(run: Omit<DunningRun, 'id'>): Promise<number> {
    const row = await this.db
      .insertInto('dunning_runs')
      .values({
        public_id: run.publicId,
        organization_id: run.organizationId,
        as_of: run.asOf,
        trigger: run.trigger,
        status: run.status,
        accounts_evaluated: run.accountsEvaluated,
        summary: JSON.stringify(summaryDocument(run.summary)),
        actor_key_id: run.actorKeyId,
        started_at: run.startedAt,
        completed_at: run.completedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }

  async completeRun(
    organizationId: string,
    id: number,
    status: 'COMPLETED' | 'FAILED',
    accountsEvaluated: number,
    summary: DunningRunSummary,
    completedAt: string,
  ): Promise<void> {
    await this.db
      .updateTable('dunning_runs')
      .set({
        status,
        accounts_evaluated: accountsEvaluated,
        summary: JSON.stringify(summaryDocument(summary)),
        completed_at: completedAt,
      })
      .where('organization_id', '=', organizationId)
      .where('id', '=', BigInt(id))
      .execute();
  }

  async findRun(organizationId: string, publicId: string): Promise<DunningRun | undefined> {
    const row = await this.db
      .selectFrom('dunning_runs')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('public_id', '=', publicId)
      .executeTakeFirst();
    return row && toRun(row);
  }

  async listRuns(
    organizationId: string,
    options: { limit: number; beforeId?: number | undefined },
  ): Promise<DunningRun[]> {
    let query = this.db.selectFrom('dunning_runs').selectAll().where('organization_id', '=', organizationId);
    if (options.beforeId !== undefined) query = query.where('id', '<', BigInt(options.beforeId));
    const rows = await query.orderBy('id', 'desc').limit(rowLimit(options.limit)).execute();
    return rows.map(toRun);
  }

  async insertChanges(organizationId: string, changes: NewDunningRunChange[]): Promise<void> {
    if (changes.length === 0) return;
    const rows = changes.map((change) => ({
      run_id: change.runId,
      account_id: change.accountId,
      from_level: change.fromLevel,
      to_level: change.toLevel,
      days_past_due: change.daysPastDue,
      anchor_date: change.anchorDate,
      overdue_minor: change.overdueMinor,
      status_from: change.statusFrom,
      status_to: change.statusTo,
      handed_over: change.handedOver ? 1 : 0,
      fees: JSON.stringify(
        change.fees.map((fee): StoredFee => ({
          level: fee.level,
          entry_id: fee.entryId,
          entry_public_id: fee.entryPublicId,
          amount_minor: fee.amountMinor.toString(),
        })),
      ),
      created_at: change.createdAt,
    }));
    // Ids follow the rows' order, which is the order a run's changes are listed in.
    await sql`
      insert into dunning_run_changes (organization_id, ${sql.raw(CHANGE_COLUMNS.map(([name]) => name).join(', '))})
      select ${organizationId}, ${sql.raw(CHANGE_COLUMNS.map(([name]) => `v.${name}`).join(', '))}
      from ${this.adapter.rows(rows, CHANGE_COLUMNS)}
      order by v.position`.execute(this.db);
  }

  async listChanges(
    organizationId: string,
    runId: number,
    options: { limit: number; afterId?: number | undefined },
  ): Promise<DunningRunChange[]> {
    let query = this.db
      .selectFrom('dunning_run_changes')
      .innerJoin('accounts', 'accounts.id', 'dunning_run_changes.account_id')
      .selectAll('dunning_run_changes')
      .select(joinedAccountPublicId)
      .where('dunning_run_changes.organization_id', '=', organizationId)
      .where('dunning_run_changes.run_id', '=', BigInt(runId));
    if (options.afterId !== undefined) query = query.where('dunning_run_changes.id', '>', BigInt(options.afterId));
    const rows = await query.orderBy('dunning_run_changes.id').limit(rowLimit(options.limit)).execute();
    return rows.map((row) => ({
      id: Number(row.id),
      runId: Number(row.run_id),
      accountId: Number(row.account_id),
      accountPublicId: row.account_uuid,
      fromLevel: row.from_level === null ? null : Number(row.from_level),
      toLevel: row.to_level === null ? null : Number(row.to_level),
      daysPastDue: row.days_past_due === null ? null : Number(row.days_past_due),
      anchorDate: row.anchor_date,
      overdueMinor: BigInt(row.overdue_minor),
      statusFrom: row.status_from as AccountStatus,
      statusTo: row.status_to as AccountStatus,
      handedOver: Number(row.handed_over) === 1,
      fees: (JSON.parse(row.fees) as StoredFee[]).map((fee): PostedFee => ({
        level: fee.level,
        entryId: fee.entry_id,
        entryPublicId: fee.entry_public_id,
        amountMinor: BigInt(fee.amount_minor),
      })),
      createdAt: row.created_at,
    }));
  }

  async findFee(
    organizationId: string,
    accountId: number,
    level: number,
    anchorDate: string,
  ): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('dunning_fees')
      .select('entry_id')
      .where('organization_id', '=', organizationId)
      .where('account_id', '=', BigInt(accountId))
      .where('level', '=', level)
      .where('anchor_date', '=', anchorDate)
      .executeTakeFirst();
    return row && Number(row.entry_id);
  }

  async recordFee(fee: {
    organizationId: string;
    accountId: number;
    level: number;
    anchorDate: string;
    entryId: number;
    runId: number | null;
    createdAt: string;
  }): Promise<void> {
    await this.db
      .insertInto('dunning_fees')
      .values({
        organization_id: fee.organizationId,
        account_id: BigInt(fee.accountId),
        level: fee.level,
        anchor_date: fee.anchorDate,
        entry_id: BigInt(fee.entryId),
        run_id: fee.runId === null ? null : BigInt(fee.runId),
        created_at: fee.createdAt,
      })
      .execute();
  }

  async acquireLease(
    organizationId: string,
    runDate: string,
    holder: string,
    at: string,
    staleBefore: string,
  ): Promise<boolean> {
    const inserted = await this.db
      .insertInto('dunning_leases')
      .values({
        organization_id: organizationId,
        run_date: runDate,
        holder,
        acquired_at: at,
        completed_at: null,
        run_id: null,
      })
      .onConflict((oc) => oc.columns(['organization_id', 'run_date']).doNothing())
      .returning('run_date')
      .executeTakeFirst();
    if (inserted !== undefined) return true;
    // A holder that died mid-run leaves its lease unfinished: after a while another takes over.
    const taken = await this.db
      .updateTable('dunning_leases')
      .set({ holder, acquired_at: at })
      .where('organization_id', '=', organizationId)
      .where('run_date', '=', runDate)
      .where('completed_at', 'is', null)
      .where('acquired_at', '<', staleBefore)
      .executeTakeFirst();
    return Number(taken.numUpdatedRows) === 1;
  }

  async completeLease(
    organizationId: string,
    runDate: string,
    holder: string,
    runId: number,
    at: string,
  ): Promise<void> {
    await this.db
      .updateTable('dunning_leases')
      .set({ completed_at: at, run_id: BigInt(runId) })
      .where('organization_id', '=', organizationId)
      .where('run_date', '=', runDate)
      .where('holder', '=', holder)
      .execute();
  }
}
