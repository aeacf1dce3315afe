// Proves the check-digit algorithms of payment references against published valid references,
// and that every derived reference validates and every single-digit corruption is caught.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  finnishCheckDigit,
  isFinnishValid,
  isLuhnValid,
  isRfValid,
  luhnCheckDigit,
  rfCheckDigits,
} from '../../../src/core/payment-references/check-digits.ts';
import {
  assertReference,
  canDeriveFrom,
  deriveReference,
  isValidReference,
} from '../../../src/core/payment-references/payment-reference.ts';
import { SaldoError } from '../../../src/core/errors.ts';

describe('MOD10 (Luhn)', () => {
  it.each([
    ['7992739871', '3'],
    ['123456789', '7'], // the seed's example reference 1234567897
    ['4539578763621486'.slice(0, -1), '6'],
    ['0', '0'],
  ])('base %s has check digit %s', (base, check) => {
    expect(luhnCheckDigit(base)).toBe(check);
    expect(isLuhnValid(base + check)).toBe(true);
  });

  it.each(['79927398710', '1234567890', '1', '', '12a4', '4539578763621487'])('refuses %s', (number) => {
    expect(isLuhnValid(number)).toBe(false);
  });
});

describe('FINNISH_7_3_1', () => {
  it.each([
    ['123', '2'],
    ['1234567', '2'],
    ['1009', '0'],
    ['100', '9'],
  ])('base %s has check digit %s', (base, check) => {
    expect(finnishCheckDigit(base)).toBe(check);
    expect(isFinnishValid(base + check)).toBe(true);
  });

  it.each(['1231', '12345671', '123', '12a2', `${'1'.repeat(20)}0`])('refuses %s', (number) => {
    expect(isFinnishValid(number)).toBe(false);
  });
});

describe('RF (ISO 11649)', () => {
  it.each([
    ['539007547034', '18'],
    ['2348231', '71'],
    ['1', '74'],
  ])('body %s has check digits %s', (body, check) => {
    expect(rfCheckDigits(body)).toBe(check);
    expect(isRfValid(`RF${check}${body}`)).toBe(true);
  });

  it.each([
    'RF19539007547034',
    'RF18539007547035',
    'XX18539007547034',
    'RF18',
    `RF00${'A'.repeat(22)}`,
    'rf18539007547034',
  ])('refuses %s', (number) => {
    expect(isRfValid(number)).toBe(false);
  });
});

describe('payment references', () => {
  it('normalizes spaces and letter case, then validates', () => {
    expect(assertReference('RF', 'rf18 5390 0754 7034')).toEqual({ type: 'RF', number: 'RF18539007547034' });
    expect(assertReference('MOD10', '1234567897')).toEqual({ type: 'MOD10', number: '1234567897' });
  });

  it.each([
    ['MOD10', '1234567890'],
    ['FINNISH_7_3_1', '1231'],
    ['RF', 'RF19539007547034'],
  ] as const)('refuses a %s reference with a wrong check: %s', (type, number) => {
    expect(() => assertReference(type, number)).toThrow(SaldoError);
    try {
      assertReference(type, number);
    } catch (error) {
      expect((error as SaldoError).code).toBe('payment_reference_invalid');
      expect((error as SaldoError).field).toBe('paymentReference.number');
    }
  });

  it('derives valid references of every type from any suitable base', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{2,18}$/), (base) => {
        for (const type of ['MOD10', 'FINNISH_7_3_1', 'RF'] as const) {
          expect(canDeriveFrom(type, base)).toBe(true);
          const reference = deriveReference(type, base);
          expect(isValidReference(type, reference.number)).toBe(true);
        }
      }),
    );
  });

  it('catches every single-digit change of a derived reference', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9][0-9]{2,18}$/),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (base, position, delta) => {
          for (const type of ['MOD10', 'FINNISH_7_3_1', 'RF'] as const) {
            const number = deriveReference(type, base).number;
            const digits = [...number].map((c, i) => ({ c, i })).filter(({ c }) => /[0-9]/.test(c));
            const { c, i } = digits[position % digits.length]!;
            const changed = number.slice(0, i) + String((Number(c) + delta) % 10) + number.slice(i + 1);
            // The Finnish 7-3-1 scheme misses no single-digit change either: 7, 3 and 1 are prime to 10.
            expect(isValidReference(type, changed)).toBe(false);
          }
        },
      ),
    );
  });

  it('says which bases cannot carry a type', () => {
    expect(canDeriveFrom('FINNISH_7_3_1', '12')).toBe(false);
    expect(canDeriveFrom('MOD10', 'AB12')).toBe(false);
    expect(canDeriveFrom('RF', 'A'.repeat(22))).toBe(false);
  });
});
