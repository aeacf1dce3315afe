// Proves the statement CSV: a header, the opening balance row, one row per entry with its signed
// amount and running balance in minor units, the closing balance row, and text cells defused;
// and that a statement whose balances do not add up is refused as a bug.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { STATEMENT_CSV_HEADER, statementCsv } from '../../../src/reports/statement-of-account/statement-csv.ts';
import { entriesFrom, shortStatement } from './statement-fixture.ts';

const rowsOf = (text: string) => parse(text, { record_delimiter: '\r\n' }) as string[][];

describe('statementCsv', () => {
  it('writes the opening balance, every entry and the closing balance under a header', () => {
    const rows = rowsOf(statementCsv(shortStatement('en')));
    expect(rows[0]).toEqual([...STATEMENT_CSV_HEADER]);
    expect(rows.slice(1)).toEqual([
      ['2024-03-01', '', 'OPENING_BALANCE', 'Opening balance', 'EUR', '', '1234567'],
      [
        '2024-03-04',
        'trn_01JQ8W3K2M0000000000000000',
        'CHARGE',
        'Electricity, February 2024',
        'EUR',
        '8990',
        '1243557',
      ],
      ['2024-03-11', 'trn_01JQ8W3K2M0000000000000001', 'PAYMENT', '', 'EUR', '-1000000', '243557'],
      ['2024-03-18', 'trn_01JQ8W3K2M0000000000000002', 'FEE', 'Dunning fee: First reminder', 'EUR', '500', '244057'],
      [
        '2024-03-29',
        'trn_01JQ8W3K2M0000000000000003',
        'INTEREST',
        'Interest through 29 March 2024',
        'EUR',
        '1234',
        '245291',
      ],
      ['2024-03-31', '', 'CLOSING_BALANCE', 'Closing balance', 'EUR', '', '245291'],
    ]);
  });

  it('defuses a description that a spreadsheet would run, and keeps line breaks inside a cell', () => {
    const input = shortStatement('en');
    const { entries, closingBalanceMinor } = entriesFrom(input.openingBalanceMinor, [
      {
        date: '2024-03-04',
        kind: 'CHARGE',
        description: '=HYPERLINK("http://example.com","Pay here")',
        amountMinor: 100n,
      },
      { date: '2024-03-05', kind: 'CREDIT', description: 'Goodwill,\n"sorry"', amountMinor: -100n },
    ]);
    const rows = rowsOf(statementCsv({ ...input, entries, closingBalanceMinor }));
    expect(rows[2]?.[3]).toBe('\'=HYPERLINK("http://example.com","Pay here")');
    expect(rows[3]?.[3]).toBe('Goodwill,\n"sorry"');
    expect(rows[3]?.[5]).toBe('-100');
  });

  it('refuses running balances that do not add up', () => {
    const input = shortStatement('en');
    const broken = input.entries.map((entry, index) =>
      index === 1 ? { ...entry, runningBalanceMinor: entry.runningBalanceMinor + 1n } : entry,
    );
    expect(() => statementCsv({ ...input, entries: broken })).toThrow(/invariant violated/);
    expect(() => statementCsv({ ...input, closingBalanceMinor: input.closingBalanceMinor + 1n })).toThrow(
      /invariant violated/,
    );
  });
});
