/**
 * The `saldo` command line's dispatch: finds the command, runs it, and turns every failure into
 * one line and an exit code — 0 done, 1 the work failed, 2 the command line is wrong.
 */
import { ConfigError } from '../config.ts';
import { isSaldoError } from '../core/errors.ts';
import { translateDriverError } from '../storage/driver-errors.ts';
import { demoCommand } from './commands/demo.ts';
import { keyCommand } from './commands/key.ts';
import { migrateCommand } from './commands/migrate.ts';
import { operatorCommand } from './commands/operator.ts';
import { organizationCommand } from './commands/organization.ts';
import { statementCommand } from './commands/statement.ts';
import type { CliContext, Command } from './context.ts';
import { UsageError } from './usage-error.ts';

const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

const commands: Record<string, Command> = {
  migrate: migrateCommand,
  organization: organizationCommand,
  statement: statementCommand,
  key: keyCommand,
  operator: operatorCommand,

  demo: demoCommand,
};

export function helpText(): string {
  const lines = ['Usage: saldo <command> [options]', '', 'Commands:'];
  for (const [name, command] of Object.entries(commands)) lines.push(`  ${name.padEnd(14)}${command.summary}`);
  lines.push(`  ${'help'.padEnd(14)}Show this help`, '');
  for (const command of Object.values(commands)) for (const usage of command.usage) lines.push(`  ${usage}`);
  lines.push(
    '',
    'Scopes: CUSTOMER_READ, CUSTOMER_WRITE, CUSTOMER_ACCOUNT_READ, CUSTOMER_ACCOUNT_WRITE, FAMILY_READ, FAMILY_WRITE',
    'The database is the one DATABASE_URL names, as for the server (default sqlite:./data/saldo.db).',
  );
  return lines.join('\n');
}

/** Runs one command line and returns the exit code; never throws. */
export async function runCli(argv: string[], context: CliContext, printError: (line: string) => void): Promise<number> {
  const [name, ...args] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    context.print(helpText());
    return 0;
  }
  try {
    if (name === undefined) throw new UsageError("a command is needed (try 'saldo help')");
    const command = commands[name];
    if (!command) throw new UsageError(`unknown command '${name}' (try 'saldo help')`);
    await command.run(args, context);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      printError(`saldo: ${error.message}`);
      return EXIT_USAGE;
    }
    printError(`saldo: ${describeFailure(error)}`);
    return EXIT_FAILED;
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  const known = isSaldoError(error) ? error : translateDriverError(error);
  if (known?.code === 'database_unavailable' || known?.code === 'database_timeout') {
    // An operator runs the CLI: the driver's own words say which host, database or role failed.
    return `${known.detail} (${known.code}: ${known.internal ?? 'no detail'})`;
  }
  if (known) return `${known.detail} (${known.code})`;
  return error instanceof Error ? error.message : String(error);
}
