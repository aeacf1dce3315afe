/**
 * The baseline server: a separate process, started and measured exactly like Saldo, serving the
 * two ceilings a scenario is compared with.
 *
 * - `GET|POST /bare/{bytes}`: a bare Fastify route answering a JSON body of that many bytes
 *   (the HTTP ceiling: what Node and Fastify cost with no work behind the route).
 * - `/db/...`: routes that run the raw statements a scenario needs, directly with better-sqlite3
 *   or pg against Saldo's database (the database ceiling).
 *
 * Environment: PORT, HOST, DATABASE_URL (Saldo's), BENCH_ORGANIZATION_ID (the seeded organization).
 */
import Fastify from 'fastify';
import { sequenceOfEntryId } from '../src/core/ids.ts';
import { openCeiling } from './baseline-statements.ts';

const BODY_BYTES_MAX = 4 * 1_048_576;

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A JSON document of exactly `bytes` bytes (at least the 12 of its frame). */
function paddedBody(bytes: number): string {
  const frame = '{"data":""}';
  return `{"data":"${'x'.repeat(Math.max(0, bytes - frame.length))}"}`;
}

const json = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  const organizationId = process.env.BENCH_ORGANIZATION_ID;
  const ceiling = databaseUrl && organizationId ? openCeiling(databaseUrl, organizationId) : undefined;
  const app = Fastify({ logger: false });
  const bodies = new Map<number, string>();

  app.get('/healthz', async () => ({ status: 'ok' }));

  // Database work still running (a write counts until its commit). The benchmark waits for 0
  // before it measures Saldo: on SQLite, a baseline write committing while Saldo's transaction
  // reads before writing would fail that transaction (SQLITE_BUSY), which one Saldo alone never
  // sees. Counted in the handler, not in hooks: an aborted request's handler still runs to the end.
  let inFlight = 0;
  app.get('/in-flight', async () => ({ in_flight: inFlight }));

  const bare = async (
    request: { params: unknown },
    reply: { type: (t: string) => { send: (b: string) => unknown } },
  ) => {
    const bytes = Math.min(BODY_BYTES_MAX, Number((request.params as { bytes: string }).bytes) || 0);
    let body = bodies.get(bytes);
    if (body === undefined) {
      body = paddedBody(bytes);
      bodies.set(bytes, body);
    }
    return reply.type('application/json; charset=utf-8').send(body);
  };
  app.get('/bare/:bytes', bare);
  app.post('/bare/:bytes', bare);

  const withCeiling =
    <P, Q, B>(run: (params: P, query: Q, body: B) => Promise<unknown>) =>
    async (
      request: { params: unknown; query: unknown; body: unknown },
      reply: { type: (t: string) => { send: (b: string) => unknown } },
    ) => {
      if (!ceiling) throw new Error('no DATABASE_URL and BENCH_ORGANIZATION_ID: the database ceiling is off');
      inFlight++;
      try {
        return reply
          .type('application/json; charset=utf-8')
          .send(json(await run(request.params as P, request.query as Q, request.body as B)));
      } finally {
        inFlight--;
      }
    };

  app.get(
    '/db/v1-balances/:number',
    withCeiling<{ number: string }, unknown, unknown>((p) => ceiling!.v1Balances(p.number)),
  );
  app.get(
    '/db/v1-upcoming/:number',
    withCeiling<{ number: string }, { offset?: string; sliceSize?: string }, unknown>((p, q) =>
      ceiling!.v1Upcoming(p.number, q.offset ?? '0', Number(q.sliceSize ?? 10), todayUtc()),
    ),
  );
  app.get(
    '/db/v4-accounts/:number',
    withCeiling<{ number: string }, unknown, unknown>((p) => ceiling!.v4Accounts(p.number)),
  );
  app.get(
    '/db/family-balance/:id',
    withCeiling<{ id: string }, { before?: string }, unknown>((p, q) =>
      ceiling!.familyBalance(p.id, q.before === undefined ? undefined : sequenceOfEntryId(q.before), todayUtc()),
    ),
  );
  app.post(
    '/db/charge/:account',
    withCeiling<{ account: string }, unknown, { amount: number; due_date?: string }>((p, _q, b) =>
      ceiling!.postCharge(p.account, BigInt(b.amount), b.due_date ?? todayUtc()),
    ),
  );
  app.post(
    '/db/payment/:account',
    withCeiling<{ account: string }, unknown, { amount: number }>((p, _q, b) =>
      ceiling!.postPayment(p.account, BigInt(b.amount), todayUtc()),
    ),
  );

  app.post(
    '/db/batch',
    withCeiling<
      unknown,
      unknown,
      { items: Array<{ kind: string; account_id: string; amount: number; due_date?: string }> }
    >((_p, _q, b) =>
      ceiling!.postBatch(
        b.items.map((item) => ({
          accountPublicId: item.account_id,
          type: item.kind === 'CHARGE' ? 'CHARGE' : 'CREDIT',
          amountMinor: BigInt(item.amount),
          dueDate: item.due_date ?? todayUtc(),
        })),
      ),
    ),
  );

  const shutdown = async () => {
    await app.close();
    await ceiling?.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown());
  process.on('SIGINT', () => void shutdown());
  await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });
}

main().catch((error: unknown) => {
  process.stderr.write(`baseline server: cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
