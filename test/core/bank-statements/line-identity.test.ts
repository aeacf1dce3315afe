// Proves that a bank line's identity is its bank reference within the account when it has one
// (whatever else differs, the position included), and otherwise a hash that changes with every
// field it covers, the position included.
import { describe, expect, it } from 'vitest';
import { LINE_IDENTITY_HASH_PREFIX, lineIdentity } from '../../../src/core/bank-statements/line-identity.ts';
import type { ParsedBankLine } from '../../../src/core/bank-statements/statement-file.ts';

const IBAN = 'FI2112345600000785';

const line: ParsedBankLine = {
  position: 3,
  bankReference: null,
  bookingDate: '2024-03-15',
  valueDate: '2024-03-14',
  amountMinor: 8990n,
  currency: 'EUR',
  direction: 'CREDIT',
  reversal: false,
  reference: 'RF18539007547034',
  remittanceInfo: 'Lasku 123',
  debtorName: 'Matti Virtanen',
  debtorIban: 'FI7540050010012345',
  endToEndId: 'E2E-1',
  returnReasonCode: null,
  bankTransactionCode: 'PMNT/RCDT/ESCT',
};

describe('lineIdentity with a bank reference', () => {
  const referenced = { ...line, bankReference: '240315593497O10002' };

  it('is the reference within the account', () => {
    expect(lineIdentity(IBAN, referenced)).toBe('ref:FI2112345600000785:240315593497O10002');
  });

  it('does not change with the position or any other field', () => {
    const elsewhere = { ...referenced, position: 0, valueDate: '2024-03-15', remittanceInfo: null, endToEndId: null };
    expect(lineIdentity(IBAN, elsewhere)).toBe(lineIdentity(IBAN, referenced));
  });

  it('differs between accounts', () => {
    expect(lineIdentity('FI7540050010012345', referenced)).not.toBe(lineIdentity(IBAN, referenced));
  });
});

describe('lineIdentity without a bank reference', () => {
  it('is a SHA-256 that the same facts give again', () => {
    expect(lineIdentity(IBAN, line)).toMatch(new RegExp(`^${LINE_IDENTITY_HASH_PREFIX}[0-9a-f]{64}$`));
    expect(lineIdentity(IBAN, { ...line })).toBe(lineIdentity(IBAN, line));
  });

  it.each<[string, Partial<ParsedBankLine> | null, string]>([
    ['the position', { position: 4 }, IBAN],
    ['the booking date', { bookingDate: '2024-03-16' }, IBAN],
    ['the value date', { valueDate: '2024-03-15' }, IBAN],
    ['the amount', { amountMinor: 8991n }, IBAN],
    ['the currency', { currency: 'SEK' }, IBAN],
    ['the direction', { direction: 'DEBIT' }, IBAN],
    ['the end-to-end id', { endToEndId: null }, IBAN],
    ['the remittance text', { remittanceInfo: 'Lasku 124' }, IBAN],
    ['the account', null, 'FI7540050010012345'],
  ])('changes with %s', (_field, change, iban) => {
    expect(lineIdentity(iban, { ...line, ...change })).not.toBe(lineIdentity(IBAN, line));
  });

  it.each<[string, Partial<ParsedBankLine>]>([
    ['the structured reference', { reference: null }],
    ['the debtor', { debtorName: 'Someone Else', debtorIban: null }],
    ['the transaction code', { bankTransactionCode: null }],
  ])('does not change with %s, which the hash does not cover', (_field, change) => {
    expect(lineIdentity(IBAN, { ...line, ...change })).toBe(lineIdentity(IBAN, line));
  });

  it('cannot be forged by moving text from one field into the next', () => {
    const shifted = { ...line, endToEndId: 'E2E-1","Lasku', remittanceInfo: '123' };
    expect(lineIdentity(IBAN, shifted)).not.toBe(
      lineIdentity(IBAN, { ...line, endToEndId: 'E2E-1', remittanceInfo: 'Lasku","123' }),
    );
  });
});
