/** `saldo migrate`: applies pending schema migrations to the database DATABASE_URL names. */
import { loadDatabaseConfig } from '../../config.ts';
import { openDatabase } from '../../storage/database.ts';
import { translateDriverError } from '../../storage/driver-errors.ts';
import { migrateToLatest } from '../../storage/migrate.ts';
import type { Command } from '../context.ts';
import { parseOptions } from '../usage-error.ts';

export const migrateCommand: Command = {
  summary: 'Apply pending database migrations (the server also does this at start)',
  usage: ['saldo migrate'],
  async run(args, context) {
    parseOptions(args, {});
    const config = loadDatabaseConfig(context.env);
    const { db } = openDatabase({
      url: config.databaseUrl,
      statementTimeoutMs: config.statementTimeoutMs,
      poolSize: 1,
    });
    try {
      const applied = await migrateToLatest(db).catch((error: unknown) => {
        throw translateDriverError(error) ?? error;
      });
      context.print(
        applied.length === 0
          ? 'The database is up to date.'
          : `Applied ${applied.length} migration(s): ${applied.join(', ')}`,
      );
    } finally {
      await db.destroy();
    }
  },
};
