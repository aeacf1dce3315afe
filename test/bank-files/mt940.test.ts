// Proves that MT940 messages (with and without SWIFT block wrappers) are read into exactly the
// statements and lines they hold, that statement lines are read field by field (dates across a
// year end, C/D/RC/RD marks, funds codes, amounts like `1234,`), and that anything else is
// refused with its line number.
import { describe, expect, it } from 'vitest';
import { parseStatementFile } from '../../src/bank-files/parse-statement-file.ts';
import { LINE_IDENTITY_HASH_PREFIX, lineIdentity } from '../../src/core/bank-statements/line-identity.ts';
import { SaldoError } from '../../src/core/errors.ts';
import { expectedLine, fixture } from './fixtures.ts';

function refusalOf(text: string | Buffer): string {
  try {
    parseStatementFile(text, 'mt940');
  } catch (error) {
    if (error instanceof SaldoError && error.code === 'statement_invalid') return error.detail;
    throw error;
  }
  throw new Error('the file was accepted');
}

/** A one-message file around the given statement lines (each `:61:` with its `:86:`). */
function message(
  lines: string[],
  header = [':20:REF', ':25:FI2112345600000785', ':28C:1/1', ':60F:C240101EUR0,00'],
): string {
  return [...header, ...lines, ':62F:C240101EUR0,00', '-'].join('\n');
}

describe('an MT940 file of two messages', () => {
  const file = parseStatementFile(fixture('two-messages.mt940'), 'mt940');
  const [first, second] = file.statements;

  it('reads each message as a statement: :20:/:28C:, :25: and the balances', () => {
    expect(file.format).toBe('mt940');
    expect(file.statements.map(({ lines: _lines, ...statement }) => statement)).toStrictEqual([
      {
        bankStatementId: 'STARTUMS/00058/001',
        accountIban: 'DE89370400440532013000',
        accountCurrency: 'EUR',
        createdAt: null,
        openingBalanceMinor: 100000n,
        closingBalanceMinor: 113265n,
      },
      {
        // The currency glued to the IBAN in :25: is the account's currency, not part of its number.
        bankStatementId: 'P240103000001/1/1',
        accountIban: 'NL20INGB0001234567',
        accountCurrency: 'EUR',
        createdAt: null,
        openingBalanceMinor: 113265n,
        closingBalanceMinor: 132005n,
      },
    ]);
  });

  it('reads the first message, whose :86: fields have ?-subfields', () => {
    expect(first!.lines).toStrictEqual([
      expectedLine({
        position: 0,
        bankReference: '2312290001',
        bookingDate: '2023-12-29',
        valueDate: '2023-12-29',
        amountMinor: 15000n,
        direction: 'CREDIT',
        reference: 'RF18539007547034',
        remittanceInfo: 'RF18 5390 0754 7034',
        debtorName: 'Muster Anna',
        debtorIban: 'DE44500105175407324931',
        endToEndId: 'E2E-20231229-0001',
        bankTransactionCode: 'NTRF',
      }),
      expectedLine({
        position: 1,
        bankReference: '2312310002',
        bookingDate: '2024-01-02',
        valueDate: '2023-12-31',
        amountMinor: 1235n,
        direction: 'DEBIT',
        remittanceInfo: 'Beitrag Dezember',
        debtorName: 'Max Mustermann',
        debtorIban: 'DE02100500000024290661',
        endToEndId: 'spm_01HZX3K8Q9R4T5V6W7X8Y9Z0AB',
        returnReasonCode: '912',
        bankTransactionCode: 'NDDT',
      }),
      expectedLine({
        position: 2,
        bankReference: null,
        bookingDate: '2023-12-31',
        valueDate: '2023-12-31',
        amountMinor: 500n,
        direction: 'DEBIT',
        remittanceInfo: 'Kontofuehrung Dezember',
        bankTransactionCode: 'NMSC',
      }),
    ]);
  });

  it('reads the second message, whose :86: fields have /KEYWORD/ parts', () => {
    expect(second!.lines).toStrictEqual([
      expectedLine({
        position: 0,
        bankReference: '00000000000101',
        bookingDate: '2024-01-03',
        valueDate: '2024-01-03',
        amountMinor: 25000n,
        direction: 'CREDIT',
        reference: 'RF75INV20240315',
        debtorName: 'J. Janssen',
        debtorIban: 'NL91ABNA0417164300',
        endToEndId: 'INV-2024-0007',
        bankTransactionCode: 'NTRF',
      }),
      expectedLine({
        position: 1,
        bankReference: '00000000000102',
        bookingDate: '2024-01-03',
        valueDate: '2024-01-03',
        amountMinor: 7510n,
        direction: 'DEBIT',
        remittanceInfo: 'Contributie januari',
        debtorName: 'P. de Vries',
        debtorIban: 'NL44RABO0123456789',
        endToEndId: 'spm_01HZX4N2P3Q4R5S6T7V8W9X0YZ',
        returnReasonCode: 'MS02',
        bankTransactionCode: 'NDDT',
      }),
      expectedLine({
        position: 2,
        bankReference: '00000000000103',
        bookingDate: '2024-01-03',
        valueDate: '2024-01-03',
        amountMinor: 1250n,
        direction: 'CREDIT',
        remittanceInfo: 'Factuur 1002003000 betaling',
        bankTransactionCode: 'NTRF',
      }),
    ]);
  });

  it('identifies lines by bank reference, and a line without one by its hash', () => {
    const identities = first!.lines.map((line) => lineIdentity(first!.accountIban, line));
    expect(identities.slice(0, 2)).toStrictEqual([
      'ref:DE89370400440532013000:2312290001',
      'ref:DE89370400440532013000:2312310002',
    ]);
    expect(identities[2]).toMatch(new RegExp(`^${LINE_IDENTITY_HASH_PREFIX}[0-9a-f]{64}$`));
  });

  it('reads the same file with Windows line ends the same', () => {
    const crlf = fixture('two-messages.mt940').toString('utf8').replace(/\n/g, '\r\n');
    expect(parseStatementFile(crlf, 'mt940')).toStrictEqual(file);
  });
});

describe('a :61: statement line', () => {
  const lineOf = (field: string) => parseStatementFile(message([field]), 'mt940').statements[0]!.lines[0]!;

  it.each([
    // value date, entry date across a year end in both directions, mark, funds code, amount forms
    [
      ':61:2401150115C100,00NTRFNONREF//B1',
      {
        bookingDate: '2024-01-15',
        valueDate: '2024-01-15',
        direction: 'CREDIT',
        reversal: false,
        amountMinor: 10000n,
        bankReference: 'B1',
        bankTransactionCode: 'NTRF',
      },
    ],
    [
      ':61:231231' + '0102D1,NMSCNONREF',
      {
        bookingDate: '2024-01-02',
        valueDate: '2023-12-31',
        direction: 'DEBIT',
        reversal: false,
        amountMinor: 100n,
        bankReference: null,
        bankTransactionCode: 'NMSC',
      },
    ],
    [
      ':61:2401021231C5,5NTRFREF',
      {
        bookingDate: '2023-12-31',
        valueDate: '2024-01-02',
        direction: 'CREDIT',
        reversal: false,
        amountMinor: 550n,
        bankReference: null,
        bankTransactionCode: 'NTRF',
      },
    ],
    [
      ':61:240115RC20,00NTRFREF//B2',
      {
        bookingDate: '2024-01-15',
        valueDate: '2024-01-15',
        direction: 'DEBIT',
        reversal: true,
        amountMinor: 2000n,
        bankReference: 'B2',
        bankTransactionCode: 'NTRF',
      },
    ],
    [
      ':61:240115RD20,00NTRFREF//B3',
      {
        bookingDate: '2024-01-15',
        valueDate: '2024-01-15',
        direction: 'CREDIT',
        reversal: true,
        amountMinor: 2000n,
        bankReference: 'B3',
        bankTransactionCode: 'NTRF',
      },
    ],
    [
      ':61:240115CR1234,56NTRFREF//B4',
      {
        bookingDate: '2024-01-15',
        valueDate: '2024-01-15',
        direction: 'CREDIT',
        reversal: false,
        amountMinor: 123456n,
        bankReference: 'B4',
        bankTransactionCode: 'NTRF',
      },
    ],
    [
      ':61:2402290229D0,01S202REF//NOTPROVIDED',
      {
        bookingDate: '2024-02-29',
        valueDate: '2024-02-29',
        direction: 'DEBIT',
        reversal: false,
        amountMinor: 1n,
        bankReference: null,
        bankTransactionCode: 'S202',
      },
    ],
    [
      ':61:240115C1,00FCHK12345//CHQ 99',
      {
        bookingDate: '2024-01-15',
        valueDate: '2024-01-15',
        direction: 'CREDIT',
        reversal: false,
        amountMinor: 100n,
        bankReference: 'CHQ 99',
        bankTransactionCode: 'FCHK',
      },
    ],
  ])('%s', (field, expected) => {
    expect(lineOf(field)).toMatchObject(expected);
  });

  it.each([
    [':61:240230C1,00NTRFREF', "line 5: :61: '240230' is not a date (YYMMDD)"],
    [':61:2401151301C1,00NTRFREF', "line 5: :61: entry date '1301' is not a date (MMDD)"],
    [':61:240115X1,00NTRFREF', 'line 5: :61: is not a statement line'],
    [':61:240115C1,00TRFREF', 'line 5: :61: is not a statement line'],
    [':61:240115C1.00NTRFREF', "line 5: :61: amount: '1.00' is not an amount"],
    [':61:240115C12,345NTRFREF', "line 5: :61: amount: '12,345' has more decimals than EUR has (2)"],
    [':61:240115C1234NTRFREF', "line 5: :61: amount: '1234' is not an amount"],
  ])('refuses %s', (field, detail) => {
    expect(refusalOf(message([field])).slice(0, detail.length)).toBe(detail);
  });
});

describe('MT940 structure', () => {
  it('reads :13D: as the creation time and :25: with a slashed currency', () => {
    const statement = parseStatementFile(
      message([], [':20:REF', ':13D:2401151830+0200', ':25:12345678/0001234567/EUR', ':28:7', ':60M:D240115EUR10,00']),
      'mt940',
    ).statements[0]!;
    expect(statement).toMatchObject({
      createdAt: '2024-01-15T18:30:00+02:00',
      accountIban: '12345678/0001234567',
      accountCurrency: 'EUR',
      bankStatementId: 'REF/7',
      openingBalanceMinor: -1000n,
    });
  });

  it('reads messages wrapped over several lines of header blocks, and a file without a final terminator', () => {
    const wrapped = [
      '{1:F01NDEAFIHHAXXX0000000000}',
      '{2:I940NDEAFIHHXXXXN}',
      '{3:{108:MT940}}',
      '{4:',
      ':20:ONE',
      ':25:FI2112345600000785',
      ':28C:1',
      ':60F:C240101EUR0,00',
      ':62F:C240101EUR0,00',
      '-}',
    ];
    const bare = [':20:TWO', ':25:FI2112345600000785', ':28C:2', ':60F:C240101EUR0,00', ':62F:C240101EUR0,00'];
    const file = parseStatementFile([...wrapped, '', ...bare].join('\n'), 'mt940');
    expect(file.statements.map((statement) => statement.bankStatementId)).toStrictEqual(['ONE/1', 'TWO/2']);
  });

  it('refuses garbage between fields, naming its line', () => {
    expect(refusalOf(fixture('hostile/garbage-lines.mt940'))).toBe(
      'line 8: "%%%% PAGE 2 OF 2 %%%% printed 2023-12-30…" is neither an MT940 field nor the continuation of one',
    );
  });

  it('refuses a wrong amount, naming its line', () => {
    expect(refusalOf(fixture('hostile/wrong-amount.mt940'))).toBe(
      "line 7: :61: amount: '12,345' has more decimals than EUR has (2)",
    );
  });

  it.each([
    ['a field before :20:', ':25:FI2112345600000785\n:20:REF', "line 1: :25: comes before the message's :20:"],
    [
      'a message without :25:',
      [':20:REF', ':28C:1', ':60F:C240101EUR0,00', ':62F:C240101EUR0,00', '-'].join('\n'),
      'line 1: the message that begins here has no :25:',
    ],
    [
      'a message without a closing balance',
      [':20:REF', ':25:X', ':28C:1', ':60F:C240101EUR0,00', '-'].join('\n'),
      'line 1: the message that begins here has no :62F: or :62M:',
    ],
    ['two opening balances', message([':60F:C240101EUR0,00']), 'line 5: :60F: or :60M: appears twice in one message'],
    ['an unknown field', message([':99X:what']), 'line 5: :99X: is not an MT940 field'],
    [
      'a balance in an unknown currency',
      message([], [':20:REF', ':25:X', ':28C:1', ':60F:C240101EUX0,00']),
      "line 4: :60F: 'EUX' is not an ISO 4217 currency",
    ],
    [
      'a bad statement number',
      message([], [':20:REF', ':25:X', ':28C:one', ':60F:C240101EUR0,00']),
      "line 3: :28C: 'one' is not a statement number",
    ],
    ['a terminator outside a message', '-\n', 'line 1: "-" ends a message that has not begun'],
    [
      'a second line of :20: (only :61: and :86: continue)',
      [':20:REF', 'more', ':25:X', ':28C:1', ':60F:C240101EUR0,00', ':62F:C240101EUR0,00', '-'].join('\n'),
      'line 2: "more" is neither an MT940 field nor the continuation of one',
    ],
    [
      'control characters',
      message([':61:240115C1,00NTRFREF', ':86:text\u0007']),
      'line 6: the line holds control characters',
    ],
    [
      'a statement line after the closing balance',
      [':20:REF', ':25:X', ':28C:1', ':60F:C240101EUR0,00', ':62F:C240101EUR0,00', ':61:240115C1,00NTRFREF', '-'].join(
        '\n',
      ),
      'line 6: :61: stands outside the opening and closing balances',
    ],
    ['no message at all', '\n\n', 'the file is empty'],
    [
      'an XML file',
      '<?xml version="1.0"?><Document/>',
      'line 1: "<?xml version=\\"1.0\\"?><Document/>" is neither an MT940 field nor the continuation of one',
    ],
  ])('refuses %s', (_what, text, detail) => {
    expect(refusalOf(text)).toBe(detail);
  });

  it('refuses more statement lines than the limit allows, naming the first one too many', () => {
    const lines = [':61:240115C1,00NTRFREF', ':61:240115C1,00NTRFREF', ':61:240115C1,00NTRFREF'];
    expect(() => parseStatementFile(message(lines), 'mt940', { linesMax: 2 })).toThrow(
      'line 7: the file holds more than 2 lines',
    );
    expect(parseStatementFile(message(lines), 'mt940', { linesMax: 3 }).statements[0]!.lines).toHaveLength(3);
  });
});
