// Proves webhook endpoints and delivery over real HTTP on both databases, to a real local
// receiver: create answers the secret once; each event an endpoint wants arrives signed the
// Standard Webhooks way (checked with the standardwebhooks package), with its attempts recorded;
// a 500 is retried after 5 s, a receiver hanging past the timeout fails and is retried; a rotated
// secret signs beside the old one; retry now and replay deliver again; an endpoint failing for
// days is disabled with its event; bad URLs, unknown types and private addresses are 400 with
// nothing written; a name resolving to 127.0.0.1 and a redirect to it are never followed; scopes,
// roles and other organizations are kept apart.
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { WebhookDispatcher } from '../../src/webhooks/dispatcher.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createCustomerWithAccount } from '../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../support/harness.ts';
import { type WebhookReceiver, startReceiver } from '../support/webhook-receiver.ts';

const TIMEOUT_MS = 400;

describeEachDatabase('webhook endpoints and delivery', (kind) => {
  let saldo: TestSaldo;
  let dispatcher: WebhookDispatcher;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    saldo = await startSaldo(kind, { allowPrivateWebhookUrls: true, wakeDelivery: () => dispatcher.wake() });
    dispatcher = new WebhookDispatcher(saldo.store, saldo.clock, {
      allowPrivateUrls: true,
      timeoutMs: TIMEOUT_MS,
    }).start();
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await dispatcher?.stop();
    await receiver?.close();
    await saldo?.close();
  });

  /** Real time: receivers refuse signatures older than five minutes. */
  const now = () => saldo.clock.set(new Date());
  const advance = (ms: number) => saldo.clock.set(new Date(saldo.clock.now().getTime() + ms));

  async function setup(slug: string) {
    now();
    const org = await saldo.organization(slug);
    const { account } = await createCustomerWithAccount(saldo, org);
    const call = (method: string, path: string, body?: unknown, key = org.key) =>
      saldo.request(method, `/orgs/${slug}${path}`, { key, body });
    const create = async (body: Record<string, unknown>) => {
      const answer = await call('POST', '/webhook-endpoints', body);
      expect(answer.status, answer.text).toBe(201);
      return answer.body;
    };
    const deliveries = async (endpointId: string, query = '') =>
      (await call('GET', `/webhook-endpoints/${endpointId}/deliveries${query}`)).body;
    const charge = (amount: number) =>
      call('POST', `/accounts/${account.account_id}/entries`, { type: 'CHARGE', amount });
    return { org, account, call, create, deliveries, charge };
  }

  const receivedFor = (endpointPath: string) => receiver.received.filter((request) => request.path === endpointPath);

  it('creates an endpoint with its secret shown once, and delivers each wanted event signed, recording the attempt', async () => {
    const { call, create, deliveries, charge } = await setup('hooks-basic');
    const endpoint = await create({
      url: `${receiver.url}?basic`,
      event_types: ['entry.posted', 'payment.recorded'],
      description: 'ledger feed',
    });
    expect(endpoint).toMatchObject({
      url: `${receiver.url}?basic`,
      event_types: ['entry.posted', 'payment.recorded'],
      enabled: true,
      description: 'ledger feed',
    });
    expect(endpoint.id).toMatch(/^whe_/);
    expect(endpoint.secret).toMatch(/^whsec_/);
    const read = await call('GET', `/webhook-endpoints/${endpoint.id}`);
    expect(read.status).toBe(200);
    expect(read.body).not.toHaveProperty('secret');
    expect((await call('GET', '/webhook-endpoints')).body.data.map((e: any) => e.id)).toEqual([endpoint.id]);

    const booked = await charge(1234);
    await call('POST', '/customers', { name: 'not wanted' });
    await vi.waitFor(() => expect(receivedFor('/hooks?basic')).toHaveLength(1), { timeout: 5000 });
    const [request] = receivedFor('/hooks?basic');
    // The receiver checks the signature with the maintained package, over the raw body.
    const event = new Webhook(endpoint.secret).verify(request!.body, request!.headers as Record<string, string>) as any;
    expect(event).toMatchObject({ type: 'entry.posted', data: { id: booked.body.id, amount: 1234 } });
    expect(request!.headers['webhook-id']).toBe(event.id);
    expect(request!.headers['content-type']).toBe('application/json');
    const feed = (await call('GET', '/events?types=entry.posted')).body.data;
    expect(JSON.parse(request!.body)).toEqual(feed.find((e: any) => e.id === event.id));

    await vi.waitFor(async () => expect((await deliveries(endpoint.id)).data[0]?.status).toBe('SUCCEEDED'), {
      timeout: 5000,
    });
    const [delivery] = (await deliveries(endpoint.id)).data;
    expect(delivery).toMatchObject({
      event_id: event.id,
      event_type: 'entry.posted',
      status: 'SUCCEEDED',
      attempts: 1,
      last_status_code: 204,
      last_error: null,
      next_attempt_at: null,
    });
    const detail = await call('GET', `/webhook-endpoints/${endpoint.id}/deliveries/${delivery.id}`);
    expect(detail.body.attempt_log).toEqual([
      expect.objectContaining({ attempt: 1, outcome: 'SUCCEEDED', status_code: 204, error: null }),
    ]);
  });

  it('retries a 500 after 5 s and a receiver hanging past the timeout, then succeeds', async () => {
    const { create, deliveries, charge } = await setup('hooks-retry');
    const endpoint = await create({ url: `${receiver.url}?retry`, event_types: ['*'] });
    let mode: 'fail' | 'hang' | 'ok' = 'fail';
    receiver.answer = (request) =>
      request.path !== '/hooks?retry'
        ? { status: 204 }
        : mode === 'fail'
          ? { status: 500 }
          : mode === 'hang'
            ? 'hang'
            : { status: 200 };
    try {
      await charge(100);
      await vi.waitFor(
        async () =>
          expect((await deliveries(endpoint.id)).data[0]).toMatchObject({
            status: 'PENDING',
            attempts: 1,
            last_status_code: 500,
          }),
        { timeout: 5000 },
      );
      const first = (await deliveries(endpoint.id)).data[0];
      const due = Date.parse(first.next_attempt_at) - saldo.clock.now().getTime();
      expect(due).toBeGreaterThanOrEqual(5000);
      expect(due).toBeLessThanOrEqual(5600);
      // Not before its time.
      dispatcher.wake();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(receivedFor('/hooks?retry')).toHaveLength(1);

      mode = 'hang';
      advance(6000);
      dispatcher.wake();
      await vi.waitFor(
        async () =>
          expect((await deliveries(endpoint.id)).data[0]).toMatchObject({ attempts: 2, last_status_code: null }),
        { timeout: 5000 },
      );
      expect((await deliveries(endpoint.id)).data[0].last_error).toBe(`no complete answer within ${TIMEOUT_MS} ms`);

      mode = 'ok';
      advance(5 * 60_000 + 31_000);
      dispatcher.wake();
      await vi.waitFor(
        async () =>
          expect((await deliveries(endpoint.id)).data[0]).toMatchObject({
            status: 'SUCCEEDED',
            attempts: 3,
            last_status_code: 200,
          }),
        { timeout: 5000 },
      );
      expect(new Set(receivedFor('/hooks?retry').map((r) => r.headers['webhook-id'])).size).toBe(1);
    } finally {
      receiver.answer = () => ({ status: 204 });
    }
  });

  it('signs with both secrets for a day after a rotation, then with the new one only', async () => {
    const { call, create, charge } = await setup('hooks-rotation');
    const endpoint = await create({ url: `${receiver.url}?rotation`, event_types: ['entry.posted'] });
    const rotated = await call('POST', `/webhook-endpoints/${endpoint.id}/secret-rotation`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    await charge(5);
    await vi.waitFor(() => expect(receivedFor('/hooks?rotation')).toHaveLength(1), { timeout: 5000 });
    const [request] = receivedFor('/hooks?rotation');
    expect(String(request!.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const secret of [endpoint.secret, rotated.body.secret])
      new Webhook(secret).verify(request!.body, request!.headers as Record<string, string>);
  });

  it('retries a delivery on demand (202, attempted at once) and replays everything after an event', async () => {
    const { call, create, deliveries, charge } = await setup('hooks-replay');
    const endpoint = await create({ url: `${receiver.url}?replay`, event_types: ['entry.posted'] });
    const charges = [await charge(1), await charge(2), await charge(3)];
    await vi.waitFor(async () => expect((await deliveries(endpoint.id, '?status=SUCCEEDED')).data).toHaveLength(3), {
      timeout: 5000,
    });
    const [newest] = (await deliveries(endpoint.id)).data;
    const retried = await call('POST', `/webhook-endpoints/${endpoint.id}/deliveries/${newest.id}/retry`);
    expect(retried.status).toBe(202);
    expect(retried.body).toMatchObject({ id: newest.id, status: 'PENDING' });
    await vi.waitFor(
      async () =>
        expect((await call('GET', `/webhook-endpoints/${endpoint.id}/deliveries/${newest.id}`)).body.attempts).toBe(2),
      { timeout: 5000 },
    );

    const feed = (await call('GET', '/events?types=entry.posted')).body.data;
    const first = feed.find((e: any) => e.data.id === charges[0]!.body.id);
    const replay = await call('POST', `/webhook-endpoints/${endpoint.id}/replay`, { after: first.id });
    expect(replay.status).toBe(202);
    await vi.waitFor(async () => expect((await deliveries(endpoint.id, '?limit=100')).data).toHaveLength(5), {
      timeout: 5000,
    });
    const replayed = (await deliveries(endpoint.id, '?limit=2')).data;
    expect(replayed.map((d: any) => d.event_id).sort()).toEqual(
      feed
        .filter((e: any) => e.id > first.id)
        .map((e: any) => e.id)
        .sort(),
    );
    // Paging: newest first, two at a time, every delivery once.
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: any = await deliveries(endpoint.id, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.data.map((d: any) => d.id));
      cursor = page.next_cursor;
    }
    expect(new Set(seen).size).toBe(5);
    for (const body of [{ after: 'evt_bad' }, { after: charges[0]!.body.id }, {}]) {
      expect((await call('POST', `/webhook-endpoints/${endpoint.id}/replay`, body)).status, JSON.stringify(body)).toBe(
        400,
      );
    }
    expect(
      (await call('POST', `/webhook-endpoints/${endpoint.id}/deliveries/whd_00000000000000000000000000/retry`)).status,
    ).toBe(404);
  });

  it('fails at delivery a name that resolves to 127.0.0.1 and a redirect, without following either', async () => {
    const { create, deliveries, charge } = await setup('hooks-ssrf');
    // Private URLs are off for this dispatcher, and the name resolves to loopback (as a rebinding DNS would answer).
    const strict = new WebhookDispatcher(saldo.store, saldo.clock, {
      allowPrivateUrls: false,
      timeoutMs: TIMEOUT_MS,
      lookup: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    await dispatcher.stop();
    strict.start();
    try {
      const rebinding = await create({ url: 'https://rebind.example/hooks', event_types: ['entry.posted'] });
      await charge(9);
      await vi.waitFor(
        async () =>
          expect((await deliveries(rebinding.id)).data[0]).toMatchObject({
            status: 'PENDING',
            attempts: 1,
            last_status_code: null,
          }),
        { timeout: 5000 },
      );
      expect((await deliveries(rebinding.id)).data[0].last_error).toContain('127.0.0.1, which is not a public address');
    } finally {
      await strict.stop();
      dispatcher = new WebhookDispatcher(saldo.store, saldo.clock, {
        allowPrivateUrls: true,
        timeoutMs: TIMEOUT_MS,
      }).start();
    }
    const redirecting = await create({ url: `${receiver.url}?redirect`, event_types: ['entry.posted'] });
    receiver.answer = (request) =>
      request.path === '/hooks?redirect'
        ? { status: 302, headers: { location: 'http://127.0.0.1:1/internal' } }
        : { status: 204 };
    try {
      await charge(10);
      await vi.waitFor(
        async () =>
          expect((await deliveries(redirecting.id)).data[0]).toMatchObject({
            status: 'PENDING',
            last_status_code: 302,
          }),
        { timeout: 5000 },
      );
      expect((await deliveries(redirecting.id)).data[0].last_error).toContain('redirects are not followed');
      expect(receiver.received.filter((r) => r.path === '/internal')).toEqual([]);
    } finally {
      receiver.answer = () => ({ status: 204 });
    }
  });

  it('disables an endpoint that failed for days, with its event, and enables it again', async () => {
    const { call, create, deliveries, charge } = await setup('hooks-disable');
    const endpoint = await create({ url: `${receiver.url}?down`, event_types: ['entry.posted'] });
    receiver.answer = (request) => (request.path === '/hooks?down' ? { status: 503 } : { status: 204 });
    try {
      await charge(1);
      await vi.waitFor(async () => expect((await deliveries(endpoint.id)).data[0]?.attempts).toBe(1), {
        timeout: 5000,
      });
      // Six days later its retries still fail.
      advance(6 * 24 * 3_600_000);
      dispatcher.wake();
      await vi.waitFor(
        async () => expect((await call('GET', `/webhook-endpoints/${endpoint.id}`)).body.enabled).toBe(false),
        { timeout: 5000 },
      );
      const read = (await call('GET', `/webhook-endpoints/${endpoint.id}`)).body;
      expect(read.disabled_reason).toMatch(/failed for more than 120 hours/);
      const [disabled] = (await call('GET', '/events?types=webhook_endpoint.disabled')).body.data;
      expect(disabled.data).toMatchObject({
        endpoint: { id: endpoint.id, enabled: false },
        reason: read.disabled_reason,
      });
      expect(disabled.data.endpoint).not.toHaveProperty('secret');
      // Nothing more is attempted while it is disabled.
      const attempts = receivedFor('/hooks?down').length;
      advance(3 * 3_600_000);
      dispatcher.wake();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(receivedFor('/hooks?down')).toHaveLength(attempts);
      const enabled = await call('PATCH', `/webhook-endpoints/${endpoint.id}`, { enabled: true });
      expect(enabled.body).toMatchObject({ enabled: true, disabled_reason: null });
    } finally {
      receiver.answer = () => ({ status: 204 });
    }
  });

  it('changes and deletes endpoints; refuses bad input with nothing written; keeps scopes, roles and organizations apart', async () => {
    const { org, call, create } = await setup('hooks-manage');
    const endpoint = await create({ url: `${receiver.url}?manage`, event_types: ['*'] });
    const patched = await call('PATCH', `/webhook-endpoints/${endpoint.id}`, {
      event_types: ['customer.created'],
      description: 'crm',
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ event_types: ['customer.created'], description: 'crm', enabled: true });
    const cases: Array<[unknown, number, string]> = [
      [{ url: 'not a url', event_types: ['*'] }, 400, 'webhook_url_not_allowed'],
      [{ url: 'ftp://example.com/x', event_types: ['*'] }, 400, 'webhook_url_not_allowed'],
      [{ url: `${receiver.url}`, event_types: ['payment.teleported'] }, 400, 'event_type_unknown'],
      [{ url: `${receiver.url}`, event_types: ['*', 'entry.posted'] }, 400, 'validation_failed'],
      [{ url: `${receiver.url}`, event_types: [] }, 400, 'validation_failed'],
      [{ url: `${receiver.url}` }, 400, 'validation_failed'],
      [{ url: `${receiver.url}`, event_types: ['*'], colour: 'red' }, 400, 'validation_failed'],
    ];
    for (const [body, status, code] of cases) {
      const answer = await call('POST', '/webhook-endpoints', body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect(answer.body.code, JSON.stringify(body)).toBe(code);
    }
    expect((await call('PATCH', `/webhook-endpoints/${endpoint.id}`, { event_types: ['nope'] })).body.code).toBe(
      'event_type_unknown',
    );
    expect((await call('GET', '/webhook-endpoints')).body.data).toHaveLength(1);
    expect((await call('GET', `/webhook-endpoints/${endpoint.id}`)).body.event_types).toEqual(['customer.created']);

    const other = await saldo.organization('hooks-manage-other');
    for (const [method, path] of [
      ['GET', ''],
      ['PATCH', ''],
      ['DELETE', ''],
      ['POST', '/secret-rotation'],
      ['GET', '/deliveries'],
      ['POST', '/replay'],
    ] as const) {
      const answer = await saldo.request(method, `/orgs/hooks-manage/webhook-endpoints/${endpoint.id}${path}`, {
        key: other.key,
        body: method === 'GET' || method === 'DELETE' ? undefined : {},
      });
      expect(answer.status, `${method} ${path}`).toBe(404);
      const own = await saldo.request(method, `/orgs/hooks-manage-other/webhook-endpoints/${endpoint.id}${path}`, {
        key: other.key,
        body:
          method === 'PATCH'
            ? {}
            : method === 'POST' && path === '/replay'
              ? { after: 'evt_0000000000001ZZZZZZZZZZZZZ' }
              : undefined,
      });
      expect(own.status, `${method} ${path} in the other organization`).toBe(404);
    }
    const reader = await saldo.issueKey('hooks-manage', ['EVENTS_READ', 'CUSTOMER_ACCOUNT_WRITE']);
    expect((await call('GET', '/webhook-endpoints', undefined, reader.key)).status).toBe(403);
    expect(
      (await call('POST', '/webhook-endpoints', { url: receiver.url, event_types: ['*'] }, reader.key)).status,
    ).toBe(403);

    const deleted = await call('DELETE', `/webhook-endpoints/${endpoint.id}`);
    expect(deleted.status).toBe(204);
    expect((await call('GET', `/webhook-endpoints/${endpoint.id}`)).status).toBe(404);
    expect(org.slug).toBe('hooks-manage');
  });
});

describeEachDatabase('webhook URLs without private addresses', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  it('refuses http://, loopback, private ranges, the metadata address, ::1 and localhost with 400 webhook_url_not_allowed', async () => {
    const org = await saldo.organization('hooks-strict');
    const urls = [
      'http://hooks.example.com/saldo',
      'https://127.0.0.1/hooks',
      'https://10.1.2.3/hooks',
      'https://172.16.0.1/hooks',
      'https://192.168.1.1/hooks',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hooks',
      'https://[fd00::1]/hooks',
      'https://localhost/hooks',
      'https://user:pass@hooks.example.com/x',
    ];
    for (const url of urls) {
      const answer = await saldo.request('POST', '/orgs/hooks-strict/webhook-endpoints', {
        key: org.key,
        body: { url, event_types: ['*'] },
      });
      expect(answer.status, url).toBe(400);
      expect(answer.body.code, url).toBe('webhook_url_not_allowed');
      expect(answer.body.errors[0].pointer, url).toBe('/url');
    }
    const good = await saldo.request('POST', '/orgs/hooks-strict/webhook-endpoints', {
      key: org.key,
      body: { url: 'https://hooks.example.com/saldo', event_types: ['*'] },
    });
    expect(good.status).toBe(201);
    expect(
      (
        await saldo.request('PATCH', `/orgs/hooks-strict/webhook-endpoints/${good.body.id}`, {
          key: org.key,
          body: { url: 'https://10.0.0.1/' },
        })
      ).body.code,
    ).toBe('webhook_url_not_allowed');
    expect(
      (await saldo.request('GET', '/orgs/hooks-strict/webhook-endpoints', { key: org.key })).body.data.map(
        (e: any) => e.url,
      ),
    ).toEqual(['https://hooks.example.com/saldo']);
  });
});
