/**
 * When a failed webhook delivery is attempted again: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h
 * after the 1st to 7th failures, and never after the 8th (the delivery is then FAILED). About
 * 27 h 35 min from first to last attempt, so a receiver that is down for a day still gets it.
 */
import { assert } from '../core/errors.ts';

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;

/** The delay after the n-th failed attempt is `RETRY_DELAYS_MS[n - 1]`. */
export const RETRY_DELAYS_MS: readonly number[] = [
  5 * SECOND_MS,
  5 * MINUTE_MS,
  30 * MINUTE_MS,
  2 * HOUR_MS,
  5 * HOUR_MS,
  10 * HOUR_MS,
  10 * HOUR_MS,
];

/** The first attempt and one per retry delay. */
export const DELIVERY_ATTEMPTS_MAX = RETRY_DELAYS_MS.length + 1;

/** At most this share of a delay is added by `withJitter`. */
export const JITTER_SHARE_MAX = 0.1;

/**
 * How long to wait after `failedAttempts` failed attempts (1-based: 1 after the first one), or
 * null when that was the last attempt and the delivery is FAILED.
 */
export function nextAttemptDelayMs(failedAttempts: number): number | null {
  assert(Number.isInteger(failedAttempts) && failedAttempts >= 1, 'a retry follows at least one failed attempt');
  return RETRY_DELAYS_MS[failedAttempts - 1] ?? null;
}

/**
 * The delay made up to 10 % longer, at random: when a receiver comes back after an outage,
 * the deliveries that failed together do not all arrive again in the same second. Only ever
 * longer, so "retried after 5 s" still holds. `random` returns a number in [0, 1).
 */
export function withJitter(delayMs: number, random: () => number = Math.random): number {
  return delayMs + Math.floor(delayMs * JITTER_SHARE_MAX * random());
}
