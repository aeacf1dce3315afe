/** Applies the migrations in order. They are listed here, not discovered, so any runner finds them. */
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as foundation from './migrations/0001-foundation.ts';
import * as ledger from './migrations/0002-ledger.ts';
import * as ledgerExtras from './migrations/0004-ledger-extras.ts';
import * as accounts from './migrations/0003-accounts.ts';
import * as families from './migrations/0005-families.ts';
import * as receivables from './migrations/0006-receivables.ts';
import * as accountsByOrganization from './migrations/0007-accounts-by-organization.ts';
import * as accountsFillFactor from './migrations/0008-accounts-fill-factor.ts';
import * as writePath from './migrations/0009-write-path.ts';
import * as events from './migrations/0010-events.ts';
import * as webhooks from './migrations/0011-webhooks.ts';
import * as bankStatements from './migrations/0012-bank-statements.ts';
import * as operators from './migrations/0013-operators.ts';
import * as interest from './migrations/0014-interest.ts';
import * as openAmountMoves from './migrations/0017-open-amount-moves.ts';
import * as openAmountsByDue from './migrations/0018-open-amounts-by-due.ts';
import * as defaultAccountFirst from './migrations/0019-default-account-first.ts';
import type { Database } from './schema.ts';

export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-ledger': ledger,
  '0004-ledger-extras': ledgerExtras,
  '0003-accounts': accounts,
  '0005-families': families,
  '0006-receivables': receivables,
  '0007-accounts-by-organization': accountsByOrganization,
  '0008-accounts-fill-factor': accountsFillFactor,
  '0009-write-path': writePath,
  '0010-events': events,
  '0011-webhooks': webhooks,
  '0012-bank-statements': bankStatements,
  '0013-operators': operators,
  '0014-interest': interest,
  '0017-open-amount-moves': openAmountMoves,
  '0018-open-amounts-by-due': openAmountsByDue,
  '0019-default-account-first': defaultAccountFirst,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  // Migrations written side by side may land out of number order (0013 before 0009): a database
  // that ran the later one first still takes the earlier ones, each once.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
