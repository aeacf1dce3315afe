/** Every date-dependent decision reads one clock, so tests and `as_of` can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests set by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date = new Date()) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(to: Date | string): void {
    this.current = new Date(to);
  }
}

// Building an Intl.DateTimeFormat is costly (it showed in profiles of every write); one per zone.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const DATE_FORMATS_MAX = 1000;

function dateFormatOf(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    if (dateFormats.size >= DATE_FORMATS_MAX) dateFormats.clear();
    dateFormats.set(timeZone, format);
  }
  return format;
}

/**
 * The last date worked out per zone, with the second it holds for. Reads ask for today's date on
 * every request; a zone's offset is a whole number of seconds, so within one second the answer
 * cannot change, and under load most requests find it here instead of formatting it anew.
 */
const lastDates = new Map<string, { second: number; date: string }>();

/** The calendar date (YYYY-MM-DD) of an instant in a time zone (IANA name, UTC by default). */
export function calendarDate(instant: Date, timeZone = 'UTC'): string {
  const second = Math.floor(instant.getTime() / 1000);
  const last = lastDates.get(timeZone);
  if (last !== undefined && last.second === second) return last.date;
  const date = formatDate(instant, timeZone);
  if (last === undefined && lastDates.size >= DATE_FORMATS_MAX) lastDates.clear();
  lastDates.set(timeZone, { second, date });
  return date;
}

function formatDate(instant: Date, timeZone: string): string {
  if (timeZone === 'UTC') return instant.toISOString().slice(0, 10);
  const parts = dateFormatOf(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Adds whole months to a YYYY-MM-DD date, clamping to the month's last day (Jan 31 + 1 → Feb 28/29). */
export function addMonths(date: string, months: number): string {
  // Counted on the date's digits: two Date objects and an ISO string cost more than the read
  // (v1's upcoming window) that asks for this on every request.
  const monthIndex = Number(date.slice(5, 7)) - 1 + months;
  const yearsOver = Math.floor(monthIndex / 12);
  const year = Number(date.slice(0, 4)) + yearsOver;
  const month = monthIndex - yearsOver * 12 + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const twoDigits = (value: number): string => (value < 10 ? `0${value}` : String(value));

export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const t = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === text;
}
