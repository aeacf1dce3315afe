// Proves the event stream against the real NATS server on both databases (without one the run says
// these tests DID NOT RUN; under CI=true it fails): every event of the feed is published to
// JetStream under `<prefix>.<org slug>.<event type>` with `Nats-Msg-Id` = the event id, in commit
// order per organization, once, even with two streamers at work (one holds an organization's
// lease at a time); the published position is kept in the database, so a streamer started later
// goes on from there. Each test uses a stream and subject prefix of its own, deleted after.
import { randomBytes } from 'node:crypto';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NATS_URL, available } from '../support/availability.ts';
import { EventStreamer } from '../../src/streaming/event-streamer.ts';
import { DATABASE_KINDS, postgresAvailable } from '../support/databases.ts';
import { createCustomerWithAccount } from '../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../support/harness.ts';

const natsUrl = NATS_URL;

/** Global setup looked for NATS (test/support/availability.ts). */
const withNats = available('nats');

for (const kind of DATABASE_KINDS) {
  describe.runIf(withNats && (kind === 'sqlite' || postgresAvailable()))(`event stream [${kind}]`, () => {
    let saldo: TestSaldo;
    let observer: NatsConnection;
    let manager: JetStreamManager;
    const suffix = randomBytes(6).toString('hex');
    const stream = `SALDO_TEST_STREAM_${suffix}`;
    const subjectPrefix = `saldo_test_${suffix}`;
    beforeAll(async () => {
      saldo = await startSaldo(kind);
      observer = await connect({ servers: natsUrl, name: 'saldo-test-observer' });
      manager = await jetstreamManager(observer);
    });
    afterAll(async () => {
      await manager?.streams.delete(stream).catch(() => undefined);
      await observer?.close();
      await saldo?.close();
    });

    async function stored(): Promise<Array<{ subject: string; id: string | undefined; body: any }>> {
      const { state } = await manager.streams.info(stream);
      const messages = [];
      for (let sequence = state.first_seq; sequence <= state.last_seq && state.messages > 0; sequence += 1) {
        const message = await manager.streams.getMessage(stream, { seq: sequence });
        if (message !== null)
          messages.push({
            subject: message.subject,
            id: message.header.get('Nats-Msg-Id'),
            body: JSON.parse(message.string()),
          });
      }
      return messages;
    }

    const streamer = (holder: string) =>
      new EventStreamer(saldo.store, saldo.clock, {
        holder,
        publisher: { url: natsUrl, stream, subjectPrefix },
      }).start();

    it('publishes every event once, in commit order per organization, with two streamers at work, and goes on after a restart', async () => {
      saldo.clock.set('2026-03-15T10:00:00Z');
      const orgs = [await saldo.organization(`stream-a-${suffix}`), await saldo.organization(`stream-b-${suffix}`)];
      const accounts: any[] = [];
      for (const org of orgs) accounts.push((await createCustomerWithAccount(saldo, org)).account);
      const book = async (round: number) => {
        await Promise.all(
          orgs.map(async (org, index) => {
            const path = `/orgs/${org.slug}`;
            const account = accounts[index].account_id;
            await saldo.request('POST', `${path}/batches`, {
              key: org.key,
              body: {
                items: Array.from({ length: 40 }, (_, i) => ({
                  kind: i % 4 === 0 ? 'PAYMENT' : 'CHARGE',
                  account_id: account,
                  amount: 10 + i + round,
                })),
              },
            });
            for (let i = 0; i < 5; i++)
              await saldo.request('POST', `${path}/accounts/${account}/entries`, {
                key: org.key,
                body: { type: 'CHARGE', amount: 1 + i },
              });
          }),
        );
      };
      const feed = async (slug: string, key: string) =>
        (await saldo.request('GET', `/orgs/${slug}/events?limit=1000`, { key })).body.data as any[];

      const one = streamer('one');
      const two = streamer('two');
      await book(1);
      try {
        const expected = (await Promise.all(orgs.map((org) => feed(org.slug, org.key)))).flat();
        await vi.waitFor(async () => expect((await stored()).length).toBe(expected.length), {
          timeout: 15_000,
          interval: 100,
        });
      } finally {
        await one.stop();
        await two.stop();
      }
      // Recorded while no streamer ran; a new one goes on from the stored position.
      await book(2);
      const three = streamer('three');
      try {
        const expected = (await Promise.all(orgs.map((org) => feed(org.slug, org.key)))).flat();
        await vi.waitFor(async () => expect((await stored()).length).toBe(expected.length), {
          timeout: 15_000,
          interval: 100,
        });
      } finally {
        await three.stop();
      }

      const messages = await stored();
      expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
      for (const org of orgs) {
        const events = await feed(org.slug, org.key);
        const published = messages.filter((m) => m.subject.startsWith(`${subjectPrefix}.${org.slug}.`));
        // In commit order, each the event as the feed serves it, under its type's subject.
        expect(published.map((m) => m.id)).toEqual(events.map((e) => e.id));
        expect(published.map((m) => m.body)).toEqual(events);
        expect(published.map((m) => m.subject)).toEqual(events.map((e) => `${subjectPrefix}.${org.slug}.${e.type}`));
        const organization = await saldo.store.organizations.findBySlug(org.slug);
        expect(await saldo.store.events.publishedSequence(organization!.id)).toBe(BigInt(events.length));
      }
    });
  });
}
