/**
 * `npm run bench -- --scale tiny|small|large …`: seeds a reproducible dataset into a fresh
 * database, starts Saldo and the baseline server as real processes, and drives every scenario for
 * a fixed duration, alternating with its two baselines (the bare route and the database ceiling).
 * Prints a markdown table and writes it to bench/results/<scale>-latest.md (with a JSON copy).
 * Exits 1 when a scenario answered with errors, so the smoke test and CI notice.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { DatabaseKind } from '../src/storage/database.ts';
import { createBenchDatabase } from './databases.ts';
import { SHAPES, planCustomers, todayUtc } from './dataset.ts';
import { HttpClient } from './http.ts';
import { startObservation } from './observation.ts';
import { type LoadFigures, drive } from './load.ts';
import { type BenchOptions, OptionsError, parseOptions } from './options.ts';
import { type RunningProcess, REPOSITORY, saldoUnderLoad, startProcess } from './processes.ts';
import { Random } from './random.ts';
import { type RunReport, type ScenarioRow, renderMarkdown } from './report.ts';
import { seedInBulk } from './seed-bulk.ts';
import { type CapabilityName, type SeededData, createOrganization, seedOverHttp } from './seed-http.ts';
import { type RequestKind, type RequestSpec, SCENARIOS, type Scenario, probe, runDunning } from './scenarios.ts';

/** Targets of the issue: Saldo's requests/s as a share of the bare route's. */
/** Ratios to the bare route: reads (the request path's issue), single bookings over many accounts (the write path's). */
const TARGETS: Record<DatabaseKind, { read: number; write: number }> = {
  sqlite: { read: 0.5, write: 0.15 },
  postgres: { read: 0.3, write: 0.12 },
};
const BODY_SIZE_SAMPLES = 3;

const log = (line: string) => process.stderr.write(`${line}\n`);

function pickWeighted(kinds: RequestKind[]): (random: Random) => RequestKind {
  const total = kinds.reduce((sum, k) => sum + k.weight, 0);
  return (random) => {
    let roll = random.next() * total;
    for (const kind of kinds) {
      roll -= kind.weight;
      if (roll < 0) return kind;
    }
    return kinds[kinds.length - 1]!;
  };
}

interface Targets {
  saldo: RunningProcess;
  baseline: RunningProcess;
  /** `--observed`: Saldo with metrics and tracing on (then `saldo` has both off). */
  observed?: RunningProcess | undefined;
  key: string;
}

async function measure(
  options: BenchOptions,
  target: RunningProcess,
  headers: Record<string, string>,
  seed: number,
  next: (random: Random) => RequestSpec,
  connections = options.connections,
  minimumDurationSeconds = 0,
): Promise<LoadFigures> {
  const common = { baseUrl: target.baseUrl, connections, headers, next };
  const durationSeconds = Math.max(options.durationSeconds, minimumDurationSeconds);
  if (options.warmupSeconds >= 0.05) {
    await drive({ ...common, durationSeconds: options.warmupSeconds, random: new Random(seed ^ 0x5eed) });
    if (target.name === 'baseline') await baselineQuiet(target);
  }
  const usage = target.watchUsage();
  const figures = await drive({ ...common, durationSeconds, random: new Random(seed) });
  // autocannon stops sending, but the server still answers what it had read.
  if (target.name === 'baseline') await baselineQuiet(target);
  const { rssMaxBytes, cpuSeconds } = usage.stop();
  return {
    ...figures,
    rssMaxBytes,
    cpuMicrosPerRequest: figures.requests > 0 ? (cpuSeconds * 1e6) / figures.requests : 0,
  };
}

const QUIET_TIMEOUT_MS = 60_000;

/** Waits until the baseline server answers nothing any more (its last writes committed). */
async function baselineQuiet(baseline: RunningProcess): Promise<void> {
  const deadline = Date.now() + QUIET_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const answer = (await (await fetch(`${baseline.baseUrl}/in-flight`)).json()) as { in_flight: number };
    if (answer.in_flight <= 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the baseline server still had requests in flight after ${QUIET_TIMEOUT_MS} ms`);
}

function problemsOf(figures: LoadFigures | undefined, who: string): string[] {
  if (!figures) return [];
  const problems: string[] = [];
  if (figures.non2xx > 0) {
    const codes = Object.entries(figures.statusCodes)
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, n]) => `${n}× ${code}`);
    problems.push(`${who}: ${figures.non2xx} non-2xx (${codes.join(', ')})`);
  }
  if (figures.errors > 0) problems.push(`${who}: ${figures.errors} connection errors or timeouts`);
  if (figures.requests === 0) problems.push(`${who}: no request completed`);
  return problems;
}

async function runScenario(
  options: BenchOptions,
  database: DatabaseKind,
  scenario: Scenario,
  index: number,
  seeded: SeededData,
  targets: Targets,
  today: string,
): Promise<ScenarioRow> {
  const row: ScenarioRow = { database, scenario: scenario.name, status: 'ok', note: '', write: scenario.write };
  const unmet = scenario.needs.find((need: CapabilityName) => seeded.capabilities[need].state !== 'ok');
  if (unmet) {
    const capability = seeded.capabilities[unmet];
    const detail = 'detail' in capability ? capability.detail : '';
    return {
      ...row,
      status: capability.state === 'failed' ? 'failed' : 'not available',
      note: `seeding ${unmet}: ${capability.state}; ${detail}`,
    };
  }
  const saldoClient = new HttpClient(targets.saldo.baseUrl, targets.key);
  const context = { seeded, saldo: saldoClient, today };
  const preparation = await scenario.prepare(context);
  if (!preparation.available)
    return { ...row, status: preparation.failed ? 'failed' : 'not available', note: preparation.reason };

  if (scenario.mode === 'once') {
    const usage = targets.saldo.watchUsage();
    const outcome = await (scenario.runOnce ?? runDunning)(saldoClient, seeded, today);
    const { rssMaxBytes } = usage.stop();
    if ('available' in outcome) {
      if (outcome.available) throw new Error(`${scenario.name} answered no figures`);
      return { ...row, status: outcome.failed ? 'failed' : 'not available', note: outcome.reason };
    }
    const note = 'note' in outcome && typeof outcome.note === 'string' ? outcome.note : row.note;
    return { ...row, elapsedMs: outcome.elapsedMs, rssMaxBytes, note };
  }

  // Each kind is probed once on Saldo (it must answer 2xx), and its answer's size sets the bare route's.
  const bytes = new Map<RequestKind, number>();
  const probeRandom = new Random(options.seed).fork(1000 + index);
  for (const kind of preparation.kinds) {
    let total = 0;
    const samples = kind.write ? 1 : BODY_SIZE_SAMPLES;
    for (let i = 0; i < samples; i++) {
      const spec = kind.saldo(probeRandom);
      const failure = await probe(saldoClient, spec);
      if (failure && !failure.available)
        return { ...row, status: failure.failed ? 'failed' : 'not available', note: failure.reason };
      const answer = await saldoClient.call(spec.method, spec.path, spec.body);
      total += Buffer.byteLength(answer.text);
    }
    bytes.set(kind, Math.round(total / samples));
  }
  const pick = pickWeighted(preparation.kinds);
  const seed = new Random(options.seed).fork(index).integer(1, 0x7fffffff);
  const headers = { 'x-api-key': targets.key };
  const connections = scenario.connections ?? options.connections;
  row.connections = connections;
  row.itemsPerRequest = scenario.itemsPerRequest;
  row.bare = await measure(
    options,
    targets.baseline,
    headers,
    seed,
    (random) => {
      const kind = pick(random);
      const spec = kind.saldo(random);
      return { method: spec.method === 'GET' ? 'GET' : 'POST', path: `/bare/${bytes.get(kind)}`, body: spec.body };
    },
    connections,
    scenario.minimumDurationSeconds,
  );
  row.databaseCeiling = await measure(
    options,
    targets.baseline,
    headers,
    seed,
    (random) => pick(random).database(random),
    connections,
    scenario.minimumDurationSeconds,
  );
  row.saldo = await measure(
    options,
    targets.saldo,
    headers,
    seed,
    (random) => pick(random).saldo(random),
    connections,
    scenario.minimumDurationSeconds,
  );
  // Reads only: a second process writing to the same ledger would change the first one's data.
  if (targets.observed && !scenario.write) {
    row.observed = await measure(
      options,
      targets.observed,
      headers,
      seed,
      (random) => pick(random).saldo(random),
      connections,
      scenario.minimumDurationSeconds,
    );
  }
  const problems = [
    ...problemsOf(row.saldo, 'Saldo'),
    ...problemsOf(row.observed, 'Saldo observed'),
    ...problemsOf(row.bare, 'bare route'),
    ...problemsOf(row.databaseCeiling, 'database ceiling'),
  ];
  if (problems.length > 0) {
    row.status = 'errors';
    row.note = problems.join('; ');
  }
  if (scenario.targets?.itemsPerSecond) {
    row.itemsTarget = scenario.targets.itemsPerSecond[database];
    row.ceilingTarget = scenario.targets.ratioToCeiling;
  } else if (scenario.name !== 'mix-90-10') {
    row.target =
      scenario.targets?.ratioToBare?.[database] ?? (scenario.write ? TARGETS[database].write : TARGETS[database].read);
  }
  return row;
}

async function runDatabase(options: BenchOptions, database: DatabaseKind, report: RunReport): Promise<void> {
  const shape = SHAPES[options.scale];
  const rootKey = randomBytes(24).toString('base64url');
  const bench = await createBenchDatabase(database, options.postgresAdminUrl);
  const processes: RunningProcess[] = [];
  let stopObservation: (() => Promise<void>) | undefined;
  try {
    log(`[${database}] starting Saldo on ${bench.url.replace(/\/\/[^@]*@/, '//')}`);
    const saldoOptions = {
      name: 'saldo',
      script: 'src/http/server.ts',
      env: {
        ...saldoUnderLoad(bench.url, rootKey),
        // Measured against one with both on (below); otherwise Saldo runs as configured by default.
        ...(options.observed ? { METRICS: 'off' } : {}),
        // Several processes only where Saldo allows them: SQLite has one writer.
        ...(database === 'postgres' && options.workers > 1 ? { WORKERS: String(options.workers) } : {}),
      },
      readyPath: '/readyz',
      nodeArguments:
        options.profile === 'cpu'
          ? ['--cpu-prof', `--cpu-prof-dir=${join(options.outputDirectory, 'profiles', database)}`]
          : options.profile === 'perf'
            ? ['--perf-basic-prof']
            : [],
    };
    let saldo = await startProcess(saldoOptions);
    processes.push(saldo);
    if (options.profile === 'perf') log(`[${database}] Saldo runs as pid ${saldo.pid}: perf record -g -p ${saldo.pid}`);
    const today = todayUtc();
    const seedStarted = Date.now();
    let seeded: SeededData;
    if (options.seeding === 'http') {
      const plan = [...planCustomers(options.seed, shape)];
      log(`[${database}] seeding ${plan.length} customers over HTTP`);
      seeded = await seedOverHttp(saldo.baseUrl, rootKey, plan, shape.families, today, log);
      await bench.settle();
    } else {
      // Saldo created the schema and the organization; it is stopped while the rows go in.
      const organization = await createOrganization(saldo.baseUrl, rootKey);
      await saldo.stop();
      processes.pop();
      log(`[${database}] loading ${shape.customers.toLocaleString('en-US')} customers in bulk`);
      seeded = await seedInBulk(bench.url, organization, options.seed, shape, today, log);
      saldo = await startProcess(saldoOptions);
      processes.push(saldo);
    }
    report.datasets.push({
      database,
      seeding: options.seeding,
      counts: seeded.counts,
      seedSeconds: (Date.now() - seedStarted) / 1000,
      capabilities: Object.fromEntries(
        Object.entries(seeded.capabilities).map(([name, c]) => [
          name,
          c.state === 'ok' ? 'ok' : `${c.state}: ${c.detail}`,
        ]),
      ),
    });
    const baseline = await startProcess({
      name: 'baseline',
      script: 'bench/baseline-server.ts',
      env: { DATABASE_URL: bench.url, BENCH_ORGANIZATION_ID: seeded.organizationId },
      readyPath: '/healthz',
      nodeArguments: options.profile === 'perf' ? ['--perf-basic-prof'] : [],
    });
    processes.push(baseline);
    if (options.profile === 'perf') log(`[${database}] the baselines run as pid ${baseline.pid}`);
    let observed: RunningProcess | undefined;
    const observation = options.observed ? await startObservation(options.observed) : undefined;
    if (observation) {
      observed = await startProcess({
        ...saldoOptions,
        name: 'saldo-observed',
        env: { ...saldoOptions.env, ...observation.env },
        nodeArguments: [],
      });
      processes.push(observed);
      observation.scrape(observed.baseUrl, rootKey);
      stopObservation = () => observation.stop();
    }
    const selected = SCENARIOS.filter((s) => !options.scenarios || options.scenarios.includes(s.name));
    for (const scenario of selected) {
      const started = Date.now();
      let row: ScenarioRow;
      try {
        row = await runScenario(
          options,
          database,
          scenario,
          SCENARIOS.indexOf(scenario),
          seeded,
          { saldo, baseline, observed, key: seeded.key },
          today,
        );
      } catch (error) {
        row = {
          database,
          scenario: scenario.name,
          status: 'failed',
          note: error instanceof Error ? error.message : String(error),
          write: scenario.write,
        };
      }
      report.rows.push(row);
      const figures = row.saldo
        ? `${row.saldo.requestsPerSecond.toFixed(0)} req/s, p50 ${row.saldo.latencyP50Ms} ms`
        : row.elapsedMs !== undefined
          ? `${row.elapsedMs.toFixed(0)} ms`
          : '';
      log(
        `[${database}] ${scenario.name}: ${row.status} ${figures} ${row.note} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
      if (row.status === 'errors' || row.status === 'failed')
        log(`!!! [${database}] ${scenario.name}: ${row.status.toUpperCase()}: ${row.note}`);
    }
    const saldoErrors = saldo.stderr().trim();
    if (saldoErrors) log(`[${database}] Saldo logged:\n${saldoErrors.slice(-4000)}`);
    if (observation) {
      const received = observation.received();
      log(
        `[${database}] observed Saldo: ${received.exports} span exports (${(received.bytes / 1_048_576).toFixed(1)} MB), ${received.scrapes} scrapes`,
      );
    }
  } finally {
    await stopObservation?.();
    for (const process of processes.reverse()) await process.stop();
    await bench.drop();
  }
}

async function main(): Promise<number> {
  // The events suite (bench/events/run.ts): recording cost, dispatch lag, backlog drain.
  const suite = process.argv.indexOf('--suite');
  if (suite >= 0) {
    if (process.argv[suite + 1] !== 'events')
      throw new OptionsError(`--suite takes events, got '${process.argv[suite + 1] ?? ''}'`);
    const { runEventsSuite } = await import('./events/run.ts');
    return runEventsSuite(process.argv.slice(2));
  }
  const options = parseOptions(process.argv.slice(2), join(REPOSITORY, 'bench', 'results'));
  const started = Date.now();
  const processors = cpus();
  const report: RunReport = {
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    scale: options.scale,
    date: new Date().toISOString(),
    machine: `${processors.length} cores (${processors[0]?.model ?? 'unknown'}), ${(totalmem() / 1_073_741_824).toFixed(1)} GB, Node ${process.version}, ${process.platform}`,
    loadAverageStart: loadavg(),
    loadAverageEnd: [],
    durationSeconds: options.durationSeconds,
    warmupSeconds: options.warmupSeconds,
    connections: options.connections,
    seed: options.seed,
    datasets: [],
    rows: [],
    totalSeconds: 0,
  };
  for (const database of options.databases) await runDatabase(options, database, report);
  report.loadAverageEnd = loadavg();
  report.totalSeconds = (Date.now() - started) / 1000;
  const markdown = renderMarkdown(report);
  process.stdout.write(`${markdown}\n`);
  mkdirSync(options.outputDirectory, { recursive: true });
  writeFileSync(join(options.outputDirectory, `${options.scale}-latest.md`), markdown);
  writeFileSync(join(options.outputDirectory, `${options.scale}-latest.json`), `${JSON.stringify(report, null, 2)}\n`);
  const bad = report.rows.filter((r) => r.status === 'errors' || r.status === 'failed');
  if (bad.length > 0) {
    log(
      `\n!!! ${bad.length} scenario(s) answered with errors or failed: ${bad.map((r) => `${r.database}/${r.scenario}`).join(', ')}`,
    );
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof OptionsError) log(error.message);
    else log(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(2);
  },
);
