// Proves rounding half to even of exact fractions: below a half goes down, above goes up, and an
// exact half goes to the even neighbour, upwards (x.5 with x odd) and downwards (x even), for
// negative amounts too.
import { describe, expect, it } from 'vitest';
import { roundHalfToEven } from '../../../src/core/interest/round-half-to-even.ts';

describe('roundHalfToEven', () => {
  it.each([
    ['0.5 goes down to 0', 1n, 2n, 0n],
    ['1.5 goes up to 2', 3n, 2n, 2n],
    ['2.5 goes down to 2', 5n, 2n, 2n],
    ['3.5 goes up to 4', 7n, 2n, 4n],
    ['-0.5 goes to 0', -1n, 2n, 0n],
    ['-1.5 goes to -2', -3n, 2n, -2n],
    ['-2.5 goes to -2', -5n, 2n, -2n],
    ['0.4999… goes down', 499_999n, 1_000_000n, 0n],
    ['0.5000…1 goes up', 500_001n, 1_000_000n, 1n],
    ['2.49 goes down', 249n, 100n, 2n],
    ['2.51 goes up', 251n, 100n, 3n],
    ['an exact whole stays', 365_000_000n * 200n, 365_000_000n, 200n],
    ['zero stays zero', 0n, 365_000_000n, 0n],
    ['a half over a large denominator', 182_500_000n, 365_000_000n, 0n],
    ['one and a half over a large denominator', 547_500_000n, 365_000_000n, 2n],
  ])('%s', (_name, numerator, denominator, rounded) => {
    expect(roundHalfToEven(numerator, denominator)).toBe(rounded);
  });

  it('refuses a denominator that is not positive', () => {
    expect(() => roundHalfToEven(1n, 0n)).toThrow(/invariant violated/);
  });
});
