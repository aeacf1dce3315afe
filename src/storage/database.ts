/**
 * Opens the database a DATABASE_URL names: `sqlite:PATH`, `sqlite::memory:` or `postgres://…`.
 * Both come back as one Kysely type over the same schema.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { type StatementSpan, currentStatementSpan } from './statement-spans.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  url: string;
  /** PostgreSQL: statements running longer are cancelled (answered 504). */
  statementTimeoutMs?: number;
  /** PostgreSQL: how long to wait for a connection before answering 503. */
  connectTimeoutMs?: number;
  poolSize?: number;
}

export interface OpenDatabase {
  kind: DatabaseKind;
  db: Kysely<Database>;
  /** PostgreSQL's pool (its counts feed the metrics); none for SQLite. */
  pool?: pg.Pool | undefined;
}

const INT8_OID = 20;
/**
 * Exact 64-bit integers from PostgreSQL, as SQLite gives them. One function for every column: pg
 * asks for a column's parser on each statement's answer, and a new function each time would also
 * be compiled anew where rows are read.
 */
const parseInt8 = (text: string): bigint => BigInt(text);

export function databaseKind(url: string): DatabaseKind | undefined {
  if (url.startsWith('sqlite:')) return 'sqlite';
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres';
  return undefined;
}

export function openDatabase(options: DatabaseOptions): OpenDatabase {
  const kind = databaseKind(options.url);
  if (kind === 'sqlite') {
    const database = openSqlite(options.url);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
    sqliteConnections.set(db, database);
    return { kind, db };
  }
  if (kind === 'postgres') {
    const pool = openPostgresPool(options);
    return { kind, db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), pool };
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres://`);
}

function openSqlite(url: string): SqliteDatabase.Database {
  const path = url.slice('sqlite:'.length);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path);
  // Exact 64-bit integers: money and ids never pass through a double.
  database.defaultSafeIntegers(true);
  database.pragma('journal_mode = WAL');
  // Durable: a committed entry survives a power cut, not only a process crash.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  cachePreparedStatements(database);
  return database;
}

const sqliteConnections = new WeakMap<Kysely<Database>, SqliteDatabase.Database>();

/**
 * Runs a reading statement at once on SQLite's one connection, where nothing else holds it, and
 * answers its rows; undefined when Kysely must run it (and on PostgreSQL). Kysely reaches that
 * connection through a lock (its SQLite driver serialises transactions on it) and half a dozen
 * awaits, about as much CPU as a short read itself. A read outside every transaction needs
 * neither: better-sqlite3 runs it to the end before anything else runs. Left to Kysely: a
 * statement that writes, a read inside a transaction, and a read while a transaction is open on
 * the connection (it must wait for that transaction's end, as Kysely's lock makes it).
 */
export function readAtOnce(db: Kysely<Database>, sql: string, parameters: readonly unknown[]): unknown[] | undefined {
  if (db.isTransaction) return undefined;
  const database = sqliteConnections.get(db);
  if (database === undefined || database.inTransaction) return undefined;
  const statement = database.prepare(sql);
  return statement.reader && statement.readonly ? (statement.all(parameters) as unknown[]) : undefined;
}

/** Bound on cached statements: Kysely's SQL text varies only with the shape of a query. */
const PREPARED_STATEMENTS_MAX = 2000;

/**
 * Kysely's SQLite driver prepares every statement anew on each query, which profiles as a fifth
 * of the time spent in SQLite. Statements are reusable (better-sqlite3 runs them synchronously,
 * so one is never in use twice at once), so prepare each SQL text once.
 */
function cachePreparedStatements(database: SqliteDatabase.Database): void {
  const prepare = database.prepare.bind(database);
  const statements = new Map<string, SqliteDatabase.Statement>();
  const span = currentStatementSpan();
  database.prepare = ((source: string) => {
    let statement = statements.get(source);
    if (statement === undefined) {
      if (statements.size >= PREPARED_STATEMENTS_MAX) statements.clear();
      statement = prepare(source);
      if (span) withSpans(statement, source, span);
      statements.set(source, statement);
    }
    return statement;
  }) as typeof database.prepare;
}

/** The ways Kysely's SQLite driver runs a statement. */
const STATEMENT_RUNS = ['all', 'get', 'run', 'iterate'] as const;

function withSpans(statement: SqliteDatabase.Statement, source: string, span: StatementSpan): void {
  const operation = /^\s*(\w+)/.exec(source)?.[1]?.toUpperCase() ?? 'SQL';
  for (const name of STATEMENT_RUNS) {
    const run = (statement[name] as (...args: unknown[]) => unknown).bind(statement);
    (statement as unknown as Record<string, unknown>)[name] = (...args: unknown[]) =>
      span(source, operation, () => run(...args));
  }
}

function openPostgresPool(options: DatabaseOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
    statement_timeout: options.statementTimeoutMs ?? 5000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // A client losing its server must not crash the process: idle ones report to the pool, and a
  // checked-out one would emit an unhandled 'error' between two queries. The query in flight (or
  // the next one) fails on its own and is answered 503; the pool then opens a new connection.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
    nameStatements(client);
  });
  return pool;
}

/** Statement names by SQL text, shared by the process's connections (each prepares a name once). */
const statementNames = new Map<string, string>();
/** Bound on named texts: Kysely's texts vary only with a query's shape, so they are few. */
const STATEMENT_NAMES_MAX = 5000;
const NAMEABLE = /^\s*(select|insert|update|delete|with)\b/i;
/**
 * Opens a statement that must be planned on every run (see `plannedEachRun` in json-rows.ts): a
 * text starting with it is not named, so PostgreSQL never keeps a generic plan of it.
 */
export const PLANNED_EACH_RUN_MARK = '/* planned each run */';

/**
 * Runs Kysely's queries as named prepared statements: PostgreSQL parses and plans a text once per
 * connection instead of on every run (measured here: 18.6k unnamed against 24.8k named trivial
 * queries/s from one process). Only data statements are named; BEGIN, COMMIT, savepoints and
 * migrations' DDL run as before.
 */
function nameStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (config: unknown, values?: unknown) => unknown;
  client.query = ((config: unknown, values?: unknown) => {
    if (typeof config !== 'string' || !Array.isArray(values) || !NAMEABLE.test(config)) return query(config, values);
    let name = statementNames.get(config);
    if (name === undefined) {
      if (statementNames.size >= STATEMENT_NAMES_MAX) return query(config, values);
      name = `saldo_${statementNames.size + 1}`;
      statementNames.set(config, name);
    }
    return query({ name, text: config, values });
  }) as typeof client.query;
}
