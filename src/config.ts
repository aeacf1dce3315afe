/**
 * Configuration from the environment, checked once at start. A bad value stops the process with
 * one line naming the variable (ConfigError), never a stack trace.
 */
import { SESSION_ABSOLUTE_HOURS_DEFAULT, SESSION_IDLE_MINUTES_DEFAULT } from './core/operators/sessions.ts';
import { databaseKind } from './storage/database.ts';

/** 50 MiB: a month of a busy account's camt.053 (a 10,000-line file is about 7 MB). */
export const STATEMENT_LIMIT_BYTES_DEFAULT = 50 * 1024 * 1024;

export interface DatabaseConfig {
  databaseUrl: string;
  statementTimeoutMs: number;
}

export interface Config extends DatabaseConfig {
  port: number;
  host: string;
  rootKey: string | undefined;
  rateLimitPerMinute: number;
  redisUrl: string | undefined;
  bodyLimitBytes: number;
  /** `STATEMENT_LIMIT_BYTES`: the largest bank statement file the import route takes (413 past it). */
  statementLimitBytes: number;
  logLevel: string;
  /** Worker processes (node:cluster) sharing the port; more than one needs PostgreSQL. */
  workers: number;
  /** Whether this process takes part in the daily job (dunning, scheduled payments due, auto-close). */
  dailyJob: boolean;
  /** How long a process keeps an API key's record after reading it; 0 reads it on every request. */
  apiKeyCacheSeconds: number;
  /** Console sessions end after this long without a request… */
  sessionIdleMinutes: number;
  /** …and this long after sign-in, whatever happens. */
  sessionAbsoluteHours: number;
  /** `always` marks the session cookie Secure whatever the request came over; `auto` only under HTTPS. */
  sessionCookieSecure: 'auto' | 'always';
  /** Sign-in attempts per email, and per client address, in SIGN_IN_WINDOW_MINUTES. */
  signInAttemptsPerEmail: number;
  signInAttemptsPerAddress: number;
  /** Whether this process delivers webhooks (`DELIVERY`); every process does unless told not to. */
  delivery: boolean;
  /** `WEBHOOK_ALLOW_PRIVATE_URLS`: http:// and private or loopback addresses (development, tests). */
  allowPrivateWebhookUrls: boolean;
  /** How long a webhook attempt may take (the brief's 15 s; shorter for tests). */
  webhookTimeoutMs: number;
  /** Webhook attempts under way at once in this process, and per endpoint. */
  deliveryConcurrency: number;
  deliveryConcurrencyPerEndpoint: number;
  /** `nats://…`: publish every event to NATS JetStream; unset, nothing is streamed. */
  eventsNatsUrl: string | undefined;
  eventsNatsStream: string;
  /** `METRICS`: whether /metrics is served and requests are measured (on by default). */
  metrics: boolean;
  /** `METRICS_TOKEN`: a bearer token a scraper may present at /metrics instead of the root key. */
  metricsToken: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Every environment variable Saldo reads (settings above, tracing in src/observability): what a
 * child process started by a test or the bench must not inherit from the shell that started it.
 */
export const SALDO_ENVIRONMENT = [
  'DATABASE_URL',
  'PORT',
  'HOST',
  'SALDO_ROOT_KEY',
  'RATE_LIMIT_PER_MINUTE',
  'REDIS_URL',
  'STATEMENT_TIMEOUT_MS',
  'STATEMENT_LIMIT_BYTES',
  'BODY_LIMIT_BYTES',
  'LOG_LEVEL',
  'WORKERS',
  'DAILY_JOB',
  'API_KEY_CACHE_SECONDS',
  'SESSION_IDLE_MINUTES',
  'SESSION_ABSOLUTE_HOURS',
  'SESSION_COOKIE_SECURE',
  'SIGN_IN_ATTEMPTS_PER_EMAIL',
  'SIGN_IN_ATTEMPTS_PER_ADDRESS',
  'DELIVERY',
  'DELIVERY_CONCURRENCY',
  'DELIVERY_CONCURRENCY_PER_ENDPOINT',
  'WEBHOOK_ALLOW_PRIVATE_URLS',
  'WEBHOOK_TIMEOUT_MS',
  'EVENTS_NATS_URL',
  'EVENTS_NATS_STREAM',
  'METRICS',
  'METRICS_TOKEN',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
  'OTEL_EXPORTER_OTLP_HEADERS',
  'OTEL_EXPORTER_OTLP_PROTOCOL',
  'OTEL_SERVICE_NAME',
  'OTEL_TRACES_SAMPLER',
  'OTEL_TRACES_SAMPLER_ARG',
  'OTEL_BSP_SCHEDULE_DELAY',
] as const;

export const DEFAULT_DATABASE_URL = 'sqlite:./data/saldo.db';
export const ROOT_KEY_MIN_LENGTH = 16;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got '${raw}'`);
  }
  return Number(raw);
}

/** What the CLI needs as well as the server: where the database is, and how long a statement may run. */
export function loadDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const databaseUrl = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (!databaseKind(databaseUrl) || databaseUrl === 'sqlite:') {
    throw new ConfigError(`DATABASE_URL must be sqlite:PATH, sqlite::memory: or postgres://…, got '${databaseUrl}'`);
  }
  if (databaseKind(databaseUrl) === 'postgres' && !URL.canParse(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL is not a valid postgres:// URL`);
  }
  return { databaseUrl, statementTimeoutMs: integer(env, 'STATEMENT_TIMEOUT_MS', 5000, 1, 600_000) };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const database = loadDatabaseConfig(env);
  const rootKey = env.SALDO_ROOT_KEY || undefined;
  if (rootKey !== undefined && rootKey.length < ROOT_KEY_MIN_LENGTH) {
    throw new ConfigError(`SALDO_ROOT_KEY must be at least ${ROOT_KEY_MIN_LENGTH} characters`);
  }
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl !== undefined && (!/^rediss?:\/\//.test(redisUrl) || !URL.canParse(redisUrl))) {
    throw new ConfigError(`REDIS_URL must be a redis:// or rediss:// URL, got '${redisUrl}'`);
  }
  const logLevel = env.LOG_LEVEL || 'info';
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got '${logLevel}'`);
  return {
    ...database,
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: env.HOST || '127.0.0.1',
    rootKey,
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 1200, 0, 10_000_000),
    redisUrl,
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1_048_576, 1024, 104_857_600),
    statementLimitBytes: integer(env, 'STATEMENT_LIMIT_BYTES', STATEMENT_LIMIT_BYTES_DEFAULT, 1024, 1_073_741_824),
    logLevel,
    workers: workersOf(env, database.databaseUrl),
    dailyJob: dailyJobOf(env),
    apiKeyCacheSeconds: integer(env, 'API_KEY_CACHE_SECONDS', 5, 0, 60),
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', SESSION_IDLE_MINUTES_DEFAULT, 1, 1440),
    sessionAbsoluteHours: integer(env, 'SESSION_ABSOLUTE_HOURS', SESSION_ABSOLUTE_HOURS_DEFAULT, 1, 720),
    sessionCookieSecure: sessionCookieSecureOf(env),
    signInAttemptsPerEmail: integer(env, 'SIGN_IN_ATTEMPTS_PER_EMAIL', SIGN_IN_ATTEMPTS_PER_EMAIL_DEFAULT, 1, 1000),
    signInAttemptsPerAddress: integer(
      env,
      'SIGN_IN_ATTEMPTS_PER_ADDRESS',
      SIGN_IN_ATTEMPTS_PER_ADDRESS_DEFAULT,
      1,
      100_000,
    ),
    delivery: onOff(env, 'DELIVERY', true),
    allowPrivateWebhookUrls: trueFalse(env, 'WEBHOOK_ALLOW_PRIVATE_URLS', false),
    webhookTimeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 15_000, 100, 15_000),
    deliveryConcurrency: integer(env, 'DELIVERY_CONCURRENCY', 64, 1, 1000),
    deliveryConcurrencyPerEndpoint: integer(env, 'DELIVERY_CONCURRENCY_PER_ENDPOINT', 16, 1, 100),
    eventsNatsUrl: natsUrlOf(env),
    eventsNatsStream: natsStreamOf(env),
    metrics: onOff(env, 'METRICS', true),
    metricsToken: metricsTokenOf(env),
  };
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name] || (fallback ? 'on' : 'off');
  if (value !== 'on' && value !== 'off') throw new ConfigError(`${name} must be on or off, got '${value}'`);
  return value === 'on';
}

function trueFalse(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name] || String(fallback);
  if (value !== 'true' && value !== 'false') throw new ConfigError(`${name} must be true or false, got '${value}'`);
  return value === 'true';
}

function natsUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  const url = env.EVENTS_NATS_URL || undefined;
  if (url === undefined) return undefined;
  for (const server of url.split(',')) {
    if (!/^(nats|tls):\/\//.test(server.trim()) || !URL.canParse(server.trim())) {
      throw new ConfigError(`EVENTS_NATS_URL must be nats://HOST:PORT (several separated by commas), got '${url}'`);
    }
  }
  return url;
}

/** As long as the root key at least: it reads every organization's volumes. */
function metricsTokenOf(env: NodeJS.ProcessEnv): string | undefined {
  const token = env.METRICS_TOKEN || undefined;
  if (token !== undefined && token.length < ROOT_KEY_MIN_LENGTH)
    throw new ConfigError(`METRICS_TOKEN must be at least ${ROOT_KEY_MIN_LENGTH} characters`);
  return token;
}

/** A JetStream stream name: letters, digits, "_" and "-". */
function natsStreamOf(env: NodeJS.ProcessEnv): string {
  const name = env.EVENTS_NATS_STREAM || 'SALDO_EVENTS';
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(name))
    throw new ConfigError(`EVENTS_NATS_STREAM must be 1 to 64 letters, digits, "_" or "-", got '${name}'`);
  return name;
}

/** Enough for typos and a forgotten caps lock, far too few to guess a 12-character password. */
export const SIGN_IN_ATTEMPTS_PER_EMAIL_DEFAULT = 10;
/** An office behind one address signs in many people at nine. */
export const SIGN_IN_ATTEMPTS_PER_ADDRESS_DEFAULT = 100;

function sessionCookieSecureOf(env: NodeJS.ProcessEnv): 'auto' | 'always' {
  const value = env.SESSION_COOKIE_SECURE || 'auto';
  if (value !== 'auto' && value !== 'always')
    throw new ConfigError(`SESSION_COOKIE_SECURE must be auto or always, got '${value}'`);
  return value;
}

function dailyJobOf(env: NodeJS.ProcessEnv): boolean {
  const value = env.DAILY_JOB || 'on';
  if (value !== 'on' && value !== 'off') throw new ConfigError(`DAILY_JOB must be on or off, got '${value}'`);
  return value === 'on';
}

export const WORKERS_MAX = 64;

function workersOf(env: NodeJS.ProcessEnv, databaseUrl: string): number {
  const workers = integer(env, 'WORKERS', 1, 1, WORKERS_MAX);
  // SQLite has one writer, and group commit batches within one process: several processes
  // would only wait on each other's locks.
  if (workers > 1 && databaseKind(databaseUrl) !== 'postgres') {
    throw new ConfigError('WORKERS above 1 needs PostgreSQL (DATABASE_URL=postgres://…): SQLite has a single writer');
  }
  return workers;
}
