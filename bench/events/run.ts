/**
 * `npm run bench -- --suite events [--databases sqlite,postgres] [--duration SECONDS] [--backlog N]`:
 * what events cost and how fast they leave.
 *
 * 1. Recording cost: booking throughput through the write path (LedgerWriter, in this process, no
 *    HTTP) with event recording and without it (the outbox insert replaced by nothing), side by
 *    side and interleaved: single charges from 32 concurrent callers, and 1,000-item batches
 *    from 4. Without HTTP in front the share events take is the largest it can be.
 * 2. Dispatch lag: Saldo as a real process delivering to a fast local receiver while 1,000 events
 *    a second are booked (batches of 100, ten a second); the lag of an event is its arrival at the
 *    receiver less its `created_at`.
 * 3. Backlog drain: N events (100,000 by default) booked while no process delivers, then a process
 *    with delivery starts; how fast the deliveries drain, while reads (v1 balances) run beside and
 *    are compared with the same reads without the drain.
 * RSS of the Saldo process is watched throughout. Writes bench/results/events-latest.{md,json}.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../../src/core/actor.ts';
import { systemClock } from '../../src/core/clock.ts';
import { LedgerWriter } from '../../src/core/ledger/ledger-writer.ts';
import type { BookingGroup } from '../../src/core/ledger/booking.ts';
import type { DatabaseKind } from '../../src/storage/database.ts';
import { openStore } from '../../src/storage/kysely-store.ts';
import { KyselyEventStore } from '../../src/storage/stores/events.ts';
import { createBenchDatabase } from '../databases.ts';
import { HttpClient, inPool } from '../http.ts';
import { drive } from '../load.ts';
import { REPOSITORY, type RunningProcess, startProcess } from '../processes.ts';
import { Random } from '../random.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);

interface Options {
  databases: DatabaseKind[];
  durationSeconds: number;
  backlog: number;
  postgresAdminUrl: string;
  outputDirectory: string;
}

function parse(argv: string[]): Options {
  const options: Options = {
    databases: ['sqlite', 'postgres'],
    durationSeconds: 5,
    backlog: 100_000,
    postgresAdminUrl: process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    outputDirectory: join(REPOSITORY, 'bench', 'results'),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => argv[++i] ?? '';
    if (flag === '--suite') value();
    else if (flag === '--databases') options.databases = value().split(',') as DatabaseKind[];
    else if (flag === '--duration') options.durationSeconds = Number(value());
    else if (flag === '--backlog') options.backlog = Number(value());
    else if (flag === '--out') options.outputDirectory = value();
    else throw new Error(`unknown option '${flag}' (events suite: --databases, --duration, --backlog, --out)`);
  }
  return options;
}

// ---- 1. Recording cost -------------------------------------------------------------------------

const ACCOUNTS = 500;

async function recordingCost(kind: DatabaseKind, options: Options) {
  const database = await createBenchDatabase(kind, options.postgresAdminUrl);
  const store = await openStore({ url: database.url, poolSize: 10 });
  try {
    const organizationId = `co_${randomBytes(13).toString('hex').toUpperCase().slice(0, 26)}`;
    await store.organizations.insert({
      id: organizationId,
      slug: 'bench-events',
      name: 'Bench',
      timeZone: 'UTC',
      createdAt: new Date().toISOString(),
    });
    const actor: Actor = { organizationId, keyId: null, auditUser: 'bench', traceId: 'bench' };
    const accountIds = await seedAccounts(store, organizationId);
    const writer = new LedgerWriter(store, systemClock);
    const random = new Random(7);
    const charge = (): BookingGroup => ({
      atomic: false,
      bookings: [
        {
          op: 'post',
          account: { by: 'id', id: random.pick(accountIds) },
          type: 'CHARGE',
          kind: 'CHARGE',
          amountMinor: BigInt(random.integer(100, 10_000)),
        },
      ],
    });
    const batch = (): BookingGroup => ({
      atomic: false,
      bookings: Array.from({ length: 1000 }, () => charge().bookings[0]!),
    });
    const submit = (group: BookingGroup) =>
      writer.submit(
        actor,
        { group, result: (outcome) => outcome, audit: () => [], reply: () => ({ status: 201, body: null }) },
        { request: null },
      );

    const original = KyselyEventStore.prototype.record;
    const measure = async (withEvents: boolean, callers: number, make: () => BookingGroup) => {
      KyselyEventStore.prototype.record = withEvents ? original : async () => {};
      let bookings = 0;
      const until = performance.now() + options.durationSeconds * 1000;
      await Promise.all(
        Array.from({ length: callers }, async () => {
          while (performance.now() < until) {
            const group = make();
            await submit(group);
            bookings += group.bookings.length;
          }
        }),
      );
      KyselyEventStore.prototype.record = original;
      return bookings / options.durationSeconds;
    };
    const rows = [];
    for (const [name, callers, make] of [
      ['single charges, 32 callers', 32, charge],
      ['1,000-item batches, 4 callers', 4, batch],
    ] as const) {
      await measure(true, callers, make); // warm-up
      const withEvents: number[] = [];
      const without: number[] = [];
      // Interleaved, so the machine's other load falls on both alike.
      for (let round = 0; round < 2; round++) {
        without.push(await measure(false, callers, make));
        withEvents.push(await measure(true, callers, make));
      }
      const best = (values: number[]) => Math.max(...values);
      const cost = 1 - best(withEvents) / best(without);
      rows.push({ scenario: name, withoutEventsPerSecond: best(without), withEventsPerSecond: best(withEvents), cost });
      log(
        `[${kind}] recording cost, ${name}: ${best(without).toFixed(0)} → ${best(withEvents).toFixed(0)} bookings/s (${(cost * 100).toFixed(1)} %)`,
      );
    }
    return rows;
  } finally {
    await store.close();
    await database.drop();
  }
}

async function seedAccounts(store: Awaited<ReturnType<typeof openStore>>, organizationId: string): Promise<number[]> {
  const ids: number[] = [];
  const now = new Date().toISOString();
  for (let i = 0; i < ACCOUNTS; i++) {
    const customerId = crypto.randomUUID();
    await store.customers.insert({
      publicId: customerId,
      organizationId,
      number: BigInt(i + 1),
      name: `C${i}`,
      email: null,
      categories: [],
      externalReferences: [],
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    ids.push(
      await store.accounts.insert({
        publicId: crypto.randomUUID(),
        organizationId,
        customerPublicId: customerId,
        number: String(100_000 + i),
        name: null,
        currency: 'EUR',
        creditLimitMinor: 0n,
        status: 'ACCOUNT_OK',
        modality: 'POSTPAID',
        parentId: null,
        template: null,
        paymentReference: null,
        billingAddress: null,
        paymentMethod: { type: 'CREDIT_CARD', details: null },
        isDefault: true,
        dunningLevel: null,
        dunningExempt: false,
        inDebtCollection: false,
        version: 1,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
      }),
    );
  }
  return ids;
}

// ---- A fast local receiver -----------------------------------------------------------------------

interface Receiver {
  url: string;
  count: number;
  lagsMs: number[];
  ids: Set<string>;
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const receiver: Receiver = { url: '', count: 0, lagsMs: [], ids: new Set(), close: async () => {} };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const arrived = Date.now();
      response.writeHead(204).end();
      const event = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string; created_at: string };
      receiver.count++;
      receiver.ids.add(event.id);
      receiver.lagsMs.push(arrived - Date.parse(event.created_at));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  receiver.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return receiver;
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

// ---- Saldo as a process ---------------------------------------------------------------------------

async function startSaldo(url: string, rootKey: string, delivery: boolean): Promise<RunningProcess> {
  return startProcess({
    name: 'saldo',
    script: 'src/http/server.ts',
    env: {
      DATABASE_URL: url,
      SALDO_ROOT_KEY: rootKey,
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
      DAILY_JOB: 'off',
      DELIVERY: delivery ? 'on' : 'off',
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    },
    readyPath: '/readyz',
  });
}

async function organizationOver(saldo: RunningProcess, rootKey: string) {
  const admin = new HttpClient(saldo.baseUrl, rootKey);
  const slug = `bench-${randomBytes(4).toString('hex')}`;
  await admin.call('POST', '/admin/organizations', { slug, name: 'Bench events' });
  const key = await admin.call('POST', `/admin/organizations/${slug}/api-keys`, {
    name: 'bench',
    scopes: [
      'CUSTOMER_READ',
      'CUSTOMER_WRITE',
      'CUSTOMER_ACCOUNT_READ',
      'CUSTOMER_ACCOUNT_WRITE',
      'EVENTS_READ',
      'WEBHOOKS_MANAGE',
    ],
  });
  const client = new HttpClient(saldo.baseUrl, (key.json as { key: string }).key);
  const accounts: string[] = [];
  const customers: string[] = [];
  await inPool(
    Array.from({ length: 200 }, (_, i) => i),
    8,
    async (i) => {
      const customer = await client.call('POST', `/orgs/${slug}/customers`, {
        name: `Customer ${i}`,
        number: String(1000 + i),
      });
      const account = await client.call(
        'POST',
        `/orgs/${slug}/customers/${(customer.json as { id: string }).id}/accounts`,
        {
          modality: 'POSTPAID',
          currency: 'EUR',
          payment_method: { type: 'CREDIT_CARD', details: { token_id: crypto.randomUUID() } },
        },
      );
      accounts.push((account.json as { account_id: string }).account_id);
      customers.push(String(1000 + i));
    },
  );
  return { slug, client, key: (key.json as { key: string }).key, accounts, customers };
}

const chargesBatch = (accounts: string[], random: Random, size: number) => ({
  items: Array.from({ length: size }, () => ({
    kind: 'CHARGE',
    account_id: random.pick(accounts),
    amount: random.integer(100, 10_000),
  })),
});

// ---- 2. Dispatch lag --------------------------------------------------------------------------------

async function dispatchLag(kind: DatabaseKind, options: Options) {
  const database = await createBenchDatabase(kind, options.postgresAdminUrl);
  const rootKey = randomBytes(24).toString('base64url');
  const saldo = await startSaldo(database.url, rootKey, true);
  const receiver = await startReceiver();
  try {
    const org = await organizationOver(saldo, rootKey);
    await org.client.call('POST', `/orgs/${org.slug}/webhook-endpoints`, {
      url: receiver.url,
      event_types: ['entry.posted'],
    });
    const random = new Random(11);
    const usage = saldo.watchUsage();
    const started = performance.now();
    let sent = 0;
    const seconds = Math.max(options.durationSeconds, 10);
    // 10 batches of 100 a second: 1,000 events a second, on a fixed schedule.
    const posts: Promise<unknown>[] = [];
    for (let tick = 0; tick < seconds * 10; tick++) {
      const due = started + tick * 100;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      posts.push(org.client.call('POST', `/orgs/${org.slug}/batches`, chargesBatch(org.accounts, random, 100)));
      sent += 100;
    }
    await Promise.all(posts);
    const bookedSeconds = (performance.now() - started) / 1000;
    const deadline = performance.now() + 60_000;
    while (receiver.ids.size < sent && performance.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const { rssMaxBytes } = usage.stop();
    const row = {
      eventsPerSecond: sent / bookedSeconds,
      events: sent,
      delivered: receiver.ids.size,
      lagP50Ms: percentile(receiver.lagsMs, 50),
      lagP99Ms: percentile(receiver.lagsMs, 99),
      lagMaxMs: Math.max(...receiver.lagsMs),
      rssMaxBytes,
    };
    log(
      `[${kind}] dispatch lag at ${row.eventsPerSecond.toFixed(0)} events/s: p50 ${row.lagP50Ms} ms, p99 ${row.lagP99Ms} ms, ${row.delivered}/${sent} delivered, RSS ${(rssMaxBytes / 1_048_576).toFixed(0)} MB`,
    );
    return row;
  } finally {
    await receiver.close();
    await saldo.stop();
    await database.drop();
  }
}

// ---- 3. Backlog drain ---------------------------------------------------------------------------

async function backlogDrain(kind: DatabaseKind, options: Options) {
  const database = await createBenchDatabase(kind, options.postgresAdminUrl);
  const rootKey = randomBytes(24).toString('base64url');
  let saldo = await startSaldo(database.url, rootKey, false);
  const receiver = await startReceiver();
  try {
    const org = await organizationOver(saldo, rootKey);
    await org.client.call('POST', `/orgs/${org.slug}/webhook-endpoints`, {
      url: receiver.url,
      event_types: ['entry.posted'],
    });
    const random = new Random(13);
    log(`[${kind}] booking ${options.backlog.toLocaleString('en-US')} events with delivery off`);
    await inPool(
      Array.from({ length: Math.ceil(options.backlog / 1000) }, (_, i) => i),
      4,
      async () => {
        await org.client.call('POST', `/orgs/${org.slug}/batches`, chargesBatch(org.accounts, random, 1000));
      },
    );
    const reads = (seconds: number, target: RunningProcess) =>
      drive({
        baseUrl: target.baseUrl,
        connections: 16,
        durationSeconds: seconds,
        headers: { 'x-api-key': org.key },
        random: new Random(17),
        next: (r) => ({ method: 'GET', path: `/v1/customers/${r.pick(org.customers)}/account/balances` }),
      });
    const readSeconds = Math.max(options.durationSeconds, 10);
    await reads(2, saldo);
    const baseline = await reads(readSeconds, saldo);
    await saldo.stop();

    saldo = await startSaldo(database.url, rootKey, true);
    const usage = saldo.watchUsage();
    const started = performance.now();
    const during = await reads(readSeconds, saldo);
    const deadline = performance.now() + 600_000;
    while (receiver.ids.size < options.backlog && performance.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const drainedSeconds = (performance.now() - started) / 1000;
    const { rssMaxBytes } = usage.stop();
    const row = {
      deliveries: options.backlog,
      delivered: receiver.ids.size,
      drainSeconds: drainedSeconds,
      deliveriesPerSecond: receiver.ids.size / drainedSeconds,
      readsBaselinePerSecond: baseline.requestsPerSecond,
      readsDuringDrainPerSecond: during.requestsPerSecond,
      readsRatio: during.requestsPerSecond / baseline.requestsPerSecond,
      readErrors: baseline.non2xx + baseline.errors + during.non2xx + during.errors,
      rssMaxBytes,
    };
    log(
      `[${kind}] backlog of ${row.deliveries}: drained in ${drainedSeconds.toFixed(1)} s (${row.deliveriesPerSecond.toFixed(0)}/s); reads ${baseline.requestsPerSecond.toFixed(0)} → ${during.requestsPerSecond.toFixed(0)}/s (${row.readsRatio.toFixed(2)}); RSS ${(rssMaxBytes / 1_048_576).toFixed(0)} MB`,
    );
    return row;
  } finally {
    await receiver.close();
    await saldo.stop();
    await database.drop();
  }
}

// ---- Report ---------------------------------------------------------------------------------------

export async function runEventsSuite(argv: string[]): Promise<number> {
  const options = parse(argv);
  const processors = cpus();
  const report = {
    command: `npm run bench -- ${argv.join(' ')}`.trim(),
    date: new Date().toISOString(),
    machine: `${processors.length} cores (${processors[0]?.model ?? 'unknown'}), ${(totalmem() / 1_073_741_824).toFixed(1)} GB, Node ${process.version}`,
    loadAverageStart: loadavg(),
    loadAverageEnd: [] as number[],
    results: [] as Array<{
      database: DatabaseKind;
      recording: Awaited<ReturnType<typeof recordingCost>>;
      lag: Awaited<ReturnType<typeof dispatchLag>>;
      drain: Awaited<ReturnType<typeof backlogDrain>>;
    }>,
  };
  for (const kind of options.databases) {
    report.results.push({
      database: kind,
      recording: await recordingCost(kind, options),
      lag: await dispatchLag(kind, options),
      drain: await backlogDrain(kind, options),
    });
  }
  report.loadAverageEnd = loadavg();
  const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
  const mark = (ok: boolean) => (ok ? 'met' : '**not met**');
  const lines = [
    `Command: \`${report.command}\` — ${report.date}, ${report.machine}; load average ${report.loadAverageStart.map((l) => l.toFixed(2)).join(' ')} at the start, ${report.loadAverageEnd.map((l) => l.toFixed(2)).join(' ')} at the end.`,
    '',
    '| database | measure | figure | target | |',
    '|---|---|---|---|---|',
  ];
  for (const { database, recording, lag, drain } of report.results) {
    for (const row of recording) {
      lines.push(
        `| ${database} | bookings/s, ${row.scenario}: without events → with | ${row.withoutEventsPerSecond.toFixed(0)} → ${row.withEventsPerSecond.toFixed(0)} (cost ${(row.cost * 100).toFixed(1)} %) | ≤ 15 % | ${mark(row.cost <= 0.15)} |`,
      );
    }
    lines.push(
      `| ${database} | dispatch lag at ${lag.eventsPerSecond.toFixed(0)} events/s (p50 / p99 / max) | ${lag.lagP50Ms} / ${lag.lagP99Ms} / ${lag.lagMaxMs} ms, ${lag.delivered}/${lag.events} delivered | p99 < 1000 ms | ${mark(lag.lagP99Ms < 1000 && lag.delivered === lag.events)} |`,
    );
    lines.push(
      `| ${database} | backlog of ${drain.deliveries.toLocaleString('en-US')} drained (fan-out included) | ${drain.deliveriesPerSecond.toFixed(0)}/s (${drain.drainSeconds.toFixed(1)} s) | ≥ 1,000/s | ${mark(drain.deliveriesPerSecond >= 1000 && drain.delivered === drain.deliveries)} |`,
    );
    lines.push(
      `| ${database} | reads during the drain / without it | ${drain.readsDuringDrainPerSecond.toFixed(0)} / ${drain.readsBaselinePerSecond.toFixed(0)} req/s = ${drain.readsRatio.toFixed(2)} | ≥ 0.8 | ${mark(drain.readsRatio >= 0.8 && drain.readErrors === 0)} |`,
    );
    const rss = Math.max(lag.rssMaxBytes, drain.rssMaxBytes);
    lines.push(`| ${database} | Saldo's RSS, highest | ${mb(rss)} | < 300 MB | ${mark(rss < 300 * 1_048_576)} |`);
  }
  const markdown = lines.join('\n');
  process.stdout.write(`${markdown}\n`);
  mkdirSync(options.outputDirectory, { recursive: true });
  writeFileSync(join(options.outputDirectory, 'events-latest.md'), `${markdown}\n`);
  writeFileSync(join(options.outputDirectory, 'events-latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  return 0;
}
