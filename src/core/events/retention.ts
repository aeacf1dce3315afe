/**
 * Event retention: the daily job forgets an organization's events older than its
 * `event_retention_days` (30 at least), and its finished webhook deliveries as old, but never an
 * event a pending delivery, a fan-out or the event stream still needs.
 */
import type { Clock } from '../clock.ts';
import type { Store } from '../store.ts';

/** Rows deleted per statement, so pruning a large backlog never holds a long transaction. */
export const PRUNE_BATCH = 5000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PruneOutcome {
  events: number;
  deliveries: number;
}

export async function pruneEvents(store: Store, clock: Clock, organizationId: string): Promise<PruneOutcome> {
  const settings = await store.organizations.settings(organizationId);
  const before = new Date(clock.now().getTime() - settings.eventRetentionDays * DAY_MS).toISOString();
  const needed = await store.webhooks.eventSequenceNeeded(organizationId);
  const published = await store.events.publishedSequence(organizationId);
  const keepFrom = [needed, published === null ? null : published + 1n]
    .filter((value): value is bigint => value !== null)
    .reduce<bigint | null>((a, b) => (a === null || b < a ? b : a), null);
  const outcome: PruneOutcome = { events: 0, deliveries: 0 };
  for (;;) {
    const deleted = await store.transaction((tx) => tx.webhooks.pruneDeliveries(organizationId, before, PRUNE_BATCH));
    outcome.deliveries += deleted;
    if (deleted < PRUNE_BATCH) break;
  }
  for (;;) {
    const deleted = await store.transaction((tx) =>
      tx.events.pruneBefore(organizationId, before, keepFrom, PRUNE_BATCH),
    );
    outcome.events += deleted;
    if (deleted < PRUNE_BATCH) break;
  }
  return outcome;
}
