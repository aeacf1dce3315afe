// Proves the webhook retry schedule: after failed attempts 1 to 7 the next comes 5 s, 5 min,
// 30 min, 2 h, 5 h, 10 h and 10 h later; after the 8th there is none; the jitter only ever
// lengthens a delay, by at most a tenth.
import { describe, expect, it } from 'vitest';
import {
  DELIVERY_ATTEMPTS_MAX,
  JITTER_SHARE_MAX,
  nextAttemptDelayMs,
  RETRY_DELAYS_MS,
  withJitter,
} from '../../src/webhooks/retry-schedule.ts';

describe('nextAttemptDelayMs', () => {
  it.each([
    [1, 5_000],
    [2, 300_000],
    [3, 1_800_000],
    [4, 7_200_000],
    [5, 18_000_000],
    [6, 36_000_000],
    [7, 36_000_000],
    [8, null],
    [9, null],
    [1000, null],
  ])('after %i failed attempt(s): %s', (failedAttempts, expected) => {
    expect(nextAttemptDelayMs(failedAttempts)).toBe(expected);
  });

  it('allows eight attempts over 27 h 35 min 5 s', () => {
    expect(DELIVERY_ATTEMPTS_MAX).toBe(8);
    let failedAttempts = 1;
    let elapsedMs = 0;
    for (let delay = nextAttemptDelayMs(failedAttempts); delay !== null; delay = nextAttemptDelayMs(failedAttempts)) {
      elapsedMs += delay;
      failedAttempts += 1;
    }
    expect(failedAttempts).toBe(DELIVERY_ATTEMPTS_MAX);
    expect(elapsedMs).toBe(((27 * 60 + 35) * 60 + 5) * 1000);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s failed attempts as a bug', (failedAttempts) => {
    expect(() => nextAttemptDelayMs(failedAttempts)).toThrow(/invariant/);
  });
});

describe('withJitter', () => {
  it.each(RETRY_DELAYS_MS.map((delay) => [delay]))('keeps %i ms within [delay, delay × 1.1)', (delay) => {
    expect(withJitter(delay, () => 0)).toBe(delay);
    expect(withJitter(delay, () => 0.5)).toBe(delay + Math.floor(delay * 0.05));
    const longest = withJitter(delay, () => 0.999_999);
    expect(longest).toBeGreaterThan(delay);
    expect(longest).toBeLessThan(delay * (1 + JITTER_SHARE_MAX));
  });

  it('spreads delays with the default random source', () => {
    const delays = new Set(Array.from({ length: 100 }, () => withJitter(36_000_000)));
    expect(delays.size).toBeGreaterThan(1);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(36_000_000);
  });
});
