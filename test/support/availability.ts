/**
 * What the suites need from the machine beyond Node.js: PostgreSQL, Redis, NATS, Chromium and
 * poppler's pdftotext. Global setup looks for each once; a suite that needs one runs only where
 * it was found. A newcomer's `npm test` without them passes and says in capitals what did not
 * run; under CI=true a missing one fails the run instead, so CI never passes by skipping.
 */
import { accessSync, constants } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, isAbsolute, join } from 'node:path';

export type Requirement = 'postgres' | 'redis' | 'nats' | 'chromium' | 'pdftotext';

/** What each requirement is, and which suites go without it. */
export const REQUIREMENTS: Record<Requirement, { what: string; suites: string }> = {
  postgres: { what: 'PostgreSQL', suites: 'the PostgreSQL suites' },
  redis: { what: 'Redis', suites: 'the shared rate-limit tests' },
  nats: { what: 'NATS', suites: 'the event stream and JetStream publisher tests' },
  chromium: { what: 'Chromium', suites: 'the browser tests (the console, the /docs page)' },
  pdftotext: { what: 'pdftotext (poppler-utils)', suites: 'the statement PDF tests' },
};

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

/** The browser the browser tests drive: Debian's, or CHROMIUM_PATH. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** The executable a command names (a path, or a name looked up on `path`), or undefined. */
export function executableOn(command: string, path = process.env.PATH ?? ''): string | undefined {
  const candidates = isAbsolute(command)
    ? [command]
    : path
        .split(delimiter)
        .filter((folder) => folder !== '')
        .map((folder) => join(folder, command));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here: the next folder.
    }
  }
  return undefined;
}

/** Whether something accepts TCP connections at the URL's host and port within the time. */
export function reachable(url: string, timeoutMs = 1000): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port), timeout: timeoutMs });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

/** The line a run prints for a requirement it went without. */
export function didNotRunLine(requirement: Requirement, reason: string): string {
  const { what, suites } = REQUIREMENTS[requirement];
  return `*** ${what.toUpperCase()} NOT AVAILABLE (${reason}): ${suites.toUpperCase()} DID NOT RUN. ***`;
}

/**
 * Decides on what was looked for (a reason for each one missing, undefined for each found):
 * under CI=true any missing one throws, naming every one missing; otherwise each missing one
 * writes its line in capitals. Answers which were found.
 */
export function judge(
  reasons: Partial<Record<Requirement, string | undefined>>,
  env: NodeJS.ProcessEnv = process.env,
  write: (line: string) => void = (line) => process.stderr.write(line),
): Partial<Record<Requirement, boolean>> {
  const entries = Object.entries(reasons) as Array<[Requirement, string | undefined]>;
  const missing = entries.filter(([, reason]) => reason !== undefined) as Array<[Requirement, string]>;
  if (env.CI === 'true' && missing.length > 0) {
    throw new Error(
      missing
        .map(
          ([requirement, reason]) =>
            `${REQUIREMENTS[requirement].what} is required under CI=true but is not available: ${reason}`,
        )
        .join('; '),
    );
  }
  for (const [requirement, reason] of missing) write(`\n${didNotRunLine(requirement, reason)}\n\n`);
  return Object.fromEntries(entries.map(([requirement, reason]) => [requirement, reason === undefined]));
}

const variableOf = (requirement: Requirement) => `SALDO_TEST_${requirement.toUpperCase()}`;

/** Records what global setup found, for the test files (forked after it, they inherit it). */
export function recordAvailability(
  requirement: Requirement,
  found: boolean,
  env: NodeJS.ProcessEnv = process.env,
): void {
  env[variableOf(requirement)] = found ? 'yes' : 'no';
}

/** Whether global setup found the requirement; a file run without it assumes so (and fails loudly if not). */
export function available(requirement: Requirement, env: NodeJS.ProcessEnv = process.env): boolean {
  return env[variableOf(requirement)] !== 'no';
}
