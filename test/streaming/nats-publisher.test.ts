// Proves the JetStream publisher against the real NATS server (TEST_NATS_URL, default
// nats://127.0.0.1:4222; without one the run says these tests DID NOT RUN, and under CI=true it
// fails), each test on a stream and subject prefix of its own, deleted after:
// the stream is created when missing (and again after it was deleted), events are stored in the
// given order under `<prefix>.<org slug>.<event type>` with `Nats-Msg-Id` = the event id, an id
// published twice is stored once, a failure part-way says how many were stored, and the
// publisher reconnects after losing its connection.
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NATS_URL, available } from '../support/availability.ts';
import {
  DUPLICATE_WINDOW_MS,
  EventPublishError,
  NatsEventPublisher,
  type NatsPublisherOptions,
  type StreamedEvent,
} from '../../src/streaming/nats-publisher.ts';

const natsUrl = NATS_URL;

/** Global setup looked for NATS (test/support/availability.ts). */
const withNats = available('nats');

let observer: NatsConnection;
let manager: JetStreamManager;
const publishers: NatsEventPublisher[] = [];
const streams: string[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

/** A stream name and a subject prefix no other test or process uses. */
function ownStream(): Required<Pick<NatsPublisherOptions, 'stream' | 'subjectPrefix'>> {
  const suffix = randomBytes(6).toString('hex');
  const stream = `SALDO_TEST_${suffix}`;
  streams.push(stream);
  return { stream, subjectPrefix: `saldo_test_${suffix}` };
}

async function open(options: Partial<NatsPublisherOptions> = {}): Promise<NatsEventPublisher> {
  const publisher = await NatsEventPublisher.open({ url: natsUrl, ...ownStream(), ...options });
  publishers.push(publisher);
  return publisher;
}

function event(index: number, type = 'entry.posted', organizationSlug = 'acme-utilities'): StreamedEvent {
  const id = `evt_01JD5Z8Q4W3N7V6B2M1K0X${String(index).padStart(4, '0')}`;
  return { id, type, organizationSlug, body: JSON.stringify({ id, type, data: { index } }) };
}

async function stored(stream: string): Promise<{ subject: string; messageId: string | undefined; body: string }[]> {
  const { state } = await manager.streams.info(stream);
  const messages = [];
  for (let sequence = state.first_seq; sequence <= state.last_seq && state.messages > 0; sequence += 1) {
    const message = await manager.streams.getMessage(stream, { seq: sequence });
    if (message === null) continue;
    messages.push({ subject: message.subject, messageId: message.header.get('Nats-Msg-Id'), body: message.string() });
  }
  return messages;
}

describe.runIf(withNats)('NatsEventPublisher', () => {
  beforeAll(async () => {
    observer = await connect({ servers: natsUrl, name: 'saldo-test-observer' });
    manager = await jetstreamManager(observer);
  });

  afterEach(async () => {
    for (const publisher of publishers.splice(0)) await publisher.close();
    for (const cleanup of cleanups.splice(0)) await cleanup();
    for (const stream of streams.splice(0)) await manager.streams.delete(stream).catch(() => false);
  });

  afterAll(async () => {
    await observer.close();
  });

  it('creates its stream when missing, with the configured subject filter', async () => {
    const names = ownStream();
    await expect(manager.streams.info(names.stream)).rejects.toThrow(/stream not found/);
    const publisher = await open(names);
    const info = await manager.streams.info(names.stream);
    expect(info.config.subjects).toEqual([`${names.subjectPrefix}.>`]);
    expect(info.config.duplicate_window).toBe(DUPLICATE_WINDOW_MS * 1_000_000);
    expect(publisher.stream).toBe(names.stream);
  });

  it('uses an existing stream as its operator configured it', async () => {
    const names = ownStream();
    await manager.streams.add({
      name: names.stream,
      subjects: [`${names.subjectPrefix}.acme-utilities.>`],
      max_msgs: 1000,
    });
    const publisher = await open(names);
    await publisher.publish(event(1));
    const info = await manager.streams.info(names.stream);
    expect(info.config.subjects).toEqual([`${names.subjectPrefix}.acme-utilities.>`]);
    expect(info.config.max_msgs).toBe(1000);
    expect(info.state.messages).toBe(1);
  });

  it("stores one organization's events in the given order, with their subjects and Nats-Msg-Id", async () => {
    const publisher = await open();
    const events = [
      event(1, 'customer.created'),
      event(2, 'account.created'),
      event(3, 'entry.posted'),
      event(4, 'payment.recorded'),
      event(5, 'dunning.level_changed'),
      event(6, 'entry.posted'),
    ];
    const receipts = await publisher.publishInOrder(events);
    expect(receipts.map((receipt) => receipt.duplicate)).toEqual(events.map(() => false));
    expect(receipts.map((receipt) => receipt.sequence)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await stored(publisher.stream)).toEqual(
      events.map((published) => ({
        subject: `${publisher.subjectPrefix}.acme-utilities.${published.type}`,
        messageId: published.id,
        body: published.body,
      })),
    );
  });

  it('stores an event id published twice once', async () => {
    const publisher = await open();
    const first = await publisher.publish(event(1));
    const again = await publisher.publish({ ...event(1), body: '{"resent":true}' });
    const next = await publisher.publish(event(2));
    expect(first).toEqual({ sequence: 1, duplicate: false });
    expect(again).toEqual({ sequence: 1, duplicate: true });
    expect(next).toEqual({ sequence: 2, duplicate: false });
    const messages = await stored(publisher.stream);
    expect(messages.map((message) => message.messageId)).toEqual([event(1).id, event(2).id]);
    expect(messages[0]?.body).toBe(event(1).body);
  });

  it('stops at the first failure and says how many events were stored', async () => {
    const publisher = await open();
    // Larger than the server's largest message: refused.
    const tooLarge = { ...event(3), body: 'x'.repeat(observer.info?.max_payload ?? 1_048_576) + 'x' };
    const failure = await publisher
      .publishInOrder([event(1), event(2), tooLarge, event(4)])
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EventPublishError);
    expect((failure as EventPublishError).publishedCount).toBe(2);
    expect((await stored(publisher.stream)).map((message) => message.messageId)).toEqual([event(1).id, event(2).id]);
  });

  it('creates the stream again when it was deleted', async () => {
    const publisher = await open({ publishTimeoutMs: 2000 });
    await publisher.publish(event(1));
    await manager.streams.delete(publisher.stream);
    // The publish that finds no stream fails (the caller retries); the next one recreates it.
    await expect(publisher.publish(event(2))).rejects.toThrow(
      `no stream stores ${publisher.subjectPrefix}.acme-utilities.entry.posted`,
    );
    expect(await publisher.publish(event(2))).toEqual({ sequence: 1, duplicate: false });
    expect((await stored(publisher.stream)).map((message) => message.messageId)).toEqual([event(2).id]);
  });

  it('refuses subjects that an organization slug or event type would break', async () => {
    const publisher = await open();
    await expect(publisher.publish(event(1, 'entry.posted', 'acme.utilities'))).rejects.toThrow(/invariant/);
    await expect(publisher.publish(event(1, 'entry.*'))).rejects.toThrow(/invariant/);
    await expect(publisher.publish(event(1, 'entry.>'))).rejects.toThrow(/invariant/);
    await expect(publisher.publish(event(1, 'entry posted'))).rejects.toThrow(/invariant/);
    expect((await manager.streams.info(publisher.stream)).state.messages).toBe(0);
  });

  it('reconnects after losing its connection and publishes on', async () => {
    const proxy = await tcpProxy(natsUrl);
    cleanups.push(() => proxy.close());
    const publisher = await open({ url: `nats://127.0.0.1:${proxy.port}`, publishTimeoutMs: 10_000 });
    await publisher.publish(event(1));
    expect(proxy.connectionsMade).toBe(1);

    proxy.dropConnections();
    await waitFor(() => proxy.connectionsMade >= 2);
    const receipt = await publisher.publish(event(2));

    expect(receipt).toEqual({ sequence: 2, duplicate: false });
    expect(proxy.connectionsMade).toBeGreaterThanOrEqual(2);
    expect((await stored(publisher.stream)).map((message) => message.messageId)).toEqual([event(1).id, event(2).id]);
  });

  it('loses nothing and stores nothing twice when a publish in flight meets a broken connection and is retried', async () => {
    const proxy = await tcpProxy(natsUrl);
    cleanups.push(() => proxy.close());
    const publisher = await open({ url: `nats://127.0.0.1:${proxy.port}`, publishTimeoutMs: 1000 });
    await publisher.publish(event(1));

    proxy.dropConnections();
    let failures = 0;
    // What the caller does: publish again until JetStream acknowledges.
    for (;;) {
      try {
        await publisher.publish(event(2));
        break;
      } catch {
        failures += 1;
        expect(failures).toBeLessThan(10);
      }
    }
    await publisher.publish(event(3));
    expect((await stored(publisher.stream)).map((message) => message.messageId)).toEqual([
      event(1).id,
      event(2).id,
      event(3).id,
    ]);
  });

  it('throws when NATS cannot be reached', async () => {
    const unused = await freePort();
    await expect(NatsEventPublisher.open({ url: `nats://127.0.0.1:${unused}`, ...ownStream() })).rejects.toThrow();
  });
});

interface TcpProxy {
  port: number;
  connectionsMade: number;
  dropConnections(): void;
  close(): Promise<void>;
}

/** Forwards local connections to the NATS server, and can cut them all as a network failure would. */
async function tcpProxy(targetUrl: string): Promise<TcpProxy> {
  const target = new URL(targetUrl);
  const sockets = new Set<net.Socket>();
  const proxy: TcpProxy = {
    port: 0,
    connectionsMade: 0,
    dropConnections: () => {
      for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        proxy.dropConnections();
        server.close(() => resolve());
      }),
  };
  const server = net.createServer((client) => {
    proxy.connectionsMade += 1;
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
      socket.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.port = (server.address() as net.AddressInfo).port;
  return proxy;
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
