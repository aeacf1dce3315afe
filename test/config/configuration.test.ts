// Proves that `npm start` refuses a bad setting with one line naming the variable (exit code 1, no
// stack trace), and that with no settings at all it serves on the SQLite file ./data/saldo.db.
// Every setting's message is checked against the configuration reader in this process; real
// processes prove the way out (one line on stderr, exit code 1) for the kinds of failure there are:
// a bad value, a combination refused, a database that cannot be reached, and `npm start` itself.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { ConfigError, SALDO_ENVIRONMENT, loadConfig } from '../../src/config.ts';
import { REPOSITORY, SERVER, childEnv, collect, run, startServer } from '../operations/processes.ts';

// Each case starts real processes, which a busy machine can make slow.
vi.setConfig({ testTimeout: 90_000 });

it.concurrent.each([
  {
    env: { DATABASE_URL: 'mysql://localhost/saldo' },
    line: "DATABASE_URL must be sqlite:PATH, sqlite::memory: or postgres://…, got 'mysql://localhost/saldo'",
  },
  {
    env: { DATABASE_URL: 'sqlite:' },
    line: "DATABASE_URL must be sqlite:PATH, sqlite::memory: or postgres://…, got 'sqlite:'",
  },
  {
    env: { DATABASE_URL: 'postgres://saldo@db.example:99999/saldo' },
    line: 'DATABASE_URL is not a valid postgres:// URL',
  },
  { env: { PORT: 'eighty' }, line: "PORT must be a whole number from 0 to 65535, got 'eighty'" },
  { env: { PORT: '65536' }, line: "PORT must be a whole number from 0 to 65535, got '65536'" },
  {
    env: { RATE_LIMIT_PER_MINUTE: '-5' },
    line: "RATE_LIMIT_PER_MINUTE must be a whole number from 0 to 10000000, got '-5'",
  },
  { env: { SALDO_ROOT_KEY: 'short' }, line: 'SALDO_ROOT_KEY must be at least 16 characters' },
  { env: { REDIS_URL: 'localhost:6379' }, line: "REDIS_URL must be a redis:// or rediss:// URL, got 'localhost:6379'" },
  {
    env: { LOG_LEVEL: 'verbose' },
    line: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got 'verbose'",
  },
  { env: { STATEMENT_TIMEOUT_MS: '0' }, line: "STATEMENT_TIMEOUT_MS must be a whole number from 1 to 600000, got '0'" },
  {
    env: { STATEMENT_TIMEOUT_MS: '1.5' },
    line: "STATEMENT_TIMEOUT_MS must be a whole number from 1 to 600000, got '1.5'",
  },
  { env: { BODY_LIMIT_BYTES: '10' }, line: "BODY_LIMIT_BYTES must be a whole number from 1024 to 104857600, got '10'" },
  { env: { DAILY_JOB: 'no' }, line: "DAILY_JOB must be on or off, got 'no'" },
  { env: { API_KEY_CACHE_SECONDS: '61' }, line: "API_KEY_CACHE_SECONDS must be a whole number from 0 to 60, got '61'" },
  { env: { SESSION_IDLE_MINUTES: '0' }, line: "SESSION_IDLE_MINUTES must be a whole number from 1 to 1440, got '0'" },
  {
    env: { SESSION_ABSOLUTE_HOURS: '721' },
    line: "SESSION_ABSOLUTE_HOURS must be a whole number from 1 to 720, got '721'",
  },
  { env: { SESSION_COOKIE_SECURE: 'yes' }, line: "SESSION_COOKIE_SECURE must be auto or always, got 'yes'" },
  {
    env: { SIGN_IN_ATTEMPTS_PER_EMAIL: '0' },
    line: "SIGN_IN_ATTEMPTS_PER_EMAIL must be a whole number from 1 to 1000, got '0'",
  },
  {
    env: { SIGN_IN_ATTEMPTS_PER_ADDRESS: 'many' },
    line: "SIGN_IN_ATTEMPTS_PER_ADDRESS must be a whole number from 1 to 100000, got 'many'",
  },
  { env: { WORKERS: '0' }, line: "WORKERS must be a whole number from 1 to 64, got '0'" },
  { env: { DELIVERY: 'no' }, line: "DELIVERY must be on or off, got 'no'" },
  { env: { WEBHOOK_ALLOW_PRIVATE_URLS: 'yes' }, line: "WEBHOOK_ALLOW_PRIVATE_URLS must be true or false, got 'yes'" },
  {
    env: { WEBHOOK_TIMEOUT_MS: '20000' },
    line: "WEBHOOK_TIMEOUT_MS must be a whole number from 100 to 15000, got '20000'",
  },
  { env: { DELIVERY_CONCURRENCY: '0' }, line: "DELIVERY_CONCURRENCY must be a whole number from 1 to 1000, got '0'" },
  {
    env: { DELIVERY_CONCURRENCY_PER_ENDPOINT: '101' },
    line: "DELIVERY_CONCURRENCY_PER_ENDPOINT must be a whole number from 1 to 100, got '101'",
  },
  {
    env: { EVENTS_NATS_URL: 'http://127.0.0.1:4222' },
    line: "EVENTS_NATS_URL must be nats://HOST:PORT (several separated by commas), got 'http://127.0.0.1:4222'",
  },
  {
    env: { EVENTS_NATS_STREAM: 'saldo.events' },
    line: `EVENTS_NATS_STREAM must be 1 to 64 letters, digits, "_" or "-", got 'saldo.events'`,
  },
  { env: { METRICS: 'yes' }, line: "METRICS must be on or off, got 'yes'" },
  { env: { METRICS_TOKEN: 'short' }, line: 'METRICS_TOKEN must be at least 16 characters' },
  {
    env: { WORKERS: '2' },
    line: 'WORKERS above 1 needs PostgreSQL (DATABASE_URL=postgres://…): SQLite has a single writer',
  },
] as Array<{ env: Record<string, string>; line: string }>)('refuses with "$line"', ({ env, line }) => {
  const read = () => loadConfig({ DATABASE_URL: 'sqlite::memory:', ...env });
  expect(read).toThrow(ConfigError);
  expect(read).toThrow(new ConfigError(line));
});

it.concurrent.each([
  {
    env: { STATEMENT_TIMEOUT_MS: '1.5' },
    line: "STATEMENT_TIMEOUT_MS must be a whole number from 1 to 600000, got '1.5'",
  },
  {
    env: { WORKERS: '2' },
    line: 'WORKERS above 1 needs PostgreSQL (DATABASE_URL=postgres://…): SQLite has a single writer',
  },
  {
    env: { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/saldo' },
    line: 'cannot start: connect ECONNREFUSED 127.0.0.1:1',
  },
] as Array<{ env: Record<string, string>; line: string }>)(
  'stops the server with "saldo: $line"',
  async ({ env, line }) => {
    const answer = await run(SERVER, [], { DATABASE_URL: 'sqlite::memory:', ...env });
    expect(answer.code).toBe(1);
    expect(answer.stderr).toBe(`saldo: ${line}\n`);
    expect(answer.stdout).not.toMatch(/\bat .*\.ts:\d+/);
  },
);

it('stops `npm start` itself the same way', async () => {
  const answer = await collect(
    spawn('npm', ['start', '--silent'], {
      cwd: REPOSITORY,
      env: childEnv({ PORT: 'eighty' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  expect(answer.code).toBe(1);
  // npm may warn about its own configuration; Saldo's part is one line.
  const saldoLines = answer.stderr.split('\n').filter((line) => line.length > 0 && !line.startsWith('npm warn'));
  expect(saldoLines).toEqual(["saldo: PORT must be a whole number from 0 to 65535, got 'eighty'"]);
});

it('reads the documented defaults', () => {
  expect(loadConfig({})).toEqual({
    databaseUrl: 'sqlite:./data/saldo.db',
    statementTimeoutMs: 5000,
    statementLimitBytes: 52428800,
    port: 8080,
    host: '127.0.0.1',
    rootKey: undefined,
    rateLimitPerMinute: 1200,
    redisUrl: undefined,
    bodyLimitBytes: 1_048_576,
    logLevel: 'info',
    workers: 1,
    dailyJob: true,
    apiKeyCacheSeconds: 5,
    sessionIdleMinutes: 30,
    sessionAbsoluteHours: 12,
    sessionCookieSecure: 'auto',
    signInAttemptsPerEmail: 10,
    signInAttemptsPerAddress: 100,
    delivery: true,
    allowPrivateWebhookUrls: false,
    webhookTimeoutMs: 15_000,
    deliveryConcurrency: 64,
    deliveryConcurrencyPerEndpoint: 16,
    eventsNatsUrl: undefined,
    eventsNatsStream: 'SALDO_EVENTS',
    metrics: true,
    metricsToken: undefined,
  });
  expect(loadConfig({ METRICS: 'off', METRICS_TOKEN: 'scrape-token-0123456789' })).toMatchObject({
    metrics: false,
    metricsToken: 'scrape-token-0123456789',
  });
  expect(loadConfig({ DAILY_JOB: 'off' }).dailyJob).toBe(false);
  expect(loadConfig({ DELIVERY: 'off', WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_TIMEOUT_MS: '500' })).toMatchObject({
    delivery: false,
    allowPrivateWebhookUrls: true,
    webhookTimeoutMs: 500,
  });
  expect(
    loadConfig({ EVENTS_NATS_URL: 'nats://127.0.0.1:4222,nats://10.0.0.2:4222', EVENTS_NATS_STREAM: 'ACME_EVENTS' }),
  ).toMatchObject({
    eventsNatsUrl: 'nats://127.0.0.1:4222,nats://10.0.0.2:4222',
    eventsNatsStream: 'ACME_EVENTS',
  });
  expect(loadConfig({ API_KEY_CACHE_SECONDS: '0' }).apiKeyCacheSeconds).toBe(0);
  expect(
    loadConfig({ SESSION_IDLE_MINUTES: '5', SESSION_ABSOLUTE_HOURS: '1', SESSION_COOKIE_SECURE: 'always' }),
  ).toMatchObject({
    sessionIdleMinutes: 5,
    sessionAbsoluteHours: 1,
    sessionCookieSecure: 'always',
  });
});

it('serves on ./data/saldo.db when DATABASE_URL is not set', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'saldo-default-'));
  try {
    const server = await startServer({}, { cwd: directory });
    try {
      expect(existsSync(join(directory, 'data', 'saldo.db'))).toBe(true);
      const docs = await fetch(`${server.baseUrl}/docs/`);
      expect(docs.status).toBe(200);
      expect(await docs.text()).toContain('swagger');
      const document = await fetch(`${server.baseUrl}/openapi.json`);
      expect(document.status).toBe(200);
      expect(((await document.json()) as { openapi: string }).openapi).toBe('3.1.0');
      const ready = await fetch(`${server.baseUrl}/readyz`);
      expect(await ready.json()).toEqual({ status: 'ready' });
      // Without a root key the server says so once, and /admin refuses everyone.
      expect(server.logs().some((l) => l.msg === 'SALDO_ROOT_KEY is not set: /admin answers 401 to everyone')).toBe(
        true,
      );
    } finally {
      server.child.kill('SIGTERM');
      expect((await server.finished).code).toBe(0);
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

it('documents every variable it reads in the README table', () => {
  const source = readFileSync(join(REPOSITORY, 'src/config.ts'), 'utf8');
  const names = new Set([...source.matchAll(/env(?:, |\.)'?([A-Z][A-Z0-9_]+)'?/g)].map((match) => match[1]!));
  expect(names).toContain('EVENTS_NATS_URL');
  const readme = readFileSync(join(REPOSITORY, 'README.md'), 'utf8');
  for (const name of names) expect(readme, name).toContain(`| \`${name}\` |`);
  // And in the list child processes are started without.
  for (const name of names) expect(SALDO_ENVIRONMENT, name).toContain(name);
});
