/** Runs Saldo's entry points as real processes (through tsx), as an operator would. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));
export const TSX = `${REPOSITORY}node_modules/.bin/tsx`;
export const CLI = `${REPOSITORY}src/cli/main.ts`;
export const SERVER = `${REPOSITORY}src/http/server.ts`;

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment a child gets: this one without Saldo's variables, plus the given ones. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'PORT', 'HOST', 'SALDO_ROOT_KEY', 'RATE_LIMIT_PER_MINUTE', 'REDIS_URL', 'STATEMENT_TIMEOUT_MS', 'BODY_LIMIT_BYTES', 'LOG_LEVEL']) {
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
