/**
 * CSV as RFC 4180 writes it, for reports that people open in spreadsheets.
 *
 * - Lines end in CRLF, the line break RFC 4180 names, which every spreadsheet and CSV library
 *   reads; the last line ends in one too.
 * - A text cell is quoted when it holds a comma, a double quote, CR or LF; a quote inside is
 *   doubled. Other cells are written bare.
 * - A text cell beginning with `=`, `+`, `-`, `@`, tab or CR would be run as a formula by a
 *   spreadsheet (CSV injection): it is written with a leading `'`, which spreadsheets show as
 *   text. Numbers are not text: a bigint or an integer is written as its plain digits (a
 *   negative amount keeps its `-`) and stays a number.
 * - An empty cell is null.
 */
import { assert } from '../core/errors.ts';

export type CsvCell = string | bigint | number | null;

export const CSV_LINE_END = '\r\n';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell, defused and quoted as needed. */
export function csvText(text: string): string {
  const defused = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused;
}

export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'bigint') return cell.toString();
  if (typeof cell === 'number') {
    // Amounts and counts are integers; a fraction here would be a float that slipped through.
    assert(Number.isSafeInteger(cell), `a CSV number is a safe integer, not ${cell}`);
    return String(cell);
  }
  return csvText(cell);
}

export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(',') + CSV_LINE_END;
}

/** A header row and the rows, each as wide as the header. */
export function writeCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  let text = csvLine(header);
  for (const row of rows) {
    assert(row.length === header.length, `a CSV row has ${header.length} cells, not ${row.length}`);
    text += csvLine(row);
  }
  return text;
}
