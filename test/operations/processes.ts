/** Runs Saldo's entry points as real processes (through tsx), as an operator would. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCli } from '../../src/cli/run.ts';
import { SALDO_ENVIRONMENT } from '../../src/config.ts';
import { systemClock } from '../../src/core/clock.ts';

export const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));
export const TSX = `${REPOSITORY}node_modules/.bin/tsx`;
export const CLI = `${REPOSITORY}src/cli/main.ts`;
export const SERVER = `${REPOSITORY}src/http/server.ts`;
/** tsx's loader by absolute path, so a server started in any working directory finds it. */
const TSX_LOADER = pathToFileURL(`${REPOSITORY}node_modules/tsx/dist/loader.mjs`).href;

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment a child gets: this one without Saldo's variables, plus the given ones. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of SALDO_ENVIRONMENT) {
    delete env[name];
  }
  return { ...env, ...extra };
}

export function collect(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

export function run(script: string, args: string[], env: Record<string, string>, cwd = REPOSITORY): Promise<Finished> {
  return collect(spawn(TSX, [script, ...args], { cwd, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] }));
}

export function saldoCli(args: string[], env: Record<string, string>): Promise<Finished> {
  return run(CLI, args, env);
}

/**
 * The same command line run inside this process, answering what the process would print and its
 * exit code: the dispatch is the one `src/cli/main.ts` runs, without the seconds tsx takes to start
 * a process on a busy machine. What only a process shows (exit codes as a process, `bin/saldo.js`,
 * standard input) keeps tests of its own through saldoCli.
 */
export async function saldoCliInProcess(args: string[], env: Record<string, string>): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  const context = { env, clock: systemClock, print: (line: string) => (stdout += `${line}\n`) };
  const code = await runCli(args, context, (line) => (stderr += `${line}\n`));
  return { code, signal: null, stdout, stderr };
}

export interface RunningServer {
  child: ChildProcess;
  baseUrl: string;
  /** Every JSON log line the server wrote so far. */
  logs(): Array<Record<string, unknown>>;
  /** Resolves when the process has exited. */
  finished: Promise<Finished>;
}

export interface StartOptions {
  /** The server's working directory (where the default ./data/saldo.db lands). */
  cwd?: string;
  /** Which log lines to keep for `logs()`; all by default (a long run keeps only problems). */
  keepLog?: (line: Record<string, unknown>) => boolean;
}

/**
 * Starts `src/http/server.ts` on a free port and resolves once it listens. It runs as one node
 * process with tsx as a loader (not tsx's launcher, whose grandchild a signal would miss), so
 * SIGTERM and SIGKILL reach the server itself.
 */
export async function startServer(env: Record<string, string>, options: StartOptions = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, SERVER], {
    cwd: options.cwd ?? REPOSITORY,
    env: childEnv({ PORT: '0', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const finished = collect(child);
  let buffered = '';
  const lines: Array<Record<string, unknown>> = [];
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        const parsed = JSON.parse(line) as Record<string, unknown>;
        if (options.keepLog?.(parsed) ?? true) lines.push(parsed);
        const match = /^Server listening at (http:\/\/127\.0\.0\.1:\d+)$/.exec(String(parsed.msg));
        if (match) resolve(match[1]!);
      }
    });
    void finished.then((result) =>
      reject(new Error(`server exited before listening: ${result.code} ${result.stderr}`)),
    );
  });
  const baseUrl = await listening;
  return { child, baseUrl, logs: () => lines, finished };
}
