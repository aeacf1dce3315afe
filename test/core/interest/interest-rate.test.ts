// Proves that an annual rate in percent is read exactly into millionths from the number's decimal
// text (exponent forms too), that everything outside 0–100 with at most 4 decimals is refused
// with validation_failed at the caller's pointer, and that a held rate prints back exactly.
import { describe, expect, it } from 'vitest';
import { SaldoError } from '../../../src/core/errors.ts';
import { interestRatePercent, interestRateText, parseInterestRate } from '../../../src/core/interest/interest-rate.ts';

const POINTER = 'interest.annualRatePercent';

describe('parseInterestRate', () => {
  it.each([
    [0, 0n],
    [100, 1_000_000n],
    [7.25, 72_500n],
    [0.0001, 1n],
    [1e-4, 1n],
    [99.9999, 999_999n],
    [12.5, 125_000n],
    [8, 80_000n],
    [-0, 0n],
    [5e1, 500_000n],
    [0.1, 1_000n],
  ])('%s %% is %s millionths', (value, millionths) => {
    expect(parseInterestRate(value, POINTER)).toBe(millionths);
  });

  it.each([
    ['above 100', 100.0001],
    ['five decimals', 7.12345],
    ['below a ten-thousandth', 1e-7],
    ['an exponent with a fraction below a ten-thousandth', 1.5e-5],
    ['negative', -1],
    ['a negative ten-thousandth', -0.0001],
    ['a float sum that is not 0.3', 0.1 + 0.2],
    ['huge', 1e21],
    ['NaN', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
    ['minus infinity', Number.NEGATIVE_INFINITY],
    ['text', '7'],
    ['null', null],
    ['a bigint', 7n],
  ])('refuses %s', (_name, value) => {
    let error: unknown;
    try {
      parseInterestRate(value, POINTER);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(SaldoError);
    expect((error as SaldoError).code).toBe('validation_failed');
    expect((error as SaldoError).field).toBe(POINTER);
  });
});

describe('interestRateText and interestRatePercent', () => {
  it.each([
    [0n, '0', 0],
    [1n, '0.0001', 0.0001],
    [72_500n, '7.25', 7.25],
    [80_000n, '8', 8],
    [999_999n, '99.9999', 99.9999],
    [1_000_000n, '100', 100],
  ])('%s millionths is %s %%', (millionths, text, percent) => {
    expect(interestRateText(millionths)).toBe(text);
    expect(interestRatePercent(millionths)).toBe(percent);
  });

  it('reads back every rate it writes, from 0 to 100 % in ten-thousandths', () => {
    for (let millionths = 0n; millionths <= 1_000_000n; millionths += 997n) {
      expect(parseInterestRate(interestRatePercent(millionths), POINTER)).toBe(millionths);
    }
  });
});
