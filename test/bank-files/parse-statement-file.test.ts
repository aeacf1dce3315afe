// Proves that hostile or malformed files are refused as statement_invalid, and that the refusals
// meant to protect the parser (declarations, entities, deep nesting, too many lines, padding)
// come from the first pass, before the XML parser builds anything.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { XmlTreeBuilder } from '../../src/bank-files/xml-tree.ts';
import { inspectXml } from '../../src/bank-files/xml-inspection.ts';
import { parseStatementFile } from '../../src/bank-files/parse-statement-file.ts';
import { XML_ELEMENTS_PER_ENTRY_MAX, XML_NESTING_DEPTH_MAX } from '../../src/bank-files/statement-file-limits.ts';
import { STATEMENT_LINES_MAX } from '../../src/core/bank-statements/statement-file.ts';
import { SaldoError } from '../../src/core/errors.ts';
import { fixture } from './fixtures.ts';

const CAMT_053 = 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.02';

function refusalOf(body: string | Buffer, kind: 'xml' | 'mt940' = 'xml', linesMax?: number): string {
  try {
    parseStatementFile(body, kind, linesMax === undefined ? {} : { linesMax });
  } catch (error) {
    if (error instanceof SaldoError && error.code === 'statement_invalid') return error.detail;
    throw error;
  }
  throw new Error('the file was accepted');
}

function statement(entries: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><Document xmlns="${CAMT_053}"><BkToCstmrStmt><GrpHdr><MsgId>M</MsgId><CreDtTm>2024-01-01T00:00:00</CreDtTm></GrpHdr>` +
    `<Stmt><Id>S</Id><Acct><Id><IBAN>FI2112345600000785</IBAN></Id></Acct>${entries}</Stmt></BkToCstmrStmt></Document>`
  );
}

const ENTRY =
  '<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2024-01-01</Dt></BookgDt></Ntry>';

describe('refused before the XML parser builds anything', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['XXE (an external entity)', fixture('hostile/xxe.xml'), 'line 2: <!DOCTYPE is not allowed in a statement file'],
    [
      'billion laughs (nested entities)',
      fixture('hostile/billion-laughs.xml'),
      'line 2: <!DOCTYPE is not allowed in a statement file',
    ],
    [
      'an entity declaration alone',
      statement('<!ENTITY a "b">'),
      'line 1: <!ENTITY is not allowed in a statement file',
    ],
    [
      'another declaration',
      statement('<!ELEMENT Ntry ANY>'),
      'line 1: declarations are not allowed in a statement file',
    ],
    [
      'very deep nesting',
      fixture('hostile/deep-nesting.xml'),
      `line 2: elements nest deeper than ${XML_NESTING_DEPTH_MAX}`,
    ],
    [
      'a reference to an undeclared entity',
      statement('<AddtlStmtInf>&nbsp;</AddtlStmtInf>'),
      "line 1: an '&' that is not &amp; &lt; &gt; &quot; &apos; or a character reference (entities are not allowed)",
    ],
    ['an entity in an attribute', statement('<Ntry><Amt Ccy="&eur;">1</Amt></Ntry>'), "line 1: an '&' that is not"],
    [
      'a character reference to a non-character',
      statement('<AddtlStmtInf>&#0;</AddtlStmtInf>'),
      'line 1: the character reference &#0; is not an XML character',
    ],
    [
      'a control character',
      statement('<AddtlStmtInf>\u0001</AddtlStmtInf>'),
      'line 1: the document holds a character that XML does not allow',
    ],
    [
      'padding around few entries',
      statement(`${'<AddtlInf/>'.repeat(3 * XML_ELEMENTS_PER_ENTRY_MAX)}${ENTRY}`),
      `line 1: more than ${XML_ELEMENTS_PER_ENTRY_MAX} elements for one entry`,
    ],
    [
      'more entries than a file may hold',
      statement('<Ntry/>'.repeat(STATEMENT_LINES_MAX + 1)),
      `line 1: the file holds more than ${STATEMENT_LINES_MAX} entries`,
    ],
  ])('%s', (_what, body, detail) => {
    const parse = vi.spyOn(XmlTreeBuilder.prototype, 'build');
    expect(refusalOf(body).slice(0, detail.length)).toBe(detail);
    expect(parse).not.toHaveBeenCalled();
  });
});

describe('refused as statement_invalid', () => {
  it.each<[string, string | Buffer, string, ('xml' | 'mt940')?]>([
    [
      'broken XML',
      fixture('hostile/broken.xml'),
      "line 11, column 7: the XML is malformed: Expected closing tag 'Ntry' (opened in line 8, col 7) instead of closing tag 'Stmt'.",
    ],
    [
      'a wrong amount',
      fixture('hostile/wrong-amount.xml'),
      "Stmt[0]/Ntry[1]/Amt: '12.345' has more decimals than EUR has (2)",
    ],
    [
      'bytes that are not UTF-8',
      Buffer.from([0x3c, 0x44, 0x6f, 0x63, 0xff, 0xfe, 0x80, 0x3e]),
      'the file is not UTF-8 text',
    ],
    [
      'Latin-1 text',
      Buffer.from(statement('<AddtlStmtInf>Jäsenmaksu</AddtlStmtInf>'), 'latin1'),
      'the file is not UTF-8 text',
    ],
    ['an empty file', Buffer.alloc(0), 'the file is empty'],
    ['an MT940 file sent as XML', fixture('two-messages.mt940'), 'the file holds no XML element'],
    [
      'a statement sent as MT940',
      fixture('finnish-camt053-001-02.xml'),
      'line 1: "<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?>" is neither an MT940 field',
      'mt940',
    ],
    [
      'a document that is no camt',
      `<?xml version="1.0"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>`,
      "the document is neither camt.053 nor camt.054 (versions 001.02 to 001.08): its root is 'Invoice'",
    ],
    [
      'a camt document without a namespace',
      '<Document><BkToCstmrStmt/></Document>',
      "the document is neither camt.053 nor camt.054 (versions 001.02 to 001.08): its root is 'Document' in namespace 'none'",
    ],
    [
      'a camt.053 without statements',
      `<Document xmlns="${CAMT_053}"><BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr></BkToCstmrStmt></Document>`,
      'BkToCstmrStmt/Stmt: is missing',
    ],
    [
      'a camt.053 with the container of a camt.054',
      `<Document xmlns="${CAMT_053}"><BkToCstmrDbtCdtNtfctn/></Document>`,
      'Document/BkToCstmrStmt: is missing',
    ],
  ])('%s', (_what, body, detail, kind = 'xml') => {
    expect(refusalOf(body, kind).slice(0, detail.length)).toBe(detail);
  });

  it('counts the lines of the whole file, batch transactions included, against the limit', () => {
    const batch = fixture('batch-camt053-001-06.xml');
    expect(parseStatementFile(batch, 'xml', { linesMax: 6 }).statements[0]!.lines).toHaveLength(6);
    expect(refusalOf(batch, 'xml', 5)).toBe('Stmt[0]/Ntry[2]: the file holds more than 5 lines');
    const twoStatements = fixture('two-statements-camt053-001-05.xml');
    // Entries beyond the limit are refused already by the first pass, naming the line of the file.
    expect(refusalOf(twoStatements, 'xml', 1)).toMatch(/^line \d+: the file holds more than 1 entries$/);
  });
});

describe('accepted', () => {
  it('reads a file that begins with a byte order mark, given as bytes or as text', () => {
    const withMark = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixture('finnish-camt053-001-02.xml')]);
    const expected = parseStatementFile(fixture('finnish-camt053-001-02.xml'), 'xml');
    expect(parseStatementFile(withMark, 'xml')).toStrictEqual(expected);
    expect(parseStatementFile(withMark.toString('utf8'), 'xml')).toStrictEqual(expected);
  });

  it('decodes the five XML entities and character references, and keeps CDATA as text', () => {
    const parsed = parseStatementFile(
      statement(
        '<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2024-01-01</Dt></BookgDt><NtryDtls><TxDtls><RmtInf><Ustrd>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#228;&#x00E4;</Ustrd><Ustrd><![CDATA[x & <y>]]></Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>',
      ),
      'xml',
    );
    expect(parsed.statements[0]!.lines[0]!.remittanceInfo).toBe('a & b <c> "d" \'e\' ää x & <y>');
  });
});

describe('damaged files', () => {
  const FUZZ_RUNS = 400;
  const FUZZ_SEED = 20_240_315;
  const sources = [
    ['finnish-camt053-001-02.xml', 'xml'],
    ['camt053-001-08.xml', 'xml'],
    ['notification-camt054-001-02.xml', 'xml'],
    ['batch-camt053-001-06.xml', 'xml'],
    ['two-messages.mt940', 'mt940'],
  ] as const;
  const texts = sources.map(([name, kind]) => ({ text: fixture(name).toString('utf8'), kind }));
  // Characters that matter to XML and MT940, so that edits break structure rather than just text.
  const pieces = fc.constantFrom(
    '<',
    '>',
    '/',
    '&',
    ';',
    ':',
    '?',
    '"',
    '=',
    '-',
    ',',
    '.',
    '0',
    '9',
    'C',
    'D',
    'R',
    '\n',
    '{',
    '}',
    '#',
    '<?',
    '<!',
    ']]>',
    '&#0;',
    '&amp;',
    '',
  );
  const edit = fc.record({ at: fc.nat(), remove: fc.integer({ min: 0, max: 20 }), insert: pieces });

  it('are read or refused as statement_invalid, never anything else', () => {
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (which, edits) => {
        const { text, kind } = texts[which]!;
        const damaged = edits.reduce((current, { at, remove, insert }) => {
          const position = at % (current.length + 1);
          return current.slice(0, position) + insert + current.slice(position + remove);
        }, text);
        try {
          parseStatementFile(damaged, kind);
        } catch (error) {
          expect(error).toBeInstanceOf(SaldoError);
          expect((error as SaldoError).code).toBe('statement_invalid');
        }
      }),
      { numRuns: FUZZ_RUNS, seed: FUZZ_SEED },
    );
  });

  it('an unclosed processing instruction after the document is refused', () => {
    expect(refusalOf(`${statement(ENTRY)}<?x`)).toBe('line 1: a processing instruction is not closed');
  });

  it('a declaration the validator lets through but the parser cannot read is refused', () => {
    const damaged = `<?xm<1.0" encoding="UTF-8"?>${statement(ENTRY).slice('<?xml version="1.0" encoding="UTF-8"?>'.length)}`;
    expect(refusalOf(damaged)).toBe('the XML is malformed: Pi Tag is not closed.');
  });
});

describe('the first pass', () => {
  // Searching for the next '&' afresh at every tag scanned to the end of a file that holds none:
  // 4,000 entries took 9 s, 10,000 a minute. Linear, 40,000 entries take well under a second.
  it('stays linear in a file without any reference', { timeout: 3000 }, () => {
    const body = statement(ENTRY.repeat(40_000));
    expect(
      inspectXml(body, { nestingDepthMax: XML_NESTING_DEPTH_MAX, entriesMax: STATEMENT_LINES_MAX }).entryCount,
    ).toBe(40_000);
  });

  it('checks the references after comments, CDATA and processing instructions, and not inside them', () => {
    const limits = { nestingDepthMax: XML_NESTING_DEPTH_MAX, entriesMax: STATEMENT_LINES_MAX };
    expect(
      inspectXml(statement('<!-- a & b --><AddtlStmtInf><![CDATA[&]]></AddtlStmtInf><?pi & ?>'), limits).entryCount,
    ).toBe(0);
    expect(() => inspectXml(statement('<!-- & --><AddtlStmtInf>&nbsp;</AddtlStmtInf>'), limits)).toThrow(SaldoError);
  });
});
