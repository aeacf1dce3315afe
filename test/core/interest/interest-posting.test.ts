// Proves when interest is booked: monthly on the first run in a month of as_of after the last
// booking (never again for a day in that month or before it), or on every run.
import { describe, expect, it } from 'vitest';
import { isInterestPostingDue } from '../../../src/core/interest/interest-posting.ts';

describe('isInterestPostingDue', () => {
  it.each([
    ['MONTHLY', null, '2025-03-14', true],
    ['MONTHLY', '2025-02-28', '2025-03-01', true],
    ['MONTHLY', '2025-03-01', '2025-03-31', false],
    ['MONTHLY', '2025-03-01', '2025-03-01', false],
    ['MONTHLY', '2025-03-15', '2025-02-20', false],
    ['MONTHLY', '2024-12-31', '2025-01-01', true],
    ['MONTHLY', '2025-01-31', '2024-12-31', false],
    ['EACH_RUN', '2025-03-01', '2025-03-01', true],
    ['EACH_RUN', null, '2025-03-01', true],
  ] as const)('%s, last booked %s, run on %s: %s', (posting, lastBookedOn, asOf, due) => {
    expect(isInterestPostingDue(posting, lastBookedOn, asOf)).toBe(due);
  });
});
