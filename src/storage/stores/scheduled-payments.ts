import { rowLimit } from '../literals.ts';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { PaymentMethodType } from '../../core/accounts/account.ts';
import type {
  NewScheduledPayment,
  ScheduledPayment,
  ScheduledPaymentAccount,
  ScheduledPaymentPage,
  ScheduledPaymentStatus,
  ScheduledPaymentStore,
} from '../../core/scheduled-payments/scheduled-payment.ts';
import type { Database, ScheduledPaymentsTable } from '../schema.ts';
import type { StorageAdapter } from '../adapter.ts';
import { joinedAccountPublicId, scheduledPaymentAccountColumns, toScheduledPaymentAccount } from './accounts.ts';

type Row = Selectable<ScheduledPaymentsTable> & { account_uuid: string; currency: string };

const toScheduledPayment = (row: Row): ScheduledPayment => ({
  id: Number(row.id),
  publicId: row.public_id,
  organizationId: row.organization_id,
  accountId: Number(row.account_id),
  accountPublicId: row.account_uuid,
  currency: row.currency,
  amountMinor: BigInt(row.amount_minor),
  date: row.date,
  method: row.method as PaymentMethodType | null,
  status: row.status as ScheduledPaymentStatus,
  paymentEntryId: row.payment_entry_id === null ? null : Number(row.payment_entry_id),
  returnReason: row.return_reason ?? null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export class KyselyScheduledPaymentStore implements ScheduledPaymentStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: StorageAdapter,
  ) {}

  private selectWithAccount() {
    return this.db
      .selectFrom('scheduled_payments')
      .innerJoin('accounts', 'accounts.id', 'scheduled_payments.account_id')
      .selectAll('scheduled_payments')
      .select([joinedAccountPublicId, 'accounts.currency']);
  }

  async findAccount(organizationId: string, accountPublicId: string): Promise<ScheduledPaymentAccount | undefined> {
    const row = await this.db
      .selectFrom('accounts')
      .select(scheduledPaymentAccountColumns)
      .where('organization_id', '=', organizationId)
      .where('uuid', '=', accountPublicId)
      .executeTakeFirst();
    return row && toScheduledPaymentAccount(row);
  }

  async insert(payment: NewScheduledPayment): Promise<ScheduledPayment> {
    await this.db
      .insertInto('scheduled_payments')
      .values({
        public_id: payment.publicId,
        organization_id: payment.organizationId,
        account_id: payment.accountId,
        amount_minor: payment.amountMinor,
        date: payment.date,
        method: payment.method,
        status: payment.status,
        payment_entry_id: payment.paymentEntryId,
        created_at: payment.createdAt,
        updated_at: payment.updatedAt,
      })
      .execute();
    const stored = await this.findByPublicId(payment.organizationId, payment.publicId);
    if (!stored) throw new Error('invariant violated: a scheduled payment just inserted is not found');
    return stored;
  }

  async findByPublicId(
    organizationId: string,
    publicId: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<ScheduledPayment | undefined> {
    let query = this.selectWithAccount()
      .where('scheduled_payments.organization_id', '=', organizationId)
      .where('scheduled_payments.public_id', '=', publicId);
    if (options.forUpdate) query = this.adapter.lock(query, { of: 'scheduled_payments' });
    const row = await query.executeTakeFirst();
    return row && toScheduledPayment(row);
  }

  async findByPublicIds(
    organizationId: string,
    publicIds: string[],
    options: { forUpdate?: boolean } = {},
  ): Promise<ScheduledPayment[]> {
    if (publicIds.length === 0) return [];
    let query = this.selectWithAccount()
      .where('scheduled_payments.organization_id', '=', organizationId)
      .where(() => this.adapter.isOneOf(sql.ref('scheduled_payments.public_id'), [...new Set(publicIds)], 'text'))
      // Locked in id order, as every writer that takes several of them does.
      .orderBy('scheduled_payments.id');
    if (options.forUpdate) query = this.adapter.lock(query, { of: 'scheduled_payments' });
    const rows = await query.execute();
    return rows.map(toScheduledPayment);
  }

  async countOpen(organizationId: string, accountId: number): Promise<number> {
    const row = await this.db
      .selectFrom('scheduled_payments')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('account_id', '=', BigInt(accountId))
      .where('status', '=', 'SCHEDULED')
      .where('organization_id', '=', organizationId)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async listByAccount(
    organizationId: string,
    accountId: number,
    options: { limit: number; after?: { date: string; id: number } | undefined },
  ): Promise<ScheduledPaymentPage> {
    let query = this.selectWithAccount()
      .where('scheduled_payments.account_id', '=', BigInt(accountId))
      .where('scheduled_payments.organization_id', '=', organizationId);
    const after = options.after;
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('scheduled_payments.date', '>', after.date),
          eb.and([eb('scheduled_payments.date', '=', after.date), eb('scheduled_payments.id', '>', BigInt(after.id))]),
        ]),
      );
    }
    const rows = await query
      .orderBy('scheduled_payments.date')
      .orderBy('scheduled_payments.id')
      .limit(rowLimit(options.limit + 1))
      .execute();
    const data = rows.slice(0, options.limit).map(toScheduledPayment);
    const last = data[data.length - 1];
    return { data, next: rows.length > options.limit && last ? { date: last.date, id: last.id } : null };
  }

  async transition(
    organizationId: string,
    id: number,
    from: ScheduledPaymentStatus,
    to: ScheduledPaymentStatus,
    at: string,
    paymentEntryId?: number,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('scheduled_payments')
      .set({
        status: to,
        updated_at: at,
        ...(paymentEntryId === undefined ? {} : { payment_entry_id: paymentEntryId }),
      })
      .where('organization_id', '=', organizationId)
      .where('id', '=', BigInt(id))
      .where('status', '=', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async markReturned(organizationId: string, id: number, reason: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('scheduled_payments')
      .set({ status: 'RETURNED', return_reason: reason, updated_at: at })
      .where('organization_id', '=', organizationId)
      .where('id', '=', BigInt(id))
      .where('status', '=', 'COLLECTED')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async listDue(organizationId: string, date: string, limit: number): Promise<ScheduledPayment[]> {
    const rows = await this.selectWithAccount()
      .where('scheduled_payments.organization_id', '=', organizationId)
      .where('scheduled_payments.status', '=', 'SCHEDULED')
      .where('scheduled_payments.date', '<=', date)
      .orderBy('scheduled_payments.date')
      .orderBy('scheduled_payments.id')
      .limit(rowLimit(limit))
      .execute();
    return rows.map(toScheduledPayment);
  }
}
