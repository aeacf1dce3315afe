/**
 * Several Saldo processes on one port (WORKERS > 1, PostgreSQL only): the primary forks the
 * workers, replaces one that dies, and on SIGTERM or SIGINT passes the signal on and exits once
 * every worker has finished its requests in flight. Workers are stateless: the database holds
 * the ledger, Redis (REDIS_URL) the shared rate-limit counts, and the daily job takes a lease so
 * one process runs it.
 */
import cluster, { type Worker } from 'node:cluster';
import { pino } from 'pino';

/** A worker that dies this soon after starting is not restarted: it would only die again. */
const RESTART_AFTER_MS_MIN = 5_000;

export function runPrimary(workers: number, logLevel: string): void {
  const log = pino({ level: logLevel }).child({ role: 'primary' });
  const startedAt = new Map<number, number>();
  let stopping = false;

  const fork = (): Worker => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
    return worker;
  };

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        log.info('every worker stopped');
        process.exit(0);
      }
      return;
    }
    if (lived < RESTART_AFTER_MS_MIN) {
      log.fatal({ pid: worker.process.pid, code, signal }, 'a worker died right after starting: stopping');
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      process.exitCode = 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
      return;
    }
    log.error({ pid: worker.process.pid, code, signal }, 'a worker died: starting another');
    fork();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping the workers');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  log.info({ workers }, 'starting workers');
  for (let i = 0; i < workers; i++) fork();
}
