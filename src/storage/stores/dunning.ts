import { fixed, rowLimit } from '../literals.ts';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { AccountStatus } from '../../core/accounts/account.ts';
import type {
  DunningRun,
  DunningRunChange,
  DunningRunSummary,
  DunningStore,
  NewDunningRunChange,
  OpenItem,
  OverdueSummary,
  PostedFee,
  ReceivablesAccount,
  ReceivablesAccountChanges,
} from '../../core/dunning/dunning-store.ts';
import { type DunningPolicy, parseStoredDunningPolicy, serializeDunningPolicy } from '../../core/dunning/policy.ts';
import type { DatabaseKind } from '../database.ts';
import type { AccountsTable, Database, DunningRunsTable } from '../schema.ts';

const CLOSED_STATUSES = ['ACCOUNT_CLOSED', 'ACCOUNT_AUTO_CLOSED'];

const toAccount = (row: Selectable<AccountsTable>): ReceivablesAccount => ({
  id: Number(row.id),
  uuid: row.uuid,
  organizationId: row.organization_id,
  customerId: row.customer_id,
  number: row.number,
  name: row.name,
  currency: row.currency,
  template: row.template,
  status: row.status as AccountStatus,
  balanceMinor: BigInt(row.balance_minor),
  openMinor: BigInt(row.open_minor),
  unallocatedMinor: BigInt(row.unallocated_minor),
  dunningLevel: row.dunning_level === null ? null : Number(row.dunning_level),
  dunningAnchorDate: row.dunning_anchor_date,
  dunningBlocked: Number(row.dunning_blocked) === 1,
  dunningExempt: Number(row.dunning_exempt) === 1,
  inDebtCollection: Number(row.in_debt_collection) === 1,
  debtCollectionSince: row.debt_collection_since,
  debtCollectionRecalledAnchor: row.debt_collection_recalled_anchor,
  version: Number(row.version),
  updatedAt: row.updated_at,
  closedAt: row.closed_at,
});

const toRun = (row: Selectable<DunningRunsTable>): DunningRun => ({
  id: Number(row.id),
  publicId: row.public_id,
  organizationId: row.organization_id,
  asOf: row.as_of,
  trigger: row.trigger as DunningRun['trigger'],
  status: row.status as DunningRun['status'],
  accountsEvaluated: Number(row.accounts_evaluated),
  summary: JSON.parse(row.summary) as DunningRunSummary,
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

export class KyselyDunningStore implements DunningStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly kind: DatabaseKind,
  ) {}

  async lockOrganization(organizationId: string): Promise<void> {
    // SQLite has a single writer: the transaction itself is the lock.
    if (this.kind !== 'postgres') return;
    await this.db.selectFrom('organizations').select('id').where('id', '=', organizationId).forUpdate().execute();
  }

  private accountQuery(organizationId: string, forUpdate: boolean) {
    const query = this.db.selectFrom('accounts').selectAll().where('organization_id', '=', organizationId);
    // Kysely's FOR UPDATE is not SQLite syntax; SQLite has a single writer anyway.
    return forUpdate && this.kind === 'postgres' ? query.forUpdate() : query;
  }

  async findAccount(organizationId: string, uuid: string, options: { forUpdate?: boolean } = {}): Promise<ReceivablesAccount | undefined> {
    const row = await this.accountQuery(organizationId, options.forUpdate === true).where('uuid', '=', uuid).executeTakeFirst();
    return row && toAccount(row);
  }

  async findAccountById(organizationId: string, id: number, options: { forUpdate?: boolean } = {}): Promise<ReceivablesAccount | undefined> {
    const row = await this.accountQuery(organizationId, options.forUpdate === true).where('id', '=', BigInt(id)).executeTakeFirst();
    return row && toAccount(row);
  }

  async updateAccount(
    organizationId: string,
    id: number,
    expectedVersion: number,
    changes: ReceivablesAccountChanges,
    updatedAt: string,
  ): Promise<boolean> {
    const values: Record<string, unknown> = { version: expectedVersion + 1, updated_at: updatedAt };
    if (changes.status !== undefined) values.status = changes.status;
    if (changes.dunningLevel !== undefined) values.dunning_level = changes.dunningLevel;
    if (changes.dunningAnchorDate !== undefined) values.dunning_anchor_date = changes.dunningAnchorDate;
    if (changes.dunningBlocked !== undefined) values.dunning_blocked = changes.dunningBlocked ? 1 : 0;
    if (changes.dunningExempt !== undefined) values.dunning_exempt = changes.dunningExempt ? 1 : 0;
    if (changes.inDebtCollection !== undefined) values.in_debt_collection = changes.inDebtCollection ? 1 : 0;
    if (changes.debtCollectionSince !== undefined) values.debt_collection_since = changes.debtCollectionSince;
    if (changes.debtCollectionRecalledAnchor !== undefined) values.debt_collection_recalled_anchor = changes.debtCollectionRecalledAnchor;
    if (changes.closedAt !== undefined) values.closed_at = changes.closedAt;
    const result = await this.db
      .updateTable('accounts')
      .set(values)
      .where('organization_id', '=', organizationId)
      .where('id', '=', BigInt(id))
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async listRunCandidates(organizationId: string, asOf: string, afterId: number, limit: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('accounts')
      .select('accounts.id')
      .where('accounts.organization_id', '=', organizationId)
      .where('accounts.id', '>', BigInt(afterId))
      .where('accounts.dunning_exempt', '=', 0)
      .where('accounts.in_debt_collection', '=', 0)
      .where('accounts.status', 'not in', CLOSED_STATUSES)
      .where((eb) =>
        eb.or([
          eb('accounts.dunning_level', 'is not', null),
          eb('accounts.dunning_blocked', '=', 1),
          eb.exists(
            eb
              .selectFrom('entries')
              .select(sql`1`.as('one'))
              .where('entries.organization_id', '=', organizationId)
              .whereRef('entries.account_id', '=', 'accounts.id')
              .where('entries.type', '=', fixed('CHARGE'))
              .where('entries.open_minor', '>', fixed(0n))
              .where('entries.installment_plan_id', 'is', null)
              .where('entries.due_date', '<', asOf),
          ),
        ]),
      )
      .orderBy('accounts.id')
      .limit(rowLimit(limit))
      .execute();
    return rows.map((row) => Number(row.id));
  }

  async listHandedOver(organizationId: string, afterId: number, limit: number): Promise<ReceivablesAccount[]> {
    const rows = await this.db
      .selectFrom('accounts')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('id', '>', BigInt(afterId))
      .where('in_debt_collection', '=', 1)
      .orderBy('id')
      .limit(rowLimit(limit))
      .execute();
    return rows.map(toAccount);
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
    const row = await this.db
      .selectFrom('entries')
      .select((eb) => [eb.fn.min('due_date').as('oldest'), eb.fn.sum<bigint | string | number | null>('open_minor').as('total')])
      .where('organization_id', '=', organizationId)
      .where('account_id', '=', BigInt(accountId))
      .where('type', '=', fixed('CHARGE'))
      .where('open_minor', '>', fixed(0n))
      .where('installment_plan_id', 'is', null)
      .where('due_date', '<', asOf)
      .executeTakeFirst();
    return {
      oldestDueDate: (row?.oldest as string | null | undefined) ?? null,
      overdueMinor: row?.total === null || row?.total === undefined ? 0n : BigInt(row.total),
    };
  }

  async openItemsOf(organizationId: string, accountIds: number[]): Promise<Map<number, OpenItem[]>> {
    const items = new Map<number, OpenItem[]>();
    if (accountIds.length === 0) return items;
    const rows = await this.db
      .selectFrom('entries')
      .select(['id', 'public_id', 'account_id', 'kind', 'amount_minor', 'open_minor', 'due_date', 'description'])
      .where('organization_id', '=', organizationId)
      .where('account_id', 'in', accountIds.map((id) => BigInt(id)))
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
        entryId: Number(row.id),
        publicId: row.public_id,
        kind: row.kind,
        amountMinor: BigInt(row.amount_minor),
        openMinor: BigInt(row.open_minor),
        dueDate: row.due_date,
        description: row.description,
      });
      items.set(accountId, list);
    }
    return items;
  }

  async templatePolicy(organizationId: string, templateName: string): Promise<{ exists: boolean; policy: DunningPolicy | null }> {
    const row = await this.db
      .selectFrom('account_templates')
      .select('dunning_policy')
      .where('organization_id', '=', organizationId)
      .where('name', '=', templateName)
      .executeTakeFirst();
    if (!row) return { exists: false, policy: null };
    return { exists: true, policy: parseStoredDunningPolicy(row.dunning_policy) };
  }

  async setTemplatePolicy(organizationId: string, templateName: string, policy: DunningPolicy | null): Promise<boolean> {
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
        summary: JSON.stringify(run.summary),
        actor_key_id: run.actorKeyId,
        started_at: run.startedAt,
        completed_at: run.completedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }

  async completeRun(organizationId: string, id: number, accountsEvaluated: number, summary: DunningRunSummary, completedAt: string): Promise<void> {
    await this.db
      .updateTable('dunning_runs')
      .set({ status: 'COMPLETED', accounts_evaluated: accountsEvaluated, summary: JSON.stringify(summary), completed_at: completedAt })
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

  async listRuns(organizationId: string, options: { limit: number; beforeId?: number | undefined }): Promise<DunningRun[]> {
    let query = this.db.selectFrom('dunning_runs').selectAll().where('organization_id', '=', organizationId);
    if (options.beforeId !== undefined) query = query.where('id', '<', BigInt(options.beforeId));
    const rows = await query.orderBy('id', 'desc').limit(rowLimit(options.limit)).execute();
    return rows.map(toRun);
  }

  async insertChange(organizationId: string, change: NewDunningRunChange): Promise<void> {
    const fees: StoredFee[] = change.fees.map((fee) => ({
      level: fee.level,
      entry_id: fee.entryId,
      entry_public_id: fee.entryPublicId,
      amount_minor: fee.amountMinor.toString(),
    }));
    await this.db
      .insertInto('dunning_run_changes')
      .values({
        organization_id: organizationId,
        run_id: BigInt(change.runId),
        account_id: BigInt(change.accountId),
        from_level: change.fromLevel,
        to_level: change.toLevel,
        days_past_due: change.daysPastDue,
        anchor_date: change.anchorDate,
        overdue_minor: change.overdueMinor,
        status_from: change.statusFrom,
        status_to: change.statusTo,
        handed_over: change.handedOver ? 1 : 0,
        fees: JSON.stringify(fees),
        created_at: change.createdAt,
      })
      .execute();
  }

  async listChanges(organizationId: string, runId: number, options: { limit: number; afterId?: number | undefined }): Promise<DunningRunChange[]> {
    let query = this.db
      .selectFrom('dunning_run_changes')
      .innerJoin('accounts', 'accounts.id', 'dunning_run_changes.account_id')
      .selectAll('dunning_run_changes')
      .select('accounts.uuid as account_uuid')
      .where('dunning_run_changes.organization_id', '=', organizationId)
      .where('dunning_run_changes.run_id', '=', BigInt(runId));
    if (options.afterId !== undefined) query = query.where('dunning_run_changes.id', '>', BigInt(options.afterId));
    const rows = await query.orderBy('dunning_run_changes.id').limit(rowLimit(options.limit)).execute();
    return rows.map((row) => ({
      id: Number(row.id),
      runId: Number(row.run_id),
      accountId: Number(row.account_id),
      accountUuid: row.account_uuid,
      fromLevel: row.from_level === null ? null : Number(row.from_level),
      toLevel: row.to_level === null ? null : Number(row.to_level),
      daysPastDue: row.days_past_due === null ? null : Number(row.days_past_due),
      anchorDate: row.anchor_date,
      overdueMinor: BigInt(row.overdue_minor),
      statusFrom: row.status_from as AccountStatus,
      statusTo: row.status_to as AccountStatus,
      handedOver: Number(row.handed_over) === 1,
      fees: (JSON.parse(row.fees) as StoredFee[]).map(
        (fee): PostedFee => ({ level: fee.level, entryId: fee.entry_id, entryPublicId: fee.entry_public_id, amountMinor: BigInt(fee.amount_minor) }),
      ),
      createdAt: row.created_at,
    }));
  }

  async findFee(organizationId: string, accountId: number, level: number, anchorDate: string): Promise<number | undefined> {
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

  async recordFee(fee: { organizationId: string; accountId: number; level: number; anchorDate: string; entryId: number; runId: number | null; createdAt: string }): Promise<void> {
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

  async acquireLease(organizationId: string, runDate: string, holder: string, at: string, staleBefore: string): Promise<boolean> {
    const inserted = await this.db
      .insertInto('dunning_leases')
      .values({ organization_id: organizationId, run_date: runDate, holder, acquired_at: at, completed_at: null, run_id: null })
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

  async completeLease(organizationId: string, runDate: string, holder: string, runId: number, at: string): Promise<void> {
    await this.db
      .updateTable('dunning_leases')
      .set({ completed_at: at, run_id: BigInt(runId) })
      .where('organization_id', '=', organizationId)
      .where('run_date', '=', runDate)
      .where('holder', '=', holder)
      .execute();
  }
}
