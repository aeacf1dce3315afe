/**
 * Accounts and account templates. This store owns the accounts row: every set of its columns
 * another store reads is a named projection here, with its one row → domain mapping, and every
 * write to the row goes through this file — one typed patch (`AccountPatch`) and one update
 * (`updateAccount`), and, for the write path and dunning pages, the set-based statements that
 * write many accounts at once from the same patch mapping.
 */
import { type Kysely, type RawBuilder, type Selectable, type Updateable, sql } from 'kysely';
import { rowLimit } from '../literals.ts';
import type {
  Account,
  AccountChanges,
  AccountListOptions,
  AccountStatus,
  AccountStore,
  AccountTemplate,
  BillingAddress,
  Modality,
  NewAccount,
  PaymentMethod,
  PaymentMethodType,
  PaymentReferenceType,
} from '../../core/accounts/account.ts';
import type { MatchAccount } from '../../core/bank-statements/bank-statement.ts';
import type { AccountBalances, AccountOverview } from '../../core/customer-overview/customer-overview.ts';
import type {
  DunningAccount,
  DunningStateUpdate,
  ReceivablesAccount,
  ReceivablesAccountChanges,
} from '../../core/dunning/dunning-store.ts';
import type { LedgerAccount } from '../../core/entries/entry-store.ts';
import type { InterestAccount } from '../../core/interest/interest-store.ts';
import type { AccountFiguresRow, LockedAccount } from '../../core/ledger/ledger-store.ts';
import type { ScheduledPaymentAccount } from '../../core/scheduled-payments/scheduled-payment.ts';
import { SaldoError } from '../../core/errors.ts';
import { isUniqueViolation } from '../driver-errors.ts';
import type { JsonColumn } from '../json-rows.ts';
import type { AccountTemplatesTable, AccountsTable, Database } from '../schema.ts';
import type { StorageAdapter } from '../adapter.ts';

type AccountColumn = keyof AccountsTable & string;
/** An accounts row as one of the projections below reads it. */
export type AccountRowOf<Columns extends readonly AccountColumn[]> = Pick<Selectable<AccountsTable>, Columns[number]>;

const flag = (value: number | bigint): boolean => Number(value) === 1;
const optionalNumber = (value: number | bigint | null): number | null => (value === null ? null : Number(value));

// Named projections. Each reader takes only the columns it needs (a dunning run reads a million
// accounts, the write path runs on every booking); each such set is named here with its mapping.

/** What the ledger reads of an account: its figures and status. */
export const ledgerAccountColumns = [
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

export const toLedgerAccount = (row: AccountRowOf<typeof ledgerAccountColumns>): LedgerAccount => ({
  id: Number(row.id),
  publicId: row.uuid,
  organizationId: row.organization_id,
  currency: row.currency,
  status: row.status as AccountStatus,
  balanceMinor: BigInt(row.balance_minor),
  chargedMinor: BigInt(row.charged_minor),
  creditedMinor: BigInt(row.credited_minor),
  openMinor: BigInt(row.open_minor),
  unallocatedMinor: BigInt(row.unallocated_minor),
});

/** What the write path locks of an account: the ledger's columns and the payment reference that names it. */
export const lockedAccountColumns = [...ledgerAccountColumns, 'payment_reference_number'] as const;

export const toLockedAccount = (row: AccountRowOf<typeof lockedAccountColumns>): LockedAccount => ({
  ...toLedgerAccount(row),
  paymentReferenceNumber: row.payment_reference_number ?? null,
});

/** What a dunning run reads of an account (a run reads a million of them, so only these). */
export const dunningAccountColumns = [
  'id',
  'template',
  'status',
  'dunning_level',
  'dunning_anchor_date',
  'dunning_blocked',
  'dunning_exempt',
  'in_debt_collection',
  'debt_collection_since',
  'debt_collection_recalled_anchor',
  'version',
] as const;

export const toDunningAccount = (row: AccountRowOf<typeof dunningAccountColumns>): DunningAccount => ({
  id: Number(row.id),
  template: row.template,
  status: row.status as AccountStatus,
  dunningLevel: optionalNumber(row.dunning_level),
  dunningAnchorDate: row.dunning_anchor_date,
  dunningBlocked: flag(row.dunning_blocked),
  dunningExempt: flag(row.dunning_exempt),
  inDebtCollection: flag(row.in_debt_collection),
  debtCollectionSince: row.debt_collection_since,
  debtCollectionRecalledAnchor: row.debt_collection_recalled_anchor,
  version: Number(row.version),
});

/** What receivables processes (lifecycle, debt collection) read; the wide columns (addresses, payment details) stay out. */
export const receivablesAccountColumns = [
  ...dunningAccountColumns,
  'uuid',
  'organization_id',
  'customer_id',
  'number',
  'name',
  'currency',
  'balance_minor',
  'open_minor',
  'unallocated_minor',
  'updated_at',
  'closed_at',
] as const;

export const toReceivablesAccount = (row: AccountRowOf<typeof receivablesAccountColumns>): ReceivablesAccount => ({
  ...toDunningAccount(row),
  publicId: row.uuid,
  organizationId: row.organization_id,
  customerPublicId: row.customer_id,
  number: row.number,
  name: row.name,
  currency: row.currency,
  balanceMinor: BigInt(row.balance_minor),
  openMinor: BigInt(row.open_minor),
  unallocatedMinor: BigInt(row.unallocated_minor),
  updatedAt: row.updated_at,
  closedAt: row.closed_at,
});

/** What matching a bank line to an account reads. */
export const matchAccountColumns = [
  'id',
  'uuid',
  'currency',
  'status',
  'payment_reference_number',
  'open_minor',
] as const;

export const toMatchAccount = (row: AccountRowOf<typeof matchAccountColumns>): MatchAccount => ({
  id: Number(row.id),
  publicId: row.uuid,
  currency: row.currency,
  status: row.status,
  paymentReference: row.payment_reference_number,
  openMinor: BigInt(row.open_minor),
});

/** What scheduling a payment on an account reads. */
export const scheduledPaymentAccountColumns = ['id', 'uuid', 'currency', 'status', 'payment_method_type'] as const;

export const toScheduledPaymentAccount = (
  row: AccountRowOf<typeof scheduledPaymentAccountColumns>,
): ScheduledPaymentAccount => ({
  id: Number(row.id),
  publicId: row.uuid,
  currency: row.currency,
  status: row.status,
  paymentMethodType: row.payment_method_type as PaymentMethodType,
});

/** What the v1 and v4 reads of a customer's accounts show. */
export const overviewAccountColumns = [
  'id',
  'uuid',
  'number',
  'name',
  'currency',
  'credit_limit_minor',
  'balance_minor',
  'unallocated_minor',
  'status',
  'parent_id',
  'template',
  'payment_reference_type',
  'payment_reference_number',
  'dunning_level',
  'in_debt_collection',
] as const;

export const toAccountOverview = (row: AccountRowOf<typeof overviewAccountColumns>): AccountOverview => ({
  id: Number(row.id),
  publicId: row.uuid,
  number: row.number,
  name: row.name,
  currency: row.currency,
  creditLimitMinor: BigInt(row.credit_limit_minor),
  balanceMinor: BigInt(row.balance_minor),
  unallocatedMinor: BigInt(row.unallocated_minor),
  status: row.status as AccountStatus,
  parentId: optionalNumber(row.parent_id),
  template: row.template,
  paymentReference:
    row.payment_reference_type !== null && row.payment_reference_number !== null
      ? { type: row.payment_reference_type as PaymentReferenceType, number: row.payment_reference_number }
      : null,
  dunningLevel: optionalNumber(row.dunning_level),
  inDebtCollection: flag(row.in_debt_collection),
});

/** What v1 shows of a customer's default account: its balances and dunning state. */
export const balancesAccountColumns = [
  'uuid',
  'currency',
  'balance_minor',
  'unallocated_minor',
  'dunning_level',
  'in_debt_collection',
] as const;

export const toAccountBalances = (row: AccountRowOf<typeof balancesAccountColumns>): AccountBalances => ({
  publicId: row.uuid,
  currency: row.currency,
  balanceMinor: BigInt(row.balance_minor),
  unallocatedMinor: BigInt(row.unallocated_minor),
  dunningLevel: optionalNumber(row.dunning_level),
  inDebtCollection: flag(row.in_debt_collection),
});

/** What a run's interest pass reads of an account: its template names the policy. */
export const interestAccountColumns = ['id', 'template'] as const;

export const toInterestAccount = (row: AccountRowOf<typeof interestAccountColumns>): InterestAccount => ({
  id: Number(row.id),
  template: row.template,
});

/** What a report line shows of its account beside the customer's columns (the aging report). */
export const reportAccountColumns = ['uuid', 'currency'] as const;

/** A projection's columns as a Kysely join names them (`accounts.<column>`). */
export function joinedAccountColumns<Column extends AccountColumn>(
  columns: readonly Column[],
): Array<`accounts.${Column}`> {
  return columns.map((column) => `accounts.${column}` as const);
}

/** A projection's columns in SQL written by hand, of the accounts row under `alias`. */
export function accountColumnsSql(columns: readonly AccountColumn[], alias?: string): RawBuilder<unknown> {
  return sql.raw(columns.map((column) => (alias === undefined ? column : `${alias}.${column}`)).join(', '));
}

/** An account's public id beside a row of another table joined to accounts, answered as `account_uuid`. */
export const joinedAccountPublicId = 'accounts.uuid as account_uuid' as const;

export type AccountRow = Selectable<AccountsTable> & {
  customer_number: bigint | number | string | null;
  parent_uuid: string | null;
};

/** Accounts with the two facts of their neighbours every view shows: customer number and the parent's public id. */
export function selectAccounts(db: Kysely<Database>) {
  return db
    .selectFrom('accounts')
    .selectAll('accounts')
    .select((eb) => [
      eb
        .selectFrom('customers')
        .select('customers.number')
        .whereRef('customers.id', '=', 'accounts.customer_id')
        .as('customer_number'),
      eb
        .selectFrom('accounts as parent')
        .select('parent.uuid')
        .whereRef('parent.id', '=', 'accounts.parent_id')
        .as('parent_uuid'),
    ]);
}

export function toAccount(row: AccountRow): Account {
  const figures = {
    balanceMinor: BigInt(row.balance_minor),
    chargedMinor: BigInt(row.charged_minor),
    creditedMinor: BigInt(row.credited_minor),
    openMinor: BigInt(row.open_minor),
    unallocatedMinor: BigInt(row.unallocated_minor),
  };
  return {
    ...figures,
    id: Number(row.id),
    publicId: row.uuid,
    organizationId: row.organization_id,
    customerPublicId: row.customer_id,
    customerNumber: BigInt(row.customer_number ?? 0),
    number: row.number,
    name: row.name,
    currency: row.currency,
    creditLimitMinor: BigInt(row.credit_limit_minor),
    status: row.status as AccountStatus,
    modality: row.modality as Modality,
    parentId: optionalNumber(row.parent_id),
    parentPublicId: row.parent_uuid,
    template: row.template,
    paymentReference:
      row.payment_reference_number === null
        ? null
        : { type: row.payment_reference_type as PaymentReferenceType, number: row.payment_reference_number },
    billingAddress: row.billing_address === null ? null : (JSON.parse(row.billing_address) as BillingAddress),
    paymentMethod: {
      type: row.payment_method_type as PaymentMethodType,
      details:
        row.payment_method_details === null
          ? null
          : (JSON.parse(row.payment_method_details) as PaymentMethod['details']),
    },
    isDefault: flag(row.is_default),
    dunningLevel: optionalNumber(row.dunning_level),
    dunningExempt: flag(row.dunning_exempt),
    inDebtCollection: flag(row.in_debt_collection),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
  };
}

// Writes. The core's ports name what they may change (AccountChanges for a client's edits,
// ReceivablesAccountChanges for dunning, the lifecycle and debt collection); this is all of it.

/** Every field of an account a write may change besides its figures, in the core's words; omitted fields stay. */
export type AccountPatch = AccountChanges & ReceivablesAccountChanges;

/** An account as a conditional update names it: written only while its version is still `expectedVersion`. */
export interface AccountVersionKey {
  organizationId: string;
  id: number;
  expectedVersion: number;
}

/** The columns of a patch (flags as 0/1, addresses and payment details as JSON): the one mapping of fields to columns. */
export function accountPatchColumns(patch: AccountPatch): Updateable<AccountsTable> {
  const set: Updateable<AccountsTable> = {};
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.creditLimitMinor !== undefined) set.credit_limit_minor = patch.creditLimitMinor;
  if (patch.billingAddress !== undefined)
    set.billing_address = patch.billingAddress === null ? null : JSON.stringify(patch.billingAddress);
  if (patch.template !== undefined) set.template = patch.template;
  if (patch.parentId !== undefined) set.parent_id = patch.parentId;
  if (patch.paymentMethod !== undefined) {
    set.payment_method_type = patch.paymentMethod.type;
    set.payment_method_details =
      patch.paymentMethod.details === null ? null : JSON.stringify(patch.paymentMethod.details);
  }
  if (patch.status !== undefined) set.status = patch.status;
  if (patch.dunningLevel !== undefined) set.dunning_level = patch.dunningLevel;
  if (patch.dunningAnchorDate !== undefined) set.dunning_anchor_date = patch.dunningAnchorDate;
  if (patch.dunningBlocked !== undefined) set.dunning_blocked = patch.dunningBlocked ? 1 : 0;
  if (patch.dunningExempt !== undefined) set.dunning_exempt = patch.dunningExempt ? 1 : 0;
  if (patch.inDebtCollection !== undefined) set.in_debt_collection = patch.inDebtCollection ? 1 : 0;
  if (patch.debtCollectionSince !== undefined) set.debt_collection_since = patch.debtCollectionSince;
  if (patch.debtCollectionRecalledAnchor !== undefined)
    set.debt_collection_recalled_anchor = patch.debtCollectionRecalledAnchor;
  if (patch.closedAt !== undefined) set.closed_at = patch.closedAt;
  return set;
}

/**
 * Applies the patch when the stored version is still the expected one, bumping it; false when it
 * moved on. The one update of a single account, whoever changes it.
 */
export async function updateAccount(
  db: Kysely<Database>,
  key: AccountVersionKey,
  patch: AccountPatch,
  updatedAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable('accounts')
    .set({ version: key.expectedVersion + 1, updated_at: updatedAt, ...accountPatchColumns(patch) })
    .where('organization_id', '=', key.organizationId)
    .where('id', '=', BigInt(key.id))
    .where('version', '=', key.expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

const DUNNING_STATE_COLUMNS: JsonColumn[] = [
  ['id', 'bigint'],
  ['version', 'integer'],
  ['status', 'text'],
  ['dunning_level', 'integer'],
  ['dunning_anchor_date', 'text'],
  ['dunning_blocked', 'integer'],
  ['in_debt_collection', 'integer'],
  ['debt_collection_since', 'text'],
  ['debt_collection_recalled_anchor', 'text'],
];

/**
 * Writes each account's dunning state where its version is still the expected one, bumping it,
 * in one statement for the page; answers how many were written. A round trip (PostgreSQL) or a
 * statement's bookkeeping (SQLite) per account would dominate a large run. On SQLite the
 * organization's term carries a unary `+`, SQLite's way to keep a term off an index: otherwise its
 * planner walked the organization's accounts by index and scanned the page's rows for each
 * (minutes at a million accounts) instead of going from the page's rows by primary key.
 */
export async function updateDunningStates(
  db: Kysely<Database>,
  adapter: StorageAdapter,
  organizationId: string,
  updates: DunningStateUpdate[],
  updatedAt: string,
): Promise<number> {
  if (updates.length === 0) return 0;
  const rows = updates.map(({ accountId, expectedVersion, ...state }) => ({
    id: accountId,
    version: expectedVersion,
    ...accountPatchColumns(state),
  }));
  const organizationColumn = adapter.inProcess ? adapter.offIndex('a.organization_id') : sql`a.organization_id`;
  const result = await sql`
    update accounts as a set
      status = v.status, dunning_level = v.dunning_level, dunning_anchor_date = v.dunning_anchor_date,
      dunning_blocked = v.dunning_blocked, in_debt_collection = v.in_debt_collection,
      debt_collection_since = v.debt_collection_since, debt_collection_recalled_anchor = v.debt_collection_recalled_anchor,
      version = a.version + 1, updated_at = ${updatedAt}
    from ${adapter.rows(rows, DUNNING_STATE_COLUMNS)}
    where ${organizationColumn} = ${organizationId} and a.id = v.id and a.version = v.version`.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}

const ACCOUNT_FIGURE_COLUMNS: readonly JsonColumn[] = [
  ['id', 'bigint'],
  ['balance_minor', 'bigint'],
  ['charged_minor', 'bigint'],
  ['credited_minor', 'bigint'],
  ['open_minor', 'bigint'],
  ['unallocated_minor', 'bigint'],
  ['status', 'text'],
  ['status_changed', 'integer'],
  ['updated_at', 'text'],
];

const accountFiguresValues = (row: AccountFiguresRow) => ({
  id: row.id,
  balance_minor: row.balanceMinor,
  charged_minor: row.chargedMinor,
  credited_minor: row.creditedMinor,
  open_minor: row.openMinor,
  unallocated_minor: row.unallocatedMinor,
  status: row.status,
  status_changed: row.statusChanged ? 1 : 0,
  updated_at: row.updatedAt,
});

/**
 * The write path's update of the accounts a pass booked on: their figures, and the status the
 * ledger changes (an automatically closed account that owes again). A booking changes no field a
 * client edits, so the version moves only with the status. One statement for every account of
 * the pass, run alone or as a part of the pass's one statement (ledger.ts), under the locks the
 * pass took; the organization's term is kept off the index (StorageAdapter.offIndex) since the
 * rows are reached by id.
 */
export function accountFiguresUpdate(
  adapter: StorageAdapter,
  organizationId: string,
  rows: AccountFiguresRow[],
): RawBuilder<unknown> {
  return sql`update accounts set balance_minor = v.balance_minor, charged_minor = v.charged_minor, credited_minor = v.credited_minor,
  open_minor = v.open_minor, unallocated_minor = v.unallocated_minor, status = v.status,
  version = case when v.status_changed = 1 then accounts.version + 1 else accounts.version end,
  updated_at = case when v.status_changed = 1 then v.updated_at else accounts.updated_at end
        from ${adapter.rows(rows.map(accountFiguresValues), ACCOUNT_FIGURE_COLUMNS)}
        where accounts.id = v.id and ${adapter.offIndex('accounts.organization_id')} = ${organizationId}`;
}

function toTemplate(row: Selectable<AccountTemplatesTable>): AccountTemplate {
  return {
    organizationId: row.organization_id,
    name: row.name,
    currency: row.currency,
    creditLimitMinor: row.credit_limit_minor === null ? null : BigInt(row.credit_limit_minor),
    modality: row.modality as Modality | null,
    paymentReferenceType: row.payment_reference_type as PaymentReferenceType | null,
    createdAt: row.created_at,
  };
}

/**
 * Takes the next value of an organization counter. The upsert holds the counter's row lock until
 * commit on PostgreSQL, so it also serializes whatever the caller does next for that name.
 */
export async function lockCounter(db: Kysely<Database>, organizationId: string, name: string): Promise<bigint> {
  const row = await db
    .insertInto('organization_counters')
    .values({ organization_id: organizationId, name, value: 1 })
    .onConflict((oc) =>
      oc
        .columns(['organization_id', 'name'])
        .doUpdateSet((eb) => ({ value: eb('organization_counters.value', '+', 1) })),
    )
    .returning('value')
    .executeTakeFirstOrThrow();
  return BigInt(row.value);
}

export class KyselyAccountStore implements AccountStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: StorageAdapter,
  ) {}

  async insert(account: NewAccount): Promise<number> {
    try {
      const row = await this.db
        .insertInto('accounts')
        .values({
          uuid: account.publicId,
          organization_id: account.organizationId,
          customer_id: account.customerPublicId,
          number: account.number,
          name: account.name,
          currency: account.currency,
          credit_limit_minor: account.creditLimitMinor,
          status: account.status,
          modality: account.modality,
          parent_id: account.parentId,
          template: account.template,
          payment_reference_type: account.paymentReference?.type ?? null,
          payment_reference_number: account.paymentReference?.number ?? null,
          billing_address: account.billingAddress === null ? null : JSON.stringify(account.billingAddress),
          payment_method_type: account.paymentMethod.type,
          payment_method_details:
            account.paymentMethod.details === null ? null : JSON.stringify(account.paymentMethod.details),
          is_default: account.isDefault ? 1 : 0,
          dunning_level: account.dunningLevel,
          dunning_exempt: account.dunningExempt ? 1 : 0,
          in_debt_collection: account.inDebtCollection ? 1 : 0,
          version: account.version,
          created_at: account.createdAt,
          updated_at: account.updatedAt,
          closed_at: account.closedAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    } catch (error) {
      if (isUniqueViolation(error, 'payment_reference'))
        throw new SaldoError('payment_reference_taken', { pointer: 'body.payment_reference.number', cause: error });
      if (isUniqueViolation(error))
        throw new SaldoError('account_number_taken', { pointer: 'body.number', cause: error });
      throw error;
    }
  }

  async findByPublicId(
    organizationId: string,
    publicId: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<Account | undefined> {
    let query = selectAccounts(this.db)
      .where('accounts.organization_id', '=', organizationId)
      .where('accounts.uuid', '=', publicId);
    if (options.forUpdate) query = this.adapter.lock(query);
    const row = await query.executeTakeFirst();
    return row && toAccount(row);
  }

  async findById(
    organizationId: string,
    id: number,
    options: { forUpdate?: boolean } = {},
  ): Promise<Account | undefined> {
    let query = selectAccounts(this.db)
      .where('accounts.organization_id', '=', organizationId)
      .where('accounts.id', '=', BigInt(id));
    if (options.forUpdate) query = this.adapter.lock(query);
    const row = await query.executeTakeFirst();
    return row && toAccount(row);
  }

  async findByNumber(organizationId: string, number: string): Promise<Account | undefined> {
    const row = await selectAccounts(this.db)
      .where('accounts.organization_id', '=', organizationId)
      .where('accounts.number', '=', number)
      .executeTakeFirst();
    return row && toAccount(row);
  }

  async findByPaymentReference(organizationId: string, number: string): Promise<Account | undefined> {
    const row = await selectAccounts(this.db)
      .where('accounts.organization_id', '=', organizationId)
      .where('accounts.payment_reference_number', '=', number)
      .executeTakeFirst();
    return row && toAccount(row);
  }

  async listByCustomer(organizationId: string, customerPublicId: string): Promise<Account[]> {
    const rows = await selectAccounts(this.db)
      .where('accounts.organization_id', '=', organizationId)
      .where('accounts.customer_id', '=', customerPublicId)
      .orderBy('accounts.id')
      .execute();
    return rows.map(toAccount);
  }

  async list(organizationId: string, options: AccountListOptions): Promise<Account[]> {
    let query = selectAccounts(this.db).where('accounts.organization_id', '=', organizationId);
    if (options.afterId !== undefined) query = query.where('accounts.id', '>', BigInt(options.afterId));
    if (options.dunningLevel === null) query = query.where('accounts.dunning_level', 'is', null);
    else if (options.dunningLevel !== undefined)
      query = query.where('accounts.dunning_level', '=', options.dunningLevel);
    if (options.status !== undefined) query = query.where('accounts.status', '=', options.status);
    const rows = await query.orderBy('accounts.id').limit(rowLimit(options.limit)).execute();
    return rows.map(toAccount);
  }

  update(
    organizationId: string,
    id: number,
    expectedVersion: number,
    changes: AccountChanges,
    updatedAt: string,
  ): Promise<boolean> {
    return updateAccount(this.db, { organizationId, id, expectedVersion }, changes, updatedAt);
  }

  nextCounter(organizationId: string, name: 'account_number' | 'payment_reference'): Promise<bigint> {
    return lockCounter(this.db, organizationId, name);
  }

  async insertTemplate(template: AccountTemplate): Promise<void> {
    await this.db
      .insertInto('account_templates')
      .values({
        organization_id: template.organizationId,
        name: template.name,
        currency: template.currency,
        credit_limit_minor: template.creditLimitMinor,
        modality: template.modality,
        payment_reference_type: template.paymentReferenceType,
        created_at: template.createdAt,
      })
      .execute();
  }

  async findTemplate(organizationId: string, name: string): Promise<AccountTemplate | undefined> {
    const row = await this.db
      .selectFrom('account_templates')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('name', '=', name)
      .executeTakeFirst();
    return row && toTemplate(row);
  }

  async listTemplates(organizationId: string): Promise<AccountTemplate[]> {
    const rows = await this.db
      .selectFrom('account_templates')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .orderBy('name')
      .execute();
    return rows.map(toTemplate);
  }
}
