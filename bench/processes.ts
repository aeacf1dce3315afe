/**
 * The processes a benchmark measures: Saldo (src/http/server.ts) and the baseline server, each a
 * real Node process started the same way (node --import tsx), on a free port, watched for memory
 * and CPU time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { SALDO_ENVIRONMENT } from '../src/config.ts';

export const REPOSITORY = fileURLToPath(new URL('../', import.meta.url));
/** A loaded machine (two cores, several runs at once) has taken 26 s to start Saldo. */
const READY_TIMEOUT_MS = 90_000;
const RSS_SAMPLE_INTERVAL_MS = 100;
const STOP_TIMEOUT_MS = 10_000;

/** Saldo's own variables are never inherited from the shell running the benchmark. */
const SALDO_VARIABLES = [...SALDO_ENVIRONMENT, 'NODE_OPTIONS'];

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningProcess {
  name: string;
  pid: number;
  baseUrl: string;
  /**
   * Starts a fresh maximum of the resident set size and a CPU count; `stop` returns the maximum in
   * bytes and the CPU seconds (user and system) the process and its children spent meanwhile.
   */
  watchUsage(): { stop: () => { rssMaxBytes: number; cpuSeconds: number } };
  /** What the process logged (its warnings and errors: pino writes to stdout), for the report. */
  stderr(): string;
  stop(): Promise<void>;
}

/**
 * Resident set size in bytes (Linux /proc) of a process and its children (a WORKERS primary and
 * its workers), or 0 where that is not readable.
 */
export function residentSetBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    const own = match ? Number(match[1]) * 1024 : 0;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
    return own + children.reduce((sum, child) => sum + residentSetBytes(child), 0);
  } catch {
    return 0;
  }
}

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user and system) a process and its children (a WORKERS primary and its workers)
 * have spent, from Linux /proc, or 0 where that is not readable. The database server's own
 * processes are not among them: PostgreSQL's share is not counted, SQLite's is (in-process).
 */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), from field 3 on: utime is 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const own = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
    return own + children.reduce((sum, child) => sum + cpuSeconds(child), 0);
  } catch {
    return 0;
  }
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`process exited with code ${child.exitCode} before answering:\n${output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer from ${url} within ${READY_TIMEOUT_MS} ms:\n${output()}`);
}

/** How Saldo runs under load: no rate limit, warnings only, and no daily job. */
export function saldoUnderLoad(databaseUrl: string, rootKey: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    SALDO_ROOT_KEY: rootKey,
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'warn',
    // The daily job would run dunning over the whole dataset in the background while the
    // scenarios are measured (minutes at the large scale); the dunning scenario runs it itself.
    DAILY_JOB: 'off',
  };
}

export interface StartOptions {
  name: string;
  script: string;
  env: Record<string, string>;
  readyPath: string;
  /** Extra node flags (e.g. --cpu-prof, which Node does not take from NODE_OPTIONS). */
  nodeArguments?: string[];
  /** The checkout the script runs from: this one unless another is compared (bench/compare.ts). */
  cwd?: string;
}

export async function startProcess(options: StartOptions): Promise<RunningProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of SALDO_VARIABLES) delete env[name];
  Object.assign(env, options.env, { PORT: String(port), HOST: '127.0.0.1' });
  // node --import tsx (not the tsx wrapper): one process, so its pid is the server's.
  const child = spawn(process.execPath, [...(options.nodeArguments ?? []), '--import', 'tsx', options.script], {
    cwd: options.cwd ?? REPOSITORY,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const keep = (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(`${baseUrl}${options.readyPath}`, child, () => stderr);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const pid = child.pid!;
  return {
    name: options.name,
    pid,
    baseUrl,
    stderr: () => stderr,
    watchUsage() {
      const cpuAtStart = cpuSeconds(pid);
      let maximum = residentSetBytes(pid);
      const timer = setInterval(() => {
        maximum = Math.max(maximum, residentSetBytes(pid));
      }, RSS_SAMPLE_INTERVAL_MS);
      return {
        stop: () => {
          clearInterval(timer);
          return { rssMaxBytes: Math.max(maximum, residentSetBytes(pid)), cpuSeconds: cpuSeconds(pid) - cpuAtStart };
        },
      };
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
