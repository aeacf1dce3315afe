/**
 * The database ceiling: the statements each scenario needs, run directly with better-sqlite3 or
 * pg against Saldo's own database, without Saldo's layers (no authentication, validation, audit
 * of writes, idempotency or views; the v4 read keeps its audit insert, which that dialect requires
 * of every read). Writes keep the maintained figures, the `*_after` running
 * figures and the organization's ledger sequence consistent, so Saldo's reads stay right after a
 * baseline run. Bookings take Saldo's batched shape (baseline-batched.ts): concurrent requests
 * gathered into one transaction, one statement per table. Joins name the
 * organization on every table and use CROSS JOIN where SQLite's planner, left to itself, walked
 * every account of the organization (the large scale's million) instead of the family's few.
 */
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { LookupBatch } from '../src/storage/lookup-batch.ts';
import { BatchedCeiling, type CeilingBooking } from './baseline-batched.ts';

type Row = Record<string, unknown>;
type Query = (statement: string, parameters?: unknown[]) => Promise<Row[]>;

interface Driver {
  kind: 'sqlite' | 'postgres';
  read: Query;
  write<T>(work: (query: Query) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Bound on one SQLite commit batch, as in src/storage/group-commit.ts. */
const SQLITE_BATCH_MAX = 256;

function sqliteDriver(path: string): Driver {
  const database = new SqliteDatabase(path);
  database.defaultSafeIntegers(true);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');
  const statements = new Map<string, SqliteDatabase.Statement>();
  const query: Query = async (statement, parameters = []) => {
    let prepared = statements.get(statement);
    if (!prepared) {
      prepared = database.prepare(statement);
      statements.set(statement, prepared);
    }
    if (prepared.reader) return prepared.all(...parameters) as Row[];
    prepared.run(...parameters);
    return [];
  };
  interface Pending {
    work: (query: Query) => Promise<unknown>;
    resolve: (value: unknown) => void;
    reject: (error: unknown) => void;
  }
  const queue: Pending[] = [];
  let draining = false;
  const drain = async () => {
    draining = true;
    try {
      while (queue.length > 0) {
        await new Promise((resolve) => setImmediate(resolve));
        const batch = queue.splice(0, SQLITE_BATCH_MAX);
        const outcomes: Array<{ ok: boolean; value: unknown }> = [];
        try {
          database.exec('begin immediate');
          for (const item of batch) {
            database.exec('savepoint item');
            try {
              outcomes.push({ ok: true, value: await item.work(query) });
              database.exec('release item');
            } catch (error) {
              database.exec('rollback to item');
              database.exec('release item');
              outcomes.push({ ok: false, value: error });
            }
          }
          database.exec('commit');
        } catch (error) {
          if (database.inTransaction) database.exec('rollback');
          for (const item of batch) item.reject(error);
          continue;
        }
        batch.forEach((item, i) =>
          outcomes[i]!.ok ? item.resolve(outcomes[i]!.value) : item.reject(outcomes[i]!.value),
        );
      }
    } finally {
      draining = false;
    }
  };
  return {
    kind: 'sqlite',
    read: query,
    write: <T>(work: (query: Query) => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (!draining) void drain();
      }),
    close: async () => {
      database.close();
    },
  };
}

function postgresDriver(url: string): Driver {
  // The same pool size as Saldo's (src/storage/database.ts).
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => {});
  const numbered = (statement: string) => {
    let n = 0;
    return statement.replace(/\?/g, () => `$${++n}`);
  };
  const values = (parameters: unknown[]) => parameters.map((p) => (typeof p === 'bigint' ? p.toString() : p));
  // Named prepared statements, as Saldo runs its queries (src/storage/database.ts): parsed and
  // planned once per connection.
  const names = new Map<string, string>();
  const named = (statement: string, parameters: unknown[]) => {
    const text = numbered(statement);
    let name = names.get(text);
    if (name === undefined) names.set(text, (name = `ceiling_${names.size + 1}`));
    return { name, text, values: values(parameters) };
  };
  return {
    kind: 'postgres',
    read: async (statement, parameters = []) => (await pool.query(named(statement, parameters))).rows as Row[],
    write: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(
          async (statement, parameters = []) => (await client.query(named(statement, parameters))).rows as Row[],
        );
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

const big = (value: unknown) => BigInt(value as bigint | number | string);

export interface DatabaseCeiling {
  v1Balances(customerNumber: string): Promise<unknown>;
  v1Upcoming(customerNumber: string, offset: string, sliceSize: number, today: string): Promise<unknown>;
  v4Accounts(customerNumber: string): Promise<unknown>;
  familyBalance(familyId: string, beforeSequence: bigint | undefined, today: string): Promise<unknown>;
  postCharge(accountPublicId: string, amountMinor: bigint, dueDate: string): Promise<unknown>;
  postPayment(accountPublicId: string, amountMinor: bigint, today: string): Promise<unknown>;
  /** A batch request's bookings, booked together (with the other requests gathered meanwhile). */
  postBatch(bookings: CeilingBooking[]): Promise<unknown>;
  close(): Promise<void>;
}

const DEFAULT_ACCOUNT = `select a.id, a.currency, a.balance_minor, a.unallocated_minor, a.dunning_level, a.in_debt_collection
  from customers c join accounts a on a.organization_id = c.organization_id and a.customer_id = c.id and a.is_default = 1
  where c.organization_id = ? and c.number = ?`;

// Saldo's shape on PostgreSQL (src/storage/lookup-batch.ts): the customers asked for in one turn
// of the event loop are read with one statement.
const DEFAULT_ACCOUNTS = `select c.number, a.id, a.currency, a.balance_minor, a.unallocated_minor, a.dunning_level, a.in_debt_collection
  from customers c join accounts a on a.organization_id = c.organization_id and a.customer_id = c.id and a.is_default = 1
  where c.organization_id = ? and c.number = any(?::bigint[])`;

// A family's member figures (now, or before a ledger position) and its next scheduled payment.
const MEMBERS_NOW = `select f.currency, a.id, a.charged_minor, a.credited_minor from families f
  cross join family_members m cross join accounts a
  where m.family_id = f.id and a.organization_id = f.organization_id and a.customer_id = m.customer_id and a.currency = f.currency
    and f.organization_id = ? and f.id = ?`;
const MEMBERS_BEFORE = `select f.currency, a.id,
    (select e.charged_after_minor from entries e where e.account_id = a.id and e.sequence < ? order by e.sequence desc limit 1) as charged_minor,
    (select e.credited_after_minor from entries e where e.account_id = a.id and e.sequence < ? order by e.sequence desc limit 1) as credited_minor
  from families f
  cross join family_membership_periods p cross join accounts a
  where p.family_id = f.id and p.joined_after_sequence < ? and (p.left_after_sequence is null or p.left_after_sequence >= ?)
    and a.organization_id = f.organization_id and a.customer_id = p.customer_id and a.currency = f.currency
    and f.organization_id = ? and f.id = ?`;
const NEXT_SCHEDULED = `select s.amount_minor, s.date from family_members m cross join accounts a cross join scheduled_payments s
  where a.organization_id = m.organization_id and a.customer_id = m.customer_id
    and s.account_id = a.id and s.status = 'SCHEDULED' and s.date >= ?
    and m.organization_id = ? and m.family_id = ? order by s.date, s.id limit 1`;

// Saldo's shape on PostgreSQL: the families asked for in one turn are read with the same two
// statements, each family's as a LATERAL subquery of the asked list (its position and sequence
// standing where the values stood).
const ASKED_FAMILIES = `(select unnest(?::text[]) as family_id, unnest(?::bigint[]) as before_sequence) asked`;
const MEMBERS_OF_ASKED = `select asked.family_id, asked.before_sequence, x.* from ${ASKED_FAMILIES}
  cross join lateral (
    select f.currency, a.id, a.charged_minor, a.credited_minor from families f
      cross join family_members m cross join accounts a
      where asked.before_sequence is null
        and m.family_id = f.id and a.organization_id = f.organization_id and a.customer_id = m.customer_id and a.currency = f.currency
        and f.organization_id = ? and f.id = asked.family_id
    union all
    select f.currency, a.id,
        (select e.charged_after_minor from entries e where e.account_id = a.id and e.sequence < asked.before_sequence order by e.sequence desc limit 1),
        (select e.credited_after_minor from entries e where e.account_id = a.id and e.sequence < asked.before_sequence order by e.sequence desc limit 1)
      from families f
      cross join family_membership_periods p cross join accounts a
      where asked.before_sequence is not null
        and p.family_id = f.id and p.joined_after_sequence < asked.before_sequence
        and (p.left_after_sequence is null or p.left_after_sequence >= asked.before_sequence)
        and a.organization_id = f.organization_id and a.customer_id = p.customer_id and a.currency = f.currency
        and f.organization_id = ? and f.id = asked.family_id) x`;
const NEXT_OF_ASKED = `select asked.family_id, x.* from (select distinct unnest(?::text[]) as family_id) asked
  cross join lateral (
    select s.amount_minor, s.date from family_members m cross join accounts a cross join scheduled_payments s
      where a.organization_id = m.organization_id and a.customer_id = m.customer_id
        and s.account_id = a.id and s.status = 'SCHEDULED' and s.date >= ?
        and m.organization_id = ? and m.family_id = asked.family_id order by s.date, s.id limit 1) x`;

interface FamilyFigures {
  members: Row[];
  next: Row | undefined;
}

export function openCeiling(databaseUrl: string, organizationId: string): DatabaseCeiling {
  const driver = databaseUrl.startsWith('sqlite:')
    ? sqliteDriver(databaseUrl.slice('sqlite:'.length))
    : postgresDriver(databaseUrl);

  const bookings = new BatchedCeiling(driver.kind, organizationId, (work) => driver.write(work));
  const defaultAccounts =
    driver.kind === 'postgres'
      ? new LookupBatch<string, bigint, Row>(async (organization, numbers) => {
          const rows = await driver.read(DEFAULT_ACCOUNTS, [organization, `{${numbers.join(',')}}`]);
          const byNumber = new Map(rows.map((row) => [big(row.number), row]));
          return numbers.map((number) => byNumber.get(number));
        })
      : undefined;
  const readFamilyFigures = async (
    familyId: string,
    beforeSequence: bigint | undefined,
    today: string,
  ): Promise<FamilyFigures> => ({
    members:
      beforeSequence === undefined
        ? await driver.read(MEMBERS_NOW, [organizationId, familyId])
        : await driver.read(MEMBERS_BEFORE, [
            beforeSequence,
            beforeSequence,
            beforeSequence,
            beforeSequence,
            organizationId,
            familyId,
          ]),
    next: (await driver.read(NEXT_SCHEDULED, [today, organizationId, familyId]))[0],
  });
  // Keys: the family and the point (a sequence, or null for now); the group is today.
  const familyFigures =
    driver.kind === 'postgres'
      ? new LookupBatch<string, [familyId: string, before: string | null], FamilyFigures>(async (today, asked) => {
          const familyIds = asked.map(([familyId]) => familyId);
          const [members, next] = await Promise.all([
            driver.read(MEMBERS_OF_ASKED, [
              familyIds,
              asked.map(([, before]) => before),
              organizationId,
              organizationId,
            ]),
            driver.read(NEXT_OF_ASKED, [familyIds, today, organizationId]),
          ]);
          const nextOf = new Map(next.map((row) => [row.family_id, row]));
          return asked.map(([familyId, before]) => ({
            members: members.filter(
              (row) =>
                row.family_id === familyId &&
                (row.before_sequence === null ? null : String(row.before_sequence)) === before,
            ),
            next: nextOf.get(familyId),
          }));
        })
      : undefined;
  const readUpcomingSlice = async (
    customerNumber: string,
    offset: string,
    limit: number,
    today: string,
    yearAhead: string,
  ): Promise<Row[] | undefined> => {
    const account = await defaultAccount(BigInt(customerNumber));
    if (!account) return undefined;
    return driver.read(
      `select id, due_date, description, amount_minor, open_minor, installment_plan_id from entries
       where account_id = ? and due_date >= ? and due_date <= ? and id > ? order by id limit ${limit}`,
      [account.id, today, yearAhead, BigInt(offset)],
    );
  };
  // Saldo's shape on PostgreSQL: one turn's slices in one statement, each customer's default
  // account and slice a LATERAL subquery of the asked list. Group: the window and the limit.
  const upcomingSlices =
    driver.kind === 'postgres'
      ? new LookupBatch<
          [today: string, yearAhead: string, limit: number],
          [customerNumber: string, offset: string],
          Row[]
        >(async ([today, yearAhead, limit], asked) => {
          const rows = await driver.read(
            `select asked.number, asked.after_id, x.* from
               (select unnest(?::bigint[]) as number, unnest(?::bigint[]) as after_id) asked
             join customers c on c.organization_id = ? and c.number = asked.number
             join accounts a on a.organization_id = c.organization_id and a.customer_id = c.id and a.is_default = 1
             left join lateral (
               select e.id, e.due_date, e.description, e.amount_minor, e.open_minor, e.installment_plan_id from entries e
               where e.account_id = a.id and e.due_date >= ? and e.due_date <= ? and e.id > asked.after_id
               order by e.id limit ${Math.trunc(limit)}) x on true`,
            [asked.map(([number]) => number), asked.map(([, afterId]) => afterId), organizationId, today, yearAhead],
          );
          const slices = new Map<string, Row[]>();
          for (const row of rows) {
            const key = `${String(row.number)} ${String(row.after_id)}`;
            const slice = slices.get(key) ?? [];
            if (row.id !== null) slice.push(row);
            slices.set(key, slice);
          }
          return asked.map(([number, afterId]) => slices.get(`${number} ${afterId}`));
        })
      : undefined;
  const defaultAccount = async (customerNumber: bigint): Promise<Row | undefined> =>
    defaultAccounts
      ? defaultAccounts.load(organizationId, customerNumber)
      : (await driver.read(DEFAULT_ACCOUNT, [organizationId, customerNumber]))[0];

  return {
    async v1Balances(customerNumber) {
      const account = await defaultAccount(BigInt(customerNumber));
      if (!account) throw new Error(`no customer ${customerNumber}`);
      return account;
    },
    async v1Upcoming(customerNumber, offset, sliceSize, today) {
      const yearAhead = new Date(Date.parse(`${today}T00:00:00Z`) + 365 * 86_400_000).toISOString().slice(0, 10);
      // The limit as a literal, as Saldo writes it (src/storage/literals.ts): bound, SQLite plans the statement again on every run.
      const limit = Math.trunc(sliceSize) + 1;
      const rows = upcomingSlices
        ? await upcomingSlices.load([today, yearAhead, limit], [customerNumber, offset])
        : await readUpcomingSlice(customerNumber, offset, limit, today, yearAhead);
      if (!rows) throw new Error(`no customer ${customerNumber}`);
      return { result: rows.slice(0, sliceSize), hasNext: rows.length > sliceSize };
    },
    async v4Accounts(customerNumber) {
      const rows = await driver.read(
        `select a.id, a.number, a.name, a.currency, a.credit_limit_minor, a.balance_minor, a.status, a.parent_id, a.template,
                a.payment_reference_type, a.payment_reference_number, c.number as customer_number
         from customers c join accounts a on a.organization_id = c.organization_id and a.customer_id = c.id
         where c.organization_id = ? and c.number = ? order by a.id limit 30 offset 0`,
        [organizationId, BigInt(customerNumber)],
      );
      if (rows.length === 0) throw new Error(`no customer ${customerNumber}`);
      // Every v4 read lands in the audit trail with its auditUser: one insert, committed.
      await driver.write((query) =>
        query(
          `insert into audit_events (organization_id, occurred_at, actor_key_id, audit_user, action, resource_type, resource_id, trace_id, details)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            organizationId,
            new Date().toISOString(),
            null,
            'bench',
            'customer.accounts.read',
            'customer',
            customerNumber,
            null,
            '{}',
          ],
        ),
      );
      return rows;
    },
    async familyBalance(familyId, beforeSequence, today) {
      const { members, next } = familyFigures
        ? (await familyFigures.load(today, [familyId, beforeSequence?.toString() ?? null]))!
        : await readFamilyFigures(familyId, beforeSequence, today);
      let debit = 0n;
      let credit = 0n;
      for (const member of members) {
        debit += member.charged_minor === null ? 0n : big(member.charged_minor);
        credit += member.credited_minor === null ? 0n : big(member.credited_minor);
      }
      return {
        familyId,
        debit: debit.toString(),
        credit: credit.toString(),
        nextScheduledPayment: next ? String(next.amount_minor) : null,
        nextScheduledPaymentDate: next ? next.date : null,
      };
    },
    postCharge: async (accountPublicId, amountMinor, dueDate) => ({
      booked: await bookings.book([{ accountPublicId, type: 'CHARGE', amountMinor, dueDate }]),
    }),
    postPayment: async (accountPublicId, amountMinor, today) => ({
      booked: await bookings.book([{ accountPublicId, type: 'CREDIT', amountMinor, dueDate: today }]),
    }),
    postBatch: async (items) => ({ booked: await bookings.book(items) }),
    close: () => driver.close(),
  };
}
