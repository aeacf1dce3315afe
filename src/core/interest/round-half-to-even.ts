/**
 * Rounding of an exact fraction to a whole number of minor units, half to even ("banker's
 * rounding"): a remainder of exactly one half goes to the even neighbour, so over many bookings
 * the halves round up as often as down and no side gains from the rule.
 */
import { assert } from '../errors.ts';

/** numerator / denominator rounded half to even; the denominator is positive. */
export function roundHalfToEven(numerator: bigint, denominator: bigint): bigint {
  assert(denominator > 0n, 'a rounding denominator is positive');
  // Rounding is symmetric around zero: round the magnitude, give the sign back.
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const quotient = magnitude / denominator;
  const twiceRemainder = (magnitude % denominator) * 2n;
  let rounded = quotient;
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n)) {
    rounded = quotient + 1n;
  }
  return negative ? -rounded : rounded;
}
