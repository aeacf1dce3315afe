import { fixed, rowLimit } from '../literals.ts';
import type { Kysely } from 'kysely';
import type {
  AccountOverview,
  CustomerOverviewStore,
  CustomerRef,
  UpcomingEntry,
  UpcomingFilter,
} from '../../core/customer-overview/customer-overview.ts';
import { preparedQuery } from '../prepared-query.ts';
import type { Database } from '../schema.ts';
import { type AccountRowOf, joinedAccountColumns, overviewAccountColumns, toAccountOverview } from './accounts.ts';

// The v1 and v4 reads: each request runs one or two of these, so they are built once.
const customerByNumber = preparedQuery((db, v: { organizationId: string; number: bigint }) =>
  db
    .selectFrom('customers')
    .select(['id', 'number'])
    .where('organization_id', '=', v.organizationId)
    .where('number', '=', v.number),
);

const customerWithDefaultAccountQuery = preparedQuery((db, v: { organizationId: string; number: bigint }) =>
  db
    .selectFrom('customers')
    .leftJoin('accounts', (join) =>
      join.onRef('accounts.customer_id', '=', 'customers.id').on('accounts.organization_id', '=', v.organizationId),
    )
    .select(['customers.id as customer_id', 'customers.number as customer_number'])
    .select(joinedAccountColumns(overviewAccountColumns))
    .where('customers.organization_id', '=', v.organizationId)
    .where('customers.number', '=', v.number)
    .orderBy('accounts.is_default', 'desc')
    .orderBy('accounts.id')
    .limit(rowLimit(1)),
);

// The customer is found inside the statement: a page of accounts costs one round trip. Only an
// empty page asks again whether the customer exists at all.
const accountsOfCustomer = preparedQuery(
  (db, v: { organizationId: string; number: bigint; offset: number }, shape: { limit: number }) =>
    db
      .selectFrom('accounts')
      .select(overviewAccountColumns)
      .select('customer_id')
      .where('organization_id', '=', v.organizationId)
      .where('customer_id', '=', (eb) =>
        eb
          .selectFrom('customers')
          .select('customers.id')
          .where('customers.organization_id', '=', v.organizationId)
          .where('customers.number', '=', v.number),
      )
      .orderBy('id')
      .limit(rowLimit(shape.limit))
      .offset(v.offset),
);

const upcomingChargesQuery = preparedQuery(
  (
    db,
    v: { organizationId: string; accountId: bigint; dueFrom: string; dueTo: string; afterId: bigint },
    shape: { limit: number },
  ) =>
    db
      .selectFrom('entries')
      .select(['id', 'due_date', 'description', 'amount_minor', 'open_minor', 'installment_plan_id'])
      .where('account_id', '=', v.accountId)
      .where('organization_id', '=', v.organizationId)
      .where('due_date', '>=', v.dueFrom)
      .where('due_date', '<=', v.dueTo)
      .where('id', '>', v.afterId)
      .where('type', '=', fixed('CHARGE'))
      .where('reversal_of', 'is', null)
      .where('reversed_by', 'is', null)
      .orderBy('id')
      .limit(rowLimit(shape.limit)),
);

export class KyselyCustomerOverviewStore implements CustomerOverviewStore {
  constructor(private readonly db: Kysely<Database>) {}

  async customerWithDefaultAccount(
    organizationId: string,
    number: bigint,
  ): Promise<{ customer: CustomerRef; account: AccountOverview | undefined } | undefined> {
    const [row] = (await customerWithDefaultAccountQuery(this.db, { organizationId, number })).rows;
    if (!row) return undefined;
    const customer = { publicId: row.customer_id, number: BigInt(row.customer_number) };
    return {
      customer,
      account: row.id === null ? undefined : toAccountOverview(row as AccountRowOf<typeof overviewAccountColumns>),
    };
  }

  async customerAccounts(
    organizationId: string,
    number: bigint,
    options: { offset: number; limit: number },
  ): Promise<{ customer: CustomerRef; accounts: AccountOverview[] } | undefined> {
    const { rows } = await accountsOfCustomer(
      this.db,
      { organizationId, number, offset: options.offset },
      { limit: options.limit },
    );
    if (rows.length > 0)
      return { customer: { publicId: rows[0]!.customer_id, number }, accounts: rows.map(toAccountOverview) };
    const [customer] = (await customerByNumber(this.db, { organizationId, number })).rows;
    return customer && { customer: { publicId: customer.id, number: BigInt(customer.number) }, accounts: [] };
  }

  async upcomingCharges(organizationId: string, accountId: number, filter: UpcomingFilter): Promise<UpcomingEntry[]> {
    const { rows } = await upcomingChargesQuery(
      this.db,
      {
        organizationId,
        accountId: BigInt(accountId),
        dueFrom: filter.dueFrom,
        dueTo: filter.dueTo,
        afterId: filter.afterId,
      },
      { limit: filter.limit },
    );
    return rows.map((row) => ({
      id: Number(row.id),
      dueDate: row.due_date,
      description: row.description,
      amountMinor: BigInt(row.amount_minor),
      openMinor: BigInt(row.open_minor),
      installmentPlanId: row.installment_plan_id === null ? null : Number(row.installment_plan_id),
    }));
  }
}
