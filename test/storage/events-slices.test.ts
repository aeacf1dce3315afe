// Events are inserted in slices: one transaction's events still take consecutive sequences, in
// the order given, across the slices' boundaries, on both databases.
import { expect, it } from 'vitest';
import { domainEvent } from '../../src/core/events/domain-event.ts';
import { EVENT_INSERT_SLICE } from '../../src/storage/stores/events.ts';
import { coreSuite } from '../support/core.ts';
import { describeEachDatabase } from '../support/databases.ts';

describeEachDatabase('events recorded in slices', (kind) => {
  const core = coreSuite(kind, 'event-slices');

  it('numbers the events of one call consecutively, in order, across slices', async () => {
    const count = 2 * EVENT_INSERT_SLICE + 7;
    const events = Array.from({ length: count }, (_, index) =>
      domainEvent('account.status_changed', {
        accountPublicId: `account-${index}`,
        from: 'ACCOUNT_OK',
        to: 'ACCOUNT_TO_CLOSE',
        cause: 'MANUAL',
        version: index,
      }),
    );
    const before = await core.store.events.lastSequence(core.actor.organizationId);
    await core.store.transaction((tx) =>
      tx.events.record(core.actor.organizationId, '2026-03-15T10:00:00.000Z', events),
    );
    const stored = await core.store.events.list(core.actor.organizationId, {
      afterSequence: before,
      types: ['account.status_changed'],
      limit: count + 1,
    });
    expect(stored).toHaveLength(count);
    expect(stored.map((event) => event.sequence)).toEqual(
      Array.from({ length: count }, (_, index) => before + 1n + BigInt(index)),
    );
    expect(
      stored.map((event) => JSON.stringify(event.data).includes(`"account-${Number(event.sequence - before - 1n)}"`)),
    ).not.toContain(false);
    expect(await core.store.events.lastSequence(core.actor.organizationId)).toBe(before + BigInt(count));
  });
});
