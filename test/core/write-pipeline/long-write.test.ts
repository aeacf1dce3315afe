// Proves the long-write form of the pipeline on both databases: the key is claimed with the
// write's first record, so a repeat while the work runs answers 409 idempotency_request_in_progress
// (and one with another body 422), a repeat afterwards replays the stored reply; a failed run is
// recorded by `fail`, its key released so the same request can run again; the audit row comes
// with the completion.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/actor.ts';
import { ManualClock } from '../../../src/core/clock.ts';
import { isSaldoError } from '../../../src/core/errors.ts';
import { createOrganization } from '../../../src/core/organizations/commands.ts';
import { type LongWriteCommand, performLongWrite } from '../../../src/core/write-pipeline.ts';
import type { KyselyStore } from '../../../src/storage/kysely-store.ts';
import { describeEachDatabase, openTestStore } from '../../support/databases.ts';

describeEachDatabase('long writes', (kind) => {
  let store: KyselyStore;
  let close: () => Promise<void>;
  const clock = new ManualClock(new Date('2026-03-15T10:00:00Z'));
  let actor: Actor;
  beforeAll(async () => {
    ({ store, close } = await openTestStore(kind));
    const organization = await createOrganization(
      store,
      clock,
      { slug: 'long', name: 'Long' },
      { by: 'command line', traceId: 'long-write' },
    );
    actor = { organizationId: organization.id, keyId: null, traceId: 'long-write' };
  });
  afterAll(async () => close?.());

  /** A long write whose work waits for `release` and then succeeds or fails; it counts what it did. */
  function command(log: string[], work: Promise<'ok' | 'fail'>): LongWriteCommand<number, number> {
    return {
      async start() {
        log.push('start');
        return log.length;
      },
      async run(started) {
        if ((await work) === 'fail') throw new Error('the work failed');
        log.push('run');
        return started * 10;
      },
      async complete(_tx, result) {
        log.push('complete');
        return result;
      },
      async fail() {
        log.push('fail');
      },
      audit: (result) => ({ action: 'long.completed', resourceType: 'long', resourceId: String(result) }),
      reply: (result) => ({ status: 201, body: { result } }),
    };
  }
  const options = (key: string, body: unknown = { day: '2026-03-15' }) => ({
    idempotencyKey: key,
    request: { method: 'POST', path: '/long', body },
  });

  it('answers 409 to a repeat while it runs, replays it afterwards, and refuses the key with another request', async () => {
    const log: string[] = [];
    let release!: (value: 'ok') => void;
    const gate = new Promise<'ok'>((resolve) => (release = resolve));
    const first = performLongWrite(store, clock, actor, command(log, gate), options('run-1'));
    // The claim committed with the start: wait until it is visible.
    for (let i = 0; i < 100 && !log.includes('start'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    const during = await performLongWrite(
      store,
      clock,
      actor,
      command(log, Promise.resolve('ok')),
      options('run-1'),
    ).catch((error: unknown) => error);
    expect(isSaldoError(during) && during.code).toBe('idempotency_request_in_progress');
    release('ok');
    const done = await first;
    expect(done).toEqual({ replayed: false, reply: { status: 201, body: { result: 10 } } });
    const again = await performLongWrite(store, clock, actor, command(log, Promise.resolve('ok')), options('run-1'));
    expect(again).toEqual({ replayed: true, reply: { status: 201, body: { result: 10 } } });
    const other = await performLongWrite(
      store,
      clock,
      actor,
      command(log, Promise.resolve('ok')),
      options('run-1', { day: 'other' }),
    ).catch((error: unknown) => error);
    expect(isSaldoError(other) && other.code).toBe('idempotency_key_reused');
    expect(log).toEqual(['start', 'run', 'complete']);
    const audit = await store.audit.list(actor.organizationId, { limit: 10 });
    expect(audit.data.filter((event) => event.action === 'long.completed').map((event) => event.resourceId)).toEqual([
      '10',
    ]);
  });

  it('records a failure and releases the key, so the same request runs again', async () => {
    const log: string[] = [];
    const failed = await performLongWrite(
      store,
      clock,
      actor,
      command(log, Promise.resolve('fail')),
      options('run-2'),
    ).catch((error: unknown) => error);
    expect((failed as Error).message).toBe('the work failed');
    expect(log).toEqual(['start', 'fail']);
    const retried = await performLongWrite(store, clock, actor, command(log, Promise.resolve('ok')), options('run-2'));
    expect(retried.replayed).toBe(false);
    expect(log).toEqual(['start', 'fail', 'start', 'run', 'complete']);
  });
});
