/**
 * SWIFT MT940 customer statements: one or several messages, each with or without the SWIFT
 * block wrappers (`{1:…}{2:…}{4:` … `-}`), or ending with a line `-`. Fields: `:20:` reference,
 * `:21:`, `:25:` account, `:28C:` statement number, `:60F:`/`:60M:` opening balance, then
 * statement lines `:61:` each with its `:86:`, `:62F:`/`:62M:` closing balance, `:64:`, `:65:`
 * and a closing `:86:` for the statement. A refusal names the line.
 */
import { isValidIBAN } from 'ibantools';
import {
  type BankLineDirection,
  type ParsedBankLine,
  type ParsedStatement,
  type ParsedStatementFile,
  presentReference,
} from '../core/bank-statements/statement-file.ts';
import { isCurrency } from '../core/money.ts';
import { formatDate, isExistingDate } from './calendar-date.ts';
import { parseDecimalAmount } from './decimal-amount.ts';
import { readTransactionInformation } from './mt940-information.ts';
import type { StatementFileLimits } from './statement-file-limits.ts';
import { statementInvalid } from './statement-invalid.ts';

interface Field {
  readonly tag: string;
  readonly lineNumber: number;
  /** The text after the tag, then each continuation line. */
  readonly lines: string[];
}

interface Message {
  readonly lineNumber: number;
  readonly fields: Field[];
}

// Two-digit years are this century's: statements are about the recent past.
const CENTURY = 2000;
// An entry date is within half a year of its value date; further means the other year.
const ROLLOVER_MONTHS = 6;
/** Shown of an unexpected line in a refusal. */
const QUOTED_TEXT_LENGTH_MAX = 40;

// Control characters have no place in SWIFT text: their presence means binary garbage.
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const FIELD_LINE = /^:([0-9]{2}[A-Z]?):(.*)$/;
const HEADER_BLOCKS = /^(?:\{[123]:(?:[^{}]|\{[^{}]*\})*\})+/;
const TEXT_BLOCK_START = '{4:';
const MESSAGE_END = /^-\}?(?:\{5:.*)?$/;
const TRAILER_BLOCK = /^\{5:.*\}$/;
const CONTINUED_TAGS: ReadonlySet<string> = new Set(['61', '86']);
const KNOWN_TAGS: ReadonlySet<string> = new Set([
  '20',
  '21',
  '25',
  '28',
  '28C',
  '60F',
  '60M',
  '61',
  '86',
  '62F',
  '62M',
  '64',
  '65',
  '13D',
]);
const BALANCE = /^([CD])([0-9]{6})([A-Z]{3})([0-9,.]+)$/;
const STATEMENT_NUMBER = /^[0-9]{1,5}(?:\/[0-9]{1,5})?$/;
// The amount takes any digits, commas and points here, so that a malformed one is refused as an amount.
const STATEMENT_LINE = /^([0-9]{6})([0-9]{4})?(RC|RD|C|D)([A-Z])?([0-9][0-9,.]*)([NFS][A-Z0-9]{3})(.*)$/;
const DATE_TIME_INDICATION = /^([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})([+-][0-9]{2})([0-9]{2})$/;
const TRAILING_CURRENCY = /^(.*?)\/?([A-Z]{3})$/;

const MARKS: Readonly<Record<string, { direction: BankLineDirection; reversal: boolean }>> = {
  C: { direction: 'CREDIT', reversal: false },
  D: { direction: 'DEBIT', reversal: false },
  // A reversed credit takes the money back out (a debit); a reversed debit brings it back in.
  RC: { direction: 'DEBIT', reversal: true },
  RD: { direction: 'CREDIT', reversal: true },
};

function where(lineNumber: number): string {
  return `line ${lineNumber}`;
}

function quoted(text: string): string {
  return JSON.stringify(text.length > QUOTED_TEXT_LENGTH_MAX ? `${text.slice(0, QUOTED_TEXT_LENGTH_MAX)}…` : text);
}

/** Splits the text into messages of fields; anything that is neither is refused with its line. */
function splitMessages(text: string, linesMax: number): Message[] {
  const messages: Message[] = [];
  let message: Message | null = null;
  let field: Field | null = null;
  let statementLines = 0;
  const physicalLines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < physicalLines.length; index++) {
    const lineNumber = index + 1;
    // Trailing spaces are kept: in a field cut at the line width they are part of the text.
    let line = physicalLines[index]!;
    if (CONTROL_CHARACTERS.test(line)) throw statementInvalid(where(lineNumber), 'the line holds control characters');
    if (line.trim() === '') continue;

    const headers = HEADER_BLOCKS.exec(line);
    if (headers !== null) line = line.slice(headers[0].length);
    if (line.startsWith(TEXT_BLOCK_START)) {
      message = { lineNumber, fields: [] };
      messages.push(message);
      field = null;
      line = line.slice(TEXT_BLOCK_START.length);
    }
    if (line.trim() === '' || (message === null && TRAILER_BLOCK.test(line.trim()))) continue;
    if (MESSAGE_END.test(line.trim())) {
      if (message === null)
        throw statementInvalid(where(lineNumber), `${quoted(line)} ends a message that has not begun`);
      message = null;
      field = null;
      continue;
    }

    const fieldLine = FIELD_LINE.exec(line);
    if (fieldLine !== null) {
      const tag = fieldLine[1]!;
      if (tag === '20' && message !== null && message.fields.length > 0) message = null;
      if (message === null) {
        if (tag !== '20') throw statementInvalid(where(lineNumber), `:${tag}: comes before the message's :20:`);
        message = { lineNumber, fields: [] };
        messages.push(message);
      }
      if (tag === '61' && ++statementLines > linesMax) {
        throw statementInvalid(where(lineNumber), `the file holds more than ${linesMax} lines`);
      }
      field = { tag, lineNumber, lines: [fieldLine[2]!] };
      message.fields.push(field);
      continue;
    }
    if (field !== null && CONTINUED_TAGS.has(field.tag)) {
      field.lines.push(line);
      continue;
    }
    throw statementInvalid(where(lineNumber), `${quoted(line)} is neither an MT940 field nor the continuation of one`);
  }
  if (messages.length === 0) throw statementInvalid('', 'the file holds no MT940 message');
  return messages;
}

function dateOfYymmdd(text: string, lineNumber: number, tag: string): { year: number; month: number; day: number } {
  const year = CENTURY + Number(text.slice(0, 2));
  const month = Number(text.slice(2, 4));
  const day = Number(text.slice(4, 6));
  if (!isExistingDate(year, month, day))
    throw statementInvalid(where(lineNumber), `:${tag}: '${text}' is not a date (YYMMDD)`);
  return { year, month, day };
}

function currencyOf(text: string, lineNumber: number, tag: string): string {
  if (!isCurrency(text)) throw statementInvalid(where(lineNumber), `:${tag}: '${text}' is not an ISO 4217 currency`);
  return text;
}

/** The text of a field that has one line (only :61: and :86: continue; see CONTINUED_TAGS). */
function singleLine(field: Field): string {
  return field.lines[0]!.trim();
}

function balanceOf(field: Field): { amountMinor: bigint; currency: string } {
  const parts = BALANCE.exec(singleLine(field));
  if (parts === null)
    throw statementInvalid(
      where(field.lineNumber),
      `:${field.tag}: is not a balance (C or D, YYMMDD, currency, amount)`,
    );
  dateOfYymmdd(parts[2]!, field.lineNumber, field.tag);
  const currency = currencyOf(parts[3]!, field.lineNumber, field.tag);
  const amountMinor = parseDecimalAmount(parts[4]!, currency, ',', `${where(field.lineNumber)}: :${field.tag}: amount`);
  return { amountMinor: parts[1] === 'D' ? -amountMinor : amountMinor, currency };
}

/** `:25:` names the account, sometimes with its currency after it (`/EUR`, or glued to an IBAN). */
function accountOf(field: Field): { accountIban: string; currency: string | null } {
  const text = singleLine(field).replace(/\s+/g, '').toUpperCase();
  if (text === '') throw statementInvalid(where(field.lineNumber), ':25: is empty');
  const withCurrency = TRAILING_CURRENCY.exec(text);
  if (withCurrency !== null && isCurrency(withCurrency[2]!)) {
    const account = withCurrency[1]!;
    const slashed = text.endsWith(`/${withCurrency[2]}`);
    if (account !== '' && (slashed || isValidIBAN(account)))
      return { accountIban: account, currency: withCurrency[2]! };
  }
  return { accountIban: text, currency: null };
}

/** `:13D:` YYMMDDhhmm±hhmm as ISO 8601. */
function createdAtOf(field: Field): string {
  const parts = DATE_TIME_INDICATION.exec(singleLine(field));
  if (parts === null) throw statementInvalid(where(field.lineNumber), ':13D: is not YYMMDDhhmm±hhmm');
  const [, year, month, day, hour, minute, offsetHours, offsetMinutes] = parts;
  const date = dateOfYymmdd(`${year}${month}${day}`, field.lineNumber, '13D');
  return `${formatDate(date.year, date.month, date.day)}T${hour}:${minute}:00${offsetHours}:${offsetMinutes}`;
}

/** The entry date MMDD in the year that puts it nearest its value date (a 31 Dec value, 2 Jan entry). */
function entryDateOf(entry: string, value: { year: number; month: number }, lineNumber: number): string {
  const month = Number(entry.slice(0, 2));
  const day = Number(entry.slice(2, 4));
  let year = value.year;
  if (month - value.month > ROLLOVER_MONTHS) year--;
  if (value.month - month > ROLLOVER_MONTHS) year++;
  if (!isExistingDate(year, month, day))
    throw statementInvalid(where(lineNumber), `:61: entry date '${entry}' is not a date (MMDD)`);
  return formatDate(year, month, day);
}

function statementLineOf(field: Field, information: Field | null, currency: string, position: number): ParsedBankLine {
  const parts = STATEMENT_LINE.exec(field.lines[0]!.trim());
  if (parts === null) {
    throw statementInvalid(
      where(field.lineNumber),
      ':61: is not a statement line (YYMMDD, optional MMDD, C/D/RC/RD, optional funds code, amount with a decimal comma, N/F/S and a 3-character type, reference)',
    );
  }
  const [, valueText, entryText, mark, , amountText, type, rest] = parts;
  const value = dateOfYymmdd(valueText!, field.lineNumber, '61');
  const valueDate = formatDate(value.year, value.month, value.day);
  const bookingDate = entryText === undefined ? valueDate : entryDateOf(entryText, value, field.lineNumber);
  const separator = rest!.indexOf('//');
  const bankReference = separator === -1 ? null : presentReference(rest!.slice(separator + 2));
  const { direction, reversal } = MARKS[mark!]!;
  return {
    position,
    bankReference,
    bookingDate,
    valueDate,
    amountMinor: parseDecimalAmount(amountText!, currency, ',', `${where(field.lineNumber)}: :61: amount`),
    currency,
    direction,
    reversal,
    ...readTransactionInformation(information?.lines ?? []),
    bankTransactionCode: type!,
  };
}

function only(fields: readonly Field[], tags: readonly string[], message: Message, required: boolean): Field | null {
  const found = fields.filter((field) => tags.includes(field.tag));
  const name = tags.map((tag) => `:${tag}:`).join(' or ');
  if (found.length > 1) throw statementInvalid(where(found[1]!.lineNumber), `${name} appears twice in one message`);
  if (found.length === 0 && required)
    throw statementInvalid(where(message.lineNumber), `the message that begins here has no ${name}`);
  return found[0] ?? null;
}

function statementOf(message: Message): ParsedStatement {
  const { fields } = message;
  for (const field of fields) {
    if (!KNOWN_TAGS.has(field.tag))
      throw statementInvalid(where(field.lineNumber), `:${field.tag}: is not an MT940 field`);
  }
  const reference = singleLine(only(fields, ['20'], message, true)!);
  const numberField = only(fields, ['28C', '28'], message, true)!;
  const statementNumber = singleLine(numberField);
  if (!STATEMENT_NUMBER.test(statementNumber))
    throw statementInvalid(
      where(numberField.lineNumber),
      `:${numberField.tag}: '${statementNumber}' is not a statement number`,
    );
  const account = accountOf(only(fields, ['25'], message, true)!);
  const openingField = only(fields, ['60F', '60M'], message, true)!;
  const closingField = only(fields, ['62F', '62M'], message, true)!;
  const opening = balanceOf(openingField);

  const lines: ParsedBankLine[] = [];
  fields.forEach((field, index) => {
    if (field.tag !== '61') return;
    if (field.lineNumber < openingField.lineNumber || field.lineNumber > closingField.lineNumber) {
      throw statementInvalid(where(field.lineNumber), ':61: stands outside the opening and closing balances');
    }
    const next = fields[index + 1];
    lines.push(statementLineOf(field, next?.tag === '86' ? next : null, opening.currency, lines.length));
  });
  // Checked after the lines, so that a refusal names the first fault in the order of the file.
  const closing = balanceOf(closingField);
  for (const field of fields.filter((candidate) => candidate.tag === '64' || candidate.tag === '65')) balanceOf(field);
  const createdAtField = only(fields, ['13D'], message, false);
  return {
    bankStatementId: `${reference}/${statementNumber}`,
    accountIban: account.accountIban,
    accountCurrency: account.currency ?? opening.currency,
    createdAt: createdAtField === null ? null : createdAtOf(createdAtField),
    openingBalanceMinor: opening.amountMinor,
    closingBalanceMinor: closing.amountMinor,
    lines,
  };
}

/** An MT940 file of one or more messages, or `statement_invalid` naming the line at fault. */
export function parseMt940(text: string, limits: StatementFileLimits): ParsedStatementFile {
  return { format: 'mt940', statements: splitMessages(text, limits.linesMax).map(statementOf) };
}
