import { fixed, rowLimit } from '../literals.ts';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { StorageAdapter } from '../adapter.ts';
import { askedColumn, askedList, rowsByPosition } from '../asked-list.ts';
import { LookupBatch } from '../lookup-batch.ts';
import type {
  AccountBalances,
  AccountOverview,
  CustomerOverviewStore,
  CustomerRef,
  UpcomingEntry,
  UpcomingAccount,
  UpcomingFilter,
} from '../../core/customer-overview/customer-overview.ts';
import { preparedQuery } from '../prepared-query.ts';
import type { Database } from '../schema.ts';
import {
  type AccountRowOf,
  balancesAccountColumns,
  joinedAccountColumns,
  overviewAccountColumns,
  toAccountBalances,
  toAccountOverview,
} from './accounts.ts';

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
    .select(joinedAccountColumns(balancesAccountColumns))
    .where('customers.organization_id', '=', v.organizationId)
    .where('customers.number', '=', v.number)
    .orderBy('accounts.is_default', 'desc')
    .orderBy('accounts.id')
    .limit(rowLimit(1)),
);

// The same for many customers of one organization at once, on PostgreSQL (a LookupBatch's
// statement): each customer's default account is a LATERAL look-up in the same order, which
// PostgreSQL runs as one index scan per customer. As a join on a subquery's id it hashed every
// account of the organization instead.
const customersWithDefaultAccountQuery = preparedQuery((db, v: { organizationId: string; numbers: string }) =>
  db
    .selectFrom('customers')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('accounts')
          .select(balancesAccountColumns)
          .whereRef('accounts.customer_id', '=', 'customers.id')
          .where('accounts.organization_id', '=', v.organizationId)
          .orderBy('accounts.is_default', 'desc')
          .orderBy('accounts.id')
          .limit(rowLimit(1))
          .as('accounts'),
      (join) => join.onTrue(),
    )
    .select(['customers.id as customer_id', 'customers.number as customer_number'])
    .select(joinedAccountColumns(balancesAccountColumns))
    .where('customers.organization_id', '=', v.organizationId)
    .where(sql<boolean>`${sql.ref('customers.number')} = any(${v.numbers}::bigint[])`),
);

type CustomerAccountRow = { customer_id: string; customer_number: bigint | number | string } & {
  [Column in keyof AccountRowOf<typeof balancesAccountColumns>]:
    AccountRowOf<typeof balancesAccountColumns>[Column] | null;
};

function toCustomerWithDefaultAccount(row: CustomerAccountRow): CustomerWithDefaultAccount {
  return {
    customer: { publicId: row.customer_id, number: BigInt(row.customer_number) },
    account: row.uuid === null ? undefined : toAccountBalances(row as AccountRowOf<typeof balancesAccountColumns>),
  };
}

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

// The default account (as customerWithDefaultAccount picks it) with a slice of its upcoming
// charges, in one statement: LEFT JOIN keeps a row for an account with none. The slice is read by
// the account's due-date index and ordered by id, as v1 pages.
type UpcomingValues = { organizationId: string; number: bigint; dueFrom: string; dueTo: string; afterId: bigint };
function defaultAccountUpcoming(db: Kysely<Database>, v: UpcomingValues, shape: { limit: number }) {
  return db
    .selectFrom('accounts')
    .leftJoin('entries as e', (join) =>
      join
        .onRef('e.account_id', '=', 'accounts.id')
        .on('e.organization_id', '=', v.organizationId)
        .on('e.due_date', '>=', v.dueFrom)
        .on('e.due_date', '<=', v.dueTo)
        .on('e.id', '>', v.afterId)
        .on('e.type', '=', fixed('CHARGE'))
        .on('e.reversal_of', 'is', null)
        .on('e.reversed_by', 'is', null),
    )
    .select(['accounts.uuid', 'accounts.currency'])
    .select([
      'e.id as entry_id',
      'e.due_date',
      'e.description',
      'e.amount_minor',
      'e.open_minor',
      'e.installment_plan_id',
    ])
    .where('accounts.id', '=', (eb) =>
      eb
        .selectFrom('customers')
        .innerJoin('accounts as d', (join) =>
          join.onRef('d.customer_id', '=', 'customers.id').on('d.organization_id', '=', v.organizationId),
        )
        .select('d.id')
        .where('customers.organization_id', '=', v.organizationId)
        .where('customers.number', '=', v.number)
        .orderBy('d.is_default', 'desc')
        .orderBy('d.id')
        .limit(rowLimit(1)),
    )
    .orderBy('e.id')
    .limit(rowLimit(shape.limit));
}
const defaultAccountUpcomingQuery = preparedQuery(defaultAccountUpcoming);

// The same slice for several customers (and positions) of one organization at once, on
// PostgreSQL (a LookupBatch's statement, see asked-list.ts).
const defaultAccountsUpcomingQuery = preparedQuery(
  (
    db,
    v: { organizationId: string; dueFrom: string; dueTo: string; numbers: string[]; afterIds: string[] },
    shape: { limit: number },
  ) =>
    db
      .selectFrom(
        askedList<{ number: string; after_id: string }>([
          ['number', 'bigint', v.numbers],
          ['after_id', 'bigint', v.afterIds],
        ]),
      )
      .innerJoinLateral(
        defaultAccountUpcoming(
          db,
          {
            organizationId: v.organizationId,
            dueFrom: v.dueFrom,
            dueTo: v.dueTo,
            number: askedColumn<bigint>('number'),
            afterId: askedColumn<bigint>('after_id'),
          },
          shape,
        ).as('slice'),
        (join) => join.onTrue(),
      )
      .selectAll('slice')
      .select('asked.position as asked_position')
      .orderBy('slice.entry_id'),
);

type CustomerWithDefaultAccount = { customer: CustomerRef; account: AccountBalances | undefined };

export class KyselyCustomerOverviewStore implements CustomerOverviewStore {
  /** Where statements are round trips (PostgreSQL, outside a transaction): concurrent look-ups share one. */
  private readonly defaultAccounts: LookupBatch<string, bigint, CustomerWithDefaultAccount> | undefined;
  /** A slice's group: the organization, its window and its size; its key: the customer and position. */
  private readonly upcomingSlices:
    LookupBatch<UpcomingGroup, { number: bigint; afterId: bigint }, UpcomingSliceRows> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: StorageAdapter,
    options: { batchLookups: boolean },
  ) {
    this.defaultAccounts = options.batchLookups
      ? new LookupBatch((organizationId, numbers) => this.customersWithDefaultAccount(organizationId, numbers))
      : undefined;
    this.upcomingSlices = options.batchLookups
      ? new LookupBatch((group, keys) => this.upcomingSlicesOf(group, keys))
      : undefined;
  }

  async customerWithDefaultAccount(
    organizationId: string,
    number: bigint,
  ): Promise<CustomerWithDefaultAccount | undefined> {
    if (this.defaultAccounts) return this.defaultAccounts.load(organizationId, number);
    const [row] = (await customerWithDefaultAccountQuery(this.db, { organizationId, number })).rows;
    return row && toCustomerWithDefaultAccount(row);
  }

  /** Several customers' default accounts in one statement (PostgreSQL), in the numbers' order (undefined: not found). */
  private async customersWithDefaultAccount(
    organizationId: string,
    numbers: readonly bigint[],
  ): Promise<Array<CustomerWithDefaultAccount | undefined>> {
    const { rows } = await customersWithDefaultAccountQuery(this.db, {
      organizationId,
      numbers: this.adapter.idList(numbers),
    });
    const byNumber = new Map(rows.map((row) => [BigInt(row.customer_number), toCustomerWithDefaultAccount(row)]));
    return numbers.map((number) => byNumber.get(number));
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

  async defaultAccountUpcoming(
    organizationId: string,
    number: bigint,
    filter: UpcomingFilter,
  ): Promise<UpcomingSliceRows | undefined> {
    if (this.upcomingSlices)
      return this.upcomingSlices.load(
        { organizationId, dueFrom: filter.dueFrom, dueTo: filter.dueTo, limit: filter.limit },
        { number, afterId: filter.afterId },
      );
    const { rows } = await defaultAccountUpcomingQuery(
      this.db,
      { organizationId, number, dueFrom: filter.dueFrom, dueTo: filter.dueTo, afterId: filter.afterId },
      { limit: filter.limit },
    );
    return toUpcomingSlice(rows);
  }

  /** Several customers' slices in one statement (PostgreSQL), in the keys' order. */
  private async upcomingSlicesOf(
    group: UpcomingGroup,
    keys: ReadonlyArray<{ number: bigint; afterId: bigint }>,
  ): Promise<Array<UpcomingSliceRows | undefined>> {
    const { rows } = await defaultAccountsUpcomingQuery(
      this.db,
      {
        organizationId: group.organizationId,
        dueFrom: group.dueFrom,
        dueTo: group.dueTo,
        numbers: keys.map((key) => key.number.toString()),
        afterIds: keys.map((key) => key.afterId.toString()),
      },
      { limit: group.limit },
    );
    return rowsByPosition(rows, keys.length, (row) => row.asked_position).map(toUpcomingSlice);
  }
}

type UpcomingGroup = { organizationId: string; dueFrom: string; dueTo: string; limit: number };
type UpcomingSliceRows = { account: UpcomingAccount; entries: UpcomingEntry[] };
type UpcomingRow = Awaited<ReturnType<typeof defaultAccountUpcomingQuery>>['rows'][number];

function toUpcomingSlice(rows: UpcomingRow[]): UpcomingSliceRows | undefined {
  const first = rows[0];
  if (!first) return undefined;
  const entries = rows.flatMap((row) =>
    row.entry_id === null
      ? []
      : [
          {
            id: Number(row.entry_id),
            dueDate: row.due_date!,
            description: row.description,
            amountMinor: BigInt(row.amount_minor!),
            openMinor: BigInt(row.open_minor!),
            installmentPlanId: row.installment_plan_id === null ? null : Number(row.installment_plan_id),
          },
        ],
  );
  return { account: { publicId: first.uuid, currency: first.currency }, entries };
}
