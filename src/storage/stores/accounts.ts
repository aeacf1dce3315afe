/**
 * Accounts and account templates: the one row → domain mapping of an account, which every part
 * of Saldo that reads accounts reuses (`selectAccounts` + `toAccount`).
 */
import type { Kysely, Selectable } from 'kysely';
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
import { SaldoError } from '../../core/errors.ts';
import { isUniqueViolation } from '../driver-errors.ts';
import type { AccountTemplatesTable, AccountsTable, Database } from '../schema.ts';
import type { StorageAdapter } from '../adapter.ts';

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
    parentId: row.parent_id === null ? null : Number(row.parent_id),
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
    isDefault: Number(row.is_default) === 1,
    dunningLevel: row.dunning_level === null ? null : Number(row.dunning_level),
    dunningExempt: Number(row.dunning_exempt) === 1,
    inDebtCollection: Number(row.in_debt_collection) === 1,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
  };
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

  async update(
    organizationId: string,
    id: number,
    expectedVersion: number,
    changes: AccountChanges,
    updatedAt: string,
  ): Promise<boolean> {
    const set: Partial<Record<keyof AccountsTable, unknown>> = { version: expectedVersion + 1, updated_at: updatedAt };
    if (changes.name !== undefined) set.name = changes.name;
    if (changes.creditLimitMinor !== undefined) set.credit_limit_minor = changes.creditLimitMinor;
    if (changes.billingAddress !== undefined)
      set.billing_address = changes.billingAddress === null ? null : JSON.stringify(changes.billingAddress);
    if (changes.template !== undefined) set.template = changes.template;
    if (changes.parentId !== undefined) set.parent_id = changes.parentId;
    if (changes.status !== undefined) set.status = changes.status;
    if (changes.closedAt !== undefined) set.closed_at = changes.closedAt;
    if (changes.paymentMethod !== undefined) {
      set.payment_method_type = changes.paymentMethod.type;
      set.payment_method_details =
        changes.paymentMethod.details === null ? null : JSON.stringify(changes.paymentMethod.details);
    }
    const result = await this.db
      .updateTable('accounts')
      .set(set as never)
      .where('organization_id', '=', organizationId)
      .where('id', '=', BigInt(id))
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
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
