// Proves the console's money and date formatting (console/src/format.ts): minor units become exact
// decimal text by the currency's exponent, typed amounts become minor units or a reason why not,
// and ledger days are shown without a time-zone shift.
import { expect, it } from 'vitest';
import { formatDate, formatMoney, minorToDecimal, parseAmount } from '../../console/src/format.ts';

it.each([
  [12345, 'EUR', '123.45'],
  [-5, 'EUR', '-0.05'],
  [0, 'EUR', '0.00'],
  [1500, 'JPY', '1500'],
  [1234, 'BHD', '1.234'],
  [9007199254740991, 'EUR', '90071992547409.91'],
])('writes %i minor units of %s as %s', (minor, currency, text) => {
  expect(minorToDecimal(minor, currency)).toBe(text);
});

it('formats amounts in the currency, exactly', () => {
  expect(formatMoney(-15000, 'EUR').replace(/\s/g, ' ')).toMatch(/-?€?150\.00|150,00/);
  expect(formatMoney(9007199254740991, 'EUR')).toContain('90,071,992,547,409.91');
});

it.each([
  ['12.50', 'EUR', { minor: 1250 }],
  ['12,5', 'EUR', { minor: 1250 }],
  ['1 234.00', 'EUR', { minor: 123400 }],
  ['7', 'JPY', { minor: 7 }],
  ['0.001', 'BHD', { minor: 1 }],
  ['12.345', 'EUR', { problem: 'EUR has 2 decimals at most.' }],
  ['1.5', 'JPY', { problem: 'JPY has no decimals.' }],
  ['0', 'EUR', { problem: 'The amount must be more than zero.' }],
  ['-3', 'EUR', { problem: 'Enter an amount such as 12.50.' }],
  ['abc', 'EUR', { problem: 'Enter an amount such as 12.50.' }],
  ['1e3', 'EUR', { problem: 'Enter an amount such as 12.50.' }],
  ['99999999999999999', 'EUR', { problem: 'The amount is too large.' }],
])('reads %s %s', (text, currency, expected) => {
  expect(parseAmount(text, currency)).toEqual(expected);
});

it('shows a ledger day as that day, whatever the zone', () => {
  expect(formatDate('2026-03-01')).toContain('2026');
  expect(formatDate('2026-03-01')).toMatch(/\b1\b/);
  expect(formatDate('not a day')).toBe('not a day');
});
