/**
 * The bulk loader for the large scale (≈10M entries over 1M customers): seeding that many over
 * HTTP would take hours, so the dataset goes straight into Saldo's schema while Saldo is stopped
 * (the organization and its key were created through the API before). It keeps what Saldo keeps:
 * the ledger sequence (organization-wide, and the organization's counter after it), each entry's
 * `*_after` running figures, open amounts and allocations by Saldo's rule (a new booking settles
 * the oldest open counter-items: charges by due date, credits by sequence), the accounts'
 * maintained figures, the default account, the account-number counter, family membership periods.
 * Only a sample of the ids is kept in memory for the scenarios to pick from.
 */
import { closeSync, fsyncSync, openSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { entryPublicId, familyId, newPublicId } from '../src/core/ids.ts';
import { openAmountSums } from '../src/storage/migrations/0018-open-amounts-by-due.ts';
import {
  BENCH_IBAN,
  CURRENCY,
  FAMILY_SIZE,
  type PlannedCustomer,
  type ScaleShape,
  addDays,
  cardToken,
  planCustomer,
} from './dataset.ts';
import {
  CAPABILITIES,
  type CapabilityName,
  type Capability,
  type SeededCustomer,
  type SeededData,
  type SeededFamily,
} from './seed-http.ts';

/** Saldo numbers accounts from this offset (src/core/accounts/commands.ts). */
const ACCOUNT_NUMBER_OFFSET = 100_000_000n;
/** Rows buffered before they are written, all tables in dependency order. */
const FLUSH_ROWS = 20_000;
/** About this many customers are kept in memory for the scenarios to pick from. */
const SAMPLE_CUSTOMERS = 20_000;
const PROGRESS_INTERVAL_MS = 10_000;

type Value = string | number | bigint | null;
type Row = Value[];

const TABLES: Array<{ name: string; columns: string[] }> = [
  {
    name: 'customers',
    columns: ['id', 'organization_id', 'number', 'name', 'email', 'version', 'created_at', 'updated_at'],
  },
  {
    name: 'accounts',
    columns: [
      'id',
      'uuid',
      'organization_id',
      'customer_id',
      'number',
      'name',
      'currency',
      'credit_limit_minor',
      'status',
      'modality',
      'payment_method_type',
      'payment_method_details',
      'is_default',
      'balance_minor',
      'charged_minor',
      'credited_minor',
      'open_minor',
      'unallocated_minor',
      'version',
      'created_at',
      'updated_at',
    ],
  },
  { name: 'families', columns: ['id', 'organization_id', 'name', 'currency', 'created_at'] },
  { name: 'family_members', columns: ['organization_id', 'family_id', 'customer_id', 'added_at'] },
  {
    name: 'family_membership_periods',
    columns: ['organization_id', 'family_id', 'customer_id', 'joined_after_sequence', 'joined_at'],
  },
  {
    name: 'entries',
    columns: [
      'id',
      'public_id',
      'organization_id',
      'account_id',
      'sequence',
      'type',
      'kind',
      'amount_minor',
      'open_minor',
      'due_date',
      'description',
      'balance_after_minor',
      'charged_after_minor',
      'credited_after_minor',
      'booked_at',
    ],
  },
  {
    name: 'allocations',
    columns: ['organization_id', 'account_id', 'credit_entry_id', 'charge_entry_id', 'amount_minor', 'created_at'],
  },
  {
    name: 'scheduled_payments',
    columns: [
      'public_id',
      'organization_id',
      'account_id',
      'amount_minor',
      'date',
      'status',
      'created_at',
      'updated_at',
    ],
  },
];

interface Sink {
  write(table: string, columns: string[], rows: Row[]): Promise<void>;
  finish(
    organizationId: string,
    lastSequence: bigint,
    accounts: bigint,
    lastEntryId: bigint,
    lastAccountId: bigint,
  ): Promise<void>;
}

function sqliteSink(path: string): Sink {
  const database = new SqliteDatabase(path);
  database.defaultSafeIntegers(true);
  database.pragma('journal_mode = WAL');
  // A bulk load is redone from scratch if it fails: no fsync per batch.
  database.pragma('synchronous = OFF');
  database.pragma('busy_timeout = 5000');
  // The sums of open amounts are rebuilt once at the end instead of row by row (see openAmountSums).
  for (const statement of openAmountSums.dropTriggers(false)) database.exec(statement);
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    async write(table, columns, rows) {
      let statement = statements.get(table);
      if (!statement) {
        statement = database.prepare(
          `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
        );
        statements.set(table, statement);
      }
      const insert = statement;
      database.transaction(() => {
        for (const row of rows) insert.run(...row);
      })();
    },
    async finish(organizationId, lastSequence, accounts) {
      database.prepare('update organizations set entry_sequence = ? where id = ?').run(lastSequence, organizationId);
      database
        .prepare(
          `insert into organization_counters (organization_id, name, value) values (?, 'account_number', ?)
                  on conflict (organization_id, name) do update set value = excluded.value`,
        )
        .run(organizationId, accounts);
      database.prepare('delete from open_amounts_by_due where organization_id = ?').run(organizationId);
      database.prepare(openAmountSums.rebuild('e.organization_id = ?')).run(organizationId);
      for (const statement of openAmountSums.createTriggers(false)) database.exec(statement);
      database.pragma('wal_checkpoint(TRUNCATE)');
      database.close();
      // The load wrote without syncing: put the file on disk now, or the kernel's writeback of
      // gigabytes would compete with the measurements (and their commits' fsyncs) for minutes.
      const file = openSync(path, 'r+');
      try {
        fsyncSync(file);
      } finally {
        closeSync(file);
      }
    },
  };
}

function postgresSink(url: string): Sink {
  const client = new pg.Client({ connectionString: url });
  const connected = client.connect().then(async () => {
    await client.query('set synchronous_commit = off');
    // The sums of open amounts are rebuilt once at the end (see openAmountSums).
    for (const statement of openAmountSums.dropTriggers(true)) await client.query(statement);
  });
  // PostgreSQL takes at most 65535 parameters per statement.
  const PARAMETERS_MAX = 60_000;
  return {
    async write(table, columns, rows) {
      await connected;
      const perStatement = Math.floor(PARAMETERS_MAX / columns.length);
      for (let start = 0; start < rows.length; start += perStatement) {
        const chunk = rows.slice(start, start + perStatement);
        const values: Value[] = [];
        const tuples = chunk.map(
          (row) =>
            `(${row.map((value) => `$${values.push(typeof value === 'bigint' ? value.toString() : value)}`).join(', ')})`,
        );
        await client.query(`insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`, values);
      }
    },
    async finish(organizationId, lastSequence, accounts, lastEntryId, lastAccountId) {
      await connected;
      await client.query('update organizations set entry_sequence = $1 where id = $2', [
        lastSequence.toString(),
        organizationId,
      ]);
      await client.query(
        `insert into organization_counters (organization_id, name, value) values ($1, 'account_number', $2)
         on conflict (organization_id, name) do update set value = excluded.value`,
        [organizationId, accounts.toString()],
      );
      await client.query('delete from open_amounts_by_due where organization_id = $1', [organizationId]);
      await client.query(openAmountSums.rebuild('e.organization_id = $1'), [organizationId]);
      for (const statement of openAmountSums.createTriggers(true)) await client.query(statement);
      // Explicit ids were given: move the identity sequences past them.
      await client.query(`select setval(pg_get_serial_sequence('entries', 'id'), $1)`, [
        Math.max(1, Number(lastEntryId)),
      ]);
      await client.query(`select setval(pg_get_serial_sequence('accounts', 'id'), $1)`, [
        Math.max(1, Number(lastAccountId)),
      ]);
      // Vacuumed now, not by autovacuum during the runs: after ten million inserted entries its
      // pass took the machine's second core from the first scenarios (the bare route, which reads
      // nothing, cost twice its usual CPU per request).
      await client.query('vacuum analyze');
      // The same for PostgreSQL: write the loaded pages out before anything is measured.
      await client.query('checkpoint');
      await client.end();
    },
  };
}

interface OpenItem {
  id: bigint;
  open: bigint;
  dueDate: string;
  row: Row;
}

/** Index of `open_minor` in an entries row, which settling lowers after the row was built. */
const ENTRY_OPEN_COLUMN = TABLES.find((t) => t.name === 'entries')!.columns.indexOf('open_minor');

function customerPublicId(index: number): string {
  return `c0000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

function accountPublicId(index: number, account: number): string {
  return `a0000000-0000-4000-8${account.toString(16).padStart(3, '0')}-${index.toString(16).padStart(12, '0')}`;
}

export async function seedInBulk(
  databaseUrl: string,
  organization: { slug: string; id: string; key: string },
  seed: number,
  shape: ScaleShape,
  today: string,
  log: (line: string) => void,
): Promise<SeededData> {
  const sink = databaseUrl.startsWith('sqlite:')
    ? sqliteSink(databaseUrl.slice('sqlite:'.length))
    : postgresSink(databaseUrl);
  const buffers = new Map<string, Row[]>(TABLES.map((t) => [t.name, []]));
  let buffered = 0;
  const add = (table: string, row: Row) => {
    buffers.get(table)!.push(row);
    buffered++;
  };
  const flush = async () => {
    for (const table of TABLES) {
      const rows = buffers.get(table.name)!;
      if (rows.length > 0) await sink.write(table.name, table.columns, rows);
      buffers.set(table.name, []);
    }
    buffered = 0;
  };

  const now = new Date().toISOString();
  const org = organization.id;
  const counts = { customers: 0, accounts: 0, entries: 0, payments: 0, families: 0, members: 0, scheduledPayments: 0 };
  const sampleEvery = Math.max(1, Math.floor(shape.customers / SAMPLE_CUSTOMERS));
  const customers: SeededCustomer[] = [];
  const families: SeededFamily[] = [];
  const familyIds = new Map<number, string>();
  let sequence = 0n;
  let accountId = 0n;
  const started = Date.now();
  let lastLog = started;

  for (let index = 0; index < shape.customers; index++) {
    const planned: PlannedCustomer = planCustomer(seed, shape, index);
    const uuid = customerPublicId(index);
    add('customers', [uuid, org, planned.number, planned.name, null, 1, now, now]);
    counts.customers++;
    if (planned.family !== undefined) {
      let family = familyIds.get(planned.family);
      if (family === undefined) {
        family = familyId();
        familyIds.set(planned.family, family);
        add('families', [family, org, `Bench family ${planned.family}`, CURRENCY, now]);
        counts.families++;
      }
      add('family_members', [org, family, uuid, now]);
      // Joined before the first entry: the member counts at every point in time.
      add('family_membership_periods', [org, family, uuid, 0n, now]);
      counts.members++;
    }
    const kept = index % sampleEvery === 0 || (planned.family !== undefined && planned.family % sampleEvery === 0);
    const seeded: SeededCustomer = { index, number: planned.number.toString(), publicId: uuid, accounts: [] };
    for (const [a, account] of planned.accounts.entries()) {
      accountId++;
      const id = accountId;
      let charged = 0n;
      let credited = 0n;
      const openCharges: OpenItem[] = [];
      const openCredits: OpenItem[] = [];
      const entryIds: string[] = [];
      const book = (type: 'CHARGE' | 'CREDIT', kind: string, amount: bigint, dueDate: string, description: string) => {
        sequence++;
        if (type === 'CHARGE') charged += amount;
        else credited += amount;
        const publicId = entryPublicId(sequence);
        const row: Row = [
          sequence,
          publicId,
          org,
          id,
          sequence,
          type,
          kind,
          amount,
          amount,
          dueDate,
          description,
          credited - charged,
          charged,
          credited,
          now,
        ];
        const item: OpenItem = { id: sequence, open: amount, dueDate, row };
        // Settle against the oldest open counter-items, as Saldo does on every booking.
        const counter = type === 'CHARGE' ? openCredits : openCharges;
        if (type === 'CREDIT')
          counter.sort((x, y) => (x.dueDate < y.dueDate ? -1 : x.dueDate > y.dueDate ? 1 : Number(x.id - y.id)));
        while (item.open > 0n && counter.length > 0) {
          const other = counter[0]!;
          const settled = other.open < item.open ? other.open : item.open;
          other.open -= settled;
          item.open -= settled;
          other.row[ENTRY_OPEN_COLUMN] = other.open;
          const [credit, charge] = type === 'CHARGE' ? [other.id, item.id] : [item.id, other.id];
          add('allocations', [org, id, credit, charge, settled, now]);
          if (other.open === 0n) counter.shift();
        }
        row[ENTRY_OPEN_COLUMN] = item.open;
        if (item.open > 0n) (type === 'CHARGE' ? openCharges : openCredits).push(item);
        add('entries', row);
        counts.entries++;
        if (kept) entryIds.push(publicId);
      };
      // Rows are added before their open amounts are final; allocations only follow entries.
      const details =
        account.paymentMethod === 'DIRECT_DEBIT' ? { iban: BENCH_IBAN } : { token_id: cardToken(index, a) };
      const accountRow: Row = [
        id,
        accountPublicId(index, a),
        org,
        uuid,
        (ACCOUNT_NUMBER_OFFSET + id).toString(),
        null,
        CURRENCY,
        0n,
        'ACCOUNT_OK',
        'POSTPAID',
        account.paymentMethod,
        JSON.stringify(details),
        a === 0 ? 1 : 0,
        0n,
        0n,
        0n,
        0n,
        0n,
        1,
        now,
        now,
      ];
      add('accounts', accountRow);
      counts.accounts++;
      for (const entry of account.entries) {
        book(entry.type, entry.type, BigInt(entry.amountMinor), addDays(today, entry.dueOffsetDays), entry.description);
      }
      for (const payment of account.paymentsMinor) {
        book('CREDIT', 'PAYMENT', BigInt(payment), today, 'Bank transfer');
        counts.payments++;
      }
      for (const scheduled of account.scheduledPayments) {
        add('scheduled_payments', [
          newPublicId('spm_'),
          org,
          id,
          BigInt(scheduled.amountMinor),
          addDays(today, scheduled.dateOffsetDays),
          'SCHEDULED',
          now,
          now,
        ]);
        counts.scheduledPayments++;
      }
      const open = openCharges.reduce((sum, item) => sum + item.open, 0n);
      const unallocated = openCredits.reduce((sum, item) => sum + item.open, 0n);
      accountRow.splice(13, 5, credited - charged, charged, credited, open, unallocated);
      seeded.accounts.push({ publicId: accountPublicId(index, a), entryIds, openCharges: openCharges.length });
    }
    if (kept) customers.push(seeded);
    if (planned.family !== undefined && planned.family % sampleEvery === 0 && (index - 1) % FAMILY_SIZE === 0) {
      const entryIds = seeded.accounts[0]?.entryIds ?? [];
      families.push({
        id: familyIds.get(planned.family)!,
        beforeTransactionId: entryIds[Math.floor(entryIds.length / 2)],
      });
    }
    // Entry ids of sampled customers are only needed for the family's point in time.
    if (kept && planned.family === undefined) for (const account of seeded.accounts) account.entryIds = [];
    if (buffered >= FLUSH_ROWS) {
      await flush();
      if (Date.now() - lastLog > PROGRESS_INTERVAL_MS) {
        lastLog = Date.now();
        log(
          `  bulk: ${counts.customers.toLocaleString('en-US')} customers, ${counts.entries.toLocaleString('en-US')} entries (${((lastLog - started) / 1000).toFixed(0)} s)`,
        );
      }
    }
  }
  await flush();
  await sink.finish(org, sequence, BigInt(counts.accounts), sequence, accountId);
  const capabilities = Object.fromEntries(CAPABILITIES.map((c) => [c, { state: 'ok' } as Capability])) as Record<
    CapabilityName,
    Capability
  >;
  return {
    organizationSlug: organization.slug,
    organizationId: org,
    key: organization.key,
    capabilities,
    customers,
    families,
    counts,
  };
}
