// Today's aging totals without reading every open charge: the open amounts of each organization's
// charges summed by (currency, due date), kept by the database itself. Triggers on `entries` add
// every change of a charge's open amount (a new charge, a settlement, a release, a reversal, an
// installment move) in the transaction that makes it, whichever code path writes the row, so the
// sums cannot drift from the rows they sum. An organization has a few thousand due dates, not
// millions of charges: the report reads those rows. Existing charges are summed once here.
import { type Kysely, sql } from 'kysely';
import { isPostgres } from './column-types.ts';

/** SQLite's triggers run per row: each adds one charge's change to its sum. */
const SQLITE_TRIGGERS = [
  `create trigger open_amounts_by_due_on_insert after insert on entries
      when new.type = 'CHARGE' and new.open_minor <> 0
      begin
        insert into open_amounts_by_due (organization_id, currency, due_date, open_minor)
        values (new.organization_id, (select currency from accounts where id = new.account_id), new.due_date, new.open_minor)
        on conflict (organization_id, currency, due_date) do update set open_minor = open_minor + excluded.open_minor;
      end`,
  `create trigger open_amounts_by_due_on_update after update of open_minor on entries
      when new.type = 'CHARGE' and new.open_minor <> old.open_minor
      begin
        insert into open_amounts_by_due (organization_id, currency, due_date, open_minor)
        values (new.organization_id, (select currency from accounts where id = new.account_id), new.due_date,
                new.open_minor - old.open_minor)
        on conflict (organization_id, currency, due_date) do update set open_minor = open_minor + excluded.open_minor;
      end`,
  `create trigger open_amounts_by_due_on_delete after delete on entries
      when old.type = 'CHARGE' and old.open_minor <> 0
      begin
        insert into open_amounts_by_due (organization_id, currency, due_date, open_minor)
        values (old.organization_id, (select currency from accounts where id = old.account_id), old.due_date, -old.open_minor)
        on conflict (organization_id, currency, due_date) do update set open_minor = open_minor + excluded.open_minor;
      end`,
];

/**
 * PostgreSQL sums a whole statement's rows at once (transition tables), in key order, so that
 * concurrent transactions take the sums' row locks in one order.
 */
function postgresFunction(name: string, changes: string): string {
  return `create function ${name}() returns trigger language plpgsql as $body$
    begin
      insert into open_amounts_by_due as sums (organization_id, currency, due_date, open_minor)
      select c.organization_id, a.currency, c.due_date, sum(c.delta)
      from (${changes}) c join accounts a on a.id = c.account_id
      group by c.organization_id, a.currency, c.due_date
      having sum(c.delta) <> 0
      order by c.organization_id, a.currency, c.due_date
      on conflict (organization_id, currency, due_date) do update set open_minor = sums.open_minor + excluded.open_minor;
      return null;
    end
  $body$`;
}

const POSTGRES_TRIGGERS = [
  postgresFunction(
    'open_amounts_by_due_on_insert',
    `select organization_id, account_id, due_date, open_minor as delta from new_rows
     where type = 'CHARGE' and open_minor <> 0`,
  ),
  postgresFunction(
    'open_amounts_by_due_on_update',
    `select n.organization_id, n.account_id, n.due_date, n.open_minor - o.open_minor as delta
     from new_rows n join old_rows o on o.id = n.id
     where n.type = 'CHARGE' and n.open_minor <> o.open_minor`,
  ),
  postgresFunction(
    'open_amounts_by_due_on_delete',
    `select organization_id, account_id, due_date, -open_minor as delta from old_rows
     where type = 'CHARGE' and open_minor <> 0`,
  ),
  `create trigger open_amounts_by_due_on_insert after insert on entries
      referencing new table as new_rows for each statement execute function open_amounts_by_due_on_insert()`,
  `create trigger open_amounts_by_due_on_update after update on entries
      referencing old table as old_rows new table as new_rows for each statement
      execute function open_amounts_by_due_on_update()`,
  `create trigger open_amounts_by_due_on_delete after delete on entries
      referencing old table as old_rows for each statement execute function open_amounts_by_due_on_delete()`,
];

const OPERATIONS = ['insert', 'update', 'delete'] as const;

/**
 * The statements that keep the sums, for an engine. Exported for the bench's bulk loader, which
 * writes millions of rows straight into the schema: it drops the triggers, loads, and then
 * rebuilds the sums once (SQLite's row triggers would make the load several times slower).
 */
export const openAmountSums = {
  createTriggers: (postgres: boolean): readonly string[] => (postgres ? POSTGRES_TRIGGERS : SQLITE_TRIGGERS),
  dropTriggers: (postgres: boolean): string[] =>
    OPERATIONS.flatMap((operation) =>
      postgres
        ? [
            `drop trigger if exists open_amounts_by_due_on_${operation} on entries`,
            `drop function if exists open_amounts_by_due_on_${operation}()`,
          ]
        : [`drop trigger if exists open_amounts_by_due_on_${operation}`],
    ),
  /** Sums every charge of the organizations the clause selects (`true` for all), into an empty table. */
  rebuild: (organizations: string): string => `
    insert into open_amounts_by_due (organization_id, currency, due_date, open_minor)
    select e.organization_id, a.currency, e.due_date, sum(e.open_minor)
    from entries e join accounts a on a.id = e.account_id
    where e.type = 'CHARGE' and e.open_minor <> 0 and ${organizations}
    group by e.organization_id, a.currency, e.due_date`,
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('open_amounts_by_due')
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('open_minor', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('open_amounts_by_due_key', ['organization_id', 'currency', 'due_date'])
    .execute();
  await sql.raw(openAmountSums.rebuild('true')).execute(db);
  for (const statement of openAmountSums.createTriggers(isPostgres(db))) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of openAmountSums.dropTriggers(isPostgres(db))) await sql.raw(statement).execute(db);
  await db.schema.dropTable('open_amounts_by_due').execute();
}
