/**
 * The aging report's reads. Today's totals are the sums the database keeps by currency and due
 * date (migration 0018); today's rows come from the maintained `open_minor` through the partial
 * index of open charges. A past instant replays each charge: its amount, less the
 * allocations made before the instant and not released before it (a release is the reversal
 * entry's booking), plus the open-amount moves before it (installment plans); a charge booked
 * at or after the instant is not there, one reversed before it is open no more.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { AgingChargeRow, AgingDueSum, AgingStore } from '../../core/reports/aging-store.ts';
import { rowLimit } from '../literals.ts';
import type { StorageAdapter } from '../adapter.ts';
import type { Database } from '../schema.ts';
import { accountColumnsSql, reportAccountColumns } from './accounts.ts';

const toBigInt = (value: unknown): bigint => BigInt((value as bigint | string | number | null) ?? 0);

/** Each charge of the accounts in a range as it stood before `before`, with its open amount then as `open_minor`. */
function chargesAt(
  organizationId: string,
  before: string,
  accountRange: { fromId: number; toId: number; organizationTerm: RawBuilder<unknown> },
): RawBuilder<unknown> {
  const range = sql`and e.account_id between ${BigInt(accountRange.fromId)} and ${BigInt(accountRange.toId)}`;
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
    where ${accountRange.organizationTerm} = ${organizationId} ${range}
      and e.type = 'CHARGE' and e.reversal_of is null
      and e.booked_at < ${before}
      and (e.reversed_by is null or rev.booked_at >= ${before})`;
}

export class KyselyAgingStore implements AgingStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: StorageAdapter,
  ) {}

  async openByCurrencyAndDueDate(organizationId: string, before: string | null): Promise<AgingDueSum[]> {
    if (before === null) {
      const rows = await sql<Record<string, unknown>>`
        select currency, due_date, open_minor from open_amounts_by_due
        where organization_id = ${organizationId} and open_minor <> 0`.execute(this.db);
      return rows.rows.map((row) => ({
        currency: String(row.currency),
        dueDate: String(row.due_date),
        openMinor: toBigInt(row.open_minor),
      }));
    }
    // Every currency that ever had a charge keeps a row of sums, so this lists them cheaply.
    const currencies = await this.db
      .selectFrom('open_amounts_by_due')
      .select('currency')
      .distinct()
      .where('organization_id', '=', organizationId)
      .execute();
    const sums: AgingDueSum[] = [];
    for (const { currency } of currencies) {
      const byDueDate = await this.openByDueDateAt(organizationId, before, currencies.length === 1 ? null : currency);
      for (const [dueDate, openMinor] of byDueDate) if (openMinor !== 0n) sums.push({ currency, dueDate, openMinor });
    }
    return sums;
  }

  /**
   * The replay summed by due date in three passes — the charges' amounts, less the allocations
   * live at the instant, plus the moves before it — instead of one charge at a time: each pass is
   * one scan grouped by due date, not two look-ups per charge. Summing per due date rather than
   * per charge is exact because no charge's open amount is ever below 0. `currency` null: the
   * organization has one, and no account needs reading.
   */
  private async openByDueDateAt(
    organizationId: string,
    before: string,
    currency: string | null,
  ): Promise<Map<string, bigint>> {
    const inCurrency =
      currency === null
        ? sql``
        : sql`and e.account_id in (select id from accounts where organization_id = ${organizationId} and currency = ${currency})`;
    // A charge the report counts: booked before the instant, not reversed before it.
    const counted = sql`e.organization_id = ${organizationId} and e.type = 'CHARGE' and e.reversal_of is null
      and e.booked_at < ${before} and (e.reversed_by is null or rev.booked_at >= ${before}) ${inCurrency}`;
    const passes = [
      sql<Record<string, unknown>>`
        select e.due_date, sum(e.amount_minor) as amount from entries e
        left join entries rev on rev.id = e.reversed_by
        where ${counted} group by e.due_date`,
      sql<Record<string, unknown>>`
        select e.due_date, -sum(al.amount_minor) as amount from allocations al
        join entries e on e.id = al.charge_entry_id
        left join entries rev on rev.id = e.reversed_by
        left join entries rel on rel.id = al.released_by_entry_id
        where al.organization_id = ${organizationId} and al.created_at < ${before}
          and (al.released_by_entry_id is null or rel.booked_at >= ${before}) and ${counted}
        group by e.due_date`,
      sql<Record<string, unknown>>`
        select e.due_date, sum(m.delta_minor) as amount from open_amount_moves m
        join entries e on e.id = m.entry_id
        left join entries rev on rev.id = e.reversed_by
        where m.organization_id = ${organizationId} and m.moved_at < ${before} and ${counted}
        group by e.due_date`,
    ];
    const byDueDate = new Map<string, bigint>();
    for (const pass of passes) {
      for (const row of (await pass.execute(this.db)).rows) {
        const dueDate = String(row.due_date);
        byDueDate.set(dueDate, (byDueDate.get(dueDate) ?? 0n) + toBigInt(row.amount));
      }
    }
    return byDueDate;
  }

  /**
   * The organization's term where charges are reached by account ids: kept off the indexes, so the
   * planner walks the accounts' charges (entries_open_charges, entries_by_account_due) instead of
   * every entry of the organization (at 10M entries: 3 s a page on SQLite before, milliseconds after).
   */
  private byAccounts(): RawBuilder<unknown> {
    return this.adapter.offIndex('e.organization_id');
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
              where ${this.byAccounts()} = ${organizationId} and e.account_id = ${BigInt(accountId)} and e.type = 'CHARGE' and e.open_minor > 0`
        : chargesAt(organizationId, before, {
            fromId: accountId,
            toId: accountId,
            organizationTerm: this.byAccounts(),
          });
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
              where ${this.byAccounts()} = ${organizationId} and e.account_id between ${BigInt(fromId)} and ${BigInt(toId)}
                and e.type = 'CHARGE' and e.open_minor > 0`
        : chargesAt(organizationId, before, { fromId, toId, organizationTerm: this.byAccounts() });
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
