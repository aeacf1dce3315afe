// Proves the write path's gathering on both databases: concurrent requests of one organization
// share batches (fewer batches than requests) and are each answered with their own entry; many
// organizations booking at once wait in their queues, not on the database pool, so a small pool
// answers every request (no 503); an Idempotency-Key repeated within one burst books once. Audit
// rows of reads (v4) of several organizations share commits, each row stored when its read is
// answered, and a failed commit refuses only the reads of its own batch.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { ManualClock } from '../../../src/core/clock.ts';
import { postEntry } from '../../../src/core/entries/commands.ts';
import {
  AUDIT_BATCHES_IN_FLIGHT_MAX,
  AUDIT_BATCH_MAX,
  type LedgerBatchReport,
  LedgerWriter,
} from '../../../src/core/ledger/ledger-writer.ts';
import { createOrganization } from '../../../src/core/organizations/commands.ts';
import { type KyselyStore, openStore } from '../../../src/storage/kysely-store.ts';
import { createDatabaseUrl, describeEachDatabase } from '../../support/databases.ts';

describeEachDatabase('ledger writer', (kind) => {
  let store: KyselyStore;
  let drop: () => Promise<void>;
  const clock = new ManualClock(new Date('2026-03-15T10:00:00Z'));
  beforeAll(async () => {
    const database = await createDatabaseUrl(kind);
    drop = database.drop;
    // A pool of three: twenty organizations booking at once must not wait on it.
    store = await openStore({ url: database.url, poolSize: 3, connectTimeoutMs: 1000 });
  });
  afterAll(async () => {
    await store?.close();
    await drop?.();
  });

  async function organizationWithAccount(slug: string) {
    const organization = await createOrganization(
      store,
      clock,
      { slug, name: slug },
      { by: 'command line', traceId: slug },
    );
    const now = clock.now().toISOString();
    const customerId = randomUUID();
    await store.db
      .insertInto('customers')
      .values({
        id: customerId,
        organization_id: organization.id,
        number: 1n,
        name: 'c',
        created_at: now,
        updated_at: now,
      })
      .execute();
    const uuid = randomUUID();
    await store.db
      .insertInto('accounts')
      .values({
        uuid,
        organization_id: organization.id,
        customer_id: customerId,
        number: 'A1',
        currency: 'EUR',
        status: 'ACCOUNT_OK',
        modality: 'POSTPAID',
        payment_method_type: 'DIRECT_DEBIT',
        created_at: now,
        updated_at: now,
      } as never)
      .execute();
    return { actor: { organizationId: organization.id, keyId: null, traceId: slug }, uuid };
  }

  const charge = (uuid: string, amount: number) => ({
    ...postEntry('2026-03-15', {
      accountPublicId: uuid,
      type: 'CHARGE',
      amountMinor: BigInt(amount),
      dueDate: '2026-04-01',
    }),
    reply: (result: { detail: { entry: { publicId: string; amountMinor: bigint } } }) => ({
      status: 201,
      body: { id: result.detail.entry.publicId, amount: Number(result.detail.entry.amountMinor) },
    }),
  });

  it('gathers one organization’s concurrent requests into shared batches, each answered with its own entry', async () => {
    const reports: LedgerBatchReport[] = [];
    const writer = new LedgerWriter(store, clock, { onBatch: (report) => reports.push(report) });
    const { actor, uuid } = await organizationWithAccount('gathered');
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => writer.submit(actor, charge(uuid, i + 1), { request: null })),
    );
    expect(answers.map((answer) => (answer.reply!.body as { amount: number }).amount)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    expect(new Set(answers.map((answer) => (answer.reply!.body as { id: string }).id)).size).toBe(40);
    expect(reports.reduce((sum, report) => sum + report.requests, 0)).toBe(40);
    expect(reports.length).toBeLessThan(40);
    expect(reports.every((report) => !report.failed)).toBe(true);
  });

  it('answers twenty organizations booking at once over a pool of three, without a 503', async () => {
    const writer = new LedgerWriter(store, clock, { batchesInFlightMax: 2 });
    const organizations = await Promise.all(Array.from({ length: 20 }, (_, i) => organizationWithAccount(`many-${i}`)));
    const answers = await Promise.all(
      organizations.flatMap(({ actor, uuid }) =>
        Array.from({ length: 10 }, (_, i) => writer.submit(actor, charge(uuid, 100 + i), { request: null })),
      ),
    );
    expect(answers).toHaveLength(200);
    for (const { actor } of organizations) {
      const rows = await store.db
        .selectFrom('entries')
        .select('amount_minor')
        .where('organization_id', '=', actor.organizationId)
        .execute();
      expect(rows.map((row) => Number(row.amount_minor)).sort()).toEqual(Array.from({ length: 10 }, (_, i) => 100 + i));
    }
  });

  it('books a key repeated within one burst once, and replays it to the others', async () => {
    const writer = new LedgerWriter(store, clock);
    const { actor, uuid } = await organizationWithAccount('one-key');
    const options = { idempotencyKey: 'k-1', request: { method: 'POST', path: '/x', body: { amount: 5 } } };
    const answers = await Promise.all(Array.from({ length: 8 }, () => writer.submit(actor, charge(uuid, 5), options)));
    expect(new Set(answers.map((answer) => (answer.reply!.body as { id: string }).id)).size).toBe(1);
    expect(answers.filter((answer) => answer.replayed)).toHaveLength(7);
    const rows = await store.db
      .selectFrom('entries')
      .select('id')
      .where('organization_id', '=', actor.organizationId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  const auditRows = (organizationId: string) =>
    store.db
      .selectFrom('audit_events')
      .select(['audit_user', 'trace_id'])
      .where('organization_id', '=', organizationId)
      .where('action', '=', 'v4.accounts_read')
      .execute();
  const read = (user: string) => ({
    action: 'v4.accounts_read',
    resourceType: 'customer',
    resourceId: null,
    details: { user },
  });

  it('commits the audit rows of reads of several organizations together, each stored when its read is answered', async () => {
    const reports: LedgerBatchReport[] = [];
    const writer = new LedgerWriter(store, clock, { onBatch: (report) => reports.push(report) });
    const organizations = await Promise.all(['audit-a', 'audit-b', 'audit-c'].map(organizationWithAccount));
    const stored = await Promise.all(
      organizations.flatMap(({ actor }) =>
        Array.from({ length: 20 }, async (_, i) => {
          await writer.recordAudit({ ...actor, auditUser: `user-${i}` }, read(`user-${i}`));
          // Answered only once durable: the row is there when the read resolves.
          const rows = await auditRows(actor.organizationId);
          return rows.some((row) => row.audit_user === `user-${i}`);
        }),
      ),
    );
    expect(stored.every(Boolean)).toBe(true);
    for (const { actor } of organizations) expect(await auditRows(actor.organizationId)).toHaveLength(20);
    expect(reports.reduce((sum, report) => sum + report.requests, 0)).toBe(60);
    expect(reports.length).toBeLessThan(60);
    // One commit held rows of more than one organization (each asked 20).
    expect(Math.max(...reports.map((report) => report.requests))).toBeGreaterThan(20);
    expect(reports.every((report) => report.bookings === 0 && !report.failed)).toBe(true);
  });

  it('bounds an audit commit to its batch size, and the audit commits running at once', async () => {
    const reports: LedgerBatchReport[] = [];
    const writer = new LedgerWriter(store, clock, { onBatch: (report) => reports.push(report) });
    const { actor } = await organizationWithAccount('audit-bounds');
    // Counts the audit commits running at once, from the store's side.
    const auditStore = Object.getPrototypeOf(store.audit) as typeof store.audit;
    const recordMany = auditStore.recordMany;
    let running = 0;
    let mostAtOnce = 0;
    vi.spyOn(auditStore, 'recordMany').mockImplementation(async function (this: typeof store.audit, events) {
      mostAtOnce = Math.max(mostAtOnce, ++running);
      try {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return await recordMany.call(this, events);
      } finally {
        running -= 1;
      }
    });
    const asked = AUDIT_BATCH_MAX * 2 + 10;
    await Promise.all(Array.from({ length: asked }, (_, i) => writer.recordAudit(actor, read(`bound-${i}`))));
    expect(await auditRows(actor.organizationId)).toHaveLength(asked);
    expect(Math.max(...reports.map((report) => report.requests))).toBe(AUDIT_BATCH_MAX);
    expect(reports.reduce((sum, report) => sum + report.requests, 0)).toBe(asked);
    // PostgreSQL runs the commits side by side on pooled connections; SQLite's one writer takes
    // them one after the other (its group commit), whatever the writer sends.
    expect(mostAtOnce).toBe(kind === 'postgres' ? AUDIT_BATCHES_IN_FLIGHT_MAX : 1);
  });

  it('refuses the reads of an audit commit that fails, and commits the next batch', async () => {
    const reports: LedgerBatchReport[] = [];
    const writer = new LedgerWriter(store, clock, { onBatch: (report) => reports.push(report) });
    const { actor } = await organizationWithAccount('audit-fails');
    const failure = new Error('the database went away');
    // The transaction's store is another instance of the same class.
    const auditStore = Object.getPrototypeOf(store.audit) as typeof store.audit;
    vi.spyOn(auditStore, 'recordMany').mockRejectedValueOnce(failure);
    const first = await Promise.allSettled([1, 2, 3].map((i) => writer.recordAudit(actor, read(`lost-${i}`))));
    expect(first.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(first.map((outcome) => outcome.status === 'rejected' && outcome.reason)).toEqual([
      failure,
      failure,
      failure,
    ]);
    await writer.recordAudit(actor, read('kept'));
    const rows = await auditRows(actor.organizationId);
    expect(rows).toHaveLength(1);
    expect(reports.map((report) => [report.requests, report.failed])).toEqual([
      [3, true],
      [1, false],
    ]);
  });
});
