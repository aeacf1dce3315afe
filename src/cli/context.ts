/** What a CLI command works with: the environment, where to print, and the database it opens. */
import { randomBytes } from 'node:crypto';
import { loadDatabaseConfig } from '../config.ts';
import type { AdministrativeOrigin } from '../core/organizations/commands.ts';
import type { Clock } from '../core/clock.ts';
import { type KyselyStore, openStore } from '../storage/kysely-store.ts';

export interface CliContext {
  env: NodeJS.ProcessEnv;
  clock: Clock;
  /** Writes one line to standard output. */
  print(line: string): void;
  /** Where a password is read when not given as an option (process.stdin by default). */
  stdin?: NodeJS.ReadStream | undefined;
}

/** Opens (and migrates) the database DATABASE_URL names, runs the work, and closes it. */
export async function withStore<T>(context: CliContext, work: (store: KyselyStore) => Promise<T>): Promise<T> {
  const config = loadDatabaseConfig(context.env);
  const store = await openStore({
    url: config.databaseUrl,
    statementTimeoutMs: config.statementTimeoutMs,
    poolSize: 2,
  });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export interface Command {
  /** One line for `saldo help`. */
  summary: string;
  /** The usage lines for `saldo help`. */
  usage: string[];
  run(args: string[], context: CliContext): Promise<void>;
}

/** A command-line write as the audit trail records it, with a trace id of its own. */
export function commandLineOrigin(): AdministrativeOrigin {
  return { by: 'command line', traceId: randomBytes(16).toString('hex') };
}
