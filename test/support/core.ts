/**
 * For suites of the core's commands below HTTP: a fresh store of each database with one
 * organization, and the actor that runs commands through the write pipeline as the command line.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Actor } from '../../src/core/actor.ts';
import { ManualClock } from '../../src/core/clock.ts';
import { SaldoError } from '../../src/core/errors.ts';
import { createOrganization } from '../../src/core/organizations/commands.ts';
import { type DomainCommand, performInternalWrite } from '../../src/core/write-pipeline.ts';
import type { DatabaseKind } from '../../src/storage/database.ts';
import type { KyselyStore } from '../../src/storage/kysely-store.ts';
import { openTestStore } from './databases.ts';

export interface CoreContext {
  store: KyselyStore;
  clock: ManualClock;
  actor: Actor;
  /** Runs a command through the write pipeline (transaction, audit, events) and answers its result. */
  perform<T>(command: DomainCommand<T>): Promise<T>;
}

/** Opens the database for the suite and closes (and drops) it after; the context is filled in beforeAll. */
export function coreSuite(kind: DatabaseKind, slug: string): CoreContext {
  const context = { clock: new ManualClock(new Date('2026-03-15T10:00:00Z')) } as CoreContext;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const opened = await openTestStore(kind);
    close = opened.close;
    context.store = opened.store;
    const organization = await createOrganization(
      context.store,
      context.clock,
      { slug, name: slug },
      { by: 'command line', traceId: slug },
    );
    context.actor = { organizationId: organization.id, keyId: null, traceId: `core-${slug}` };
    context.perform = (command) => performInternalWrite(context.store, context.clock, context.actor, command);
  });
  afterAll(async () => {
    await close?.();
  });
  return context;
}

/** The SaldoError a command was refused with (fails the test when it was not refused). */
export async function refusal(promise: Promise<unknown>): Promise<SaldoError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SaldoError);
  return error as SaldoError;
}
