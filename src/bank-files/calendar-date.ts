/** Calendar dates of bank files, checked to exist, as `YYYY-MM-DD`. */

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
// The date part of an ISO 8601 date-time is the day in the bank's own offset: that is its day.
const ISO_DATE_TIME =
  /^([0-9]{4}-[0-9]{2}-[0-9]{2})T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,9})?(?:Z|[+-][0-9]{2}:[0-9]{2})?$/;

export function isExistingDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` when `text` is an existing date in that form, else null. */
export function isoDate(text: string): string | null {
  const parts = ISO_DATE.exec(text);
  if (parts === null) return null;
  return isExistingDate(Number(parts[1]), Number(parts[2]), Number(parts[3])) ? text : null;
}

/** The date of an ISO 8601 date-time (`2024-03-15T10:00:00+02:00` → `2024-03-15`), else null. */
export function dateOfDateTime(text: string): string | null {
  const parts = ISO_DATE_TIME.exec(text);
  return parts === null ? null : isoDate(parts[1]!);
}
