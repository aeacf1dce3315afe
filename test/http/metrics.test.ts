// Proves GET /metrics over real HTTP on both databases: 401 in problem details without the root
// key or METRICS_TOKEN (an organization's key, a wrong token, none); Prometheus text with the
// token or the root key; request durations labelled by route pattern (never the raw URL, nor an
// unknown path), ledger batches and dunning runs that move after a write, webhook deliveries
// pending and the oldest one's age that move as a delivery fails, waits and succeeds, and the
// database's connections; with metrics off there is no /metrics.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebhookDispatcher } from '../../src/webhooks/dispatcher.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createCustomerWithAccount } from '../support/fixtures.ts';
import { ROOT_KEY, type TestSaldo, startSaldo } from '../support/harness.ts';
import { type WebhookReceiver, startReceiver } from '../support/webhook-receiver.ts';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';

/** The value of one sample, or undefined when the text has none with exactly these labels. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) found[pair[1]!] = pair[2]!;
    const wanted = Object.entries(labels);
    if (wanted.length === Object.keys(found).length && wanted.every(([key, value]) => found[key] === value))
      return Number(match[3]);
  }
  return undefined;
}

describeEachDatabase('GET /metrics', (kind) => {
  let saldo: TestSaldo;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    saldo = await startSaldo(kind, { metricsToken: METRICS_TOKEN, allowPrivateWebhookUrls: true });
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await saldo?.close();
  });

  const scrape = async () => {
    const answer = await saldo.request('GET', '/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(answer.status, answer.text).toBe(200);
    return answer.text;
  };

  it('answers 401 in problem details to no key, an organization key and a wrong token', async () => {
    const org = await saldo.organization('metrics-keys');
    const attempts: Array<Record<string, string>> = [
      {},
      { 'x-api-key': org.key },
      { authorization: `Bearer ${org.key}` },
      { authorization: 'Bearer wrong-token-0123456789abcdef' },
    ];
    for (const headers of attempts) {
      const answer = await saldo.request('GET', '/metrics', { headers });
      expect(answer.status, JSON.stringify(headers)).toBe(401);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(answer.body).toMatchObject({ code: 'unauthenticated', status: 401 });
      expect(answer.text).not.toContain('http_request_duration_seconds');
    }
  });

  it('serves Prometheus text to the METRICS_TOKEN and to the root key', async () => {
    const byToken = await saldo.request('GET', '/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(byToken.status).toBe(200);
    expect(byToken.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(byToken.text).toContain('# TYPE http_request_duration_seconds histogram');
    const byRoot = await saldo.request('GET', '/metrics', { key: ROOT_KEY });
    expect(byRoot.status).toBe(200);
    expect(byRoot.text).toContain('# TYPE saldo_ledger_batch_requests histogram');
  });

  it('counts requests by route pattern and status, and ledger batches after a charge', async () => {
    const org = await saldo.organization('metrics-writes');
    const { account } = await createCustomerWithAccount(saldo, org);
    const route = '/orgs/:org_id/accounts/:account_id/entries';
    const before = await scrape();
    const batchesBefore = sample(before, 'saldo_ledger_batch_requests_count', { outcome: 'committed' }) ?? 0;
    const charged = await saldo.request('POST', `/orgs/${org.slug}/accounts/${account.account_id}/entries`, {
      key: org.key,
      body: { type: 'CHARGE', amount: 500 },
    });
    expect(charged.status).toBe(201);
    const refused = await saldo.request('POST', `/orgs/${org.slug}/accounts/${account.account_id}/entries`, {
      key: org.key,
      body: { type: 'CHARGE', amount: 'ten' },
    });
    expect(refused.status).toBe(400);
    expect((await saldo.request('GET', `/no/such/path/${account.account_id}`)).status).toBe(404);

    const after = await scrape();
    expect(sample(after, 'http_request_duration_seconds_count', { method: 'POST', route, status_code: '201' })).toBe(1);
    expect(sample(after, 'http_request_duration_seconds_count', { method: 'POST', route, status_code: '400' })).toBe(1);
    expect(
      sample(after, 'http_request_duration_seconds_sum', { method: 'POST', route, status_code: '201' }),
    ).toBeGreaterThan(0);
    expect(
      sample(after, 'http_request_duration_seconds_count', { method: 'GET', route: 'unmatched', status_code: '404' }),
    ).toBeGreaterThanOrEqual(1);
    // Ids never become labels.
    expect(after).not.toContain(account.account_id);
    expect(sample(after, 'saldo_ledger_batch_requests_count', { outcome: 'committed' })).toBe(batchesBefore + 1);
    expect(sample(after, 'saldo_ledger_batch_bookings_sum', { outcome: 'committed' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'saldo_ledger_batch_duration_seconds_count', { outcome: 'committed' })).toBe(
      batchesBefore + 1,
    );
  });

  it('counts dunning runs by trigger and status, with their duration', async () => {
    const org = await saldo.organization('metrics-dunning');
    await createCustomerWithAccount(saldo, org);
    const before = sample(await scrape(), 'saldo_dunning_runs_total', { trigger: 'API', status: 'COMPLETED' }) ?? 0;
    const run = await saldo.request('POST', `/orgs/${org.slug}/dunning-runs`, { key: org.key, body: {} });
    expect(run.status, run.text).toBe(201);
    const after = await scrape();
    expect(sample(after, 'saldo_dunning_runs_total', { trigger: 'API', status: 'COMPLETED' })).toBe(before + 1);
    expect(sample(after, 'saldo_dunning_run_duration_seconds_count', { trigger: 'API' })).toBe(before + 1);
  });

  it("reports the database's connections", async () => {
    const text = await scrape();
    expect(sample(text, 'saldo_database_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'saldo_database_connections', { state: 'idle' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'saldo_database_waiting')).toBe(0);
  });

  it("reports webhook deliveries pending and the oldest one's age as a delivery fails, waits and succeeds", async () => {
    saldo.clock.set(new Date());
    const org = await saldo.organization('metrics-hooks');
    const { account } = await createCustomerWithAccount(saldo, org);
    const endpoint = await saldo.request('POST', `/orgs/${org.slug}/webhook-endpoints`, {
      key: org.key,
      body: { url: `${receiver.url}?metrics`, event_types: ['entry.posted'] },
    });
    expect(endpoint.status, endpoint.text).toBe(201);
    receiver.answer = () => ({ status: 500 });
    let dispatcher = new WebhookDispatcher(saldo.store, saldo.clock, {
      allowPrivateUrls: true,
      timeoutMs: 1000,
    }).start();
    try {
      expect(
        (
          await saldo.request('POST', `/orgs/${org.slug}/accounts/${account.account_id}/entries`, {
            key: org.key,
            body: { type: 'CHARGE', amount: 700 },
          })
        ).status,
      ).toBe(201);
      await vi.waitFor(
        () => expect(receiver.received.filter((request) => request.path === '/hooks?metrics')).toHaveLength(1),
        { timeout: 5000 },
      );
    } finally {
      await dispatcher.stop();
    }
    // Failed once, its retry is 5 s away: not due yet.
    expect(sample(await scrape(), 'saldo_webhook_deliveries_pending')).toBe(0);
    // A minute later the retry is 55 s overdue.
    saldo.clock.set(new Date(saldo.clock.now().getTime() + 60_000));
    const waiting = await scrape();
    expect(sample(waiting, 'saldo_webhook_deliveries_pending')).toBe(1);
    expect(sample(waiting, 'saldo_webhook_delivery_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(50);
    expect(sample(waiting, 'saldo_webhook_delivery_oldest_pending_age_seconds')).toBeLessThanOrEqual(60);

    receiver.answer = () => ({ status: 204 });
    // Real time again, so the receiver's answer is not judged stale; the retry is due by then.
    saldo.clock.set(new Date(Date.now() + 60_000));
    dispatcher = new WebhookDispatcher(saldo.store, saldo.clock, { allowPrivateUrls: true, timeoutMs: 1000 }).start();
    try {
      await vi.waitFor(
        () => expect(receiver.received.filter((request) => request.path === '/hooks?metrics')).toHaveLength(2),
        { timeout: 5000 },
      );
      await vi.waitFor(async () => expect(sample(await scrape(), 'saldo_webhook_deliveries_pending')).toBe(0), {
        timeout: 5000,
      });
    } finally {
      await dispatcher.stop();
    }
    expect(sample(await scrape(), 'saldo_webhook_delivery_oldest_pending_age_seconds')).toBe(0);
  });
});

describe('GET /metrics with metrics off', () => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo('sqlite', { metrics: false });
  });
  afterAll(async () => saldo?.close());

  it('is not served', async () => {
    const answer = await saldo.request('GET', '/metrics', { key: ROOT_KEY });
    expect(answer.status).toBe(404);
    expect(answer.text).not.toContain('http_request_duration_seconds');
  });
});
