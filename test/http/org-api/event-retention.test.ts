// Proves event retention on both databases: `event_retention_days` is a setting (30 by default,
// never below 30); the daily job forgets events older than it, and finished deliveries as old, but
// keeps every event a pending delivery still needs; a reader's cursor stays good after its event
// was pruned.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { runDueOrganizations } from '../../../src/core/dunning/scheduler.ts';
import { WebhookDispatcher } from '../../../src/webhooks/dispatcher.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { createCustomerWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';
import { startReceiver, type WebhookReceiver } from '../../support/webhook-receiver.ts';

describeEachDatabase('event retention', (kind) => {
  let saldo: TestSaldo;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    saldo = await startSaldo(kind, { allowPrivateWebhookUrls: true });
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await saldo?.close();
  });

  it('keeps events 30 days by default, as long as the setting says, and what a pending delivery needs', async () => {
    saldo.clock.set('2026-01-01T10:00:00Z');
    const org = await saldo.organization('retention');
    const settings = await saldo.request('GET', '/orgs/retention/settings', { key: org.key });
    expect(settings.body.event_retention_days).toBe(30);
    for (const days of [29, 0, 3651, 30.5]) {
      const refused = await saldo.request('PUT', '/orgs/retention/settings', {
        key: org.key,
        body: { event_retention_days: days },
      });
      expect(refused.status, String(days)).toBe(400);
    }
    const set = await saldo.request('PUT', '/orgs/retention/settings', {
      key: org.key,
      body: { event_retention_days: 45 },
    });
    expect(set.body.event_retention_days).toBe(45);

    const { account } = await createCustomerWithAccount(saldo, org);
    const charge = (amount: number) =>
      saldo.request('POST', `/orgs/retention/accounts/${account.account_id}/entries`, {
        key: org.key,
        body: { type: 'CHARGE', amount },
      });
    await charge(1);
    const oldEvents = (await saldo.request('GET', '/orgs/retention/events', { key: org.key })).body.data;

    // An endpoint that is down: its delivery of the next event stays pending.
    receiver.answer = () => ({ status: 503 });
    const endpoint = await saldo.request('POST', '/orgs/retention/webhook-endpoints', {
      key: org.key,
      body: { url: receiver.url, event_types: ['entry.posted'] },
    });
    const dispatcher = new WebhookDispatcher(saldo.store, saldo.clock, {
      allowPrivateUrls: true,
      timeoutMs: 500,
    }).start();
    try {
      saldo.clock.set('2026-01-10T10:00:00Z');
      await charge(2);
      await vi.waitFor(
        async () => {
          const deliveries = await saldo.request(
            'GET',
            `/orgs/retention/webhook-endpoints/${endpoint.body.id}/deliveries`,
            { key: org.key },
          );
          expect(deliveries.body.data[0]?.attempts).toBe(1);
        },
        { timeout: 5000 },
      );
    } finally {
      await dispatcher.stop();
    }
    saldo.clock.set('2026-02-05T10:00:00Z');
    await charge(3);

    // 46 days after the first events: those are forgotten; the pending delivery's event stays.
    saldo.clock.set('2026-02-16T10:00:00Z');
    await runDueOrganizations(saldo.store, saldo.clock, 'test-holder');
    const kept = (await saldo.request('GET', '/orgs/retention/events?limit=1000', { key: org.key })).body.data;
    expect(kept.map((e: any) => e.data.amount ?? null).filter((amount: number | null) => amount !== null)).toEqual([
      2, 3,
    ]);
    expect(kept.some((e: any) => oldEvents.some((old: any) => old.id === e.id))).toBe(false);
    // A cursor of a pruned event still reads on from where it stood.
    const after = await saldo.request('GET', `/orgs/retention/events?after=${oldEvents[oldEvents.length - 1].id}`, {
      key: org.key,
    });
    expect(after.body.data[0].id).toBe(kept[0].id);

    // Much later, with the delivery finished, the rest goes too.
    receiver.answer = () => ({ status: 204 });
    saldo.clock.set('2026-06-01T10:00:00Z');
    const delivered = new WebhookDispatcher(saldo.store, saldo.clock, {
      allowPrivateUrls: true,
      timeoutMs: 500,
    }).start();
    try {
      await vi.waitFor(
        async () => {
          const deliveries = await saldo.request(
            'GET',
            `/orgs/retention/webhook-endpoints/${endpoint.body.id}/deliveries?status=SUCCEEDED`,
            { key: org.key },
          );
          // The pending one, and the event recorded while no dispatcher ran.
          expect(deliveries.body.data).toHaveLength(2);
        },
        { timeout: 5000 },
      );
    } finally {
      await delivered.stop();
    }
    saldo.clock.set('2026-06-02T10:00:00Z');
    await runDueOrganizations(saldo.store, saldo.clock, 'test-holder');
    const left = (await saldo.request('GET', '/orgs/retention/events?limit=1000', { key: org.key })).body.data;
    expect(left.filter((e: any) => e.type === 'entry.posted')).toEqual([]);
    // Deliveries go by their own age: the one made in June stays, the one from January is gone.
    const deliveries = (
      await saldo.request('GET', `/orgs/retention/webhook-endpoints/${endpoint.body.id}/deliveries`, { key: org.key })
    ).body.data;
    expect(deliveries.map((d: any) => d.created_at)).toEqual(['2026-06-01T10:00:00.000Z']);
  });
});
