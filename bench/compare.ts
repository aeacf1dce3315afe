/**
 * Compares this checkout's request path with another commit's, in one run, on one dataset:
 *
 *   npm run bench:compare -- --against <git ref> [--databases sqlite,postgres]
 *     [--scenarios v1-balances,v4-accounts] [--rounds 30] [--burst 1] [--out DIR]
 *
 * This machine's speed drifts by two to three times between runs, and by more than a change to
 * the request path moves it. So the two versions run side by side, against the same database,
 * and take turns: each round loads each process for a short burst, in a rotating order, and
 * reads its CPU time per answered request from /proc. Drift slower than a round touches both
 * alike, and the figure is the median of the per-round ratios. The other commit also runs twice,
 * and the ratio of its two processes is reported too: it is the noise of the method on the day,
 * and a difference smaller than it says nothing.
 *
 * The other commit runs from a git worktree with this checkout's node_modules, so the comparison
 * is of code with the same dependencies. Read scenarios only: a write would change the data the
 * other process then reads.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { POSTGRES_ADMIN_URL, createBenchDatabase } from './databases.ts';
import { SHAPES, planCustomers, todayUtc } from './dataset.ts';
import { HttpClient } from './http.ts';
import { drive } from './load.ts';
import type { DatabaseKind } from '../src/storage/database.ts';
import { REPOSITORY, type RunningProcess, cpuSeconds, saldoUnderLoad, startProcess } from './processes.ts';
import { Random } from './random.ts';
import { type RequestKind, SCENARIOS } from './scenarios.ts';
import { type SeededData, seedOverHttp } from './seed-http.ts';

interface CompareOptions {
  against: string;
  databases: DatabaseKind[];
  scenarios: string[];
  rounds: number;
  burstSeconds: number;
  connections: number;
  outputDirectory: string;
}

const USAGE =
  'usage: npm run bench:compare -- --against <git ref> [--databases sqlite,postgres] [--scenarios a,b] [--rounds N] [--burst S] [--out DIR]';
const DEFAULT_SCENARIOS = ['v1-balances', 'v1-upcoming-first', 'family-balance', 'family-balance-at'];
const SEED = 20260315;

function parseOptions(argv: string[]): CompareOptions {
  const options: CompareOptions = {
    against: '',
    databases: ['sqlite', 'postgres'],
    scenarios: DEFAULT_SCENARIOS,
    rounds: 30,
    burstSeconds: 1,
    connections: 32,
    outputDirectory: join(REPOSITORY, 'bench', 'results'),
  };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      const given = argv[++i];
      if (given === undefined) throw new Error(`${argv[i - 1]} needs a value\n${USAGE}`);
      return given;
    };
    const positive = (name: string) => {
      const number = Number(value());
      if (!(number > 0)) throw new Error(`${name} takes a positive number\n${USAGE}`);
      return number;
    };
    switch (argv[i]) {
      case '--against':
        options.against = value();
        break;
      case '--databases':
        options.databases = value()
          .split(',')
          .map((name) => {
            if (name !== 'sqlite' && name !== 'postgres') throw new Error(`unknown database '${name}'\n${USAGE}`);
            return name;
          });
        break;
      case '--scenarios':
        options.scenarios = value().split(',');
        break;
      case '--rounds':
        options.rounds = Math.round(positive('--rounds'));
        break;
      case '--burst':
        options.burstSeconds = positive('--burst');
        break;
      case '--out':
        options.outputDirectory = value();
        break;
      default:
        throw new Error(USAGE);
    }
  }
  if (!options.against) throw new Error(USAGE);
  for (const name of options.scenarios) {
    const scenario = SCENARIOS.find((s) => s.name === name);
    if (!scenario) throw new Error(`unknown scenario '${name}'\n${USAGE}`);
    if (scenario.write || scenario.mode !== 'throughput')
      throw new Error(`'${name}' is not a read under load: only reads can be compared on one dataset`);
    // Each v4 read writes an audit row: on SQLite, processes sharing one file would wait on each other.
    if (name === 'v4-accounts' && options.databases.includes('sqlite'))
      throw new Error(`'${name}' writes an audit row per read: compare it with --databases postgres`);
  }
  return options;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** A checkout of `ref` beside this one, sharing its node_modules. */
function checkOut(ref: string): { directory: string; commit: string; remove: () => void } {
  const commit = execFileSync('git', ['rev-parse', '--short', ref], { cwd: REPOSITORY, encoding: 'utf8' }).trim();
  const directory = join(mkdtempSync(join(tmpdir(), 'saldo-compare-')), 'checkout');
  execFileSync('git', ['worktree', 'add', '--detach', directory, commit], { cwd: REPOSITORY, stdio: 'ignore' });
  symlinkSync(join(REPOSITORY, 'node_modules'), join(directory, 'node_modules'));
  return {
    directory,
    commit,
    remove: () =>
      execFileSync('git', ['worktree', 'remove', '--force', directory], { cwd: REPOSITORY, stdio: 'ignore' }),
  };
}

interface Contender {
  label: string;
  process: RunningProcess;
  cpuSeconds: number;
  requests: number;
  /** µs per request in each round. */
  rounds: number[];
}

export interface ComparedRow {
  database: DatabaseKind;
  scenario: string;
  /** µs of CPU per request over all rounds, by contender. */
  microsPerRequest: Record<string, number>;
  /** This checkout over the other commit: median and quartiles of the per-round ratios. */
  change: Quartiles;
  /** The other commit over itself: the method's noise. */
  noise: Quartiles;
}

interface Quartiles {
  median: number;
  low: number;
  high: number;
}

function quartiles(values: number[]): Quartiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), low: at(0.25), high: at(0.75) };
}

async function burst(
  contender: Contender,
  kind: RequestKind,
  key: string,
  seconds: number,
  connections: number,
  random: Random,
) {
  const before = cpuSeconds(contender.process.pid);
  const figures = await drive({
    baseUrl: contender.process.baseUrl,
    durationSeconds: seconds,
    connections,
    headers: { 'x-api-key': key },
    random,
    next: (r) => kind.saldo(r),
  });
  if (figures.non2xx > 0 || figures.errors > 0)
    throw new Error(`${contender.label} answered ${figures.non2xx} non-2xx and ${figures.errors} errors`);
  return { cpuSeconds: cpuSeconds(contender.process.pid) - before, requests: figures.requests };
}

async function compareOn(
  database: DatabaseKind,
  options: CompareOptions,
  other: { directory: string; commit: string },
): Promise<ComparedRow[]> {
  const bench = await createBenchDatabase(database, POSTGRES_ADMIN_URL);
  const rootKey = randomBytes(24).toString('base64url');
  const env = saldoUnderLoad(bench.url, rootKey);
  const started: RunningProcess[] = [];
  try {
    const start = async (name: string, cwd: string) => {
      const process = await startProcess({ name, script: 'src/http/server.ts', env, readyPath: '/readyz', cwd });
      started.push(process);
      return process;
    };
    // This checkout migrates and seeds; the other commit must read the same schema.
    const seeder = await start('seeder', REPOSITORY);
    const shape = SHAPES.small;
    log(`[${database}] seeding ${shape.customers} customers over HTTP`);
    const seeded: SeededData = await seedOverHttp(
      seeder.baseUrl,
      rootKey,
      [...planCustomers(SEED, shape)],
      shape.families,
      todayUtc(),
      () => {},
    );
    // PostgreSQL's statistics, as the bench gathers them: without them the statements are planned blind.
    await bench.settle();
    await seeder.stop();
    started.pop();
    const contenders: Contender[] = [];
    for (const [label, cwd] of [
      ['this checkout', REPOSITORY],
      [other.commit, other.directory],
      [`${other.commit} again`, other.directory],
    ] as const)
      contenders.push({ label, process: await start(label, cwd), cpuSeconds: 0, requests: 0, rounds: [] });
    const [current, against, again] = contenders as [Contender, Contender, Contender];

    const rows: ComparedRow[] = [];
    for (const name of options.scenarios) {
      const scenario = SCENARIOS.find((s) => s.name === name)!;
      const preparation = await scenario.prepare({
        seeded,
        saldo: new HttpClient(current.process.baseUrl, seeded.key),
        today: todayUtc(),
      });
      if (!preparation.available) throw new Error(`${name}: ${preparation.reason}`);
      const kind = preparation.kinds[0]!;
      for (const contender of contenders) Object.assign(contender, { cpuSeconds: 0, requests: 0, rounds: [] });
      const random = new Random(SEED);
      // Warm-up: each process compiles its hot path before anything counts.
      for (const contender of contenders) await burst(contender, kind, seeded.key, 2, options.connections, random);
      for (let round = 0; round < options.rounds; round++) {
        // Each process takes each place in the order equally often: the place itself tells on the figure.
        const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]!);
        for (const contender of order) {
          const figures = await burst(contender, kind, seeded.key, options.burstSeconds, options.connections, random);
          contender.cpuSeconds += figures.cpuSeconds;
          contender.requests += figures.requests;
          contender.rounds.push((figures.cpuSeconds * 1e6) / figures.requests);
        }
      }
      const ratios = (a: Contender, b: Contender) => a.rounds.map((value, i) => value / b.rounds[i]!);
      const row: ComparedRow = {
        database,
        scenario: name,
        microsPerRequest: Object.fromEntries(contenders.map((c) => [c.label, (c.cpuSeconds * 1e6) / c.requests])),
        change: quartiles(ratios(current, against)),
        noise: quartiles(ratios(again, against)),
      };
      log(
        `[${database}] ${name}: this/${other.commit} ${row.change.median.toFixed(3)} (${row.change.low.toFixed(3)}–${row.change.high.toFixed(3)}), noise ${row.noise.median.toFixed(3)}`,
      );
      rows.push(row);
    }
    return rows;
  } finally {
    for (const process of started.reverse()) await process.stop();
    await bench.drop();
  }
}

function render(options: CompareOptions, commit: string, rows: ComparedRow[], started: Date): string {
  const fixed = (n: number) => n.toFixed(3);
  const lines = [
    `# Saldo request path: this checkout against ${commit}`,
    '',
    `- Command: \`npm run bench:compare -- ${process.argv.slice(2).join(' ')}\``,
    `- Date: ${started.toISOString()}; ${options.rounds} rounds of ${options.burstSeconds} s per process, ${options.connections} connections, each process in each place of the order equally often`,
    '- CPU time (user and system) of each Saldo process per answered request, from /proc. A ratio under 1 means this checkout spends less.',
    `- The noise column is ${commit} against a second process of itself: a change inside its spread is not told apart from none.`,
    '',
    `| database | scenario | this µs/req | ${commit} µs/req | this/${commit} median (quartiles) | noise: ${commit}/${commit} median (quartiles) |`,
    '|---|---|---:|---:|---|---|',
  ];
  for (const row of rows) {
    const [current, against] = Object.values(row.microsPerRequest);
    lines.push(
      `| ${row.database} | ${row.scenario} | ${current!.toFixed(0)} | ${against!.toFixed(0)} | ${fixed(row.change.median)} (${fixed(row.change.low)}–${fixed(row.change.high)}) | ${fixed(row.noise.median)} (${fixed(row.noise.low)}–${fixed(row.noise.high)}) |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = new Date();
  const other = checkOut(options.against);
  try {
    const rows: ComparedRow[] = [];
    for (const database of options.databases) rows.push(...(await compareOn(database, options, other)));
    const markdown = render(options, other.commit, rows, started);
    process.stdout.write(markdown);
    mkdirSync(options.outputDirectory, { recursive: true });
    writeFileSync(join(options.outputDirectory, 'compare-latest.md'), markdown);
  } finally {
    other.remove();
    rmSync(join(other.directory, '..'), { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
