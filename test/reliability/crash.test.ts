// Proves that a Saldo process killed with SIGKILL in the middle of concurrent charges and payments
// loses no acknowledged write and leaves nothing half-applied: after a restart every 2xx is there
// exactly once (by id, by description and by Idempotency-Key replay), a retry of every write whose
// answer was lost books it at most once, and every maintained figure equals a recomputation from
// the entries and allocations — on a SQLite file and on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { checkLedger } from './ledger-check.ts';
import {
  LONG,
  type ProcessAnswer,
  type SaldoDatabase,
  type SaldoProcess,
  freshDatabase,
  organizationOver,
  pool,
  seededRandom,
  startSaldoProcess,
} from './process-client.ts';

const OPERATIONS = Number(process.env.SALDO_CRASH_OPERATIONS ?? (LONG ? 6000 : 1000));
const CRASH_CYCLES = LONG ? 3 : 1;
const CONCURRENCY = 32;
const ACCOUNTS = 6;
const SEED = Number(process.env.SALDO_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));

interface Operation {
  key: string;
  account: number;
  path: string;
  body: Record<string, unknown>;
  answer?: ProcessAnswer;
}

describeEachDatabase('crash consistency', (kind) => {
  let database: SaldoDatabase;
  let saldo: SaldoProcess | undefined;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(async () => {
    await saldo?.stop();
    await database?.drop();
  });

  it(
    `keeps every acknowledged write exactly once through SIGKILL (${OPERATIONS} operations, seed ${SEED})`,
    async () => {
      const random = seededRandom(SEED + (kind === 'sqlite' ? 0 : 1));
      const started = Date.now();
      saldo = await startSaldoProcess(database.url);
      const phases: Record<string, number> = { start: Date.now() - started };
      const org = await organizationOver(saldo, 'crash', [
        'CUSTOMER_WRITE',
        'CUSTOMER_ACCOUNT_WRITE',
        'CUSTOMER_ACCOUNT_READ',
      ]);
      const accounts: string[] = [];
      for (let i = 0; i < ACCOUNTS; i++) {
        const customer = await saldo.request('POST', '/orgs/crash/customers', {
          key: org.key,
          body: { name: `Customer ${i}` },
        });
        const account = await saldo.request('POST', `/orgs/crash/customers/${customer.body.id}/accounts`, {
          key: org.key,
          body: {
            modality: 'POSTPAID',
            currency: 'EUR',
            payment_method: { type: 'DIRECT_DEBIT', details: { iban: 'DE89370400440532013000' } },
          },
        });
        expect(account.status).toBe(201);
        accounts.push(account.body.account_id);
      }

      // Charges with due dates spread over months (so payments settle in due-date order) and payments.
      const operations: Operation[] = Array.from({ length: OPERATIONS }, () => {
        const key = randomUUID();
        const account = Math.floor(random() * ACCOUNTS);
        const amount = 1 + Math.floor(random() * 50_000);
        const charge = random() < 0.6;
        return {
          key,
          account,
          path: `/orgs/crash/accounts/${accounts[account]}/${charge ? 'entries' : 'payments'}`,
          body: charge
            ? {
                type: 'CHARGE',
                amount,
                description: key,
                due_date: `2026-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}`,
              }
            : { amount, description: key },
        };
      });
      const send = (operation: Operation) =>
        saldo!.request('POST', operation.path, {
          key: org.key,
          body: operation.body,
          headers: { 'idempotency-key': operation.key },
        });

      let sent = 0;
      const kills: Array<{ afterAnswers: number; inFlight: number }> = [];
      for (let cycle = 0; cycle < CRASH_CYCLES; cycle++) {
        const batch = operations.slice(sent, sent + Math.ceil(OPERATIONS / CRASH_CYCLES));
        sent += batch.length;
        // The kill comes after a random share (20–80 %) of this cycle's answers, with requests in flight.
        const killAfter = Math.floor(batch.length * (0.2 + 0.6 * random()));
        let answered = 0;
        let inFlight = 0;
        let killed = false;
        let killing: Promise<void> | undefined;
        await pool(
          batch,
          CONCURRENCY,
          async (operation) => {
            inFlight += 1;
            operation.answer = await send(operation);
            inFlight -= 1;
            answered += 1;
            if (!killed && answered >= killAfter) {
              killed = true;
              kills.push({ afterAnswers: answered, inFlight });
              killing = saldo!.kill();
            }
          },
          () => killed,
        );
        await killing;
        expect(killed).toBe(true);
        phases[`load ${cycle}`] = Date.now() - started;
        saldo = await startSaldoProcess(database.url);
        phases[`restart ${cycle}`] = Date.now() - started;

        // Right after the restart, before anyone retries: the rows are consistent on their own.
        const ledger = await checkLedger(database.db, org.id);
        expect(ledger.problems).toEqual([]);
      }

      const acknowledged = operations.filter(
        (operation) =>
          operation.answer !== undefined && operation.answer.status >= 200 && operation.answer.status < 300,
      );
      const lost = operations.filter((operation) => operation.answer !== undefined && operation.answer.status === 0);
      const neverSent = operations.filter((operation) => operation.answer === undefined);
      // Before the kill nothing is refused: every answer is 201 or no answer at all.
      expect(
        operations.filter(
          (operation) => operation.answer && operation.answer.status !== 0 && operation.answer.status !== 201,
        ),
      ).toEqual([]);
      expect(acknowledged.length).toBeGreaterThan(0);

      // Every acknowledged write: its entry exists under its id, exactly once by its description.
      const rows = await database.db
        .selectFrom('entries')
        .select(['public_id', 'description'])
        .where('organization_id', '=', org.id)
        .execute();
      const byDescription = new Map<string, string[]>();
      for (const row of rows)
        byDescription.set(row.description!, [...(byDescription.get(row.description!) ?? []), row.public_id]);
      for (const operation of acknowledged) {
        expect(byDescription.get(operation.key), operation.key).toEqual([operation.answer!.body.id]);
      }
      // No entry exists without the idempotency record of the request that booked it (same transaction).
      const records = await database.db
        .selectFrom('idempotency_records')
        .select(['key', 'reply_status'])
        .where('organization_id', '=', org.id)
        .execute();
      const completed = new Set(records.filter((record) => record.reply_status !== null).map((record) => record.key));
      expect(records.filter((record) => record.reply_status === null)).toEqual([]);
      const operationKeys = new Set(operations.map((operation) => operation.key));
      expect(rows.filter((row) => !completed.has(row.description!) || !operationKeys.has(row.description!))).toEqual(
        [],
      );
      expect(completed.size).toBe(rows.length);

      // Replaying an acknowledged write answers its first reply again and books nothing.
      await pool(acknowledged, CONCURRENCY, async (operation) => {
        const replay = await send(operation);
        expect(replay.status).toBe(201);
        expect(replay.headers?.get('idempotency-replayed')).toBe('true');
        expect(replay.body.id).toBe(operation.answer!.body.id);
      });

      phases.replays = Date.now() - started;
      // A client retries every write whose answer it lost, and sends what it never sent: each books once.
      await pool([...lost, ...neverSent], CONCURRENCY, async (operation) => {
        const retry = await send(operation);
        expect(retry.status).toBe(201);
        operation.answer = retry;
      });
      const all = await database.db
        .selectFrom('entries')
        .select(['description'])
        .where('organization_id', '=', org.id)
        .execute();
      expect(all.length).toBe(OPERATIONS);
      expect(new Set(all.map((row) => row.description)).size).toBe(OPERATIONS);

      const ledger = await checkLedger(database.db, org.id);
      expect(ledger.problems).toEqual([]);
      // The account figures Saldo answers with are the recomputed ones, and money adds up.
      let balanceTotal = 0n;
      for (const account of accounts) {
        const read = await saldo.request('GET', `/orgs/crash/accounts/${account}`, { key: org.key });
        expect(read.status).toBe(200);
        balanceTotal += BigInt(read.body.balance);
      }
      const expectedTotal = operations.reduce(
        (sum, operation) =>
          sum + BigInt(operation.body.amount as number) * (operation.body.type === 'CHARGE' ? -1n : 1n),
        0n,
      );
      expect(balanceTotal).toBe(expectedTotal);

      console.info(
        `crash [${kind}] seed ${SEED}: ${OPERATIONS} operations, kills ${JSON.stringify(kills)}, ` +
          `${acknowledged.length} acknowledged, ${lost.length} answers lost, ${neverSent.length} not sent before the kill, ` +
          `${ledger.entries} entries, ${ledger.allocations} allocations, ${Date.now() - started} ms (phases ${JSON.stringify(phases)})`,
      );
    },
    LONG ? 600_000 : 120_000,
  );

  it(
    `keeps atomic batches all or nothing and every batch exactly once through SIGKILL (seed ${SEED})`,
    async () => {
      const random = seededRandom(SEED + (kind === 'sqlite' ? 10 : 11));
      await saldo?.stop();
      saldo = await startSaldoProcess(database.url);
      const org = await organizationOver(saldo, 'crash-batches', [
        'CUSTOMER_WRITE',
        'CUSTOMER_ACCOUNT_WRITE',
        'CUSTOMER_ACCOUNT_READ',
      ]);
      const accounts: string[] = [];
      for (let i = 0; i < ACCOUNTS; i++) {
        const customer = await saldo.request('POST', '/orgs/crash-batches/customers', {
          key: org.key,
          body: { name: `Customer ${i}` },
        });
        const account = await saldo.request('POST', `/orgs/crash-batches/customers/${customer.body.id}/accounts`, {
          key: org.key,
          body: {
            modality: 'POSTPAID',
            currency: 'EUR',
            payment_method: { type: 'DIRECT_DEBIT', details: { iban: 'DE89370400440532013000' } },
          },
        });
        accounts.push(account.body.account_id);
      }
      const BATCHES = LONG ? 600 : 160;
      const ITEMS = 25;
      interface BatchRequest {
        key: string;
        atomic: boolean;
        items: Array<Record<string, unknown>>;
        answer?: ProcessAnswer;
      }
      // Half the atomic batches carry an item the ledger refuses: they must book nothing, ever.
      const batches: BatchRequest[] = Array.from({ length: BATCHES }, () => {
        const key = randomUUID();
        const atomic = random() < 0.5;
        const items = Array.from({ length: ITEMS }, (_, index) => {
          const account = accounts[Math.floor(random() * ACCOUNTS)];
          const amount = 1 + Math.floor(random() * 50_000);
          return random() < 0.6
            ? {
                kind: 'CHARGE',
                account_id: account,
                amount,
                description: `${key}:${index}`,
                due_date: `2026-0${1 + Math.floor(random() * 9)}-15`,
              }
            : { kind: 'PAYMENT', account_id: account, amount, description: `${key}:${index}` };
        });
        if (atomic && random() < 0.5)
          items[Math.floor(random() * ITEMS)] = {
            kind: 'CHARGE',
            account_id: randomUUID(),
            amount: 1,
            description: `${key}:refused`,
          };
        return { key, atomic, items };
      });
      const send = (batch: BatchRequest) =>
        saldo!.request('POST', '/orgs/crash-batches/batches', {
          key: org.key,
          body: { atomic: batch.atomic, items: batch.items },
          headers: { 'idempotency-key': batch.key },
        });
      const refusedAtomically = (batch: BatchRequest) =>
        batch.atomic && batch.items.some((item) => String(item.description).endsWith(':refused'));

      const killAfter = Math.floor(BATCHES * (0.2 + 0.6 * random()));
      let answered = 0;
      let killed = false;
      let killing: Promise<void> | undefined;
      await pool(
        batches,
        8,
        async (batch) => {
          batch.answer = await send(batch);
          answered += 1;
          if (!killed && answered >= killAfter) {
            killed = true;
            killing = saldo!.kill();
          }
        },
        () => killed,
      );
      await killing;
      saldo = await startSaldoProcess(database.url);
      expect((await checkLedger(database.db, org.id)).problems).toEqual([]);

      const bookedItems = async () => {
        const rows = await database.db
          .selectFrom('entries')
          .select(['description'])
          .where('organization_id', '=', org.id)
          .execute();
        const byBatch = new Map<string, number>();
        for (const row of rows) {
          const key = row.description!.split(':')[0]!;
          byBatch.set(key, (byBatch.get(key) ?? 0) + 1);
        }
        return { rows, byBatch };
      };
      // After the restart, before any retry: each batch is booked whole or not at all (an atomic one
      // always, a non-atomic one because it commits as one transaction), and refused ones not at all.
      const afterCrash = await bookedItems();
      for (const batch of batches) {
        const count = afterCrash.byBatch.get(batch.key) ?? 0;
        const acknowledged = batch.answer !== undefined && batch.answer.status === 200;
        if (refusedAtomically(batch)) expect(count, batch.key).toBe(0);
        else if (acknowledged) expect(count, batch.key).toBe(ITEMS);
        else expect([0, ITEMS], batch.key).toContain(count);
        if (batch.answer !== undefined && batch.answer.status !== 0)
          expect(batch.answer.status).toBe(refusedAtomically(batch) ? 422 : 200);
      }

      // Every batch is sent (again): an acknowledged or committed one replays, the rest book once.
      await pool(batches, 8, async (batch) => {
        const retry = await send(batch);
        expect(retry.status).toBe(refusedAtomically(batch) ? 422 : 200);
        if (batch.answer?.status === 200) {
          expect(retry.headers?.get('idempotency-replayed')).toBe('true');
          expect(retry.body).toEqual(batch.answer.body);
        }
      });
      const final = await bookedItems();
      for (const batch of batches)
        expect(final.byBatch.get(batch.key) ?? 0, batch.key).toBe(refusedAtomically(batch) ? 0 : ITEMS);
      expect((await checkLedger(database.db, org.id)).problems).toEqual([]);
      const expected = batches
        .filter((batch) => !refusedAtomically(batch))
        .flatMap((batch) => batch.items)
        .reduce((sum, item) => sum + BigInt(item.amount as number) * (item.kind === 'CHARGE' ? -1n : 1n), 0n);
      let balance = 0n;
      for (const account of accounts)
        balance += BigInt(
          (await saldo.request('GET', `/orgs/crash-batches/accounts/${account}`, { key: org.key })).body.balance,
        );
      expect(balance).toBe(expected);
    },
    LONG ? 600_000 : 120_000,
  );
});
