/**
 * Streams every event to NATS JetStream (`EVENTS_NATS_URL`): per organization in commit order, at
 * least once, by one process at a time. Each organization's published position is kept in the
 * database (`event_stream_positions`); the process that holds the organization's lease reads the
 * events after it, publishes them one after another (each acknowledged before the next), and moves
 * the position on. A process that dies leaves a lease that runs out; the next holder starts from
 * the stored position, so an event may be published twice (JetStream drops a repeated
 * `Nats-Msg-Id` within its duplicate window) and none is skipped.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.ts';
import type { Store } from '../core/store.ts';
import { eventView } from '../http/org-api/views/event.ts';
import {
  EventPublishError,
  NatsEventPublisher,
  type NatsPublisherOptions,
  type StreamedEvent,
} from './nats-publisher.ts';

export const STREAM_POLL_MS = 250;
/** Events read and published per round for one organization. */
export const STREAM_BATCH = 500;
/** How long an organization's stream stays with one process without it renewing. */
export const STREAM_LEASE_MS = 30_000;
const ORGANIZATIONS_PER_ROUND = 100;
/** After NATS failed, wait this long before the next try. */
const RETRY_AFTER_FAILURE_MS = 1000;

export interface StreamerLog {
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

/** What the streamer publishes through (the JetStream publisher, or a stand-in in tests). */
export interface EventPublisher {
  publishInOrder(events: readonly StreamedEvent[]): Promise<unknown>;
  close(): Promise<void>;
}

export interface StreamerOptions {
  publisher: NatsPublisherOptions;
  holder?: string | undefined;
  pollMs?: number | undefined;
  leaseMs?: number | undefined;
  log?: StreamerLog | undefined;
  /** Opens the publisher; the JetStream one unless a test gives another. */
  open?: ((options: NatsPublisherOptions) => Promise<EventPublisher>) | undefined;
}

export class EventStreamer {
  readonly holder: string;
  private publisher: EventPublisher | undefined;
  private opening: Promise<void> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private pausedUntil = 0;
  private poll: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly options: StreamerOptions,
  ) {
    this.holder = options.holder ?? randomUUID();
  }

  start(): this {
    this.unsubscribe = this.store.onEventsCommitted(() => this.wake());
    this.poll = setInterval(() => this.wake(), Math.min(this.options.pollMs ?? STREAM_POLL_MS, STREAM_POLL_MS));
    this.poll.unref();
    this.wake();
    return this;
  }

  wake(): void {
    if (this.stopped) return;
    this.again = true;
    this.running ??= this.run().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped && Date.now() >= this.pausedUntil) this.wake();
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    this.unsubscribe?.();
    await this.running;
    await this.opening;
    await this.publisher?.close();
    // Another process takes the organizations over at once, not when the leases run out.
    await this.store
      .transaction((tx) => tx.events.releaseStreamLeases(this.holder))
      .catch((error: unknown) => {
        this.options.log?.warn({ err: error }, 'event stream: leases not given back; they run out');
      });
  }

  /** Connects (creating the stream when missing); a NATS that is down is tried again at the next wake. */
  private async connected(): Promise<EventPublisher | undefined> {
    if (this.publisher) return this.publisher;
    if (Date.now() < this.pausedUntil) return undefined;
    const open = this.options.open ?? ((options: NatsPublisherOptions) => NatsEventPublisher.open(options));
    this.opening = open(this.options.publisher).then(
      (publisher) => {
        this.publisher = publisher;
        this.options.log?.info({ stream: this.options.publisher.stream }, 'event stream connected');
      },
      (error: unknown) => {
        this.pausedUntil = Date.now() + RETRY_AFTER_FAILURE_MS;
        this.options.log?.warn({ err: error }, 'event stream: NATS not reachable; trying again');
      },
    );
    await this.opening;
    return this.publisher;
  }

  private async run(): Promise<void> {
    while (this.again && !this.stopped) {
      this.again = false;
      try {
        const publisher = await this.connected();
        if (!publisher) return;
        for (const organization of await this.store.events.unpublished(ORGANIZATIONS_PER_ROUND)) {
          if (this.stopped) return;
          if (!(await this.publishOrganization(publisher, organization.organizationId, organization.slug))) return;
        }
      } catch (error) {
        this.options.log?.error({ err: error }, 'event stream round failed');
        this.pausedUntil = Date.now() + RETRY_AFTER_FAILURE_MS;
        return;
      }
    }
  }

  /** Publishes one organization's events while it holds the lease; false when NATS failed. */
  private async publishOrganization(publisher: EventPublisher, organizationId: string, slug: string): Promise<boolean> {
    for (;;) {
      const now = this.clock.now();
      const leaseUntil = new Date(now.getTime() + (this.options.leaseMs ?? STREAM_LEASE_MS)).toISOString();
      const leased = await this.store.transaction((tx) =>
        tx.events.acquireStreamLease(organizationId, this.holder, now.toISOString(), leaseUntil),
      );
      if (!leased) return true;
      const position = (await this.store.events.publishedSequence(organizationId)) ?? 0n;
      const events = await this.store.events.list(organizationId, { afterSequence: position, limit: STREAM_BATCH });
      if (events.length === 0) return true;
      const streamed: StreamedEvent[] = events.map((event) => ({
        id: event.publicId,
        type: event.type,
        organizationSlug: slug,
        body: JSON.stringify(eventView(event)),
      }));
      try {
        await publisher.publishInOrder(streamed);
      } catch (error) {
        const published = error instanceof EventPublishError ? error.publishedCount : 0;
        if (published > 0)
          await this.store.transaction((tx) =>
            tx.events.setPublished(organizationId, this.holder, events[published - 1]!.sequence),
          );
        this.options.log?.warn({ organization: slug, err: error }, 'event stream: publishing stopped; trying again');
        this.pausedUntil = Date.now() + RETRY_AFTER_FAILURE_MS;
        setTimeout(() => this.wake(), RETRY_AFTER_FAILURE_MS).unref();
        return false;
      }
      const kept = await this.store.transaction((tx) =>
        tx.events.setPublished(organizationId, this.holder, events[events.length - 1]!.sequence),
      );
      if (!kept || events.length < STREAM_BATCH) return true;
    }
  }
}
