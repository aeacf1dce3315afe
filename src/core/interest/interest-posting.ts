/**
 * When a run books an account's interest, by the policy's `posting`:
 * - `EACH_RUN`: every run that finds something to book;
 * - `MONTHLY` (the default): the first run in a calendar month of `as_of` — that is, when the
 *   account's last interest booking was in an earlier month, or never.
 *
 * A run that was due but booked nothing (the amount rounded to 0) leaves the last booking where
 * it was, so the next run in the month tries again; a run whose `as_of` lies in or before the
 * month of the last booking books nothing, so replaying a past day never posts twice.
 */
export const INTEREST_POSTINGS = ['MONTHLY', 'EACH_RUN'] as const;
export type InterestPosting = (typeof INTEREST_POSTINGS)[number];
export const INTEREST_POSTING_DEFAULT: InterestPosting = 'MONTHLY';

/** `YYYY-MM` of a `YYYY-MM-DD` date. */
const monthOf = (day: string): string => day.slice(0, 7);

export function isInterestPostingDue(posting: InterestPosting, lastBookedOn: string | null, asOf: string): boolean {
  if (posting === 'EACH_RUN') return true;
  return lastBookedOn === null || monthOf(lastBookedOn) < monthOf(asOf);
}
