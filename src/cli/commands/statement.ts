/**
 * `saldo statement import --org SLUG FILE`: what POST /orgs/{org_id}/bank-statements does, for a
 * file a bank connection drops on disk — the same core command, so matching, booking, re-import
 * and the audit trail are the same. camt (XML) or MT940 is told from the file's first character
 * unless --format says.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseStatementFile, type StatementFileKind } from '../../bank-files/parse-statement-file.ts';
import { importStatementFile, totalsOf } from '../../core/bank-statements/import-statement.ts';
import { organizationBySlug } from '../../core/organizations/commands.ts';
import { performInternalWrite } from '../../core/write-pipeline.ts';
import { STATEMENT_LIMIT_BYTES_DEFAULT } from '../../config.ts';
import { type Command, withStore } from '../context.ts';
import { parseOptions, UsageError } from '../usage-error.ts';

const FORMATS: Record<string, StatementFileKind> = { camt: 'xml', mt940: 'mt940' };

/** XML starts with '<' (after a byte order mark and blanks); MT940 with a field or a block. */
function kindOf(bytes: Buffer): StatementFileKind {
  const start = bytes
    .subarray(0, 64)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return start.startsWith('<') ? 'xml' : 'mt940';
}

function limitOf(env: NodeJS.ProcessEnv): number {
  const text = env.STATEMENT_LIMIT_BYTES;
  if (text === undefined || text === '') return STATEMENT_LIMIT_BYTES_DEFAULT;
  const limit = Number(text);
  if (!Number.isSafeInteger(limit) || limit < 1)
    throw new UsageError(`STATEMENT_LIMIT_BYTES must be a positive whole number, got '${text}'`);
  return limit;
}

export const statementCommand: Command = {
  summary: 'Import a bank statement file (camt.053, camt.054, MT940) into an organization',
  usage: ['saldo statement import --org SLUG [--format camt|mt940] FILE'],
  async run(args, context) {
    const [action, ...rest] = args;
    if (action !== 'import')
      throw new UsageError(
        action === undefined ? "'statement' needs an action: import" : `unknown action 'statement ${action}'`,
      );
    const path = rest.at(-1);
    if (path === undefined || path.startsWith('--')) throw new UsageError('the statement FILE is needed, last');
    const options = parseOptions(rest.slice(0, -1), { org: { required: true }, format: { required: false } });
    if (options.format !== undefined && !(options.format in FORMATS))
      throw new UsageError(`--format must be camt or mt940, got '${options.format}'`);
    const size = await stat(path).then(
      (info) => info.size,
      () => {
        throw new UsageError(`cannot read '${path}'`);
      },
    );
    const limit = limitOf(context.env);
    if (size > limit) throw new UsageError(`'${path}' is ${size} bytes, more than STATEMENT_LIMIT_BYTES (${limit})`);
    const bytes = await readFile(path);
    const file = parseStatementFile(bytes, options.format === undefined ? kindOf(bytes) : FORMATS[options.format]!);
    const result = await withStore(context, async (store) => {
      const organization = await organizationBySlug(store, options.org!);
      const actor = { organizationId: organization.id, keyId: null, traceId: 'cli' };
      return performInternalWrite(store, context.clock, actor, importStatementFile(context.clock, actor, file));
    });
    const totals = totalsOf(result);
    for (const { statement, skipped } of result.statements) {
      context.print(
        `${skipped || !result.created ? 'Imported before' : 'Imported'} ${statement.format} ${statement.bankStatementId} (${statement.accountIban}) as ${statement.publicId}: ` +
          `${statement.counts.lines} lines, ${statement.counts.matched} matched, ${statement.counts.unmatched} unmatched, ${statement.counts.returned} returned, ${statement.counts.ignored} ignored.`,
      );
    }
    if (result.created)
      context.print(
        `Booked ${totals.matched} payments and ${totals.returned} returns; ${totals.unmatched} lines wait in the unmatched queue.`,
      );
    else context.print('Nothing booked: every statement of the file was imported before.');
  },
};
