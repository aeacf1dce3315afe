// Proves that decimal amount text becomes exact minor units by the currency's exponent, and that
// every malformed or out-of-range amount is refused as statement_invalid naming where it was.
import { describe, expect, it } from 'vitest';
import {
  DECIMAL_AMOUNT_TEXT_LENGTH_MAX,
  type DecimalMark,
  parseDecimalAmount,
} from '../../src/bank-files/decimal-amount.ts';
import { SaldoError } from '../../src/core/errors.ts';
import { AMOUNT_MINOR_MAX } from '../../src/core/money.ts';

function refusal(text: string, currency: string, mark: DecimalMark): SaldoError {
  try {
    parseDecimalAmount(text, currency, mark, 'Stmt[0]/Ntry[3]/Amt');
  } catch (error) {
    if (error instanceof SaldoError) return error;
    throw error;
  }
  throw new Error(`'${text}' was accepted`);
}

describe('parseDecimalAmount', () => {
  it.each<[string, string, DecimalMark, bigint]>([
    ['1234.56', 'EUR', '.', 123456n],
    ['0.01', 'EUR', '.', 1n],
    ['0', 'EUR', '.', 0n],
    ['12', 'EUR', '.', 1200n],
    ['12.', 'EUR', '.', 1200n],
    ['12.5', 'EUR', '.', 1250n],
    ['12.50000', 'EUR', '.', 1250n],
    ['0012.50', 'EUR', '.', 1250n],
    ['1500', 'JPY', '.', 1500n],
    ['1500.000', 'JPY', '.', 1500n],
    ['1.234', 'BHD', '.', 1234n],
    ['1234,56', 'EUR', ',', 123456n],
    ['1234,', 'EUR', ',', 123400n],
    ['1234,5', 'EUR', ',', 123450n],
    ['0,01', 'EUR', ',', 1n],
    ['7,', 'JPY', ',', 7n],
    ['10000000000000.00', 'EUR', '.', AMOUNT_MINOR_MAX],
    ['123456789012.34', 'EUR', '.', 12345678901234n],
  ])('%s %s (mark %s) is %d minor units', (text, currency, mark, expected) => {
    expect(parseDecimalAmount(text, currency, mark, 'here')).toBe(expected);
  });

  it.each<[string, string, DecimalMark, string]>([
    ['', 'EUR', '.', 'is not an amount'],
    ['-12.50', 'EUR', '.', 'is not an amount'],
    ['+12.50', 'EUR', '.', 'is not an amount'],
    ['1.2E3', 'EUR', '.', 'is not an amount'],
    ['1e3', 'EUR', '.', 'is not an amount'],
    ['12 50', 'EUR', '.', 'is not an amount'],
    [' 12.50', 'EUR', '.', 'is not an amount'],
    ['12,50', 'EUR', '.', 'is not an amount'],
    ['12.50', 'EUR', ',', 'is not an amount'],
    ['1.234,56', 'EUR', ',', 'is not an amount'],
    ['1234', 'EUR', ',', 'is not an amount'],
    [',50', 'EUR', ',', 'is not an amount'],
    ['.50', 'EUR', '.', 'is not an amount'],
    ['0x1F', 'EUR', '.', 'is not an amount'],
    ['12.5.0', 'EUR', '.', 'is not an amount'],
    ['١٢٣', 'EUR', '.', 'is not an amount'],
    ['12.345', 'EUR', '.', 'more decimals than EUR has (2)'],
    ['12,345', 'EUR', ',', 'more decimals than EUR has (2)'],
    ['1500.5', 'JPY', '.', 'more decimals than JPY has (0)'],
    ['1.2345', 'BHD', '.', 'more decimals than BHD has (3)'],
    ['10000000000000.01', 'EUR', '.', 'above the largest amount'],
    ['99999999999999999', 'EUR', '.', 'above the largest amount'],
    [
      '1'.repeat(DECIMAL_AMOUNT_TEXT_LENGTH_MAX + 1),
      'EUR',
      '.',
      `longer than ${DECIMAL_AMOUNT_TEXT_LENGTH_MAX} characters`,
    ],
  ])('refuses %j in %s (mark %s): %s', (text, currency, mark, problem) => {
    const error = refusal(text, currency, mark);
    expect(error.code).toBe('statement_invalid');
    expect(error.detail).toContain('Stmt[0]/Ntry[3]/Amt: ');
    expect(error.detail).toContain(problem);
  });
});
