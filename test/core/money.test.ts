// Proves the major-unit numbers v1 and v4 show: each is the double Number() reads from the exact
// decimal text, for currencies of every exponent, at the edges where a double stops holding a
// count exactly and across random amounts, so the quotient taken for speed never differs from it.
import { expect, it } from 'vitest';
import { AMOUNT_MINOR_MAX, currencyExponent, toMajorUnits, toMajorUnitsText } from '../../src/core/money.ts';

const CURRENCIES = ['JPY', 'EUR', 'BHD', 'CLF'];

it('writes the exact decimal text of an amount in major units', () => {
  expect(toMajorUnitsText(12_345n, 'EUR')).toBe('123.45');
  expect(toMajorUnitsText(-5n, 'EUR')).toBe('-0.05');
  expect(toMajorUnitsText(1_234n, 'JPY')).toBe('1234');
  expect(toMajorUnitsText(1n, 'BHD')).toBe('0.001');
  expect(CURRENCIES.map(currencyExponent)).toEqual([0, 2, 3, 4]);
});

it('shows the double of the exact text, at the edges of exact doubles', () => {
  const edges = [0n, 1n, -1n, 5n, 10n ** 15n, AMOUNT_MINOR_MAX, 2n ** 53n, 2n ** 53n + 1n, 2n ** 53n - 1n, 2n ** 60n];
  for (const currency of CURRENCIES)
    for (const edge of edges)
      for (const amount of [edge, -edge])
        expect(toMajorUnits(amount, currency)).toBe(Number(toMajorUnitsText(amount, currency)));
  expect(toMajorUnits(12_345n, 'EUR')).toBe(123.45);
  expect(toMajorUnits(-1n, 'EUR')).toBe(-0.01);
});

it('shows the double of the exact text for random amounts of every size', () => {
  // A fixed linear congruential sequence: the same amounts on every run.
  let state = 20_261_130n;
  const next = () => (state = (state * 6_364_136_223_846_793_005n + 1_442_695_040_888_963_407n) % 2n ** 64n);
  let differing = 0;
  for (let i = 0; i < 50_000; i++) {
    const digits = 1n + (next() % 17n);
    const amount = (next() % 10n ** digits) * (next() % 2n === 0n ? 1n : -1n);
    for (const currency of CURRENCIES)
      if (!Object.is(toMajorUnits(amount, currency), Number(toMajorUnitsText(amount, currency)))) differing += 1;
  }
  expect(differing).toBe(0);
});
