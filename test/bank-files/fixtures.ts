// Reads the statement fixtures, and builds expected bank lines with every optional field null.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedBankLine } from '../../src/core/bank-statements/statement-file.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'bank-statements');

export function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURES, name));
}

type Required = Pick<
  ParsedBankLine,
  'position' | 'bankReference' | 'bookingDate' | 'valueDate' | 'amountMinor' | 'direction'
>;

/** A complete expected line: EUR, not a reversal, every optional field null unless given. */
export function expectedLine(fields: Required & Partial<ParsedBankLine>): ParsedBankLine {
  return {
    currency: 'EUR',
    reversal: false,
    reference: null,
    remittanceInfo: null,
    debtorName: null,
    debtorIban: null,
    endToEndId: null,
    returnReasonCode: null,
    bankTransactionCode: null,
    ...fields,
  };
}
