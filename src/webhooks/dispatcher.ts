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
import { type AttemptResult, type ClaimedDelivery, type WebhookDelivery, wantsEventType } from '../core/webhooks/webhook-endpoint.ts';
import { disableFailingEndpoint } from './endpoints.ts';
import { nextAttemptDelayMs, withJitter } from './retry-schedule.ts';
import { type HostLookup, WEBHOOK_TIMEOUT_MS, sendWebhook } from './send-webhook.ts';
import { signWebhook, signingSecrets } from './signature.ts';

/** The brief's "at most 250 ms" for events committed by other processes. */
export const DELIVERY_POLL_MS = 250;
export const DELIVERY_CONCURRENCY_DEFAULT = 64;
export const DELIVERY_CONCURRENCY_PER_ENDPOINT_DEFAULT = 8;
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
 * A claim lasts twice the attempt's timeout and 5 s more (35 s at 15 s): the result is written
 * within milliseconds of the answer, and a process that died gives its deliveries up soon.
 */
const LEASE_MARGIN_MS = 5_000;
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
  }

  start(): this {
    this.unsubscribe = this.store.onEventsCommitted(() => this.wake());
    this.poll = setInterval(() => this.wake(), this.pollMs);
    this.poll.unref();
    this.wake();
    return this;
  }

  /** Looks for work now (events committed, a delivery due). */
  wake(): void {
    if (this.stopped) return;
    this.again = true;
    this.running ??= this.run().finally(() => {
      this.running = undefined;
      if (this.again && !this.stopped) this.wake();
    });
  }

  /** Stops claiming; waits for the attempts under way and writes their results. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.poll);
    this.unsubscribe?.();
    await this.running;
    await Promise.all([...this.attempts]);
    await this.flush();
  }

  private async run(): Promise<void> {
    while (this.again && !this.stopped) {
      this.again = false;
      try {
        await this.fanOut();
        await this.dispatch();
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
        if (page === FAN_OUT_PAGES_PER_TURN - 1) this.again = true;
      }
    }
  }

  /** Claims what is due, within the bounds, and starts the attempts. */
  private async dispatch(): Promise<void> {
    const free = this.concurrency - this.inFlight;
    if (free <= 0) return;
    const limit = Math.min(free, CLAIM_BATCH_MAX);
    const busy = [...this.inFlightByEndpoint].filter(([, count]) => count >= this.perEndpoint).map(([id]) => id);
    const now = this.clock.now();
    const leaseUntil = new Date(now.getTime() + 2 * this.timeoutMs + LEASE_MARGIN_MS).toISOString();
    const claimed = await this.store.transaction((tx) => tx.webhooks.claimDeliveries(now.toISOString(), leaseUntil, this.holder, limit, busy));
    const giveBack: number[] = [];
    for (const delivery of claimed) {
      const count = this.inFlightByEndpoint.get(delivery.endpointId) ?? 0;
      if (count >= this.perEndpoint) {
        giveBack.push(delivery.id);
        continue;
      }
      this.inFlightByEndpoint.set(delivery.endpointId, count + 1);
      this.inFlight++;
      const attempt = this.attempt(delivery).finally(() => {
        this.attempts.delete(attempt);
        this.inFlight--;
        const left = (this.inFlightByEndpoint.get(delivery.endpointId) ?? 1) - 1;
        if (left === 0) this.inFlightByEndpoint.delete(delivery.endpointId);
        else this.inFlightByEndpoint.set(delivery.endpointId, left);
        this.wake();
      });
      this.attempts.add(attempt);
    }
    if (giveBack.length > 0) await this.store.transaction((tx) => tx.webhooks.releaseDeliveries(giveBack, this.holder));
    // A full claim: more may be due.
    if (claimed.length === limit) this.again = true;
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const attempt = delivery.attempts + 1;
    const started = this.clock.now();
    let outcome: { outcome: 'SUCCEEDED' | 'FAILED'; statusCode: number | null; error: string | null; durationMs: number };
    if (delivery.body === null) {
      outcome = { outcome: 'FAILED', statusCode: null, error: 'the event is no longer kept (event retention)', durationMs: 0 };
    } else {
      const headers = signWebhook({
        id: delivery.eventPublicId,
        timestamp: started,
        body: delivery.body,
        secrets: signingSecrets({ secret: delivery.secret, previousSecret: delivery.previousSecret, rotatedAt: delivery.rotatedAt === null ? null : new Date(delivery.rotatedAt) }, started),
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
        const failing = await this.store.transaction((tx) => tx.webhooks.completeAttempts(results, this.holder, now.toISOString(), disableBefore));
        for (const { organizationId, endpointId } of failing) {
          const reason = `every attempt failed for more than ${Math.round(this.disableAfterMs / 3_600_000)} hours`;
          if (await disableFailingEndpoint(this.store, this.clock, organizationId, endpointId, reason)) {
            this.log?.warn({ organization: organizationId, endpoint: endpointId }, 'webhook endpoint disabled: failing for days');
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
    ? await tx.webhooks.eventsAfter(organizationId, endpoint.replayNextSequence! - 1n, FAN_OUT_PAGE, endpoint.replayUntilSequence!)
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
    await tx.webhooks.updateEndpoint(organizationId, endpoint.id, done ? { replayNextSequence: null, replayUntilSequence: null } : { replayNextSequence: last! + 1n }, null);
    return true;
  }
  // Nothing to read up to the last event recorded (its events pruned): the position moves there.
  const position = last ?? (lastRecorded > endpoint.fannedOutSequence ? lastRecorded : endpoint.fannedOutSequence);
  if (position !== endpoint.fannedOutSequence) await tx.webhooks.updateEndpoint(organizationId, endpoint.id, { fannedOutSequence: position }, null);
  return full;
}
