// Proves the ledger against a tiny reference model on SQLite and PostgreSQL: random sequences of
// charges, credits, payments and reversals, submitted through the write path one at a time or
// several at once (so that bookings of one account share a batch, refusals mixed in), and after
// every chunk the stored figures, open amounts, allocations and each entry's running figures equal
// what the model computes by the stated rules, applying the operations in submission order.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/actor.ts';
import { ManualClock } from '../../../src/core/clock.ts';
import { type BookingCommand, postEntry, reverseEntry } from '../../../src/core/entries/commands.ts';
import type { BookingResult } from '../../../src/core/ledger/booking.ts';
import { LedgerWriter } from '../../../src/core/ledger/ledger-writer.ts';
import { isSaldoError } from '../../../src/core/errors.ts';
import { createOrganization } from '../../../src/core/organizations/commands.ts';
import { recordPayment } from '../../../src/core/payments/commands.ts';
import { type KyselyStore, openStore } from '../../../src/storage/kysely-store.ts';
import { createDatabaseUrl, describeEachDatabase } from '../../support/databases.ts';

type Operation = (
  | { op: 'charge'; amount: number; dueDay: number }
  | { op: 'credit'; amount: number }
  | { op: 'payment'; amount: number }
  | { op: 'reverse'; pick: number }
) & { withPrevious: boolean };

const withPrevious = fc.boolean();
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    op: fc.constant('charge' as const),
    amount: fc.integer({ min: 1, max: 5000 }),
    dueDay: fc.integer({ min: 1, max: 28 }),
    withPrevious,
  }),
  fc.record({ op: fc.constant('credit' as const), amount: fc.integer({ min: 1, max: 5000 }), withPrevious }),
  fc.record({ op: fc.constant('payment' as const), amount: fc.integer({ min: 1, max: 5000 }), withPrevious }),
  fc.record({ op: fc.constant('reverse' as const), pick: fc.nat(), withPrevious }),
);

/** Consecutive operations marked `withPrevious` are submitted together. */
function chunksOf(operations: Operation[]): Operation[][] {
  const chunks: Operation[][] = [];
  for (const operation of operations) {
    if (operation.withPrevious && chunks.length > 0) chunks[chunks.length - 1]!.push(operation);
    else chunks.push([operation]);
  }
  return chunks;
}

/** The reference: entries in ledger order, allocations, and the settling rule written plainly. */
interface ModelEntry {
  id: string;
  type: 'CHARGE' | 'CREDIT';
  amount: number;
  open: number;
  dueDate: string;
  order: number;
  reversal: boolean;
  reversed: boolean;
}
interface ModelAllocation {
  credit: ModelEntry;
  charge: ModelEntry;
  amount: number;
  live: boolean;
}

class Model {
  entries: ModelEntry[] = [];
  allocations: ModelAllocation[] = [];

  book(entry: ModelEntry): void {
    this.entries.push(entry);
    this.settle();
  }

  reverse(original: ModelEntry, reversal: ModelEntry): void {
    this.entries.push(reversal);
    original.reversed = true;
    original.open = 0;
    for (const allocation of this.allocations.filter(
      (a) => a.live && (a.credit === original || a.charge === original),
    )) {
      allocation.live = false;
      if (allocation.credit === original) allocation.charge.open += allocation.amount;
      else allocation.credit.open += allocation.amount;
    }
    this.settle();
  }

  private settle(): void {
    const credits = this.entries.filter((e) => e.type === 'CREDIT' && e.open > 0).sort((a, b) => a.order - b.order);
    const charges = this.entries
      .filter((e) => e.type === 'CHARGE' && e.open > 0)
      .sort((a, b) => (a.dueDate === b.dueDate ? a.order - b.order : a.dueDate < b.dueDate ? -1 : 1));
    let i = 0;
    let j = 0;
    while (i < credits.length && j < charges.length) {
      const amount = Math.min(credits[i]!.open, charges[j]!.open);
      this.allocations.push({ credit: credits[i]!, charge: charges[j]!, amount, live: true });
      credits[i]!.open -= amount;
      charges[j]!.open -= amount;
      if (credits[i]!.open === 0) i++;
      if (charges[j]!.open === 0) j++;
    }
  }

  sum(type: 'CHARGE' | 'CREDIT'): number {
    return this.entries.filter((e) => e.type === type).reduce((s, e) => s + (e.reversal ? -e.amount : e.amount), 0);
  }
}

describeEachDatabase('ledger model', (kind) => {
  let store: KyselyStore;
  let drop: () => Promise<void>;
  const clock = new ManualClock(new Date('2026-03-15T10:00:00Z'));
  let actor: Actor;

  beforeAll(async () => {
    const database = await createDatabaseUrl(kind);
    drop = database.drop;
    store = await openStore({ url: database.url, poolSize: 5 });
    const organization = await createOrganization(
      store,
      clock,
      { slug: 'model', name: 'Model' },
      { by: 'command line', traceId: 'ledger-model' },
    );
    actor = { organizationId: organization.id, keyId: null, traceId: 'ledger-model' };
  });
  afterAll(async () => {
    await store?.close();
    await drop?.();
  });

  let accounts = 0;
  async function newAccount(): Promise<{ id: number; uuid: string }> {
    accounts++;
    const now = clock.now().toISOString();
    const customerId = randomUUID();
    await store.db
      .insertInto('customers')
      .values({
        id: customerId,
        organization_id: actor.organizationId,
        number: BigInt(accounts),
        name: 'Model',
        created_at: now,
        updated_at: now,
      })
      .execute();
    const uuid = randomUUID();
    const row = await store.db
      .insertInto('accounts')
      .values({
        uuid,
        organization_id: actor.organizationId,
        customer_id: customerId,
        number: `M${accounts}`,
        currency: 'EUR',
        status: 'ACCOUNT_OK',
        modality: 'POSTPAID',
        payment_method_type: 'DIRECT_DEBIT',
        created_at: now,
        updated_at: now,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: Number(row.id), uuid };
  }

  let writer: LedgerWriter;
  beforeAll(() => {
    writer = new LedgerWriter(store, clock);
  });
  /** Submits a command to the write path; settles with the booking's result or its refusal. */
  const submit = (command: BookingCommand<BookingResult>) =>
    writer.submit(actor, { ...command, reply: (result) => ({ status: 201, body: result }) }, { request: null }).then(
      (outcome) => ({ ok: true as const, result: outcome.reply!.body as BookingResult }),
      (error: unknown) => ({ ok: false as const, error }),
    );

  async function check(model: Model, account: { id: number; uuid: string }): Promise<void> {
    const stored = await store.entries.findAccountById(actor.organizationId, account.id);
    const rows = await store.entries.listEntries(actor.organizationId, account.id, { limit: 1000 });
    const allocations = await store.db
      .selectFrom('allocations')
      .selectAll()
      .where('account_id', '=', BigInt(account.id))
      .execute();
    const charged = model.sum('CHARGE');
    const credited = model.sum('CREDIT');
    const open = model.entries.filter((e) => e.type === 'CHARGE').reduce((s, e) => s + e.open, 0);
    const unallocated = model.entries.filter((e) => e.type === 'CREDIT').reduce((s, e) => s + e.open, 0);

    expect(stored).toMatchObject({
      chargedMinor: BigInt(charged),
      creditedMinor: BigInt(credited),
      balanceMinor: BigInt(credited - charged),
      openMinor: BigInt(open),
      unallocatedMinor: BigInt(unallocated),
    });
    expect(rows.map((r) => r.publicId)).toEqual(model.entries.map((e) => e.id));

    let runningCharged = 0n;
    let runningCredited = 0n;
    const liveByEntry = new Map<number, bigint>();
    for (const allocation of allocations.filter((a) => a.released_by_entry_id === null)) {
      for (const id of [Number(allocation.credit_entry_id), Number(allocation.charge_entry_id)]) {
        liveByEntry.set(id, (liveByEntry.get(id) ?? 0n) + BigInt(allocation.amount_minor));
      }
    }
    for (const [index, row] of rows.entries()) {
      const modelled = model.entries[index]!;
      if (row.type === 'CHARGE') runningCharged += row.amountMinor;
      else runningCredited += row.amountMinor;
      expect(row.chargedAfterMinor).toBe(runningCharged);
      expect(row.creditedAfterMinor).toBe(runningCredited);
      expect(row.balanceAfterMinor).toBe(runningCredited - runningCharged);
      expect(row.openMinor).toBe(BigInt(modelled.open));
      if (!modelled.reversal) {
        expect(row.openMinor >= 0n && row.openMinor <= row.amountMinor).toBe(true);
        const live = liveByEntry.get(row.id) ?? 0n;
        expect(live).toBe(modelled.reversed ? 0n : row.amountMinor - row.openMinor);
      }
    }
    const liveTotal = allocations
      .filter((a) => a.released_by_entry_id === null)
      .reduce((s, a) => s + BigInt(a.amount_minor), 0n);
    const allocatedCredit = rows
      .filter((r) => r.type === 'CREDIT' && r.reversalOf === null && r.reversedBy === null)
      .reduce((s, r) => s + r.amountMinor - r.openMinor, 0n);
    expect(liveTotal).toBe(allocatedCredit);
    expect(liveTotal).toBe(BigInt(model.allocations.filter((a) => a.live).reduce((s, a) => s + a.amount, 0)));
  }

  it('keeps every figure equal to the reference model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 14 }), async (operations) => {
        const account = await newAccount();
        const model = new Model();
        const today = '2026-03-15';
        for (const chunk of chunksOf(operations)) {
          // Reversals pick among the entries known before the chunk: the chunk's own have no id yet.
          const known = [...model.entries];
          type Step = {
            step: Operation;
            original: ModelEntry | undefined;
            command: BookingCommand<BookingResult>;
            type?: 'CHARGE' | 'CREDIT';
            dueDate?: string;
          };
          const steps = chunk.flatMap((step): Step[] => {
            if (step.op === 'reverse') {
              if (known.length === 0) return [];
              const original = known[step.pick % known.length]!;
              return [{ step, original, command: reverseEntry(today, { entryPublicId: original.id }) }];
            }
            const type = step.op === 'charge' ? ('CHARGE' as const) : ('CREDIT' as const);
            const dueDate = step.op === 'charge' ? `2026-04-${String(step.dueDay).padStart(2, '0')}` : today;
            const command =
              step.op === 'payment'
                ? recordPayment(today, { accountPublicId: account.uuid, amountMinor: BigInt(step.amount) })
                : postEntry(today, { accountPublicId: account.uuid, type, amountMinor: BigInt(step.amount), dueDate });
            return [{ step, original: undefined, command, type, dueDate }];
          });
          const settled = await Promise.all(steps.map(({ command }) => submit(command)));
          for (const [index, { step, original, type, dueDate }] of steps.entries()) {
            const outcome = settled[index]!;
            if (step.op === 'reverse') {
              if (!outcome.ok) {
                if (!isSaldoError(outcome.error)) throw outcome.error;
                expect(outcome.error.code).toBe(original!.reversal ? 'entry_not_reversible' : 'entry_already_reversed');
                continue;
              }
              expect(original!.reversal || original!.reversed).toBe(false);
              const id = outcome.result.detail.entry.publicId;
              model.reverse(original!, {
                ...original!,
                id,
                open: 0,
                order: model.entries.length,
                reversal: true,
                reversed: false,
              });
              continue;
            }
            if (!outcome.ok) throw outcome.error;
            const id = outcome.result.detail.entry.publicId;
            model.book({
              id,
              type: type!,
              amount: step.amount,
              open: step.amount,
              dueDate: dueDate!,
              order: model.entries.length,
              reversal: false,
              reversed: false,
            });
          }
          await check(model, account);
        }
      }),
      { numRuns: kind === 'sqlite' ? 60 : 25 },
    );
  });
});
