/**
 * Checks the bulk loader against the API: seeds the same plan once over HTTP and once in bulk,
 * then compares what Saldo answers for every customer (v1 balances, v4 accounts, upcoming) and
 * every family. Run: `npx tsx bench/check-bulk.ts [sqlite|postgres]` (tiny scale).
 */
import { randomBytes } from 'node:crypto';
import { createBenchDatabase } from './databases.ts';
import { SHAPES, planCustomers, todayUtc } from './dataset.ts';
import { HttpClient } from './http.ts';
import { startProcess } from './processes.ts';
import { seedInBulk } from './seed-bulk.ts';
import { type SeededData, createOrganization, seedOverHttp } from './seed-http.ts';

const SEED = 7;

async function answers(baseUrl: string, seeded: SeededData): Promise<string[]> {
  const client = new HttpClient(baseUrl, seeded.key);
  const out: string[] = [];
  for (const customer of seeded.customers) {
    const balances = await client.call('GET', `/v1/customers/${customer.number}/account/balances`);
    const v4 = (await client.call('GET', `/v4/customer/${customer.number}?auditUser=check`)).json as Array<
      Record<string, unknown>
    >;
    const upcoming = (
      await client.call('GET', `/v1/customers/${customer.number}/account/transactions/upcoming?sliceSize=100`)
    ).json as { result: Array<Record<string, unknown>> };
    out.push(`${customer.number} balances ${balances.text}`);
    out.push(`${customer.number} v4 ${JSON.stringify(v4.map((a) => [a.balance, a.available, a.status, a.currency]))}`);
    out.push(
      `${customer.number} upcoming ${JSON.stringify(upcoming.result.map((e) => [e.dueDate, e.amount, e.openAmount]))}`,
    );
  }
  for (const family of seeded.families) {
    const body = (await client.call('GET', `/v1/families/${family.id}/balance`)).json as Record<string, unknown>;
    out.push(
      `family ${JSON.stringify([body.balance, body.debit, body.credit, body.totalToPay, body.nextScheduledPayment, body.nextScheduledPaymentDate])}`,
    );
  }
  return out;
}

async function seeded(kind: 'sqlite' | 'postgres', mode: 'http' | 'bulk'): Promise<string[]> {
  const database = await createBenchDatabase(kind, 'postgres://postgres@127.0.0.1:5432/postgres');
  const rootKey = randomBytes(24).toString('base64url');
  const options = {
    name: 'saldo',
    script: 'src/http/server.ts',
    env: { DATABASE_URL: database.url, SALDO_ROOT_KEY: rootKey, RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
    readyPath: '/readyz',
  };
  let saldo = await startProcess(options);
  try {
    const shape = SHAPES.tiny;
    let data: SeededData;
    if (mode === 'http') {
      data = await seedOverHttp(
        saldo.baseUrl,
        rootKey,
        [...planCustomers(SEED, shape)],
        shape.families,
        todayUtc(),
        () => {},
        { concurrency: 1, interleave: false },
      );
    } else {
      const organization = await createOrganization(saldo.baseUrl, rootKey);
      await saldo.stop();
      data = await seedInBulk(database.url, organization, SEED, shape, todayUtc(), () => {});
      saldo = await startProcess(options);
    }
    return await answers(saldo.baseUrl, data);
  } finally {
    await saldo.stop();
    await database.drop();
  }
}

const kind = (process.argv[2] ?? 'sqlite') as 'sqlite' | 'postgres';
const [overHttp, inBulk] = [await seeded(kind, 'http'), await seeded(kind, 'bulk')];
let differences = 0;
for (let i = 0; i < Math.max(overHttp.length, inBulk.length); i++) {
  if (overHttp[i] !== inBulk[i]) {
    differences++;
    if (differences <= 10) process.stdout.write(`http: ${overHttp[i]}\nbulk: ${inBulk[i]}\n\n`);
  }
}
process.stdout.write(`${kind}: ${overHttp.length} answers compared, ${differences} differ\n`);
process.exit(differences === 0 ? 0 : 1);
