// Proves that every bound Saldo names holds at its edge — page sizes, batch sizes, body size,
// Idempotency-Key length, the dunning policy's levels — on both databases, and that the per-key
// rate limit counts across two real Saldo processes sharing Redis.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase, postgresAvailable } from '../support/databases.ts';
import { createCustomerWithAccount } from '../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../support/harness.ts';
import {
  type SaldoDatabase,
  type SaldoProcess,
  freshDatabase,
  organizationOver,
  startSaldoProcess,
} from './process-client.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const BODY_LIMIT_BYTES = 1_048_576;

describeEachDatabase('limits', (kind) => {
  let saldo: TestSaldo;
  let org: { slug: string; key: string };
  let ids: { customer: string; number: string; account: string; entry: string; run: string };
  beforeAll(async () => {
    saldo = await startSaldo(kind);
    org = await saldo.organization('limits');
    const { customer, account } = await createCustomerWithAccount(saldo, org);
    const entry = await saldo.request('POST', `/orgs/limits/accounts/${account.account_id}/entries`, {
      key: org.key,
      body: { type: 'CHARGE', amount: 100, due_date: '2026-04-01' },
    });
    const run = await saldo.request('POST', '/orgs/limits/dunning-runs', { key: org.key, body: {} });
    ids = {
      customer: customer.id,
      number: String(customer.number),
      account: account.account_id,
      entry: entry.body.id,
      run: run.body.id,
    };
  });
  afterAll(async () => {
    await saldo?.close();
  });

  // [what, path with {bound} where the value goes, largest accepted, smallest accepted]
  const pages: Array<[string, (value: number) => string, number, number]> = [
    ['entries limit', (v) => `/orgs/limits/accounts/${ids.account}/entries?limit=${v}`, 100, 1],
    ['customers limit', (v) => `/orgs/limits/customers?limit=${v}`, 100, 1],
    ['audit events limit', (v) => `/orgs/limits/audit-events?limit=${v}`, 100, 1],
    ['scheduled payments limit', (v) => `/orgs/limits/accounts/${ids.account}/scheduled-payments?limit=${v}`, 100, 1],
    ['dunning runs limit', (v) => `/orgs/limits/dunning-runs?limit=${v}`, 100, 1],
    ['dunning run changes limit', (v) => `/orgs/limits/dunning-runs/${ids.run}?limit=${v}`, 1000, 1],
    ['debt collection export limit', (v) => `/orgs/limits/debt-collection/export?limit=${v}`, 1000, 1],
    [
      'v1 upcoming sliceSize',
      (v) => `/v1/customers/${ids.number}/account/transactions/upcoming?sliceSize=${v}`,
      100,
      1,
    ],
    ['v4 size', (v) => `/v4/customer/${ids.number}?auditUser=ops&size=${v}`, 100, 1],
  ];
  it.each(pages)('bounds the %s to its documented range', async (_, path, largest, smallest) => {
    for (const [value, accepted] of [
      [largest, true],
      [largest + 1, false],
      [smallest, true],
      [smallest - 1, false],
    ] as const) {
      const answer = await saldo.request('GET', path(value), { key: org.key });
      expect(answer.status, `${value}: ${answer.text}`).toBe(accepted ? 200 : 400);
    }
  });

  it('bounds the Idempotency-Key to 255 characters', async () => {
    const path = `/orgs/limits/accounts/${ids.account}/payments`;
    const longest = randomUUID().padEnd(255, 'k');
    expect(
      (
        await saldo.request('POST', path, {
          key: org.key,
          body: { amount: 1 },
          headers: { 'idempotency-key': longest },
        })
      ).status,
    ).toBe(201);
    const over = await saldo.request('POST', path, {
      key: org.key,
      body: { amount: 1 },
      headers: { 'idempotency-key': `${longest}k` },
    });
    expect(over.status).toBe(400);
    expect(over.body.code).toBe('validation_failed');
  });

  it('bounds the body to BODY_LIMIT_BYTES (1 MiB by default): 413 past it, in problem details', async () => {
    const path = `/orgs/limits/accounts/${ids.account}/entries`;
    const envelope = JSON.stringify({ type: 'CHARGE', amount: 1, description: '' });
    // Exactly at the limit: read and validated (the description is too long, so 400, not 413).
    const atLimit = envelope.replace(
      '"description":""',
      `"description":"${'x'.repeat(BODY_LIMIT_BYTES - envelope.length)}"`,
    );
    expect(Buffer.byteLength(atLimit)).toBe(BODY_LIMIT_BYTES);
    expect((await saldo.request('POST', path, { key: org.key, rawBody: atLimit })).status).toBe(400);
    const over = await saldo.request('POST', path, { key: org.key, rawBody: `${atLimit} ` });
    expect(over.status).toBe(413);
    expect(over.body).toMatchObject({ code: 'payload_too_large', status: 413 });
  });

  const batches: Array<[string, string, string, (size: number) => Record<string, unknown>, number]> = [
    [
      'installment plan entries',
      'POST',
      'installment-plans',
      (n) => ({
        entry_ids: Array.from({ length: n }, (_, i) => `trn_${String(i).padStart(26, '0')}`),
        installments: 2,
        first_due_date: '2026-05-01',
      }),
      100,
    ],
    [
      'installments of a plan',
      'POST',
      'installment-plans',
      (n) => ({ entry_ids: ['trn_00000000000000000000000000'], installments: n, first_due_date: '2026-05-01' }),
      120,
    ],
    [
      'customer categories',
      'POST',
      'customers',
      (n) => ({ name: 'C', categories: Array.from({ length: n }, (_, i) => `c${i}`) }),
      50,
    ],
    [
      'customer external references',
      'POST',
      'customers',
      (n) => ({
        name: 'C',
        external_references: Array.from({ length: n }, (_, i) => ({ source: `crm${i}`, id: randomUUID() })),
      }),
      20,
    ],
  ];
  it.each(batches)('bounds the %s', async (_, method, target, body, bound) => {
    const path = target === 'customers' ? '/orgs/limits/customers' : `/orgs/limits/accounts/${ids.account}/${target}`;
    const over = await saldo.request(method, path, { key: org.key, body: body(bound + 1) });
    expect(over.status, over.text).toBe(400);
    expect(over.body.code).toBe('validation_failed');
    // At the bound the shape is accepted: any refusal is about content (a missing entry), not size.
    const at = await saldo.request(method, path, { key: org.key, body: body(bound) });
    expect(at.body?.code, at.text).not.toBe('validation_failed');
  });

  it('bounds a dunning policy to 20 levels', async () => {
    const levels = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `L${i}`, days_past_due: i + 1 }));
    expect(
      (
        await saldo.request('PUT', '/orgs/limits/dunning-policy', {
          key: org.key,
          body: { levels: levels(20), debt_collection_after_days: null },
        })
      ).status,
    ).toBe(200);
    const over = await saldo.request('PUT', '/orgs/limits/dunning-policy', {
      key: org.key,
      body: { levels: levels(21), debt_collection_after_days: null },
    });
    expect(over.status).toBe(400);
    expect(over.body.code).toBe('dunning_policy_invalid');
  });
});

async function redisReachable(): Promise<boolean> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000 });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

describe.runIf(postgresAvailable())('rate limit across two real processes', () => {
  let database: SaldoDatabase;
  const processes: SaldoProcess[] = [];
  let withRedis = false;
  beforeAll(async () => {
    withRedis = await redisReachable();
    database = await freshDatabase('postgres');
  });
  afterAll(async () => {
    for (const saldo of processes) await saldo.stop();
    await database?.drop();
  });

  it('counts one limit per key across two Saldo processes sharing Redis', async (context) => {
    if (!withRedis) context.skip();
    const env = { RATE_LIMIT_PER_MINUTE: '5', REDIS_URL: REDIS_URL, LOG_LEVEL: 'info' };
    // The first process migrates the database; the second starts on it.
    processes.push(await startSaldoProcess(database.url, env));
    processes.push(await startSaldoProcess(database.url, env));
    const [first, second] = processes as [SaldoProcess, SaldoProcess];
    const slug = `limits-${randomUUID().slice(0, 8)}`;
    const org = await organizationOver(first, slug, ['CUSTOMER_READ']);
    const statuses: number[] = [];
    const retryAfter: Array<string | null> = [];
    for (let i = 0; i < 8; i++) {
      const answer = await (i % 2 === 0 ? first : second).request('GET', `/orgs/${slug}/customers`, { key: org.key });
      statuses.push(answer.status);
      retryAfter.push(answer.headers?.get('retry-after') ?? null);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(retryAfter.slice(5).every((value) => value !== null && /^\d+$/.test(value))).toBe(true);
  }, 60_000);
});
