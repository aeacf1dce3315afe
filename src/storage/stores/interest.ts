/** Interest coverage and the reads of a run's interest pass (see src/core/interest/interest-store.ts). */
import { type Kysely, sql } from 'kysely';
import type {
  InterestAccount,
  InterestCharge,
  InterestSettlement,
  InterestStore,
  NewInterestCoverage,
} from '../../core/interest/interest-store.ts';
import { fixed, rowLimit } from '../literals.ts';
import type { Database } from '../schema.ts';
import { interestAccountColumns, toInterestAccount } from './accounts.ts';

/** Kinds that never bear interest: interest on fees and on interest is not charged, refunds and reversals are no debt. */
const NO_INTEREST_KINDS = ['FEE', 'INTEREST', 'REFUND', 'REVERSAL'];

export class KyselyInterestStore implements InterestStore {
  constructor(private readonly db: Kysely<Database>) {}

  async anyTemplateWithInterest(organizationId: string): Promise<boolean> {
    // A cheap look before paging through every account: most organizations charge no interest.
    const row = await this.db
      .selectFrom('account_templates')
      .select('name')
      .where('organization_id', '=', organizationId)
      .where('dunning_policy', 'like', '%"interest"%')
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  async listAccounts(organizationId: string, afterId: number, limit: number): Promise<InterestAccount[]> {
    const rows = await this.db
      .selectFrom('accounts')
      .select(interestAccountColumns)
      .where('organization_id', '=', organizationId)
      .where('id', '>', BigInt(afterId))
      .where('dunning_exempt', '=', 0)
      .orderBy('id')
      .limit(rowLimit(limit))
      .execute();
    return rows.map(toInterestAccount);
  }

  async chargesOf(organizationId: string, accountIds: number[], dueOnOrBefore: string): Promise<InterestCharge[]> {
    if (accountIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('entries as e')
      .select((eb) => [
        'e.id',
        'e.account_id',
        'e.due_date',
        'e.amount_minor',
        'e.open_minor',
        eb
          .selectFrom('interest_coverage as c')
          .select((c) => c.fn.max('c.last_day').as('through'))
          .whereRef('c.charge_entry_id', '=', 'e.id')
          .as('charged_through'),
      ])
      .where('e.organization_id', '=', organizationId)
      .where(
        'e.account_id',
        'in',
        accountIds.map((id) => BigInt(id)),
      )
      .where('e.type', '=', fixed('CHARGE'))
      .where('e.kind', 'not in', NO_INTEREST_KINDS)
      .where('e.reversed_by', 'is', null)
      .where('e.installment_plan_id', 'is', null)
      .where('e.due_date', '<=', dueOnOrBefore)
      .where((eb) =>
        eb.or([
          eb('e.open_minor', '>', fixed(0n)),
          // Settled after its due date: the days it stood open may not be charged yet.
          eb.exists(
            eb
              .selectFrom('allocations as a')
              .select(sql`1`.as('one'))
              .whereRef('a.charge_entry_id', '=', 'e.id')
              .where('a.released_by_entry_id', 'is', null)
              .whereRef('a.created_at', '>', 'e.due_date'),
          ),
        ]),
      )
      .orderBy('e.account_id')
      .orderBy('e.id')
      .execute();
    return rows.map((row) => ({
      entryId: Number(row.id),
      accountId: Number(row.account_id),
      dueDate: row.due_date,
      amountMinor: BigInt(row.amount_minor),
      openMinor: BigInt(row.open_minor),
      chargedThrough: (row.charged_through as string | null) ?? null,
    }));
  }

  async settlementsOf(organizationId: string, chargeEntryIds: number[]): Promise<InterestSettlement[]> {
    if (chargeEntryIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('allocations as a')
      .innerJoin('entries as credit', 'credit.id', 'a.credit_entry_id')
      .select(['a.charge_entry_id', 'a.amount_minor', 'a.created_at', 'credit.value_date'])
      .where('a.organization_id', '=', organizationId)
      .where(
        'a.charge_entry_id',
        'in',
        chargeEntryIds.map((id) => BigInt(id)),
      )
      .where('a.released_by_entry_id', 'is', null)
      .orderBy('a.id')
      .execute();
    return rows.map((row) => ({
      chargeEntryId: Number(row.charge_entry_id),
      amountMinor: BigInt(row.amount_minor),
      valueDate: row.value_date ?? null,
      bookedAt: row.created_at,
    }));
  }

  async lastBookedOn(organizationId: string, accountIds: number[]): Promise<Map<number, string>> {
    if (accountIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('interest_coverage')
      .select((eb) => ['account_id', eb.fn.max('as_of').as('last')])
      .where('organization_id', '=', organizationId)
      .where(
        'account_id',
        'in',
        accountIds.map((id) => BigInt(id)),
      )
      .groupBy('account_id')
      .execute();
    return new Map(rows.map((row) => [Number(row.account_id), row.last as string]));
  }

  async recordCoverage(rows: NewInterestCoverage[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db
      .insertInto('interest_coverage')
      .values(
        rows.map((row) => ({
          organization_id: row.organizationId,
          account_id: BigInt(row.accountId),
          charge_entry_id: BigInt(row.chargeEntryId),
          first_day: row.firstDay,
          last_day: row.lastDay,
          interest_entry_id: BigInt(row.interestEntryId),
          as_of: row.asOf,
          run_id: row.runId === null ? null : BigInt(row.runId),
          created_at: row.createdAt,
        })),
      )
      .execute();
  }
}
