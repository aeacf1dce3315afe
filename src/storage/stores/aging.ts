/**
 * The aging report's reads. Today's figures come from the maintained `open_minor` through the
 * partial index of open charges. A past instant replays each charge: its amount, less the
 * allocations made before the instant and not released before it (a release is the reversal
 * entry's booking), plus the open-amount moves before it (installment plans); a charge booked
 * at or after the instant is not there, one reversed before it is open no more.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { AgingChargeRow, AgingDueSum, AgingStore } from '../../core/reports/aging-store.ts';
import { rowLimit } from '../literals.ts';
import type { Database } from '../schema.ts';
import { accountColumnsSql, reportAccountColumns } from './accounts.ts';

const toBigInt = (value: unknown): bigint => BigInt((value as bigint | string | number | null) ?? 0);

/** Each charge of the organization as it stood before `before`, with its open amount as `open_minor`. */
function chargesAt(
  organizationId: string,
  before: string,
  accountRange: { fromId: number; toId: number } | null,
): RawBuilder<unknown> {
  const range =
    accountRange === null
      ? sql``
      : sql`and e.account_id between ${BigInt(accountRange.fromId)} and ${BigInt(accountRange.toId)}`;
  return sql`
    select e.id, e.account_id, e.due_date,
      e.amount_minor
      - coalesce((select sum(al.amount_minor) from allocations al
                  left join entries rel on rel.id = al.released_by_entry_id
                  where al.charge_entry_id = e.id and al.created_at < ${before}
                    and (al.released_by_entry_id is null or rel.booked_at >= ${before})), 0)
      + coalesce((select sum(m.delta_minor) from open_amount_moves m
                  where m.entry_id = e.id and m.moved_at < ${before}), 0) as open_minor
    from entries e
    left join entries rev on rev.id = e.reversed_by
    where e.organization_id = ${organizationId} ${range}
      and e.type = 'CHARGE' and e.reversal_of is null
      and e.booked_at < ${before}
      and (e.reversed_by is null or rev.booked_at >= ${before})`;
}

export class KyselyAgingStore implements AgingStore {
  constructor(private readonly db: Kysely<Database>) {}

  async openByCurrencyAndDueDate(organizationId: string, before: string | null): Promise<AgingDueSum[]> {
    const rows =
      before === null
        ? await sql<Record<string, unknown>>`
            select a.currency, e.due_date, sum(e.open_minor) as open_minor
            from entries e join accounts a on a.id = e.account_id
            where e.organization_id = ${organizationId} and e.type = 'CHARGE' and e.open_minor > 0
            group by a.currency, e.due_date`.execute(this.db)
        : await sql<Record<string, unknown>>`
            select a.currency, c.due_date, sum(c.open_minor) as open_minor
            from (${chargesAt(organizationId, before, null)}) c join accounts a on a.id = c.account_id
            where c.open_minor > 0
            group by a.currency, c.due_date`.execute(this.db);
    return rows.rows.map((row) => ({
      currency: String(row.currency),
      dueDate: String(row.due_date),
      openMinor: toBigInt(row.open_minor),
    }));
  }

  async accountIds(organizationId: string, afterId: number, limit: number): Promise<number[]> {
    const rows = await this.db
      .selectFrom('accounts')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('id', '>', BigInt(afterId))
      .orderBy('id')
      .limit(rowLimit(limit))
      .execute();
    return rows.map((row) => Number(row.id));
  }

  async openChargesOfAccount(
    organizationId: string,
    accountId: number,
    before: string | null,
    limit: number,
  ): Promise<Array<{ entryId: number; openMinor: bigint }>> {
    const charges =
      before === null
        ? sql`select e.id, e.due_date, e.open_minor from entries e
              where e.organization_id = ${organizationId} and e.account_id = ${BigInt(accountId)} and e.type = 'CHARGE' and e.open_minor > 0`
        : chargesAt(organizationId, before, { fromId: accountId, toId: accountId });
    const rows = await sql<Record<string, unknown>>`
      select c.id, c.open_minor from (${charges}) c where c.open_minor > 0 order by c.due_date, c.id limit ${limit}`.execute(
      this.db,
    );
    return rows.rows.map((row) => ({ entryId: Number(row.id), openMinor: toBigInt(row.open_minor) }));
  }

  async openChargesBetween(
    organizationId: string,
    fromId: number,
    toId: number,
    before: string | null,
  ): Promise<AgingChargeRow[]> {
    const charges =
      before === null
        ? sql`select e.id, e.account_id, e.due_date, e.open_minor from entries e
              where e.organization_id = ${organizationId} and e.account_id between ${BigInt(fromId)} and ${BigInt(toId)}
                and e.type = 'CHARGE' and e.open_minor > 0`
        : chargesAt(organizationId, before, { fromId, toId });
    const rows = await sql<Record<string, unknown>>`
      select c.account_id, ${accountColumnsSql(reportAccountColumns, 'a')}, cu.number as customer_number, cu.name as customer_name, c.due_date, c.open_minor
      from (${charges}) c
      join accounts a on a.id = c.account_id
      join customers cu on cu.id = a.customer_id
      where c.open_minor > 0
      order by c.account_id, c.due_date, c.id`.execute(this.db);
    return rows.rows.map((row) => ({
      accountId: Number(row.account_id),
      accountPublicId: String(row.uuid),
      customerNumber: String(row.customer_number),
      customerName: String(row.customer_name),
      currency: String(row.currency),
      dueDate: String(row.due_date),
      openMinor: toBigInt(row.open_minor),
    }));
  }
}
