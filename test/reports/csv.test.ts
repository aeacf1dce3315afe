// Proves the CSV writer against an independent RFC 4180 parser (csv-parse): quotes, commas, line
// breaks and doubled quotes come back as written, text that a spreadsheet would run as a formula
// is defused with a leading ', numbers stay plain integers, and lines end in CRLF.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, writeCsv, type CsvCell } from '../../src/reports/csv.ts';

function parsed(text: string): string[][] {
  return parse(text, { record_delimiter: '\r\n', relax_column_count: false }) as string[][];
}

describe('writeCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(
      writeCsv(
        ['a', 'b'],
        [
          ['x', 1n],
          ['y', null],
        ],
      ),
    ).toBe('a,b\r\nx,1\r\ny,\r\n');
  });

  it.each([
    ['a comma', 'Smith, John', '"Smith, John"'],
    ['a quote', 'The "big" one', '"The ""big"" one"'],
    ['a line feed', 'line one\nline two', '"line one\nline two"'],
    ['a carriage return inside', 'one\rtwo', '"one\rtwo"'],
    ['plain text', 'Maija Meikäläinen', 'Maija Meikäläinen'],
    ['an empty text', '', ''],
  ])('quotes %s only as needed', (_name, text, written) => {
    expect(csvCell(text)).toBe(written);
  });

  it.each([
    ['=', '=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+', '+358 40 123 4567', "'+358 40 123 4567"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@cmd', "'@cmd"],
    ['tab', '\t=1+1', "'\t=1+1"],
    ['carriage return', '\r=1+1', `"'\r=1+1"`],
    ['= with a comma', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ])('defuses text beginning with %s', (_name, text, written) => {
    expect(csvCell(text)).toBe(written);
  });

  it('writes numbers as plain integers, negatives too, and never defuses them', () => {
    expect(csvCell(-1_500n)).toBe('-1500');
    expect(csvCell(-42)).toBe('-42');
    expect(csvCell(12_345_678_901_234_567_890n)).toBe('12345678901234567890');
    expect(csvCell(0)).toBe('0');
  });

  it('refuses a fractional number and a row of the wrong width', () => {
    expect(() => csvCell(1.5)).toThrow(/invariant violated/);
    expect(() => writeCsv(['a', 'b'], [['only one']])).toThrow(/invariant violated/);
  });

  it('round-trips quotes, commas, line breaks and injection attempts through a parser', () => {
    const rows: CsvCell[][] = [
      ['Smith, John', 'He said "hi"', 'two\nlines', -250n],
      ['=1+1', '+1', '@SUM(1)', 99n],
      ['-minus', 'crlf\r\ninside', '', null],
    ];
    const back = parsed(writeCsv(['one', 'two', 'three', 'amount'], rows));
    expect(back).toEqual([
      ['one', 'two', 'three', 'amount'],
      ['Smith, John', 'He said "hi"', 'two\nlines', '-250'],
      ["'=1+1", "'+1", "'@SUM(1)", '99'],
      ["'-minus", 'crlf\r\ninside', '', ''],
    ]);
  });

  it("round-trips any text: what comes back is the text, with a leading ' where it could run", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 3, maxLength: 3 }), { maxLength: 10 }),
        (rows) => {
          const back = parsed(writeCsv(['a', 'b', 'c'], rows));
          expect(back.slice(1)).toEqual(
            rows.map((row) => row.map((text) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text))),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
