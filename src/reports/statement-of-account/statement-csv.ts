/**
 * A statement of account as CSV: a header row, then the opening balance as a row of its own
 * (kind `OPENING_BALANCE`, dated the first day of the period, no entry id and no amount, the
 * balance in `running_balance`), one row per entry in booking order, and the closing balance
 * the same way (kind `CLOSING_BALANCE`, dated the last day). Amounts are in minor units and
 * signed as the customer sees them; dates are YYYY-MM-DD, for machines rather than people.
 */
import { writeCsv, type CsvCell } from '../csv.ts';
import { assertStatementInput } from './statement-checks.ts';
import type { StatementOfAccountInput } from './statement-input.ts';

export const STATEMENT_CSV_HEADER = [
  'date',
  'entry_id',
  'kind',
  'description',
  'currency',
  'amount',
  'running_balance',
] as const;

export function statementCsv(input: StatementOfAccountInput): string {
  assertStatementInput(input);
  const currency = input.account.currency;
  const rows: CsvCell[][] = [
    [input.period.from, null, 'OPENING_BALANCE', 'Opening balance', currency, null, input.openingBalanceMinor],
    ...input.entries.map((entry) => [
      entry.date,
      entry.id,
      entry.kind,
      entry.description,
      currency,
      entry.amountMinor,
      entry.runningBalanceMinor,
    ]),
    [input.period.to, null, 'CLOSING_BALANCE', 'Closing balance', currency, null, input.closingBalanceMinor],
  ];
  return writeCsv(STATEMENT_CSV_HEADER, rows);
}
