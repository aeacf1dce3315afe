/**
 * The daily job: once a day per organization (its own calendar day, in its time zone) a dunning
 * run happens by itself, which also marks scheduled payments due and closes settled accounts to
 * close, and forgets events past their retention. Every process ticks; exactly one runs an organization's day, the one that takes the
 * day's lease row (dunning_leases, by primary key). A holder that dies mid-run leaves its lease
 * unfinished; after LEASE_STALE_AFTER_MS another process takes it over, and since a run can
 * repeat without double fees, finishing someone else's half-done day is safe.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../actor.ts';
import { type Clock, calendarDate } from '../clock.ts';
import type { Store } from '../store.ts';
import { performLongWrite } from '../write-pipeline.ts';
import { pruneEvents } from '../events/retention.ts';
import type { DunningRun } from './dunning-store.ts';
import { type DunningRunReport, dunningRun } from './run.ts';

export const SCHEDULER_TICK_MS = 5 * 60_000;
export const LEASE_STALE_AFTER_MS = 60 * 60_000;

export interface SchedulerLog {
  info(details: Record<string, unknown>, message: string): void;
  error(details: Record<string, unknown>, message: string): void;
}

/** One tick: runs every organization whose day has no run yet. Returns the runs this holder made. */
export async function runDueOrganizations(
  store: Store,
  clock: Clock,
  holder: string,
  log?: SchedulerLog,
  onRunFinished?: (report: DunningRunReport) => void,
): Promise<string[]> {
  const runs: string[] = [];
  for (const organization of await store.organizations.list()) {
    const now = clock.now();
    const day = calendarDate(now, organization.timeZone);
    const staleBefore = new Date(now.getTime() - LEASE_STALE_AFTER_MS).toISOString();
    const leased = await store.transaction((tx) =>
      tx.dunning.acquireLease(organization.id, day, holder, now.toISOString(), staleBefore),
    );
    if (!leased) continue;
    const actor: Actor = {
      organizationId: organization.id,
      keyId: null,
      auditUser: 'dunning-scheduler',
      traceId: `dunning-${day}-${holder}`,
    };
    try {
      let completed: DunningRun | undefined;
      const command = dunningRun(store, clock, actor, organization, {
        asOf: day,
        trigger: 'SCHEDULE',
        onFinished: onRunFinished,
      });
      await performLongWrite(
        store,
        clock,
        actor,
        { ...command, audit: (run) => command.audit((completed = run)) },
        { request: null },
      );
      const run = completed!;
      await store.transaction((tx) =>
        tx.dunning.completeLease(organization.id, day, holder, run.id, clock.now().toISOString()),
      );
      runs.push(run.publicId);
      log?.info({ organization: organization.slug, run: run.publicId, as_of: day }, 'daily dunning run completed');
      // The day's other chore: events (and finished deliveries) past the retention.
      const pruned = await pruneEvents(store, clock, organization.id);
      if (pruned.events + pruned.deliveries > 0)
        log?.info({ organization: organization.slug, ...pruned }, 'events past their retention pruned');
    } catch (error) {
      // The lease stays unfinished: another tick (here or elsewhere) retries once it is stale.
      log?.error({ organization: organization.slug, err: error }, 'daily dunning run failed');
    }
  }
  return runs;
}

export interface DunningScheduler {
  stop(): Promise<void>;
}

/** Starts ticking (first tick at once). `stop` waits for a tick in progress to finish. */
export function startDunningScheduler(
  store: Store,
  clock: Clock,
  options: {
    tickMs?: number;
    log?: SchedulerLog;
    holder?: string;
    onRunFinished?: (report: DunningRunReport) => void;
  } = {},
): DunningScheduler {
  const holder = options.holder ?? randomUUID();
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  const tick = () => {
    if (stopped) return;
    current = runDueOrganizations(store, clock, holder, options.log, options.onRunFinished).catch((error: unknown) => {
      options.log?.error({ err: error }, 'dunning scheduler tick failed');
    });
  };
  const timer = setInterval(tick, options.tickMs ?? SCHEDULER_TICK_MS);
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await current;
    },
  };
}
