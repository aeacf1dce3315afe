// Proves that statement amounts are written in the locale from their exact decimal value (every
// digit beyond 2^53 kept, the currency's own decimals), dates as calendar days that never shift,
// and the generation date as the day in the organization's time zone.
import { describe, expect, it } from 'vitest';
import { statementFormats, statementLocale } from '../../../src/reports/statement-of-account/statement-format.ts';
import { kindLabel, statementLabels } from '../../../src/reports/statement-of-account/statement-labels.ts';

/** Intl writes no-break spaces (U+00A0, U+202F) where a person sees a space. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('statementFormats', () => {
  it.each([
    ['en', 'EUR', 1_234_567n, '€12,345.67'],
    ['en', 'EUR', -1_000_000n, '-€10,000.00'],
    ['fi-FI', 'EUR', 1_234_567n, '12 345,67 €'],
    ['fi-FI', 'EUR', -1_000_000n, '−10 000,00 €'],
    ['de-DE', 'EUR', 1_234_567n, '12.345,67 €'],
    ['de-DE', 'EUR', -1_000_000n, '-10.000,00 €'],
    ['sv-SE', 'SEK', 1_234_567n, '12 345,67 kr'],
    ['en', 'JPY', 1_234_567n, '¥1,234,567'],
    ['en', 'BHD', 1_234_567n, 'BHD 1,234.567'],
    ['en', 'EUR', 0n, '€0.00'],
    ['en', 'EUR', 5n, '€0.05'],
    // 2^53 + 1 minor units: a float would print …992 instead of …993.
    ['en', 'EUR', 9_007_199_254_740_993n, '€90,071,992,547,409.93'],
    ['de-DE', 'EUR', 123_456_789_012_345_678n, '1.234.567.890.123.456,78 €'],
  ])('%s %s %s is %s', (locale, currency, minor, written) => {
    expect(spaced(statementFormats(locale, currency, 'UTC').amount(minor))).toBe(written);
  });

  it.each([
    ['en', '2024-03-05', 'Mar 5, 2024'],
    ['fi-FI', '2024-03-05', '5.3.2024'],
    ['de-DE', '2024-03-05', '05.03.2024'],
    ['en', '2024-02-29', 'Feb 29, 2024'],
  ])('%s writes %s as %s', (locale, day, written) => {
    expect(statementFormats(locale, 'EUR', 'Pacific/Kiritimati').date(day)).toBe(written);
  });

  it("dates an instant by the day in the organization's time zone", () => {
    const lateEvening = new Date('2024-03-31T22:30:00Z');
    expect(statementFormats('en', 'EUR', 'Europe/Helsinki').dateOfInstant(lateEvening)).toBe('Apr 1, 2024');
    expect(statementFormats('en', 'EUR', 'America/New_York').dateOfInstant(lateEvening)).toBe('Mar 31, 2024');
  });

  it('defaults the locale to en and canonicalizes what it is given', () => {
    expect(statementLocale(undefined)).toBe('en');
    expect(statementLocale('fi-fi')).toBe('fi-FI');
    expect(() => statementLocale('not a locale!')).toThrow(RangeError);
  });
});

describe('statementLabels', () => {
  it.each([
    ['en', 'Statement of account'],
    ['en-GB', 'Statement of account'],
    ['fi-FI', 'Tiliote'],
    ['de-DE', 'Kontoauszug'],
    ['de-CH', 'Kontoauszug'],
    ['sv-FI', 'Kontoutdrag'],
    ['fr-FR', 'Statement of account'],
  ])('%s: %s', (locale, title) => {
    expect(statementLabels(locale).title).toBe(title);
  });

  it('names a known kind and spells out an unknown one', () => {
    expect(kindLabel(statementLabels('de-DE'), 'PAYMENT')).toBe('Zahlung');
    expect(kindLabel(statementLabels('en'), 'SOME_NEW_KIND')).toBe('Some new kind');
  });
});
