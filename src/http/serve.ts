/**
 * Runs Saldo (started by `server.ts`, after tracing when it is on): reads the configuration,
 * opens the database (migrating it), listens, and on SIGTERM or SIGINT stops taking requests,
 * finishes those in flight (within a grace period) and closes the database.
 */
import cluster from 'node:cluster';
import { ConfigError, loadConfig } from '../config.ts';
import { systemClock } from '../core/clock.ts';
import { type DunningScheduler, startDunningScheduler } from '../core/dunning/scheduler.ts';
import { SaldoMetrics } from '../observability/metrics.ts';
import { openStore } from '../storage/kysely-store.ts';
import { EventStreamer } from '../streaming/event-streamer.ts';
import { WebhookDispatcher } from '../webhooks/dispatcher.ts';
import { buildApp } from './app.ts';
import { ensureConsoleBuilt } from './console/build.ts';
import { runPrimary } from './cluster.ts';

/** How long requests in flight may take to finish after SIGTERM (orchestrators wait 30 s by default). */
const SHUTDOWN_GRACE_MS = 25_000;

/** `stopTracing` flushes the spans still buffered; given by server.ts when tracing is on. */
export async function main(tracing?: { endpoint: string; stop(): Promise<void> }): Promise<void> {
  const config = loadConfig();
  // The console is built at install; a missing or stale build is made now (once, by the primary).
  if (cluster.isPrimary)
    await ensureConsoleBuilt((line) =>
      process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: line })}\n`),
    );
  if (config.workers > 1 && cluster.isPrimary) {
    runPrimary(config.workers, config.logLevel);
    return;
  }
  const store = await openStore({
    url: config.databaseUrl,
    statementTimeoutMs: config.statementTimeoutMs,
    apiKeyCacheMs: config.apiKeyCacheSeconds * 1000,
  });
  // Webhook delivery runs in every process unless DELIVERY=off; it starts once the server listens.
  const dispatcher = config.delivery
    ? new WebhookDispatcher(store, systemClock, {
        allowPrivateUrls: config.allowPrivateWebhookUrls,
        timeoutMs: config.webhookTimeoutMs,
        concurrency: config.deliveryConcurrency,
        perEndpoint: config.deliveryConcurrencyPerEndpoint,
      })
    : undefined;
  const metrics = config.metrics ? new SaldoMetrics({ store, clock: systemClock, processMetrics: true }) : false;
  const app = await buildApp({
    store,
    clock: systemClock,
    rootKey: config.rootKey,
    rateLimitPerMinute: config.rateLimitPerMinute,
    redisUrl: config.redisUrl,
    bodyLimitBytes: config.bodyLimitBytes,
    statementLimitBytes: config.statementLimitBytes,
    logger: { level: config.logLevel },
    allowPrivateWebhookUrls: config.allowPrivateWebhookUrls,
    wakeDelivery: dispatcher ? () => dispatcher.wake() : undefined,
    metrics,
    metricsToken: config.metricsToken,
  });
  if (dispatcher) dispatcher.log = app.log;
  if (config.allowPrivateWebhookUrls)
    app.log.warn(
      'WEBHOOK_ALLOW_PRIVATE_URLS=true: webhooks may reach http:// and private addresses (never in production)',
    );
  const streamer = config.eventsNatsUrl
    ? new EventStreamer(store, systemClock, {
        publisher: { url: config.eventsNatsUrl, stream: config.eventsNatsStream },
        log: app.log,
      })
    : undefined;
  if (tracing) app.log.info({ endpoint: tracing.endpoint }, 'tracing: spans are exported over OTLP/HTTP');
  if (!config.rootKey) app.log.warn('SALDO_ROOT_KEY is not set: /admin answers 401 to everyone');
  // The daily job (dunning, scheduled payments due, auto-close): one run per organization and day across processes.
  let scheduler: DunningScheduler | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    // A request that never ends must not keep a stopped process alive past its orchestrator's patience.
    setTimeout(() => {
      app.log.error({ graceMs: SHUTDOWN_GRACE_MS }, 'requests still in flight after the grace period: exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    try {
      await app.close();
      await scheduler?.stop();
      await dispatcher?.stop();
      await streamer?.stop();
      await store.close();
      await tracing?.stop();
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
    app.log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  await app.listen({ port: config.port, host: config.host });
  if (!closing && config.dailyJob)
    scheduler = startDunningScheduler(store, systemClock, {
      log: app.log,
      onRunFinished: metrics ? metrics.dunningRunFinished : undefined,
    });
  if (!closing) {
    dispatcher?.start();
    streamer?.start();
  }
}

export function reportStartFailure(error: unknown): never {
  if (error instanceof ConfigError) {
    process.stderr.write(`saldo: ${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`saldo: cannot start: ${message}\n`);
  }
  process.exit(1);
}
