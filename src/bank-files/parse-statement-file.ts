/**
 * The one entry point from a bank statement file's bytes to its statements and lines: camt.053
 * or camt.054 (`xml`) and MT940 (`mt940`). Anything that is not a valid file of its kind is
 * `statement_invalid`, with a detail naming the element (`Stmt[0]/Ntry[3]/Amt`) or the line.
 */
import type { ParsedStatementFile } from '../core/bank-statements/statement-file.ts';
import { parseCamt } from './camt.ts';
import { parseMt940 } from './mt940.ts';
import { DEFAULT_STATEMENT_FILE_LIMITS, type StatementFileLimits } from './statement-file-limits.ts';
import { statementInvalid } from './statement-invalid.ts';

export type StatementFileKind = 'xml' | 'mt940';

const BYTE_ORDER_MARK = '\uFEFF';
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Bank files are UTF-8 (ISO 20022 requires it; SWIFT's character set is a subset of it). */
function decode(body: string | Buffer): string {
  if (typeof body === 'string') return body;
  try {
    return utf8.decode(body);
  } catch {
    throw statementInvalid('', 'the file is not UTF-8 text');
  }
}

export function parseStatementFile(
  body: string | Buffer,
  kind: StatementFileKind,
  limits: Partial<StatementFileLimits> = {},
): ParsedStatementFile {
  const bounds: StatementFileLimits = { ...DEFAULT_STATEMENT_FILE_LIMITS, ...limits };
  let text = decode(body);
  if (text.startsWith(BYTE_ORDER_MARK)) text = text.slice(BYTE_ORDER_MARK.length);
  if (text.trim() === '') throw statementInvalid('', 'the file is empty');
  return kind === 'xml' ? parseCamt(text, bounds) : parseMt940(text, bounds);
}
