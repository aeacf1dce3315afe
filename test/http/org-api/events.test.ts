// Proves the events feed over HTTP on both databases: every booking records its event in the same
// transaction (entry.posted, payment.recorded, entry.reversed, with the entry as the native API
// shows it), in commit order across single calls and batches; nothing is recorded for what was
// refused, rolled back or replayed; `after` and `types` page through it without missing one; bad
// cursors and unknown types are 400; the scope and other organizations are kept apart.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { createCustomerWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

describeEachDatabase('events feed', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  async function setup(slug: string) {
    saldo.clock.set('2026-03-15T10:00:00Z');
    const org = await saldo.organization(slug);
    const { account } = await createCustomerWithAccount(saldo, org);
    const base = `/orgs/${slug}/accounts/${account.account_id}`;
    const feed = async (query = '') => {
      const answer = await saldo.request('GET', `/orgs/${slug}/events${query}`, { key: org.key });
      expect(answer.status, answer.text).toBe(200);
      return answer.body as { data: any[]; next_cursor: string | null };
    };
    const bookingEvents = async (query = '') =>
      (await feed(`?types=entry.posted,payment.recorded,entry.reversed${query}`)).data;
    return { org, account, base, feed, bookingEvents };
  }

  it('records each booking as its event, with the entry as the native API shows it, in commit order', async () => {
    const { org, account, base, bookingEvents } = await setup('events-order');
    const charge = await saldo.request('POST', `${base}/entries`, {
      key: org.key,
      body: { type: 'CHARGE', amount: 5000, due_date: '2026-04-01' },
    });
    const payment = await saldo.request('POST', `${base}/payments`, { key: org.key, body: { amount: 2000 } });
    const batch = await saldo.request('POST', '/orgs/events-order/batches', {
      key: org.key,
      body: {
        items: [
          { kind: 'CREDIT', account_id: account.account_id, amount: 100 },
          { kind: 'CHARGE', account_id: account.account_id, amount: 300 },
        ],
      },
    });
    const reversal = await saldo.request('POST', `/orgs/events-order/entries/${charge.body.id}/reversal`, {
      key: org.key,
      body: {},
    });
    const events = await bookingEvents();
    expect(events.map((e) => [e.type, e.data.id])).toEqual([
      ['entry.posted', charge.body.id],
      ['payment.recorded', payment.body.id],
      ['entry.posted', batch.body.results[0].entry.id],
      ['entry.posted', batch.body.results[1].entry.id],
      ['entry.reversed', reversal.body.id],
    ]);
    // The data is what the call answered (the payment with its allocations and unallocated).
    expect(events[0].data).toEqual(charge.body);
    expect(events[1].data).toEqual(payment.body);
    expect(events[4].data).toEqual(reversal.body);
    const organization = await saldo.store.organizations.findBySlug('events-order');
    for (const event of events) {
      expect(event.id).toMatch(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(event.organization_id).toBe(organization!.id);
      expect(event.created_at).toBe('2026-03-15T10:00:00.000Z');
    }
    const ids = events.map((e) => e.id);
    expect([...ids].sort()).toEqual(ids);
  });

  it('records nothing for a refusal, a refused atomic batch, a rolled-back write or a replay', async () => {
    const { org, account, base, bookingEvents } = await setup('events-refused');
    expect(
      (
        await saldo.request('POST', `/orgs/events-refused/accounts/00000000-0000-4000-8000-000000000000/entries`, {
          key: org.key,
          body: { type: 'CHARGE', amount: 1 },
        })
      ).status,
    ).toBe(404);
    const refused = await saldo.request('POST', '/orgs/events-refused/batches', {
      key: org.key,
      body: {
        atomic: true,
        items: [
          { kind: 'CHARGE', account_id: account.account_id, amount: 1 },
          { kind: 'CHARGE', account_id: 'nope', amount: 1 },
        ],
      },
    });
    expect(refused.status).toBe(422);
    const first = await saldo.request('POST', `${base}/entries`, {
      key: org.key,
      body: { type: 'CHARGE', amount: 7 },
      headers: { 'idempotency-key': 'once' },
    });
    const replay = await saldo.request('POST', `${base}/entries`, {
      key: org.key,
      body: { type: 'CHARGE', amount: 7 },
      headers: { 'idempotency-key': 'once' },
    });
    expect(replay.headers.get('idempotency-replayed')).toBe('true');
    const sameExternal = await saldo.request('POST', `${base}/entries`, {
      key: org.key,
      body: { type: 'CHARGE', amount: 9, external_id: 'x' },
    });
    const again = await saldo.request('POST', `${base}/entries`, {
      key: org.key,
      body: { type: 'CHARGE', amount: 9, external_id: 'x' },
    });
    expect(again.status).toBe(200);
    expect((await bookingEvents()).map((e) => e.data.id)).toEqual([first.body.id, sameExternal.body.id]);
  });

  it('pages with after and types without missing an event, and says when nothing follows yet', async () => {
    const { org, account, base, feed } = await setup('events-paging');
    const items = Array.from({ length: 25 }, (_, i) => ({
      kind: i % 5 === 0 ? 'PAYMENT' : 'CHARGE',
      account_id: account.account_id,
      amount: 100 + i,
    }));
    await saldo.request('POST', '/orgs/events-paging/batches', { key: org.key, body: { items } });
    const all = (await feed('?limit=1000')).data;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data: any[]; next_cursor: string | null } = await feed(
        `?limit=7${after === null ? '' : `&after=${after}`}`,
      );
      seen.push(...page.data.map((e) => e.id));
      if (page.next_cursor === null) {
        after = page.data.at(-1)?.id ?? after;
        break;
      }
      expect(page.next_cursor).toBe(page.data.at(-1).id);
      after = page.next_cursor;
    }
    expect(seen).toEqual(all.map((e) => e.id));
    // A reader that caught up sees only what is new.
    const later = await saldo.request('POST', `${base}/payments`, { key: org.key, body: { amount: 1 } });
    expect((await feed(`?after=${after}`)).data.map((e) => e.data.id)).toEqual([later.body.id]);
    const payments = (await feed('?types=payment.recorded&limit=1000')).data;
    expect(payments.map((e) => e.type)).toEqual(Array(6).fill('payment.recorded'));
  });

  it('refuses a cursor it did not give and unknown types, and keeps scopes and organizations apart', async () => {
    const { org, base, feed } = await setup('events-access');
    await saldo.request('POST', `${base}/entries`, { key: org.key, body: { type: 'CHARGE', amount: 1 } });
    for (const query of [
      '?after=trn_00000000000015ZK3Q8E2N4R7T',
      '?after=evt_bad',
      '?types=entry.posted,payment.teleported',
      '?limit=0',
      '?limit=1001',
      '?colour=red',
    ]) {
      const answer = await saldo.request('GET', `/orgs/events-access/events${query}`, { key: org.key });
      expect(answer.status, query).toBe(400);
      expect(answer.body.code, query).toBe('validation_failed');
    }
    const reader = await saldo.issueKey('events-access', ['CUSTOMER_ACCOUNT_READ']);
    expect((await saldo.request('GET', '/orgs/events-access/events', { key: reader.key })).status).toBe(403);
    const eventsKey = await saldo.issueKey('events-access', ['EVENTS_READ']);
    expect((await saldo.request('GET', '/orgs/events-access/events', { key: eventsKey.key })).status).toBe(200);
    const other = await saldo.organization('events-access-other');
    expect((await saldo.request('GET', '/orgs/events-access/events', { key: other.key })).status).toBe(404);
    expect((await saldo.request('GET', '/orgs/events-access-other/events', { key: other.key })).body.data).toEqual([]);
    expect((await feed()).data.length).toBeGreaterThan(0);
  });
});
