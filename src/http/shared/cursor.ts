/**
 * Page cursors, one codec for every list: a cursor is the position of the previous page's last row
 * — a row id or a ledger sequence, written as digits, or a composite position (a date and an id)
 * written in base64url — opaque to clients. A cursor this API did not give is 400 at `query.cursor`.
 */
import { SaldoError } from '../../core/errors.ts';

const INT64_MAX = 9_223_372_036_854_775_807n;

const notOurs = () =>
  new SaldoError('validation_failed', { detail: 'The cursor is not one this API gave.', pointer: 'query.cursor' });

/** The position a digit cursor carries (an int64), or undefined without a cursor. */
export function positionOfCursor(cursor: string | undefined): bigint | undefined {
  if (cursor === undefined) return undefined;
  if (!/^[0-9]{1,19}$/.test(cursor)) throw notOurs();
  const position = BigInt(cursor);
  if (position > INT64_MAX) throw notOurs();
  return position;
}

/** The row id a digit cursor carries, as a number (ids stay below 2^53). */
export function idOfCursor(cursor: string | undefined): number | undefined {
  const position = positionOfCursor(cursor);
  if (position === undefined) return undefined;
  if (position > BigInt(Number.MAX_SAFE_INTEGER)) throw notOurs();
  return Number(position);
}

export const cursorOf = (position: bigint | number): string => String(position);

/** A composite position, e.g. a date and an id. */
export const compositeCursorOf = (parts: Array<string | number>): string =>
  Buffer.from(parts.join('|')).toString('base64url');

/** The parts of a composite cursor, checked against the shape it was made with. */
export function partsOfCursor(cursor: string, shape: RegExp): string[] {
  const match = shape.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw notOurs();
  return match.slice(1);
}
