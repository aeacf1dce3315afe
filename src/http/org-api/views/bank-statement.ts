/** Bank statements, their import answer and bank lines in the native API's JSON. */
import { Type } from 'typebox';
import {
  BANK_LINE_MATCHES,
  BANK_LINE_STATUSES,
  type BankLine,
  type BankLineMatch,
  type BankLineStatus,
  type BankStatement,
  type StatementCounts,
} from '../../../core/bank-statements/bank-statement.ts';
import { totalsOf, type StatementImport } from '../../../core/bank-statements/import-statement.ts';
import { STATEMENT_FILE_FORMATS, type StatementFileFormat } from '../../../core/bank-statements/statement-file.ts';
import { toMinorNumber } from '../../../core/money.ts';

const Format = Type.Unsafe<StatementFileFormat>({ type: 'string', enum: [...STATEMENT_FILE_FORMATS] });
const NullableString = Type.Union([Type.String(), Type.Null()]);

const CountFields = {
  lines: Type.Integer({ description: 'Lines of the statement (the file: all its statements).' }),
  matched: Type.Integer({ description: 'Credit lines matched to an account, their payments booked.' }),
  unmatched: Type.Integer({ description: 'Credit lines left for a person (the unmatched queue).' }),
  returned: Type.Integer({ description: 'Returned direct debits: their payments reversed.' }),
  ignored: Type.Integer({ description: 'Other debits, and returns of no payment of Saldo’s.' }),
  known: Type.Integer({
    description: 'Lines an earlier file reported already (a camt.054, then the camt.053): booked once, then.',
  }),
};

const countsView = (counts: StatementCounts) => ({
  lines: counts.lines,
  matched: counts.matched,
  unmatched: counts.unmatched,
  returned: counts.returned,
  ignored: counts.ignored,
  known: counts.known,
});

export const BankStatementView = Type.Object({
  id: Type.String({ examples: ['bst_01JD5Z4W6Y3B0H9Q8E2N4R7T5V'] }),
  format: Format,
  bank_statement_id: Type.String({
    description: 'The file’s own statement id (camt `Stmt/Id`, MT940 `:20:`/`:28C:`).',
  }),
  account_iban: Type.String(),
  currency: NullableString,
  created_at: Type.Union([Type.String(), Type.Null()], {
    description: 'When the bank created the statement, as the file writes it.',
  }),
  opening_balance: Type.Union([Type.Integer(), Type.Null()]),
  closing_balance: Type.Union([Type.Integer(), Type.Null()]),
  import_id: Type.String({ description: 'The `id` of the import that brought it (the file’s first new statement).' }),
  imported_at: Type.String({ format: 'date-time' }),
  ...CountFields,
});

const nullableMinor = (value: bigint | null) => (value === null ? null : toMinorNumber(value));

export const bankStatementView = (statement: BankStatement) => ({
  id: statement.publicId,
  format: statement.format,
  bank_statement_id: statement.bankStatementId,
  account_iban: statement.accountIban,
  currency: statement.currency,
  created_at: statement.bankCreatedAt,
  opening_balance: nullableMinor(statement.openingBalanceMinor),
  closing_balance: nullableMinor(statement.closingBalanceMinor),
  import_id: statement.importPublicId,
  imported_at: statement.importedAt,
  ...countsView(statement.counts),
});

export const StatementImportView = Type.Object({
  id: Type.String({ description: 'The first statement this import stored (bst_…).' }),
  format: Format,
  bank_statement_id: Type.String({ description: 'The first statement’s own id.' }),
  account_iban: Type.String({ description: 'The first statement’s bank account.' }),
  ...CountFields,
  statements: Type.Array(
    Type.Object({
      id: Type.String(),
      bank_statement_id: Type.String(),
      account_iban: Type.String(),
      skipped: Type.Boolean({
        description: 'Imported before: nothing of it was booked again (its counts are the first import’s).',
      }),
      ...CountFields,
    }),
  ),
});

export function statementImportView(result: StatementImport) {
  const first = (result.statements.find((entry) => !entry.skipped) ?? result.statements[0]!).statement;
  return {
    id: first.publicId,
    format: first.format,
    bank_statement_id: first.bankStatementId,
    account_iban: first.accountIban,
    ...countsView(totalsOf(result)),
    statements: result.statements.map(({ statement, skipped }) => ({
      id: statement.publicId,
      bank_statement_id: statement.bankStatementId,
      account_iban: statement.accountIban,
      skipped,
      ...countsView(statement.counts),
    })),
  };
}

export const BankLineView = Type.Object({
  id: Type.String({ examples: ['bsl_01JD5Z4W6Y3B0H9Q8E2N4R7T5V'] }),
  statement_id: Type.String(),
  position: Type.Integer({ description: '0-based place of the line in its statement.' }),
  booking_date: Type.String({ format: 'date' }),
  value_date: Type.String({ format: 'date' }),
  amount: Type.Integer({ description: 'Unsigned minor units; `direction` says which way.' }),
  currency: Type.String(),
  direction: Type.Unsafe<'CREDIT' | 'DEBIT'>({ type: 'string', enum: ['CREDIT', 'DEBIT'] }),
  reference: NullableString,
  remittance_info: NullableString,
  debtor_name: NullableString,
  debtor_iban: NullableString,
  end_to_end_id: NullableString,
  bank_reference: NullableString,
  return_reason_code: NullableString,
  status: Type.Unsafe<BankLineStatus>({ type: 'string', enum: [...BANK_LINE_STATUSES] }),
  account_id: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  entry_id: Type.Union([Type.String(), Type.Null()], {
    description: 'The payment a MATCHED line booked; the reversal a RETURNED line booked.',
  }),
  match: Type.Union([Type.Unsafe<BankLineMatch>({ type: 'string', enum: [...BANK_LINE_MATCHES] }), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()], {
    description:
      'Why a line is UNMATCHED or IGNORED (the candidates of an ambiguous match, a currency); a RETURNED line’s reason code.',
  }),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
});

export const bankLineView = (line: BankLine) => ({
  id: line.publicId,
  statement_id: line.statementPublicId,
  position: line.position,
  booking_date: line.bookingDate,
  value_date: line.valueDate,
  amount: toMinorNumber(line.amountMinor),
  currency: line.currency,
  direction: line.direction,
  reference: line.reference,
  remittance_info: line.remittanceInfo,
  debtor_name: line.debtorName,
  debtor_iban: line.debtorIban,
  end_to_end_id: line.endToEndId,
  bank_reference: line.bankReference,
  return_reason_code: line.returnReasonCode,
  status: line.status,
  account_id: line.accountPublicId,
  entry_id: line.entryPublicId,
  match: line.match,
  reason: line.reason,
  created_at: line.createdAt,
  updated_at: line.updatedAt,
});
