// Proves webhook delivery as real processes: events committed by a process killed with SIGKILL
// before it delivered them (before fan-out, and with attempts in flight) are delivered after the
// restart, each at least once and each delivery ending SUCCEEDED (both databases); and two
// processes on one PostgreSQL make each attempt once — every event arrives exactly once and each
// delivery has one attempt.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DATABASE_KINDS, postgresAvailable } from '../support/databases.ts';
import { type WebhookReceiver, startReceiver } from '../support/webhook-receiver.ts';
import {
  type SaldoDatabase,
  type SaldoProcess,
  freshDatabase,
  organizationOver,
  startSaldoProcess,
} from './process-client.ts';

vi.setConfig({ testTimeout: 120_000 });

const SCOPES = ['CUSTOMER_WRITE', 'CUSTOMER_ACCOUNT_WRITE', 'CUSTOMER_ACCOUNT_READ', 'EVENTS_READ', 'WEBHOOKS_MANAGE'];
const ENV = { WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_TIMEOUT_MS: '1000', DAILY_JOB: 'off' };

let receiver: WebhookReceiver;
const processes: SaldoProcess[] = [];
beforeAll(async () => {
  receiver = await startReceiver();
});
afterEach(async () => {
  for (const process of processes.splice(0)) await process.stop();
  receiver.answer = () => ({ status: 204 });
  receiver.received.length = 0;
});
afterAll(async () => receiver?.close());

async function start(url: string, env: Record<string, string> = {}): Promise<SaldoProcess> {
  const process = await startSaldoProcess(url, { ...ENV, ...env });
  processes.push(process);
  return process;
}

/** An organization with an account and an endpoint for every entry.posted, made through `saldo`. */
async function setup(saldo: SaldoProcess, slug: string) {
  const org = await organizationOver(saldo, slug, SCOPES);
  const customer = await saldo.request('POST', `/orgs/${slug}/customers`, { key: org.key, body: { name: 'Killed' } });
  const account = await saldo.request('POST', `/orgs/${slug}/customers/${customer.body.id}/accounts`, {
    key: org.key,
    body: {
      modality: 'POSTPAID',
      currency: 'EUR',
      payment_method: { type: 'DIRECT_DEBIT', details: { iban: 'DE89370400440532013000' } },
    },
  });
  const endpoint = await saldo.request('POST', `/orgs/${slug}/webhook-endpoints`, {
    key: org.key,
    body: { url: `${receiver.url}?${slug}`, event_types: ['entry.posted'] },
  });
  expect(endpoint.status, endpoint.text).toBe(201);
  return { key: org.key, account: account.body.account_id as string, endpoint: endpoint.body.id as string };
}

const eventIdsReceived = (slug: string) =>
  receiver.received.filter((r) => r.path === `/hooks?${slug}`).map((r) => String(r.headers['webhook-id']));

for (const kind of DATABASE_KINDS) {
  describe.runIf(kind === 'sqlite' || postgresAvailable())(`webhook delivery through SIGKILL [${kind}]`, () => {
    let database: SaldoDatabase;
    beforeAll(async () => {
      database = await freshDatabase(kind);
    });
    afterAll(async () => database?.drop());

    it('delivers after a restart what a killed process committed but had not delivered', async () => {
      // Before fan-out: this process does not deliver at all.
      const first = await start(database.url, { DELIVERY: 'off' });
      const { key, account, endpoint } = await setup(first, 'killed');
      const charges = [];
      for (let i = 0; i < 10; i++)
        charges.push(
          await first.request('POST', `/orgs/killed/accounts/${account}/entries`, {
            key,
            body: { type: 'CHARGE', amount: 100 + i },
          }),
        );
      await first.kill();

      // With attempts in flight: the receiver hangs, and the process dies mid-attempt.
      receiver.answer = () => 'hang';
      const second = await start(database.url);
      for (let i = 0; i < 10; i++)
        charges.push(
          await second.request('POST', `/orgs/killed/accounts/${account}/entries`, {
            key,
            body: { type: 'CHARGE', amount: 200 + i },
          }),
        );
      await vi.waitFor(() => expect(eventIdsReceived('killed').length).toBeGreaterThan(0), { timeout: 10_000 });
      await second.kill();

      receiver.answer = () => ({ status: 204 });
      const third = await start(database.url);
      const feed = (await third.request('GET', '/orgs/killed/events?types=entry.posted&limit=1000', { key })).body
        .data as any[];
      expect(feed.map((e) => e.data.id)).toEqual(charges.map((c) => c.body.id));
      // The leases of the killed process run out (2 × 1 s + 5 s), then every event arrives.
      await vi.waitFor(() => expect(new Set(eventIdsReceived('killed'))).toEqual(new Set(feed.map((e) => e.id))), {
        timeout: 30_000,
        interval: 200,
      });
      await vi.waitFor(
        async () => {
          const succeeded = (
            await third.request(
              'GET',
              `/orgs/killed/webhook-endpoints/${endpoint}/deliveries?status=SUCCEEDED&limit=100`,
              { key },
            )
          ).body.data;
          expect(succeeded).toHaveLength(20);
        },
        { timeout: 10_000 },
      );
      expect(
        (await third.request('GET', `/orgs/killed/webhook-endpoints/${endpoint}/deliveries?status=PENDING`, { key }))
          .body.data,
      ).toEqual([]);
    });
  });
}

describe.runIf(postgresAvailable())('two processes delivering [postgres]', () => {
  let database: SaldoDatabase;
  beforeAll(async () => {
    database = await freshDatabase('postgres');
  });
  afterAll(async () => database?.drop());

  it('makes each attempt once: every event arrives exactly once', async () => {
    const one = await start(database.url);
    const two = await start(database.url);
    const { key, account, endpoint } = await setup(one, 'twice');
    const bookings = [];
    for (let round = 0; round < 10; round++) {
      bookings.push(
        one.request('POST', '/orgs/twice/batches', {
          key,
          body: {
            items: Array.from({ length: 20 }, (_, i) => ({ kind: 'CHARGE', account_id: account, amount: 1 + i })),
          },
        }),
        two.request('POST', `/orgs/twice/accounts/${account}/entries`, { key, body: { type: 'CHARGE', amount: 7 } }),
      );
    }
    await Promise.all(bookings);
    const feed = (await one.request('GET', '/orgs/twice/events?types=entry.posted&limit=1000', { key })).body
      .data as any[];
    expect(feed).toHaveLength(210);
    await vi.waitFor(() => expect(eventIdsReceived('twice')).toHaveLength(210), { timeout: 30_000, interval: 200 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const received = eventIdsReceived('twice');
    expect(received).toHaveLength(210);
    expect(new Set(received)).toEqual(new Set(feed.map((e) => e.id)));
    const attempts = await database.db
      .selectFrom('webhook_attempts')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(attempts.n)).toBe(210);
    const deliveries = (
      await two.request('GET', `/orgs/twice/webhook-endpoints/${endpoint}/deliveries?status=SUCCEEDED&limit=100`, {
        key,
      })
    ).body;
    expect(deliveries.data.every((d: any) => d.attempts === 1)).toBe(true);
  });
});
