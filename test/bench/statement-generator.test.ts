// Proves that the benchmark's camt.053 generator makes a valid statement of the asked number of
// credit lines (10,000 included) quoting the given references, the same for the same seed.
import { describe, expect, it } from 'vitest';
import { generateCamt053 } from '../../bench/statement-generator.ts';
import { parseStatementFile } from '../../src/bank-files/parse-statement-file.ts';
import { lineIdentity } from '../../src/core/bank-statements/line-identity.ts';
import { deriveReference } from '../../src/core/payment-references/payment-reference.ts';

const REFERENCES = Array.from({ length: 500 }, (_, index) => deriveReference('RF', `CUST${100000 + index}`).number);
const OPTIONS = {
  lines: 10_000,
  iban: 'FI2112345600000785',
  statementId: 'BENCH-2024-03-15',
  currency: 'EUR',
  references: REFERENCES,
  seed: 42,
};

describe('generateCamt053', () => {
  const xml = generateCamt053(OPTIONS);
  const file = parseStatementFile(Buffer.from(xml), 'xml');
  const statement = file.statements[0]!;

  it('makes a camt.053 of 10,000 credit lines that parses', () => {
    expect(file.format).toBe('camt.053');
    expect(statement.bankStatementId).toBe(OPTIONS.statementId);
    expect(statement.accountIban).toBe(OPTIONS.iban);
    expect(statement.lines).toHaveLength(OPTIONS.lines);
    expect(
      statement.lines.every((line) => line.direction === 'CREDIT' && line.currency === 'EUR' && line.amountMinor > 0n),
    ).toBe(true);
    expect(statement.lines.map((line) => line.position)).toStrictEqual([...Array(OPTIONS.lines).keys()]);
  });

  it('balances: the closing balance is the opening balance plus every line', () => {
    const total = statement.lines.reduce((sum, line) => sum + line.amountMinor, 0n);
    expect(statement.closingBalanceMinor).toBe(statement.openingBalanceMinor! + total);
  });

  it('quotes references from the list on most lines, and leaves a few with text only or nothing', () => {
    const known = new Set(REFERENCES);
    const structured = statement.lines.filter((line) => line.reference !== null);
    const textOnly = statement.lines.filter((line) => line.reference === null && line.remittanceInfo !== null);
    const bare = statement.lines.filter((line) => line.reference === null && line.remittanceInfo === null);
    expect(structured.every((line) => known.has(line.reference!))).toBe(true);
    expect(structured.length).toBeGreaterThan(OPTIONS.lines * 0.85);
    expect(textOnly.length).toBeGreaterThan(0);
    expect(textOnly.some((line) => REFERENCES.some((reference) => line.remittanceInfo!.includes(reference)))).toBe(
      true,
    );
    expect(bare.length).toBeGreaterThan(0);
  });

  it('gives every line its own identity', () => {
    expect(new Set(statement.lines.map((line) => lineIdentity(statement.accountIban, line))).size).toBe(OPTIONS.lines);
  });

  it('is the same for the same seed and differs for another', () => {
    const small = { ...OPTIONS, lines: 50 };
    expect(generateCamt053(small)).toBe(generateCamt053(small));
    expect(generateCamt053({ ...small, seed: 43 })).not.toBe(generateCamt053(small));
  });

  it('writes amounts by the currency exponent', () => {
    const yen = parseStatementFile(generateCamt053({ ...OPTIONS, lines: 20, currency: 'JPY' }), 'xml').statements[0]!;
    expect(yen.lines.every((line) => line.currency === 'JPY')).toBe(true);
    expect(yen.closingBalanceMinor).toBe(yen.lines.reduce((sum, line) => sum + line.amountMinor, 0n));
  });
});
