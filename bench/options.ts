/** Command-line options of `npm run bench`; a bad one stops the run with one line saying which. */
import type { DatabaseKind } from '../src/storage/database.ts';
import { POSTGRES_ADMIN_URL } from './databases.ts';

export const SCALES = ['tiny', 'small', 'medium', 'large'] as const;
export type Scale = (typeof SCALES)[number];

export interface BenchOptions {
  scale: Scale;
  /** Seconds each measured run lasts (Saldo and each baseline alike). */
  durationSeconds: number;
  /** Seconds of unrecorded load before each measured run. */
  warmupSeconds: number;
  connections: number;
  databases: DatabaseKind[];
  /** Scenario names to run; undefined = all. */
  scenarios: string[] | undefined;
  seed: number;
  /** Where the table and the JSON results go. */
  outputDirectory: string;
  /**
   * `cpu`: write a V8 CPU profile of each Saldo process (node --cpu-prof) into the output directory.
   * `perf`: start Saldo with --perf-basic-prof, so `perf record -g -p PID` names its JavaScript
   * frames; V8's profiler charges native and kernel time to the JavaScript frame that called them.
   */
  profile: false | 'cpu' | 'perf';
  /** How the dataset gets in: through Saldo's API, or straight into the schema (large). */
  seeding: 'http' | 'bulk';
  postgresAdminUrl: string;
  /** Saldo worker processes on PostgreSQL (WORKERS); SQLite always runs one. */
  workers: number;
  /** Each read also against a Saldo with metrics and/or tracing on (the other has both off). */
  observed: false | Observed;
}

export const OBSERVED = ['both', 'metrics', 'tracing'] as const;
export type Observed = (typeof OBSERVED)[number];

export class OptionsError extends Error {
  override name = 'OptionsError';
}

const USAGE = `usage: npm run bench -- [--scale tiny|small|medium|large] [--duration SECONDS] [--warmup SECONDS]
       [--connections N] [--databases sqlite,postgres] [--scenarios a,b] [--seed N] [--seeding http|bulk] [--out DIR] [--profile[=cpu|perf]] [--workers N] [--observed[=both|metrics|tracing]]
       npm run bench -- --suite events [--databases sqlite,postgres] [--duration SECONDS] [--backlog N]`;

export function usage(): string {
  return USAGE;
}

function positiveNumber(name: string, raw: string | undefined): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isFinite(value) || value <= 0)
    throw new OptionsError(`${name} needs a positive number, got '${raw ?? ''}'`);
  return value;
}

export function parseOptions(argv: string[], defaultOutputDirectory: string): BenchOptions {
  const options: BenchOptions = {
    scale: 'small',
    durationSeconds: 3,
    warmupSeconds: -1,
    connections: 32,
    databases: ['sqlite', 'postgres'],
    scenarios: undefined,
    seed: 20260315,
    outputDirectory: defaultOutputDirectory,
    profile: false,
    workers: 1,
    observed: false,
    seeding: 'http',
    postgresAdminUrl: POSTGRES_ADMIN_URL,
  };
  let seedingGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const [name, inline] = flag.includes('=')
      ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)]
      : [flag, undefined];
    const value = () => inline ?? argv[++i];
    switch (name) {
      case '--scale': {
        const scale = value();
        if (!SCALES.includes(scale as Scale))
          throw new OptionsError(`--scale must be one of ${SCALES.join(', ')}, got '${scale ?? ''}'`);
        options.scale = scale as Scale;
        break;
      }
      case '--duration':
        options.durationSeconds = positiveNumber('--duration', value());
        break;
      case '--warmup': {
        const raw = value();
        if (raw === undefined || !Number.isFinite(Number(raw)) || Number(raw) < 0)
          throw new OptionsError(`--warmup needs a number ≥ 0, got '${raw ?? ''}'`);
        options.warmupSeconds = Number(raw);
        break;
      }
      case '--connections':
        options.connections = Math.round(positiveNumber('--connections', value()));
        break;
      case '--databases': {
        const list = (value() ?? '').split(',').filter(Boolean);
        for (const kind of list)
          if (kind !== 'sqlite' && kind !== 'postgres')
            throw new OptionsError(`--databases takes sqlite and/or postgres, got '${kind}'`);
        if (list.length === 0) throw new OptionsError('--databases needs at least one of sqlite, postgres');
        options.databases = list as DatabaseKind[];
        break;
      }
      case '--scenarios':
        options.scenarios = (value() ?? '').split(',').filter(Boolean);
        break;
      case '--seed':
        options.seed = Math.round(positiveNumber('--seed', value()));
        break;
      case '--out':
        options.outputDirectory = value() ?? '';
        if (!options.outputDirectory) throw new OptionsError('--out needs a directory');
        break;
      case '--seeding': {
        const seeding = value();
        if (seeding !== 'http' && seeding !== 'bulk')
          throw new OptionsError(`--seeding must be http or bulk, got '${seeding ?? ''}'`);
        options.seeding = seeding;
        seedingGiven = true;
        break;
      }
      case '--workers':
        options.workers = Math.round(positiveNumber('--workers', value()));
        break;
      case '--profile': {
        const profile = inline ?? 'cpu';
        if (profile !== 'cpu' && profile !== 'perf')
          throw new OptionsError(`--profile takes cpu or perf, got '${profile}'`);
        options.profile = profile;
        break;
      }
      case '--observed': {
        // Alone it means both; `--observed=metrics` or `=tracing` measures one of them.
        const observed = inline ?? 'both';
        if (!OBSERVED.includes(observed as Observed))
          throw new OptionsError(`--observed takes both, metrics or tracing, got '${observed}'`);
        options.observed = observed as Observed;
        break;
      }
      case '--help':
      case '-h':
        throw new OptionsError(USAGE);
      default:
        throw new OptionsError(`unknown option '${flag}'\n${USAGE}`);
    }
  }
  // Ten million entries over HTTP would take hours: the large scale is loaded in bulk.
  if ((options.scale === 'medium' || options.scale === 'large') && !seedingGiven) options.seeding = 'bulk';
  // Warm-up: a fifth of the measured time, at most two seconds, unless given.
  if (options.warmupSeconds < 0) options.warmupSeconds = Math.min(2, options.durationSeconds / 5);
  return options;
}
