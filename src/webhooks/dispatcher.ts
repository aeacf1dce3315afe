/**
 * The webhook dispatcher: runs in every process (unless `DELIVERY=off`), after commit, beside the
 * write path rather than in it.
 *
 * 1. **Fan-out**: each enabled endpoint keeps the organization's event sequence it has fanned out
 *    to; events after it that the endpoint wants become PENDING deliveries, a page at a time, in a
 *    transaction that holds the endpoint (PostgreSQL: SKIP LOCKED, so two processes never fan out
 *    one endpoint twice) and never the ledger row: recording events costs the write path nothing
 *    more than the insert.
 * 2. **Claims**: due deliveries are claimed with a lease (one statement; PostgreSQL FOR UPDATE
 *    SKIP LOCKED), so each attempt is made by one process; a process that dies leaves leases that
 *    run out, and another takes the deliveries over.
 * 3. **Attempts**: at most `concurrency` at once in the process and `perEndpoint` per endpoint;
 *    each signed (Standard Webhooks) and sent once (`sendWebhook`); results are written a batch
 *    at a time (one update, one insert), with the retry schedule, and endpoints failing for days
 *    are disabled with an event.
 *
 * A commit in this process that recorded events wakes it at once; it also polls (every
 * `pollMs`), for other processes' events and for retries falling due.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.ts';
import type { Store } from '../core/store.ts';
import { newPublicId } from '../core/ids.ts';
import {
  type AttemptResult,
  type ClaimedDelivery,
  type WebhookDelivery,
  wantsEventType,
} from '../core/webhooks/webhook-endpoint.ts';
import { disableFailingEndpoint } from './endpoints.ts';
import { nextAttemptDelayMs, withJitter } from './retry-schedule.ts';
import { type HostLookup, WEBHOOK_TIMEOUT_MS, sendWebhook } from './send-webhook.ts';
import { signWebhook, signingSecrets } from './signature.ts';

/** The brief's "at most 250 ms" for events committed by other processes. */
export const DELIVERY_POLL_MS = 250;
export const DELIVERY_CONCURRENCY_DEFAULT = 64;
export const DELIVERY_CONCURRENCY_PER_ENDPOINT_DEFAULT = 16;
/** Deliveries claimed per statement. */
export const CLAIM_BATCH_MAX = 200;
/** Events read per fan-out page, and pages per endpoint before others get their turn. */
export const FAN_OUT_PAGE = 1000;
const FAN_OUT_PAGES_PER_TURN = 20;
const FAN_OUT_ENDPOINTS_PER_TURN = 100;
/** Attempt results are written together once this many are waiting, or after FLUSH_DELAY_MS. */
const FLUSH_BATCH_MAX = 200;
const FLUSH_DELAY_MS = 10;
/**
 * A claim lasts (QUEUED_PER_CONCURRENCY + 2) timeouts and 5 s more (95 s at 15 s): a queued
 * delivery is attempted within its lease, its result written within milliseconds of the answer,
 * and a process that died gives its deliveries up within that time.
 */
const LEASE_MARGIN_MS = 5_000;
/** Claimed deliveries kept queued per place of concurrency (in total, and per endpoint). */
const QUEUED_PER_CONCURRENCY = 4;
/** An endpoint whose every attempt failed for this long is disabled. */
export const ENDPOINT_DISABLE_AFTER_MS = 5 * 24 * 60 * 60 * 1000;

export interface DispatcherLog {
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

export interface DispatcherOptions {
  /** `WEBHOOK_ALLOW_PRIVATE_URLS`. */
  allowPrivateUrls: boolean;
  timeoutMs?: number | undefined;
  concurrency?: number | undefined;
  perEndpoint?: number | undefined;
  pollMs?: number | undefined;
  disableAfterMs?: number | undefined;
  holder?: string | undefined;
  log?: DispatcherLog | undefined;
  /** Name resolution for attempts (tests). */
  lookup?: HostLookup | undefined;
}

export class WebhookDispatcher {
  readonly holder: string;
  /** Where problems are told (the server's logger, once the app is built). */
  log: DispatcherLog | undefined;
  private readonly timeoutMs: number;
  private readonly concurrency: number;
  private readonly perEndpoint: number;
  private readonly pollMs: number;
  private readonly disableAfterMs: number;
  private readonly inFlightByEndpoint = new Map<number, number>();
  private inFlight = 0;
  private readonly attempts = new Set<Promise<void>>();
  private results: AttemptResult[] = [];
  private flushTimer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private running: Promise<void> | undefined;
  private again = false;
  private eventsPending = true;
  private moreDue = false;
  /** Claimed deliveries waiting for a free place (leased to this process). */
  private readonly queue: ClaimedDelivery[] = [];
  private readonly leaseMs: number;
  private stopped = false;
  private poll: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly options: DispatcherOptions,
  ) {
    this.holder = options.holder ?? randomUUID();
    this.log = options.log;
    this.timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
    this.concurrency = options.concurrency ?? DELIVERY_CONCURRENCY_DEFAULT;
    this.perEndpoint = options.perEndpoint ?? DELIVERY_CONCURRENCY_PER_ENDPOINT_DEFAULT;
    this.pollMs = Math.min(options.pollMs ?? DELIVERY_POLL_MS, DELIVERY_POLL_MS);
    this.disableAfterMs = options.disableAfterMs ?? ENDPOINT_DISABLE_AFTER_MS;
    // A queued delivery waits at most QUEUED_PER_CONCURRENCY attempts of its endpoint, each within the timeout.
    this.leaseMs = (QUEUED_PER_CONCURRENCY + 2) * this.timeoutMs + LEASE_MARGIN_MS;
  }

  start(): this {
    this.unsubscribe = this.store.onEventsCommitted(() => this.wake(true));
    this.poll = setInterval(() => this.wake(true), this.pollMs);
    this.poll.unref();
    this.wake(true);
    return this;
  }

  /** Looks for work now: deliveries due (a retry asked for), and with `events` new events to fan out. */
  wake(events = true): void {
    if (this.stopped) return;
    this.again = true;
    if (events) this.eventsPending = true;
    this.running ??= this.run().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped) this.wake(false);
    });
  }

  /** Stops claiming; gives back what waits unattempted, waits for the attempts under way and writes their results. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    this.unsubscribe?.();
    await this.running;
    const waiting = this.queue.splice(0).map((delivery) => delivery.id);
    if (waiting.length > 0)
      await this.store.transaction((tx) => tx.webhooks.releaseDeliveries(waiting, this.holder)).catch(() => undefined);
    await Promise.all([...this.attempts]);
    await this.flush();
  }

  private async run(): Promise<void> {
    while (this.again && !this.stopped) {
      this.again = false;
      try {
        if (this.eventsPending) {
          this.eventsPending = false;
          await this.fanOut();
        }
        await this.claim();
        this.pump();
      } catch (error) {
        // A database outage or a bug: the next poll tries again.
        this.log?.error({ err: error }, 'webhook dispatch failed');
        return;
      }
    }
  }

  /** Turns committed events into deliveries for the endpoints that want them. */
  private async fanOut(): Promise<void> {
    const endpoints = await this.store.webhooks.endpointsToFanOut(FAN_OUT_ENDPOINTS_PER_TURN);
    for (const { id } of endpoints) {
      for (let page = 0; page < FAN_OUT_PAGES_PER_TURN && !this.stopped; page++) {
        const more = await this.store.transaction((tx) => fanOutPage(tx, this.clock, id));
        if (!more) break;
        if (page === FAN_OUT_PAGES_PER_TURN - 1) this.eventsPending = this.again = true;
      }
    }
  }

  /**
   * Claims due deliveries into the local queue while it runs low: a batch at a time (one
   * statement), never more per endpoint than QUEUED_PER_ENDPOINT_FACTOR times its concurrency,
   * so each one is attempted well within its lease.
   */
  private async claim(): Promise<void> {
    const capacity = this.concurrency * QUEUED_PER_CONCURRENCY;
    if (this.queue.length >= this.concurrency) return;
    const limit = Math.min(capacity - this.queue.length, CLAIM_BATCH_MAX);
    const held = new Map<number, number>(this.inFlightByEndpoint);
    for (const delivery of this.queue) held.set(delivery.endpointId, (held.get(delivery.endpointId) ?? 0) + 1);
    const full = [...held].filter(([, count]) => count >= this.perEndpoint * QUEUED_PER_CONCURRENCY).map(([id]) => id);
    const now = this.clock.now();
    const leaseUntil = new Date(now.getTime() + this.leaseMs).toISOString();
    const claimed = await this.store.transaction((tx) =>
      tx.webhooks.claimDeliveries(now.toISOString(), leaseUntil, this.holder, limit, full),
    );
    const giveBack: number[] = [];
    for (const delivery of claimed) {
      const count = held.get(delivery.endpointId) ?? 0;
      if (count >= this.perEndpoint * QUEUED_PER_CONCURRENCY) {
        giveBack.push(delivery.id);
        continue;
      }
      held.set(delivery.endpointId, count + 1);
      this.queue.push(delivery);
    }
    if (giveBack.length > 0) await this.store.transaction((tx) => tx.webhooks.releaseDeliveries(giveBack, this.holder));
    // A full claim: more may be due once the queue has room.
    if (claimed.length === limit) this.moreDue = true;
  }

  /** Starts attempts from the queue, oldest first, within the bounds in total and per endpoint. */
  private pump(): void {
    for (let index = 0; index < this.queue.length && this.inFlight < this.concurrency && !this.stopped;) {
      const delivery = this.queue[index]!;
      const count = this.inFlightByEndpoint.get(delivery.endpointId) ?? 0;
      if (count >= this.perEndpoint) {
        index++;
        continue;
      }
      this.queue.splice(index, 1);
      this.inFlightByEndpoint.set(delivery.endpointId, count + 1);
      this.inFlight++;
      const attempt = this.attempt(delivery).finally(() => {
        this.attempts.delete(attempt);
        this.inFlight--;
        const left = (this.inFlightByEndpoint.get(delivery.endpointId) ?? 1) - 1;
        if (left === 0) this.inFlightByEndpoint.delete(delivery.endpointId);
        else this.inFlightByEndpoint.set(delivery.endpointId, left);
        this.pump();
        // The queue ran low: claim more (without looking for new events, which the commit or the poll announce).
        if (this.queue.length < this.concurrency && (this.moreDue || this.queue.length === 0)) {
          this.moreDue = false;
          this.wake(false);
        }
      });
      this.attempts.add(attempt);
    }
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const attempt = delivery.attempts + 1;
    const started = this.clock.now();
    let outcome: {
      outcome: 'SUCCEEDED' | 'FAILED';
      statusCode: number | null;
      error: string | null;
      durationMs: number;
    };
    if (delivery.body === null) {
      outcome = {
        outcome: 'FAILED',
        statusCode: null,
        error: 'the event is no longer kept (event retention)',
        durationMs: 0,
      };
    } else {
      const headers = signWebhook({
        id: delivery.eventPublicId,
        timestamp: started,
        body: delivery.body,
        secrets: signingSecrets(
          {
            secret: delivery.secret,
            previousSecret: delivery.previousSecret,
            rotatedAt: delivery.rotatedAt === null ? null : new Date(delivery.rotatedAt),
          },
          started,
        ),
      });
      outcome = await sendWebhook({
        url: delivery.url,
        body: delivery.body,
        headers: { ...headers },
        timeoutMs: this.timeoutMs,
        allowPrivate: this.options.allowPrivateUrls,
        lookup: this.options.lookup,
      });
    }
    const finished = this.clock.now();
    const delay = outcome.outcome === 'SUCCEEDED' || delivery.body === null ? null : nextAttemptDelayMs(attempt);
    this.results.push({
      deliveryId: delivery.id,
      organizationId: delivery.organizationId,
      endpointId: delivery.endpointId,
      attempt,
      outcome: outcome.outcome,
      statusCode: outcome.statusCode,
      error: outcome.error,
      durationMs: outcome.durationMs,
      attemptedAt: started.toISOString(),
      status: outcome.outcome === 'SUCCEEDED' ? 'SUCCEEDED' : delay === null ? 'FAILED' : 'PENDING',
      nextAttemptAt: delay === null ? null : new Date(finished.getTime() + withJitter(delay)).toISOString(),
    });
    if (this.results.length >= FLUSH_BATCH_MAX) await this.flush();
    else this.flushTimer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
  }

  /** Writes the waiting results in one transaction, then disables endpoints failing for too long. */
  private flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const results = this.results;
    this.results = [];
    this.flushing = this.flushing.then(async () => {
      if (results.length === 0) return;
      const now = this.clock.now();
      const disableBefore = new Date(now.getTime() - this.disableAfterMs).toISOString();
      try {
        const failing = await this.store.transaction((tx) =>
          tx.webhooks.completeAttempts(results, this.holder, now.toISOString(), disableBefore),
        );
        for (const { organizationId, endpointId } of failing) {
          const reason = `every attempt failed for more than ${Math.round(this.disableAfterMs / 3_600_000)} hours`;
          if (await disableFailingEndpoint(this.store, this.clock, organizationId, endpointId, reason)) {
            this.log?.warn(
              { organization: organizationId, endpoint: endpointId },
              'webhook endpoint disabled: failing for days',
            );
          }
        }
      } catch (error) {
        // The leases run out and the deliveries are attempted again: at least once.
        this.log?.error({ err: error, results: results.length }, 'writing webhook attempts failed');
      }
    });
    return this.flushing;
  }
}

/**
 * One page of fan-out for one endpoint, in the caller's transaction: answers whether more may
 * follow. A replay in progress goes first; then the events after the endpoint's position.
 */
async function fanOutPage(tx: Store, clock: Clock, endpointId: number): Promise<boolean> {
  const endpoint = await tx.webhooks.lockEndpointForFanOut(endpointId);
  if (!endpoint) return false;
  const organizationId = endpoint.organizationId;
  const at = clock.now();
  const replaying = endpoint.replayNextSequence !== null && endpoint.replayUntilSequence !== null;
  // Read before the events: every event up to it is visible to the read that follows.
  const lastRecorded = replaying ? 0n : await tx.events.lastSequence(organizationId);
  const events = replaying
    ? await tx.webhooks.eventsAfter(
        organizationId,
        endpoint.replayNextSequence! - 1n,
        FAN_OUT_PAGE,
        endpoint.replayUntilSequence!,
      )
    : await tx.webhooks.eventsAfter(organizationId, endpoint.fannedOutSequence, FAN_OUT_PAGE);
  const deliveries: Array<Omit<WebhookDelivery, 'id'>> = events
    .filter((event) => wantsEventType(endpoint.eventTypes, event.type))
    .map((event) => ({
      publicId: newPublicId('whd_', at),
      organizationId,
      endpointId: endpoint.id,
      eventId: event.id,
      eventPublicId: event.publicId,
      eventType: event.type,
      status: 'PENDING',
      attempts: 0,
      lastStatusCode: null,
      lastError: null,
      nextAttemptAt: at.toISOString(),
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
    }));
  await tx.webhooks.insertDeliveries(deliveries);
  const last = events[events.length - 1]?.sequence;
  const full = events.length === FAN_OUT_PAGE;
  if (replaying) {
    const done = !full || last === undefined || last >= endpoint.replayUntilSequence!;
    await tx.webhooks.updateEndpoint(
      organizationId,
      endpoint.id,
      done ? { replayNextSequence: null, replayUntilSequence: null } : { replayNextSequence: last! + 1n },
      null,
    );
    return true;
  }
  // Nothing to read up to the last event recorded (its events pruned): the position moves there.
  const position = last ?? (lastRecorded > endpoint.fannedOutSequence ? lastRecorded : endpoint.fannedOutSequence);
  if (position !== endpoint.fannedOutSequence)
    await tx.webhooks.updateEndpoint(organizationId, endpoint.id, { fannedOutSequence: position }, null);
  return full;
}
