import type { Kysely } from 'kysely';
import type {
  ChargedAndCredited,
  Family,
  FamilyCustomer,
  FamilyMember,
  FamilyStore,
  MemberAccount,
} from '../../core/families/family.ts';
import { rowLimit } from '../literals.ts';
import { preparedQuery } from '../prepared-query.ts';
import type { Database } from '../schema.ts';
import type { StorageAdapter } from '../adapter.ts';
import { joinedAccountColumns, memberAccountColumns, toMemberAccount } from './accounts.ts';

// The family balance reads (v1 and native): built once.
const familyById = preparedQuery((db, v: { organizationId: string; familyId: string }) =>
  db.selectFrom('families').selectAll().where('organization_id', '=', v.organizationId).where('id', '=', v.familyId),
);
// CROSS JOIN keeps SQLite's join order: members first, then each member's accounts by index.
// Left to itself, SQLite's planner walked the organization's accounts (471 ms at a million)
// and probed each for membership; PostgreSQL plans CROSS JOIN with conditions like INNER JOIN.
const memberAccountsNow = preparedQuery((db, v: { organizationId: string; familyId: string; currency: string }) =>
  db
    .selectFrom('family_members')
    .crossJoin('accounts')
    .whereRef('accounts.customer_id', '=', 'family_members.customer_id')
    .select(joinedAccountColumns(memberAccountColumns))
    .where('family_members.organization_id', '=', v.organizationId)
    .where('family_members.family_id', '=', v.familyId)
    .where('accounts.organization_id', '=', v.organizationId)
    .where('accounts.currency', '=', v.currency)
    .orderBy('accounts.id'),
);
// Each account's figures just before the sequence come from its last entry below it (the
// account's entries by sequence are an index); the members are those of the period then.
const memberFiguresBeforeQuery = preparedQuery(
  (db, v: { organizationId: string; familyId: string; currency: string; sequence: bigint }) =>
    db
      .selectFrom('accounts')
      .select((eb) => {
        const lastBefore = (column: 'charged_after_minor' | 'credited_after_minor') =>
          eb
            .selectFrom('entries as e')
            .select(`e.${column}`)
            .whereRef('e.account_id', '=', 'accounts.id')
            .where('e.sequence', '<', v.sequence)
            .orderBy('e.sequence', 'desc')
            .limit(rowLimit(1));
        return [
          eb.fn.coalesce(lastBefore('charged_after_minor'), eb.lit(0)).as('charged_minor'),
          eb.fn.coalesce(lastBefore('credited_after_minor'), eb.lit(0)).as('credited_minor'),
        ];
      })
      .where('accounts.organization_id', '=', v.organizationId)
      .where('accounts.currency', '=', v.currency)
      .where('accounts.customer_id', 'in', (eb) =>
        eb
          .selectFrom('family_membership_periods as p')
          .select('p.customer_id')
          .where('p.organization_id', '=', v.organizationId)
          .where('p.family_id', '=', v.familyId)
          .where('p.joined_after_sequence', '<', v.sequence)
          .where((period) =>
            period.or([period('p.left_after_sequence', 'is', null), period('p.left_after_sequence', '>=', v.sequence)]),
          ),
      ),
);
const sequenceOfEntry = preparedQuery((db, v: { organizationId: string; publicId: string }) =>
  db
    .selectFrom('entries')
    .select('sequence')
    .where('public_id', '=', v.publicId)
    .where('organization_id', '=', v.organizationId),
);

export class KyselyFamilyStore implements FamilyStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: StorageAdapter,
  ) {}

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
    return (
      row && {
        id: row.id,
        organizationId: row.organization_id,
        name: row.name,
        currency: row.currency,
        createdAt: row.created_at,
      }
    );
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

  async currentMemberAccounts(organizationId: string, familyId: string, currency: string): Promise<MemberAccount[]> {
    // One statement: the figures of all member accounts come from one snapshot.
    const { rows } = await memberAccountsNow(this.db, { organizationId, familyId, currency });
    return rows.map(toMemberAccount);
  }

  async memberFiguresBefore(
    organizationId: string,
    familyId: string,
    currency: string,
    sequence: bigint,
  ): Promise<ChargedAndCredited[]> {
    const { rows } = await memberFiguresBeforeQuery(this.db, { organizationId, familyId, currency, sequence });
    return rows.map((row) => ({ chargedMinor: BigInt(row.charged_minor), creditedMinor: BigInt(row.credited_minor) }));
  }

  async entrySequence(organizationId: string, publicId: string): Promise<bigint | undefined> {
    const [row] = (await sequenceOfEntry(this.db, { organizationId, publicId })).rows;
    return row && BigInt(row.sequence);
  }
}
