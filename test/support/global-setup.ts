/**
 * Runs once before the suites: decides whether the PostgreSQL suites can run. Under CI=true a
 * missing PostgreSQL fails the run; on a laptop without one, the PostgreSQL suites say clearly
 * that they did not run.
 */
import pg from 'pg';
import { adminDatabaseUrl } from './postgres.ts';

export default async function setup(): Promise<void> {
  const client = new pg.Client({ connectionString: adminDatabaseUrl(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    process.env.SALDO_TEST_POSTGRES = 'yes';
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is required under CI=true but is unreachable: ${reason}`);
    process.env.SALDO_TEST_POSTGRES = 'no';
    process.stderr.write(`\n*** PostgreSQL unreachable (${reason}): the PostgreSQL suites DID NOT RUN. ***\n\n`);
  } finally {
    await client.end().catch(() => {});
  }
}
