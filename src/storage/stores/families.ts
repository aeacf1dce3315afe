import type { Kysely } from 'kysely';
import type {
  Family,
  FamilyCustomer,
  FamilyFigures,
  FamilyFiguresBefore,
  FamilyMember,
  FamilyStore,
  NextScheduledPayment,
} from '../../core/families/family.ts';
import { rowLimit } from '../literals.ts';
import { askedColumn, askedList, rowsByPosition } from '../asked-list.ts';
import { LookupBatch } from '../lookup-batch.ts';
import { preparedQuery } from '../prepared-query.ts';
import type { Database } from '../schema.ts';
import type { StorageAdapter } from '../adapter.ts';

// The family balance reads (v1 and native): built once, each the family, its members' totals and
// its next scheduled payment in one statement, so a balance costs one round trip. The totals are
// summed by the database: one row per family instead of one per member account (on SQLite the
// statement took 16 µs instead of 23 with the rows to decode and add up).
const familyColumns = [
  'f.id as family_id',
  'f.organization_id as family_organization_id',
  'f.name as family_name',
  'f.currency as family_currency',
  'f.created_at as family_created_at',
] as const;
const familyById = preparedQuery((db, v: { organizationId: string; familyId: string }) =>
  db
    .selectFrom('families as f')
    .select(familyColumns)
    .where('f.organization_id', '=', v.organizationId)
    .where('f.id', '=', v.familyId),
);
type FamilyValues = { organizationId: string; familyId: string; fromDate: string };

/**
 * The accounts, in the family's currency, of the family's current members. CROSS JOIN keeps
 * SQLite's join order: members first, then each member's accounts by index.
 */
function memberAccountIdsOf(db: Kysely<Database>, v: FamilyValues) {
  return db
    .selectFrom('family_members as nm')
    .crossJoin('accounts as na')
    .select('na.id')
    .whereRef('na.customer_id', '=', 'nm.customer_id')
    .where('nm.organization_id', '=', v.organizationId)
    .where('nm.family_id', '=', v.familyId)
    .where('na.organization_id', '=', v.organizationId)
    .where('na.currency', '=', (inner) =>
      inner
        .selectFrom('families as nf')
        .select('nf.currency')
        .where('nf.organization_id', '=', v.organizationId)
        .where('nf.id', '=', v.familyId),
    );
}

type NextScheduledRow = { next_date: string | null; next_amount_minor: string | number | bigint | null };
const toNextScheduled = (row: NextScheduledRow): NextScheduledPayment | null =>
  row.next_date === null || row.next_amount_minor === null
    ? null
    : { date: row.next_date, amountMinor: BigInt(row.next_amount_minor) };

/** A sum as each engine returns it: SQLite an integer, PostgreSQL's numeric as text. */
type Amount = string | number | bigint;

// LEFT JOIN keeps SQLite's join order (the family, its members, each member's accounts by
// index) and a row for a family without members. Left to itself, SQLite's planner walked the
// organization's accounts (471 ms at a million) and probed each for membership. Grouped by the
// family's key, an unknown family has no row.
function familyTotals(db: Kysely<Database>, v: FamilyValues) {
  return db
    .selectFrom('families as f')
    .leftJoin('family_members as m', (join) =>
      join.onRef('m.family_id', '=', 'f.id').on('m.organization_id', '=', v.organizationId),
    )
    .leftJoin('accounts', (join) =>
      join
        .onRef('accounts.customer_id', '=', 'm.customer_id')
        .on('accounts.organization_id', '=', v.organizationId)
        .onRef('accounts.currency', '=', 'f.currency'),
    )
    .select(familyColumns)
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<Amount>('accounts.charged_minor'), eb.lit(0)).as('charged_minor'),
      eb.fn.coalesce(eb.fn.sum<Amount>('accounts.credited_minor'), eb.lit(0)).as('credited_minor'),
    ])
    .where('f.organization_id', '=', v.organizationId)
    .where('f.id', '=', v.familyId)
    .groupBy('f.id');
}
// At a point: the entry that marks it, the members of the period then, and each of their
// accounts' figures from its last entry below the point (the account's entries by sequence are
// an index), summed. A customer has one period at any point, so an account counts once.
function familyAtPoint(db: Kysely<Database>, v: FamilyValues & { entryPublicId: string }) {
  return db
    .selectFrom('families as f')
    .leftJoin('entries as point', (join) =>
      join.on('point.organization_id', '=', v.organizationId).on('point.public_id', '=', v.entryPublicId),
    )
    .leftJoin('family_membership_periods as p', (join) =>
      join
        .onRef('p.family_id', '=', 'f.id')
        .on('p.organization_id', '=', v.organizationId)
        .onRef('p.joined_after_sequence', '<', 'point.sequence')
        .on((eb) =>
          eb.or([eb('p.left_after_sequence', 'is', null), eb('p.left_after_sequence', '>=', eb.ref('point.sequence'))]),
        ),
    )
    .leftJoin('accounts', (join) =>
      join
        .onRef('accounts.customer_id', '=', 'p.customer_id')
        .on('accounts.organization_id', '=', v.organizationId)
        .onRef('accounts.currency', '=', 'f.currency'),
    )
    .select(familyColumns)
    .select('point.sequence as point_sequence')
    .where('f.organization_id', '=', v.organizationId)
    .where('f.id', '=', v.familyId)
    .groupBy(['f.id', 'point.sequence']);
}

/** The member accounts' figures from each one's last entry below the point, as two subqueries (SQLite has no LATERAL). */
function familyFiguresBeforeRows(db: Kysely<Database>, v: FamilyValues & { entryPublicId: string }) {
  return familyAtPoint(db, v).select((eb) => {
    const lastBefore = (column: 'charged_after_minor' | 'credited_after_minor') =>
      eb
        .selectFrom('entries as e')
        .select(`e.${column}`)
        .whereRef('e.account_id', '=', 'accounts.id')
        .whereRef('e.sequence', '<', 'point.sequence')
        .orderBy('e.sequence', 'desc')
        .limit(rowLimit(1));
    return [
      eb.fn.sum<Amount>(eb.fn.coalesce(lastBefore('charged_after_minor'), eb.lit(0))).as('charged_minor'),
      eb.fn.sum<Amount>(eb.fn.coalesce(lastBefore('credited_after_minor'), eb.lit(0))).as('credited_minor'),
    ];
  });
}

/** The same figures with the last entry found once per account, by a LATERAL look-up (PostgreSQL). */
function familyFiguresBeforeRowsLateral(db: Kysely<Database>, v: FamilyValues & { entryPublicId: string }) {
  return familyAtPoint(db, v)
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('entries as e')
          .select(['e.charged_after_minor', 'e.credited_after_minor'])
          .whereRef('e.account_id', '=', 'accounts.id')
          .whereRef('e.sequence', '<', 'point.sequence')
          .orderBy('e.sequence', 'desc')
          .limit(rowLimit(1))
          .as('last'),
      (join) => join.onTrue(),
    )
    .select((eb) => [
      eb.fn.sum<Amount>(eb.fn.coalesce('last.charged_after_minor', eb.lit(0))).as('charged_minor'),
      eb.fn.sum<Amount>(eb.fn.coalesce('last.credited_after_minor', eb.lit(0))).as('credited_minor'),
    ]);
}

// The next scheduled payment, joined to every row of a family statement: the SCHEDULED payments
// from `fromDate` on of the accounts (in the family's currency) of the family's current members,
// summed by date, the earliest date kept (no row: none ahead). For one family it refers to no
// row of the outer statement, so SQLite materializes it once and PostgreSQL runs it once; for a
// batch it is a LATERAL look-up per asked family. As two scalar columns (the earliest date, then
// the sum on the date found by the same subquery again) SQLite ran the member accounts' look-up
// three times and took half as long again (42 against 28 µs per statement).
const nextScheduledOf = (db: Kysely<Database>, v: FamilyValues) =>
  db
    .selectFrom('scheduled_payments as due')
    .select((eb) => [
      'due.date as next_date',
      eb.fn.sum<string | number | bigint>('due.amount_minor').as('next_amount_minor'),
    ])
    .where('due.organization_id', '=', v.organizationId)
    .where('due.account_id', 'in', memberAccountIdsOf(db, v))
    .where('due.status', '=', 'SCHEDULED')
    .where('due.date', '>=', v.fromDate)
    .groupBy('due.date')
    .orderBy('due.date')
    .limit(rowLimit(1))
    .as('next');

const familyFiguresQuery = preparedQuery((db, v: FamilyValues) =>
  familyTotals(db, v)
    .leftJoin(nextScheduledOf(db, v), (join) => join.onTrue())
    .select(['next.next_date', 'next.next_amount_minor']),
);
const familyFiguresBeforeQuery = preparedQuery((db, v: FamilyValues & { entryPublicId: string }) =>
  familyFiguresBeforeRows(db, v)
    .leftJoin(nextScheduledOf(db, v), (join) => join.onTrue())
    .select(['next.next_date', 'next.next_amount_minor']),
);

// The same statements for several families of one organization at once, on PostgreSQL (a
// LookupBatch's statement, see asked-list.ts). The lists go in as arrays: pg writes them as array
// literals with each element quoted.
type BatchGroup = { organizationId: string; fromDate: string };

const familiesFiguresQuery = preparedQuery((db, v: BatchGroup & { familyIds: string[] }) => {
  const family = { organizationId: v.organizationId, fromDate: v.fromDate, familyId: askedColumn<string>('family_id') };
  return db
    .selectFrom(askedList<{ family_id: string }>([['family_id', 'text', v.familyIds]]))
    .leftJoinLateral(nextScheduledOf(db, family), (join) => join.onTrue())
    .innerJoinLateral(familyTotals(db, family).as('family'), (join) => join.onTrue())
    .selectAll('family')
    .select(['next.next_date', 'next.next_amount_minor', 'asked.position as asked_position']);
});
const familiesFiguresBeforeQuery = preparedQuery(
  (db, v: BatchGroup & { familyIds: string[]; entryPublicIds: string[] }) => {
    const family = {
      organizationId: v.organizationId,
      fromDate: v.fromDate,
      familyId: askedColumn<string>('family_id'),
      entryPublicId: askedColumn<string>('entry_id'),
    };
    return db
      .selectFrom(
        askedList<{ family_id: string; entry_id: string }>([
          ['family_id', 'text', v.familyIds],
          ['entry_id', 'text', v.entryPublicIds],
        ]),
      )
      .leftJoinLateral(nextScheduledOf(db, family), (join) => join.onTrue())
      .innerJoinLateral(familyFiguresBeforeRowsLateral(db, family).as('family'), (join) => join.onTrue())
      .selectAll('family')
      .select(['next.next_date', 'next.next_amount_minor', 'asked.position as asked_position']);
  },
);

type FamilyRow = {
  family_id: string;
  family_organization_id: string;
  family_name: string;
  family_currency: string;
  family_created_at: string;
};
const toFamily = (row: FamilyRow): Family => ({
  id: row.family_id,
  organizationId: row.family_organization_id,
  name: row.family_name,
  currency: row.family_currency,
  createdAt: row.family_created_at,
});

type FamilyTotalsRow = FamilyRow & NextScheduledRow & { charged_minor: Amount; credited_minor: Amount };

function toFamilyFigures(row: FamilyTotalsRow): FamilyFigures {
  return {
    family: toFamily(row),
    totals: { chargedMinor: BigInt(row.charged_minor), creditedMinor: BigInt(row.credited_minor) },
    next: toNextScheduled(row),
  };
}

function toFamilyFiguresBefore(row: FamilyTotalsRow & { point_sequence: unknown }): FamilyFiguresBefore {
  return { ...toFamilyFigures(row), pointFound: row.point_sequence !== null };
}

export class KyselyFamilyStore implements FamilyStore {
  /**
   * Where statements are round trips (PostgreSQL, outside a transaction): concurrent balance reads
   * share one. A batch's group is the organization and the date the next scheduled payment looks
   * ahead from.
   */
  private readonly balances:
    | {
        now: LookupBatch<BatchGroup, string, FamilyFigures>;
        before: LookupBatch<BatchGroup, { familyId: string; entryPublicId: string }, FamilyFiguresBefore>;
      }
    | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: StorageAdapter,
    options: { batchLookups: boolean } = { batchLookups: false },
  ) {
    this.balances = options.batchLookups
      ? {
          now: new LookupBatch(async (group, familyIds) => {
            const { rows } = await familiesFiguresQuery(this.db, { ...group, familyIds: [...familyIds] });
            return rowsByPosition(rows, familyIds.length, (row) => row.asked_position).map(
              ([found]) => found && toFamilyFigures(found),
            );
          }),
          before: new LookupBatch(async (group, points) => {
            const { rows } = await familiesFiguresBeforeQuery(this.db, {
              ...group,
              familyIds: points.map((point) => point.familyId),
              entryPublicIds: points.map((point) => point.entryPublicId),
            });
            return rowsByPosition(rows, points.length, (row) => row.asked_position).map(
              ([found]) => found && toFamilyFiguresBefore(found),
            );
          }),
        }
      : undefined;
  }

  async insert(family: Family): Promise<void> {
    await this.db
      .insertInto('families')
      .values({
        id: family.id,
        organization_id: family.organizationId,
        name: family.name,
        currency: family.currency,
        created_at: family.createdAt,
      })
      .execute();
  }

  async findById(organizationId: string, familyId: string): Promise<Family | undefined> {
    const [row] = (await familyById(this.db, { organizationId, familyId })).rows;
    return row && toFamily(row);
  }

  async findCustomer(organizationId: string, customerPublicId: string): Promise<FamilyCustomer | undefined> {
    const row = await this.db
      .selectFrom('customers')
      .select(['id', 'number', 'name'])
      .where('organization_id', '=', organizationId)
      .where('id', '=', customerPublicId)
      .executeTakeFirst();
    return row && { id: row.id, number: BigInt(row.number), name: row.name };
  }

  async familyOf(organizationId: string, customerPublicId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('family_members')
      .select('family_id')
      .where('organization_id', '=', organizationId)
      .where('customer_id', '=', customerPublicId)
      .executeTakeFirst();
    return row?.family_id;
  }

  async members(organizationId: string, familyId: string): Promise<FamilyMember[]> {
    const rows = await this.db
      .selectFrom('family_members')
      .innerJoin('customers', 'customers.id', 'family_members.customer_id')
      .select([
        'family_members.family_id',
        'family_members.customer_id',
        'family_members.added_at',
        'customers.number',
        'customers.name',
      ])
      .where('family_members.organization_id', '=', organizationId)
      .where('family_members.family_id', '=', familyId)
      .orderBy('family_members.added_at')
      .orderBy('family_members.customer_id')
      .execute();
    return rows.map((row) => ({
      familyId: row.family_id,
      customerPublicId: row.customer_id,
      customerNumber: BigInt(row.number),
      customerName: row.name,
      addedAt: row.added_at,
    }));
  }

  async memberCount(organizationId: string, familyId: string): Promise<number> {
    const row = await this.db
      .selectFrom('family_members')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('organization_id', '=', organizationId)
      .where('family_id', '=', familyId)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async accountCurrencies(organizationId: string, customerPublicId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('accounts')
      .select('currency')
      .distinct()
      .where('organization_id', '=', organizationId)
      .where('customer_id', '=', customerPublicId)
      .execute();
    return rows.map((row) => row.currency);
  }

  async addMember(member: {
    organizationId: string;
    familyId: string;
    customerPublicId: string;
    at: string;
    ledgerPosition: bigint;
  }): Promise<void> {
    await this.db
      .insertInto('family_members')
      .values({
        organization_id: member.organizationId,
        family_id: member.familyId,
        customer_id: member.customerPublicId,
        added_at: member.at,
      })
      .execute();
    await this.db
      .insertInto('family_membership_periods')
      .values({
        organization_id: member.organizationId,
        family_id: member.familyId,
        customer_id: member.customerPublicId,
        joined_after_sequence: member.ledgerPosition,
        left_after_sequence: null,
        joined_at: member.at,
        left_at: null,
      })
      .execute();
  }

  async removeMember(member: {
    organizationId: string;
    familyId: string;
    customerPublicId: string;
    at: string;
    ledgerPosition: bigint;
  }): Promise<boolean> {
    const deleted = await this.db
      .deleteFrom('family_members')
      .where('organization_id', '=', member.organizationId)
      .where('family_id', '=', member.familyId)
      .where('customer_id', '=', member.customerPublicId)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) return false;
    await this.db
      .updateTable('family_membership_periods')
      .set({ left_after_sequence: member.ledgerPosition, left_at: member.at })
      .where('organization_id', '=', member.organizationId)
      .where('family_id', '=', member.familyId)
      .where('customer_id', '=', member.customerPublicId)
      .where('left_after_sequence', 'is', null)
      .execute();
    return true;
  }

  async familyFigures(organizationId: string, familyId: string, fromDate: string): Promise<FamilyFigures | undefined> {
    if (this.balances) return this.balances.now.load({ organizationId, fromDate }, familyId);
    const [row] = (await familyFiguresQuery(this.db, { organizationId, familyId, fromDate })).rows;
    return row && toFamilyFigures(row);
  }

  async familyFiguresBefore(
    organizationId: string,
    familyId: string,
    entryPublicId: string,
    fromDate: string,
  ): Promise<FamilyFiguresBefore | undefined> {
    if (this.balances) return this.balances.before.load({ organizationId, fromDate }, { familyId, entryPublicId });
    const [row] = (await familyFiguresBeforeQuery(this.db, { organizationId, familyId, entryPublicId, fromDate })).rows;
    return row && toFamilyFiguresBefore(row);
  }
}
