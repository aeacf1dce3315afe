// Proves the `saldo` command line as a real process on both databases: it migrates, creates an
// organization, issues a key (shown once) that the API accepts, revokes it so the API refuses it
// (at once, or after a running server's API_KEY_CACHE_SECONDS), and answers a wrong command line
// with one line and exit code 2.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { systemClock } from '../../src/core/clock.ts';
import { runCli } from '../../src/cli/run.ts';
import { buildApp } from '../../src/http/app.ts';
import { openStore } from '../../src/storage/kysely-store.ts';
import { createSharedDatabaseUrl, describeEachDatabase } from '../support/databases.ts';
import {
  REPOSITORY,
  type RunningServer,
  childEnv,
  collect,
  saldoCli,
  saldoCliInProcess,
  startServer,
} from './processes.ts';

// Each case starts real processes, which a busy machine can make slow.
vi.setConfig({ testTimeout: 90_000 });

describeEachDatabase('saldo CLI', (kind) => {
  let databaseUrl: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const database = await createSharedDatabaseUrl(kind, join('nested', 'saldo.db'));
    databaseUrl = database.url;
    cleanup = database.drop;
  });
  afterAll(async () => cleanup?.());

  const cli = (...args: string[]) => saldoCliInProcess(args, { DATABASE_URL: databaseUrl });

  it('migrates a new database, then finds it up to date', async () => {
    const first = await cli('migrate');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Applied \d+ migration\(s\): 0001-foundation, /);
    const second = await cli('migrate');
    expect(second.code).toBe(0);
    expect(second.stdout.trim()).toBe('The database is up to date.');
  });

  it('creates an organization, issues a key the API accepts, and revokes it', async () => {
    const created = await cli(
      'organization',
      'create',
      '--slug',
      'acme',
      '--name',
      'Acme',
      '--time-zone',
      'Europe/Helsinki',
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^Created organization acme \(co_[0-9A-Z]{26}\), time zone Europe\/Helsinki\.\n$/);

    const taken = await cli('organization', 'create', '--slug', 'acme', '--name', 'Again');
    expect(taken.code).toBe(1);
    expect(taken.stderr).toBe('saldo: An organization with this slug exists already. (organization_slug_taken)\n');

    const issued = await cli(
      'key',
      'issue',
      '--org',
      'acme',
      '--name',
      'ops',
      '--scopes',
      'CUSTOMER_READ,CUSTOMER_ACCOUNT_READ',
    );
    expect(issued.code).toBe(0);
    const lines = issued.stdout.trim().split('\n');
    const key = lines.at(-1)!;
    expect(key).toMatch(/^saldo_key_[0-9A-Z]{26}_[A-Za-z0-9_-]{43}$/);
    const keyId = /^saldo_(key_[0-9A-Z]{26})_/.exec(key)![1]!;
    expect(lines[0]).toBe(`Issued key ${keyId} (ops) for acme with CUSTOMER_READ, CUSTOMER_ACCOUNT_READ.`);

    const listed = await cli('key', 'list', '--org', 'acme');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(`${keyId}\tactive\tCUSTOMER_READ,CUSTOMER_ACCOUNT_READ\tops`);
    expect(listed.stdout).not.toContain(key);

    // The API, over the same database, accepts the key until the CLI revokes it: at once for a
    // server that keeps no key records (API_KEY_CACHE_SECONDS=0), as this one.
    const store = await openStore({ url: databaseUrl, apiKeyCacheMs: 0 });
    const app = await buildApp({
      store,
      clock: systemClock,
      rootKey: undefined,
      rateLimitPerMinute: 0,
      redisUrl: undefined,
      bodyLimitBytes: 1_048_576,
      logger: false,
    });
    try {
      const before = await app.inject({ method: 'GET', url: '/orgs/acme/audit-events', headers: { 'x-api-key': key } });
      expect(before.statusCode).toBe(200);
      expect(before.json().data.map((e: { action: string }) => e.action)).toEqual([
        'api_key.issued',
        'organization.created',
      ]);

      const revoked = await cli('key', 'revoke', '--org', 'acme', '--id', keyId);
      expect(revoked.code).toBe(0);
      expect(revoked.stdout.trim()).toBe(
        `Revoked key ${keyId} of acme; running servers refuse it within their API_KEY_CACHE_SECONDS (5 s by default).`,
      );
      const after = await app.inject({ method: 'GET', url: '/orgs/acme/audit-events', headers: { 'x-api-key': key } });
      expect(after.statusCode).toBe(401);
    } finally {
      await app.close();
      await store.close();
    }

    const again = await cli('key', 'revoke', '--org', 'acme', '--id', keyId);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('saldo: The API key does not exist. (api_key_not_found)\n');
  });

  it('keeps a revoked key working in a running server for API_KEY_CACHE_SECONDS, and not at all with 0', async () => {
    await cli('organization', 'create', '--slug', 'cache', '--name', 'Cache');
    const issued = await cli('key', 'issue', '--org', 'cache', '--name', 'ops', '--scopes', 'CUSTOMER_READ');
    const key = issued.stdout.trim().split('\n').at(-1)!;
    const keyId = /^saldo_(key_[0-9A-Z]{26})_/.exec(key)![1]!;
    const keeping = await startServer({ DATABASE_URL: databaseUrl, API_KEY_CACHE_SECONDS: '60' });
    const reading = await startServer({ DATABASE_URL: databaseUrl, API_KEY_CACHE_SECONDS: '0' });
    try {
      const status = async (server: RunningServer) =>
        (await fetch(`${server.baseUrl}/orgs/cache/audit-events`, { headers: { 'x-api-key': key } })).status;
      expect(await status(keeping)).toBe(200);
      expect(await status(reading)).toBe(200);
      expect((await cli('key', 'revoke', '--org', 'cache', '--id', keyId)).code).toBe(0);
      expect(await status(keeping)).toBe(200);
      expect(await status(reading)).toBe(401);
    } finally {
      for (const server of [keeping, reading]) {
        server.child.kill('SIGTERM');
        await server.finished;
      }
    }
  });

  it('answers a key for an unknown organization with exit code 1', async () => {
    const answer = await cli('key', 'issue', '--org', 'nobody', '--name', 'ops', '--scopes', 'FAMILY_READ');
    expect(answer.code).toBe(1);
    expect(answer.stderr).toBe('saldo: The organization does not exist. (organization_not_found)\n');
  });
});

it.each([
  { args: [], message: "a command is needed (try 'saldo help')" },
  { args: ['frobnicate'], message: "unknown command 'frobnicate' (try 'saldo help')" },
  { args: ['organization'], message: "'organization' needs an action: create or list" },
  { args: ['organization', 'create', '--name', 'Acme'], message: '--slug is required' },
  {
    args: ['organization', 'create', '--slug', 'Bad Slug', '--name', 'X'],
    message: "--slug 'Bad Slug' must be lowercase letters, digits and inner dashes, at most 64",
  },
  {
    args: ['organization', 'create', '--slug', 'tz', '--name', 'X', '--time-zone', 'Mars/Olympus'],
    message: "--time-zone 'Mars/Olympus' is not an IANA time zone (e.g. Europe/Helsinki)",
  },
  {
    args: ['organization', 'create', '--slug', 'x', '--name', 'X', '--colour', 'red'],
    message: "Unknown option '--colour'",
  },
  { args: ['key', 'issue', '--org', 'acme', '--name', 'ops'], message: '--scopes is required' },
  {
    args: ['key', 'issue', '--org', 'acme', '--name', 'ops', '--scopes', 'ROOT'],
    message:
      "unknown scope 'ROOT'; scopes are CUSTOMER_READ, CUSTOMER_WRITE, CUSTOMER_ACCOUNT_READ, CUSTOMER_ACCOUNT_WRITE, FAMILY_READ, FAMILY_WRITE, EVENTS_READ, WEBHOOKS_MANAGE",
  },
  {
    args: ['key', 'revoke', '--org', 'acme', '--id', 'nonsense'],
    message: "--id 'nonsense' is not a key id (key_ and 26 characters)",
  },
  { args: ['key', 'rotate'], message: "unknown action 'key rotate'" },
])('refuses `saldo $args` with exit code 2', async ({ args, message }) => {
  const printed: string[] = [];
  const errors: string[] = [];
  const context = {
    env: { DATABASE_URL: 'sqlite::memory:' },
    clock: systemClock,
    print: (line: string) => printed.push(line),
  };
  expect(await runCli(args, context, (line) => errors.push(line))).toBe(2);
  expect(errors).toEqual([`saldo: ${message}`]);
  expect(printed).toEqual([]);
});

it.concurrent.each([
  { args: ['frobnicate'], line: "saldo: unknown command 'frobnicate' (try 'saldo help')" },
  {
    args: ['key', 'issue', '--org', 'acme', '--name', 'ops', '--scopes', 'FAMILY_READ', '--colour', 'red'],
    line: "saldo: Unknown option '--colour'",
  },
])('exits 2 as a process for `saldo $args`', async ({ args, line }) => {
  const answer = await saldoCli(args, { DATABASE_URL: 'sqlite::memory:' });
  expect(answer.code).toBe(2);
  expect(answer.stderr).toBe(`${line}\n`);
  expect(answer.stdout).toBe('');
});

it('prints help with every command, also through bin/saldo.js (npx saldo)', async () => {
  const answer = await saldoCli(['help'], {});
  expect(answer.code).toBe(0);
  for (const usage of [
    'saldo migrate',
    'saldo organization create --slug SLUG --name NAME [--time-zone ZONE]',
    'saldo key issue',
    'saldo key revoke',
    'saldo statement import --org SLUG [--format camt|mt940] FILE',
  ]) {
    expect(answer.stdout).toContain(usage);
  }
  const viaBin = await collect(
    spawn(process.execPath, [`${REPOSITORY}bin/saldo.js`, 'help'], {
      env: childEnv({}),
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  expect(viaBin.code).toBe(0);
  expect(viaBin.stdout).toBe(answer.stdout);
});

it('reports an unreachable PostgreSQL in one line with exit code 1', async () => {
  const answer = await saldoCli(['migrate'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/saldo' });
  expect(answer.code).toBe(1);
  expect(answer.stderr).toBe(
    'saldo: The service is unavailable. Try again later. (database_unavailable: connect ECONNREFUSED 127.0.0.1:1)\n',
  );
});
