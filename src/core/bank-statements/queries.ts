/** Reading imported statements and the bank lines: the reconciliation queue. */
import { SaldoError } from '../errors.ts';
import type { Store } from '../store.ts';
import type { BankLine, BankLineStatus, BankStatement } from './bank-statement.ts';

export async function getBankStatement(store: Store, organizationId: string, publicId: string): Promise<BankStatement> {
  const statement = await store.bankStatements.findStatementByPublicId(organizationId, publicId);
  if (!statement) throw new SaldoError('bank_statement_not_found');
  return statement;
}

export async function getBankLine(store: Store, organizationId: string, publicId: string): Promise<BankLine> {
  const line = await store.bankStatements.findLineByPublicId(organizationId, publicId);
  if (!line) throw new SaldoError('bank_line_not_found');
  return line;
}

/** A page of statements, newest first, and the id the next page starts before. */
export async function listBankStatements(
  store: Store,
  organizationId: string,
  options: { limit: number; beforeId?: number | undefined },
) {
  const rows = await store.bankStatements.listStatements(organizationId, {
    limit: options.limit + 1,
    beforeId: options.beforeId,
  });
  const data = rows.slice(0, options.limit);
  return { data, next: rows.length > options.limit ? data[data.length - 1]!.id : null };
}

/** A page of lines, oldest first; a statement named by `bst_…` that the organization lacks is 404. */
export async function listBankLines(
  store: Store,
  organizationId: string,
  filter: { status?: BankLineStatus | undefined; statementPublicId?: string | undefined },
  options: { limit: number; afterId?: number | undefined },
) {
  const statement =
    filter.statementPublicId === undefined
      ? undefined
      : await getBankStatement(store, organizationId, filter.statementPublicId);
  const rows = await store.bankStatements.listLines(
    organizationId,
    { status: filter.status, statementId: statement?.id },
    { limit: options.limit + 1, afterId: options.afterId },
  );
  const data = rows.slice(0, options.limit);
  return { data, next: rows.length > options.limit ? data[data.length - 1]!.id : null };
}
