/**
 * Saldo's Prometheus metrics. The core knows nothing of them: it reports through hooks (the
 * ledger writer's `onBatch`, a dunning run's `onFinished`) and answers questions at scrape time
 * (deliveries pending, the database's connections); this module turns both into metrics on a
 * registry of its own, so several apps in one process (tests) never share counters.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Clock } from '../core/clock.ts';
import type { DunningRunReport } from '../core/dunning/run.ts';
import type { LedgerBatchReport } from '../core/ledger/ledger-writer.ts';
import type { Store } from '../core/store.ts';
import { RequestDurations } from './request-durations.ts';

/** Request durations: a cached read takes about a millisecond, a large batch seconds. */
const REQUEST_SECONDS_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Requests and bookings per ledger batch: powers of two up to the batch bounds. */
const BATCH_SIZE_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096];
const BATCH_SECONDS_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** A run over a few accounts takes milliseconds, over a million an hour. */
const DUNNING_SECONDS_BUCKETS = [0.01, 0.1, 1, 10, 60, 300, 900, 3600];

/** The route label of a request that matched no route: the raw URL would explode the series. */
export const UNMATCHED_ROUTE = 'unmatched';

export interface MetricsOptions {
  store: Store;
  clock: Clock;
  /** Process metrics (CPU, memory, event loop, GC): once per process, so the server's only. */
  processMetrics?: boolean | undefined;
}

export class SaldoMetrics {
  readonly registry = new Registry();
  private readonly requestSeconds: RequestDurations;
  private readonly batchRequests: Histogram<'outcome'>;
  private readonly batchBookings: Histogram<'outcome'>;
  private readonly batchSeconds: Histogram<'outcome'>;
  private readonly dunningRuns: Counter<'trigger' | 'status'>;
  private readonly dunningSeconds: Histogram<'trigger'>;

  constructor(options: MetricsOptions) {
    const registers = [this.registry];
    const { store, clock } = options;
    this.requestSeconds = new RequestDurations(
      'http_request_duration_seconds',
      'HTTP requests by method, route pattern and status code: time from receipt to the answer sent.',
      REQUEST_SECONDS_BUCKETS,
      this.registry,
    );
    this.batchRequests = new Histogram({
      name: 'saldo_ledger_batch_requests',
      help: 'Booking requests committed together in one ledger batch (one database transaction).',
      labelNames: ['outcome'],
      buckets: BATCH_SIZE_BUCKETS,
      registers,
    });
    this.batchBookings = new Histogram({
      name: 'saldo_ledger_batch_bookings',
      help: 'Bookings (entries, payments, allocations) in one ledger batch.',
      labelNames: ['outcome'],
      buckets: BATCH_SIZE_BUCKETS,
      registers,
    });
    this.batchSeconds = new Histogram({
      name: 'saldo_ledger_batch_duration_seconds',
      help: 'Time one ledger batch took, from its first statement to its commit.',
      labelNames: ['outcome'],
      buckets: BATCH_SECONDS_BUCKETS,
      registers,
    });
    this.dunningRuns = new Counter({
      name: 'saldo_dunning_runs_total',
      help: 'Dunning runs finished in this process, by trigger (API, SCHEDULE) and status (COMPLETED, FAILED).',
      labelNames: ['trigger', 'status'],
      registers,
    });
    this.dunningSeconds = new Histogram({
      name: 'saldo_dunning_run_duration_seconds',
      help: 'Time a dunning run took, from its start to its completion.',
      labelNames: ['trigger'],
      buckets: DUNNING_SECONDS_BUCKETS,
      registers,
    });
    // Asked at scrape time: one query a scrape, none on the request path.
    const pending = { due: 0, oldestAgeSeconds: 0, at: -1 };
    const readPending = async (): Promise<typeof pending> => {
      const now = clock.now();
      // Both gauges of one scrape share one query.
      if (pending.at === now.getTime()) return pending;
      const summary = await store.webhooks.pendingSummary(now.toISOString());
      pending.at = now.getTime();
      pending.due = summary.due;
      pending.oldestAgeSeconds =
        summary.oldestDueAt === null ? 0 : Math.max(0, (now.getTime() - Date.parse(summary.oldestDueAt)) / 1000);
      return pending;
    };
    new Gauge({
      name: 'saldo_webhook_deliveries_pending',
      help: 'Webhook deliveries due for an attempt now (PENDING, their next attempt at or before now), all organizations.',
      registers,
      async collect() {
        this.set((await readPending()).due);
      },
    });
    new Gauge({
      name: 'saldo_webhook_delivery_oldest_pending_age_seconds',
      help: 'How long the longest-waiting due webhook delivery has been due; 0 when none is.',
      registers,
      async collect() {
        this.set((await readPending()).oldestAgeSeconds);
      },
    });
    new Gauge({
      name: 'saldo_database_connections',
      help: 'Database connections of this process by state: total and idle (PostgreSQL: the pool; SQLite: its one connection, busy while a commit runs).',
      labelNames: ['state'],
      registers,
      collect() {
        const use = store.connectionUse();
        this.set({ state: 'total' }, use.total);
        this.set({ state: 'idle' }, use.idle);
      },
    });
    new Gauge({
      name: 'saldo_database_waiting',
      help: 'Work waiting for a database connection (PostgreSQL: clients waiting on the pool; SQLite: transactions waiting for the next group commit).',
      registers,
      collect() {
        this.set(store.connectionUse().waiting);
      },
    });
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** The ledger writer's `onBatch` hook. */
  readonly ledgerBatch = (report: LedgerBatchReport): void => {
    const outcome = report.failed ? 'failed' : 'committed';
    this.batchRequests.observe({ outcome }, report.requests);
    this.batchBookings.observe({ outcome }, report.bookings);
    this.batchSeconds.observe({ outcome }, report.durationMs / 1000);
  };

  /** A dunning run's `onFinished` hook. */
  readonly dunningRunFinished = (report: DunningRunReport): void => {
    this.dunningRuns.inc({ trigger: report.trigger, status: report.status });
    this.dunningSeconds.observe({ trigger: report.trigger }, report.durationMs / 1000);
  };

  /** One answered request; `route` is the route's pattern (`/orgs/:org_id/…`), never the URL. */
  request(method: string, route: string | undefined, statusCode: number, seconds: number): void {
    this.requestSeconds.observe(method, route ?? UNMATCHED_ROUTE, statusCode, seconds);
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
