/**
 * The `saldo` command line (`npx saldo …`, `npm run saldo -- …`): operations on the database
 * DATABASE_URL names, without the server. See run.ts for the commands and exit codes.
 */
import { systemClock } from '../core/clock.ts';
import type { CliContext } from './context.ts';
import { runCli } from './run.ts';

const context: CliContext = {
  env: process.env,
  clock: systemClock,
  print: (line) => process.stdout.write(`${line}\n`),
};
process.exitCode = await runCli(process.argv.slice(2), context, (line) => process.stderr.write(`${line}\n`));
