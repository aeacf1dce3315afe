// Proves the calendar arithmetic every due date rests on: the date of an instant in a time zone
// (around midnight and across zones), month steps clamped to month ends, and day counts.
import { expect, it } from 'vitest';
import { addDays, addMonths, calendarDate, daysBetween, isCalendarDate } from '../../src/core/clock.ts';

it.each([
  ['2026-03-15T23:30:00Z', 'UTC', '2026-03-15'],
  ['2026-03-15T23:30:00Z', 'Europe/Helsinki', '2026-03-16'],
  ['2026-03-15T02:00:00Z', 'America/New_York', '2026-03-14'],
  ['2026-12-31T15:00:00Z', 'Asia/Tokyo', '2027-01-01'],
  ['2024-02-29T12:00:00Z', 'UTC', '2024-02-29'],
])('the date of %s in %s is %s', (instant, zone, date) => {
  expect(calendarDate(new Date(instant), zone)).toBe(date);
  // Asked again (from the cached format), the answer is the same.
  expect(calendarDate(new Date(instant), zone)).toBe(date);
});

it('answers each zone its own date within one second, and the next date a second after midnight', () => {
  const lastSecond = new Date('2026-03-15T21:59:59.999Z'); // 23:59:59 in Helsinki
  expect(calendarDate(lastSecond, 'Europe/Helsinki')).toBe('2026-03-15');
  expect(calendarDate(lastSecond, 'Asia/Tokyo')).toBe('2026-03-16');
  expect(calendarDate(lastSecond, 'UTC')).toBe('2026-03-15');
  expect(calendarDate(new Date('2026-03-15T21:59:59.000Z'), 'Europe/Helsinki')).toBe('2026-03-15');
  expect(calendarDate(new Date('2026-03-15T22:00:00.000Z'), 'Europe/Helsinki')).toBe('2026-03-16');
  // Back in time (a moved clock) the date follows as well.
  expect(calendarDate(new Date('2026-03-15T21:59:59.500Z'), 'Europe/Helsinki')).toBe('2026-03-15');
  expect(() => calendarDate(new Date(Number.NaN))).toThrow(RangeError);
});

it('steps months to the same day, clamped to the month end', () => {
  expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  expect(addMonths('2100-01-29', 1)).toBe('2100-02-28');
  expect(addMonths('2000-03-31', -1)).toBe('2000-02-29');
  expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
});

it('steps months as the calendar of Date does, for every day of 1999–2001 and steps of up to four years', () => {
  // The oracle: the same month step taken with Date's own calendar.
  const byDate = (date: string, months: number): string => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
    return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
  };
  let mismatches = 0;
  for (let day = '1999-01-01'; day <= '2001-12-31'; day = addDays(day, 1))
    for (let months = -48; months <= 48; months += 1)
      if (addMonths(day, months) !== byDate(day, months)) mismatches += 1;
  expect(mismatches).toBe(0);
});

it('counts days and checks dates', () => {
  expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  expect(daysBetween('2026-03-01', '2026-03-15')).toBe(14);
  expect(daysBetween('2026-03-15', '2026-03-01')).toBe(-14);
  expect(isCalendarDate('2026-02-29')).toBe(false);
  expect(isCalendarDate('2024-02-29')).toBe(true);
  expect(isCalendarDate('2026-3-1')).toBe(false);
});
