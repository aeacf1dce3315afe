/**
 * Runs once before the suites: looks for what they need beyond Node.js (test/support/availability.ts).
 * Under CI=true anything missing fails the run; on a laptop without it, the suites that need it
 * are skipped and the run says so in capitals, at its start and again at its end.
 */
import pg from 'pg';
import {
  NATS_URL,
  REDIS_URL,
  type Requirement,
  chromiumPath,
  didNotRunLine,
  executableOn,
  judge,
  reachable,
  recordAvailability,
} from './availability.ts';
import { adminDatabaseUrl } from './postgres.ts';

async function postgresReason(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: adminDatabaseUrl(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return `unreachable: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await client.end().catch(() => {});
  }
}

export default async function setup(): Promise<() => void> {
  const [postgres, redis, nats] = await Promise.all([postgresReason(), reachable(REDIS_URL), reachable(NATS_URL)]);
  const reasons: Record<Requirement, string | undefined> = {
    postgres,
    redis: redis ? undefined : `nothing answers at ${REDIS_URL}`,
    nats: nats ? undefined : `nothing answers at ${NATS_URL}`,
    chromium: executableOn(chromiumPath()) ? undefined : `no executable at ${chromiumPath()} (set CHROMIUM_PATH)`,
    pdftotext: executableOn('pdftotext') ? undefined : 'not on the PATH',
  };
  const found = judge(reasons);
  const missing: string[] = [];
  for (const [requirement, reason] of Object.entries(reasons) as Array<[Requirement, string | undefined]>) {
    recordAvailability(requirement, found[requirement] === true);
    if (reason !== undefined) missing.push(didNotRunLine(requirement, reason));
  }
  // Repeated at the end, where a reader of the run's output looks.
  return () => {
    if (missing.length > 0) process.stderr.write(`\n${missing.join('\n')}\n\n`);
  };
}
