// Proves that each camt fixture (camt.053 versions .02, .04, .05, .06 and .08, camt.054) is read
// into exactly the statements and lines it holds, that an entry notified in a camt.054 keeps its
// identity in the later camt.053, and that a missing or wrong element is refused by its path.
import { describe, expect, it } from 'vitest';
import { parseStatementFile } from '../../src/bank-files/parse-statement-file.ts';
import { lineIdentity } from '../../src/core/bank-statements/line-identity.ts';
import { SaldoError } from '../../src/core/errors.ts';
import { expectedLine, fixture } from './fixtures.ts';

function parse(name: string) {
  return parseStatementFile(fixture(name), 'xml');
}

function refusalOf(xml: string): string {
  try {
    parseStatementFile(xml, 'xml');
  } catch (error) {
    if (error instanceof SaldoError && error.code === 'statement_invalid') return error.detail;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('a Finnish bank camt.053.001.02', () => {
  const file = parse('finnish-camt053-001-02.xml');
  const statement = file.statements[0]!;

  it('is one camt.053 statement of the account, with its balances', () => {
    expect(file.format).toBe('camt.053');
    expect(file.statements).toHaveLength(1);
    expect({ ...statement, lines: [] }).toStrictEqual({
      bankStatementId: 'FI2112345600000785-20240315',
      accountIban: 'FI2112345600000785',
      accountCurrency: 'EUR',
      createdAt: '2024-03-16T06:14:52+02:00',
      openingBalanceMinor: 1250000n,
      closingBalanceMinor: 1308740n,
      lines: [],
    });
  });

  it('reads every entry into its line', () => {
    expect(statement.lines).toStrictEqual([
      expectedLine({
        position: 0,
        bankReference: '240315593497O10001',
        bookingDate: '2024-03-15',
        valueDate: '2024-03-15',
        amountMinor: 15000n,
        direction: 'CREDIT',
        reference: '12345614',
        debtorName: 'MEIKÄLÄINEN MAIJA',
        debtorIban: 'FI7540050010012345',
        bankTransactionCode: 'PMNT/RCDT/DMCT',
      }),
      expectedLine({
        position: 1,
        bankReference: '240315593497O10002',
        bookingDate: '2024-03-15',
        valueDate: '2024-03-14',
        amountMinor: 8990n,
        direction: 'CREDIT',
        reference: 'RF18539007547034',
        debtorName: 'Oy Esimerkki Ab & Co',
        debtorIban: 'FI8915723500012345',
        endToEndId: 'E2E-2024-0315-77',
        bankTransactionCode: 'PMNT/RCDT/ESCT',
      }),
      expectedLine({
        position: 2,
        bankReference: '240315593497O10003',
        bookingDate: '2024-03-15',
        valueDate: '2024-03-15',
        amountMinor: 4200n,
        direction: 'CREDIT',
        remittanceInfo: 'Lasku 20240329 viite RF26 CUST 1001 maksaja Matti Virtanen',
        debtorName: 'Matti Virtanen',
        bankTransactionCode: 'PMNT/RCDT/ESCT',
      }),
      expectedLine({
        position: 3,
        bankReference: '240315FEE0001',
        bookingDate: '2024-03-15',
        valueDate: '2024-03-15',
        amountMinor: 450n,
        direction: 'DEBIT',
        bankTransactionCode: 'ACMT/MDOP/CHRG',
      }),
      expectedLine({
        position: 4,
        bankReference: '240315593497O10005',
        bookingDate: '2024-03-15',
        valueDate: '2024-03-15',
        amountMinor: 31000n,
        direction: 'CREDIT',
        reference: '98765438',
        debtorName: 'Korhonen Kalle',
        bankTransactionCode: 'PMNT/RCDT/DMCT',
      }),
    ]);
  });

  it('identifies each line by the bank reference within the account', () => {
    expect(statement.lines.map((line) => lineIdentity(statement.accountIban, line))).toStrictEqual([
      'ref:FI2112345600000785:240315593497O10001',
      'ref:FI2112345600000785:240315593497O10002',
      'ref:FI2112345600000785:240315593497O10003',
      'ref:FI2112345600000785:240315FEE0001',
      'ref:FI2112345600000785:240315593497O10005',
    ]);
  });

  it('balances: opening plus credits minus debits is the closing balance', () => {
    const moved = statement.lines.reduce(
      (sum, line) => sum + (line.direction === 'CREDIT' ? line.amountMinor : -line.amountMinor),
      0n,
    );
    expect(statement.openingBalanceMinor! + moved).toBe(statement.closingBalanceMinor);
  });
});

describe('a camt.053.001.08 with namespace prefixes', () => {
  const file = parse('camt053-001-08.xml');
  const statement = file.statements[0]!;

  it('reads Sts/Cd, Dbtr/Pty/Nm, TxDtls/Amt and a booking date-time, and leaves the pending entry out', () => {
    expect(file.format).toBe('camt.053');
    expect(statement.bankStatementId).toBe('DE89370400440532013000-2024-05-02');
    expect(statement.createdAt).toBe('2024-05-03T05:59:12.350+02:00');
    expect(statement.openingBalanceMinor).toBe(100000n); // PRCD stands in for a missing OPBD
    expect(statement.closingBalanceMinor).toBe(201999n);
    expect(statement.lines).toStrictEqual([
      expectedLine({
        position: 0,
        bankReference: '2024050200001',
        bookingDate: '2024-05-02',
        valueDate: '2024-05-02',
        amountMinor: 125000n,
        direction: 'CREDIT',
        reference: 'RF75INV20240315',
        debtorName: 'Muster GmbH',
        debtorIban: 'DE44500105175407324931',
        endToEndId: 'INV-2024-0042',
        bankTransactionCode: 'PMNT/RCDT/ESCT',
      }),
      expectedLine({
        position: 1,
        bankReference: 'NTRY-3',
        bookingDate: '2024-05-02',
        valueDate: '2024-05-02',
        amountMinor: 1999n,
        direction: 'CREDIT',
        remittanceInfo: 'Mitgliedsbeitrag Mai',
        debtorName: 'Erika Mustermann',
        bankTransactionCode: 'NTRF+166',
      }),
      expectedLine({
        position: 2,
        bankReference: '2024050200004',
        bookingDate: '2024-05-02',
        valueDate: '2024-04-30',
        amountMinor: 25000n,
        direction: 'DEBIT',
        reversal: true,
        remittanceInfo: 'Rückbuchung Gutschrift vom 30.04.',
        endToEndId: 'E2E-2024-04-30-9',
        bankTransactionCode: 'PMNT/RCDT/ESCT',
      }),
    ]);
  });
});

describe('a camt.054 notification and the camt.053 that lists its entries later', () => {
  const notification = parse('notification-camt054-001-02.xml');
  const statement = parse('statement-after-notification-camt053-001-02.xml');

  it('reads the notification as camt.054', () => {
    expect(notification.format).toBe('camt.054');
    const [ntfctn] = notification.statements;
    expect(ntfctn!.bankStatementId).toBe('NTF-2024-06-03-01');
    expect(ntfctn!.openingBalanceMinor).toBeNull();
    expect(ntfctn!.closingBalanceMinor).toBeNull();
    expect(ntfctn!.lines).toStrictEqual([
      expectedLine({
        position: 0,
        bankReference: '240603A1',
        bookingDate: '2024-06-03',
        valueDate: '2024-06-03',
        amountMinor: 7500n,
        direction: 'CREDIT',
        reference: '20240316',
        debtorName: 'Laine Liisa',
        bankTransactionCode: 'PMNT/RCDT/DMCT',
      }),
      expectedLine({
        position: 1,
        bankReference: '240603B2',
        bookingDate: '2024-06-03',
        valueDate: '2024-06-03',
        amountMinor: 12000n,
        direction: 'CREDIT',
        reference: 'RF96CUST1002',
        debtorName: 'Nieminen Olli',
        debtorIban: 'FI5110253000009876',
        endToEndId: 'SHOP-ORDER-88812',
        bankTransactionCode: 'PMNT/RCDT/ESCT',
      }),
    ]);
  });

  it('gives an entry the same identity in both, at whatever position', () => {
    const notified = notification.statements[0]!;
    const listed = statement.statements[0]!;
    const identities = (parsed: typeof notified) => parsed.lines.map((line) => lineIdentity(parsed.accountIban, line));
    expect(identities(listed)).toStrictEqual([
      'ref:FI8447110000123456:240603X0',
      identities(notified)[1],
      identities(notified)[0],
    ]);
    // The same facts apart from the position.
    expect({ ...listed.lines[2]!, position: 0 }).toStrictEqual(notified.lines[0]);
    expect({ ...listed.lines[1]!, position: 1 }).toStrictEqual(notified.lines[1]);
  });
});

describe('SEPA direct-debit returns (camt.053.001.04)', () => {
  it('reads each return with its reason code, end-to-end id and debtor', () => {
    const statement = parse('sdd-returns-camt053-001-04.xml').statements[0]!;
    expect(statement.closingBalanceMinor).toBe(-2750n);
    const returned = (
      position: number,
      bankReference: string,
      date: string,
      amountMinor: bigint,
      endToEndId: string,
      debtorName: string,
      debtorIban: string,
      returnReasonCode: string,
    ) =>
      expectedLine({
        position,
        bankReference,
        bookingDate: date,
        valueDate: date,
        amountMinor,
        direction: 'DEBIT',
        remittanceInfo: 'Jäsenmaksu heinäkuu 2024',
        debtorName,
        debtorIban,
        endToEndId,
        returnReasonCode,
        bankTransactionCode: 'PMNT/IDDT/UPDD',
      });
    expect(statement.lines).toStrictEqual([
      returned(
        0,
        '240704R0001',
        '2024-07-04',
        4900n,
        'spm_01J1Y7Q7F0G1H2J3K4M5N6P7Q8',
        'Virtanen Matti',
        'FI7540050010012345',
        'AM04',
      ),
      returned(
        1,
        '240708R0002',
        '2024-07-08',
        4900n,
        'spm_01J1Y7Q7F0G1H2J3K4M5N6P7Q9',
        'Laine Liisa',
        'FI8915723500012345',
        'MD06',
      ),
      returned(
        2,
        '240704R0003',
        '2024-07-04',
        2950n,
        'spm_01J1Y7Q7F0G1H2J3K4M5N6P7QA',
        'Korhonen Kalle',
        'FI5110253000009876',
        'MS02',
      ),
    ]);
  });
});

describe('a file with two statements (camt.053.001.05)', () => {
  it('reads both, each with its own positions, account and creation time', () => {
    const file = parse('two-statements-camt053-001-05.xml');
    expect(
      file.statements.map(({ lines, ...statement }) => ({
        ...statement,
        positions: lines.map((line) => line.position),
      })),
    ).toStrictEqual([
      {
        bankStatementId: 'STMT-A-2024-09-10',
        accountIban: 'FI2112345600000785',
        accountCurrency: 'EUR',
        createdAt: '2024-09-11T03:59:00+03:00',
        openingBalanceMinor: -1000n,
        closingBalanceMinor: 9000n,
        positions: [0],
      },
      {
        bankStatementId: 'STMT-B-2024-09-10',
        accountIban: '4711-000123',
        accountCurrency: null,
        createdAt: '2024-09-11T04:00:00+03:00',
        openingBalanceMinor: null,
        closingBalanceMinor: null,
        positions: [0],
      },
    ]);
    expect(file.statements[0]!.lines[0]).toStrictEqual(
      expectedLine({
        position: 0,
        bankReference: '240910A001',
        bookingDate: '2024-09-10',
        valueDate: '2024-09-10',
        amountMinor: 10000n,
        direction: 'CREDIT',
        remittanceInfo: 'Viite 7 77003',
        bankTransactionCode: 'PMNT/RCDT/ESCT',
      }),
    );
    expect(file.statements[1]!.lines[0]).toStrictEqual(
      expectedLine({
        position: 0,
        bankReference: '240910B001',
        bookingDate: '2024-09-10',
        valueDate: '2024-09-10',
        amountMinor: 525n,
        direction: 'DEBIT',
        remittanceInfo: 'Tilinhoitomaksu',
        bankTransactionCode: 'PMNT/RCDT/ESCT',
      }),
    );
  });
});

describe('batch bookings (camt.053.001.06)', () => {
  const statement = parse('batch-camt053-001-06.xml').statements[0]!;

  it('makes each TxDtls of a batch a line with its own amount and references', () => {
    const batched = (
      position: number,
      bankReference: string,
      amountMinor: bigint,
      reference: string,
      debtorName: string,
      endToEndId: string | null,
    ) =>
      expectedLine({
        position,
        bankReference,
        bookingDate: '2024-10-01',
        valueDate: '2024-10-01',
        amountMinor,
        direction: 'CREDIT',
        reference,
        debtorName,
        endToEndId,
        bankTransactionCode: 'PMNT/RCDT/ESCT',
      });
    expect(statement.lines).toStrictEqual([
      batched(0, '241001BATCH1-01', 10000n, '12345614', 'Aho Anna', 'E2E-B1-1'),
      batched(1, '241001BATCH1-02', 15000n, 'RF18539007547034', 'Berg Bertil', 'E2E-B1-2'),
      batched(2, '241001BATCH1-03', 5000n, '98765438', 'Cedercreutz Carl', 'E2E-B1-3'),
      // Without references of their own, the batch's transactions are numbered under the entry's.
      batched(3, '241001BATCH2/1', 2000n, '20240316', 'Dahl Dora', null),
      batched(4, '241001BATCH2/2', 2550n, 'RF96CUST1002', 'Eklund Erik', 'E2E-B2-2'),
      expectedLine({
        position: 5,
        bankReference: '241001SINGLE',
        bookingDate: '2024-10-01',
        valueDate: '2024-10-01',
        amountMinor: 1200n,
        direction: 'CREDIT',
        bankTransactionCode: 'PMNT/RCDT/ESCT',
      }),
    ]);
  });

  it('gives every line of a batch its own identity', () => {
    const identities = statement.lines.map((line) => lineIdentity(statement.accountIban, line));
    expect(new Set(identities).size).toBe(identities.length);
  });

  it('adds the batch lines up to their entries and to the closing balance', () => {
    const total = statement.lines.reduce((sum, line) => sum + line.amountMinor, 0n);
    expect(statement.openingBalanceMinor! + total).toBe(statement.closingBalanceMinor);
  });
});

describe('camt versions 001.02 to 001.08 are recognised by namespace', () => {
  const minimal = (message: '053' | '054', version: number) => {
    const [container, item] = message === '053' ? ['BkToCstmrStmt', 'Stmt'] : ['BkToCstmrDbtCdtNtfctn', 'Ntfctn'];
    return (
      `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.${message}.001.0${version}"><${container}><GrpHdr><MsgId>M</MsgId><CreDtTm>2024-01-01T00:00:00</CreDtTm></GrpHdr>` +
      `<${item}><Id>S-${version}</Id><Acct><Id><IBAN>FI2112345600000785</IBAN></Id></Acct>` +
      '<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2024-01-01</Dt></BookgDt></Ntry>' +
      `</${item}></${container}></Document>`
    );
  };
  it.each([2, 3, 4, 5, 6, 7, 8])('camt.053.001.0%i and camt.054.001.0%i', (version) => {
    expect(parseStatementFile(minimal('053', version), 'xml').format).toBe('camt.053');
    expect(parseStatementFile(minimal('054', version), 'xml').format).toBe('camt.054');
    // Without a value date, the entry is valued on its booking date.
    expect(parseStatementFile(minimal('053', version), 'xml').statements[0]!.lines[0]!.valueDate).toBe('2024-01-01');
  });

  it.each([
    'urn:iso:std:iso:20022:tech:xsd:camt.053.001.01',
    'urn:iso:std:iso:20022:tech:xsd:camt.053.001.09',
    'urn:iso:std:iso:20022:tech:xsd:camt.052.001.02',
    'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03',
  ])('refuses a document in %s', (namespace) => {
    const xml = minimal('053', 2).replace('urn:iso:std:iso:20022:tech:xsd:camt.053.001.02', namespace);
    expect(refusalOf(xml)).toContain('neither camt.053 nor camt.054');
  });
});

describe('a missing or wrong element is refused by its path', () => {
  const source = fixture('finnish-camt053-001-02.xml').toString('utf8');
  // The n-th occurrence of `from` is replaced, so a case can break the second entry only.
  const replaced = (from: string, to: string, occurrence = 1) => {
    let index = -1;
    for (let seen = 0; seen < occurrence; seen++) index = source.indexOf(from, index + 1);
    if (index === -1) throw new Error(`'${from}' is not in the fixture`);
    return source.slice(0, index) + to + source.slice(index + from.length);
  };

  it.each([
    ['the statement id', replaced('<Id>FI2112345600000785-20240315</Id>', ''), 'Stmt[0]/Id: is missing'],
    ['the account', replaced('<IBAN>FI2112345600000785</IBAN>', ''), 'Stmt[0]/Acct/Id: holds neither IBAN nor Othr/Id'],
    ['an amount', replaced('<Amt Ccy="EUR">89.90</Amt>', ''), 'Stmt[0]/Ntry[1]/Amt: is missing'],
    ['a currency', replaced('<Amt Ccy="EUR">89.90</Amt>', '<Amt>89.90</Amt>'), 'Stmt[0]/Ntry[1]/Amt/@Ccy: is missing'],
    [
      'a known currency',
      replaced('<Amt Ccy="EUR">89.90</Amt>', '<Amt Ccy="EUX">89.90</Amt>'),
      "Stmt[0]/Ntry[1]/Amt/@Ccy: 'EUX' is not an ISO 4217 currency",
    ],
    ['a direction', replaced('<CdtDbtInd>CRDT</CdtDbtInd>', '', 4), 'Stmt[0]/Ntry[1]/CdtDbtInd: is missing'],
    [
      'a known direction',
      replaced('<CdtDbtInd>CRDT</CdtDbtInd>', '<CdtDbtInd>CREDIT</CdtDbtInd>', 4),
      "Stmt[0]/Ntry[1]/CdtDbtInd: 'CREDIT' is neither CRDT nor DBIT",
    ],
    [
      'a booking date',
      replaced('<BookgDt>\n          <Dt>2024-03-15</Dt>\n        </BookgDt>', '', 2),
      'Stmt[0]/Ntry[1]/BookgDt: is missing',
    ],
    [
      'an existing date',
      replaced('<Dt>2024-03-14</Dt>', '<Dt>2024-02-30</Dt>'),
      "Stmt[0]/Ntry[1]/ValDt/Dt: '2024-02-30' is not a date (YYYY-MM-DD)",
    ],
    [
      'a signless amount',
      replaced('<Amt Ccy="EUR">89.90</Amt>', '<Amt Ccy="EUR">-89.90</Amt>'),
      "Stmt[0]/Ntry[1]/Amt: '-89.90' is not an amount",
    ],
    [
      'a balance amount',
      replaced('<Amt Ccy="EUR">12500.00</Amt>', '<Amt Ccy="EUR">12,500.00</Amt>'),
      "Stmt[0]/Bal[0]/Amt: '12,500.00' is not an amount",
    ],
    [
      'a creation time',
      replaced('<CreDtTm>2024-03-16T06:14:52+02:00</CreDtTm>', '<CreDtTm>yesterday</CreDtTm>'),
      "Stmt[0]/CreDtTm: 'yesterday' is not an ISO 8601 date-time",
    ],
  ])('%s', (_what, xml, detail) => {
    // The detail begins with the element's path and the problem; some add a hint after it.
    expect(refusalOf(xml).slice(0, detail.length)).toBe(detail);
  });

  it('a batch transaction without an amount', () => {
    const batch = fixture('batch-camt053-001-06.xml').toString('utf8').replace('<Amt Ccy="EUR">150.00</Amt>', '');
    expect(refusalOf(batch)).toBe(
      'Stmt[0]/Ntry[0]/NtryDtls[0]/TxDtls[1]/Amt: is missing (nor is AmtDtls/TxAmt/Amt there)',
    );
  });
});

describe('identities across every statement fixture', () => {
  it.each([
    ['finnish-camt053-001-02.xml', 'xml'],
    ['camt053-001-08.xml', 'xml'],
    ['notification-camt054-001-02.xml', 'xml'],
    ['statement-after-notification-camt053-001-02.xml', 'xml'],
    ['sdd-returns-camt053-001-04.xml', 'xml'],
    ['two-statements-camt053-001-05.xml', 'xml'],
    ['batch-camt053-001-06.xml', 'xml'],
    ['two-messages.mt940', 'mt940'],
  ] as const)('%s: the bank reference within the account, else a hash; never two alike', (name, kind) => {
    for (const statement of parseStatementFile(fixture(name), kind).statements) {
      const identities = statement.lines.map((line) => lineIdentity(statement.accountIban, line));
      statement.lines.forEach((line, index) => {
        if (line.bankReference === null) expect(identities[index]).toMatch(/^sha256:[0-9a-f]{64}$/);
        else expect(identities[index]).toBe(`ref:${statement.accountIban}:${line.bankReference}`);
      });
      expect(new Set(identities).size).toBe(identities.length);
    }
  });
});
