/**
 * Money and dates as people read them. Amounts travel as integers of minor units and are turned
 * into decimal text exactly (never through floating point); dates of the ledger are calendar days
 * and shown as such, instants in the organization's time zone.
 */

const exponents = new Map<string, number>();

/** Digits after the decimal point in the currency (EUR 2, JPY 0, BHD 3), as ISO 4217 says. */
export function currencyExponent(currency: string): number {
  let exponent = exponents.get(currency);
  if (exponent === undefined) {
    try {
      exponent =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      exponent = 2;
    }
    exponents.set(currency, exponent);
  }
  return exponent;
}

/** `-12345` EUR → `-123.45`: the exact decimal text of a minor-unit amount. */
export function minorToDecimal(minor: number | bigint, currency: string): string {
  const exponent = currencyExponent(currency);
  const negative = minor < 0;
  const digits = (negative ? -BigInt(minor) : BigInt(minor)).toString().padStart(exponent + 1, '0');
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = exponent === 0 ? '' : `.${digits.slice(-exponent)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** An amount in the currency's own format for the reader's language: `€1,234.50`. */
export function formatMoney(minor: number | bigint, currency: string): string {
  const exponent = currencyExponent(currency);
  const format = new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  });
  // Intl formats decimal strings exactly (no float rounding).
  return format.format(minorToDecimal(minor, currency) as unknown as number);
}

/**
 * What a person typed (`12.50`, `12,5`, `1 234.00`) as minor units, or an explanation of why it
 * is no amount of the currency. Only positive amounts: direction is the action's.
 */
export function parseAmount(text: string, currency: string): { minor: number } | { problem: string } {
  const exponent = currencyExponent(currency);
  const compact = text.replace(/[\s\u00a0']/g, '');
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(compact);
  if (!match) return { problem: 'Enter an amount such as 12.50.' };
  const fraction = match[2] ?? '';
  if (fraction.length > exponent)
    return {
      problem: exponent === 0 ? `${currency} has no decimals.` : `${currency} has ${exponent} decimals at most.`,
    };
  const minor = BigInt(match[1]! + fraction.padEnd(exponent, '0'));
  if (minor <= 0n) return { problem: 'The amount must be more than zero.' };
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { problem: 'The amount is too large.' };
  return { minor: Number(minor) };
}

/** A calendar day of the ledger (`2026-03-15`), shown without any time-zone shift. */
export function formatDate(day: string): string {
  const parsed = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return day;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(parsed);
}

/** An instant in the organization's time zone: `15 Mar 2026, 12:00`. */
export function formatInstant(instant: string, timeZone: string): string {
  const parsed = new Date(instant);
  if (Number.isNaN(parsed.getTime())) return instant;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(parsed);
}

/** Today as a calendar day in the time zone. */
export function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

/** `ACCOUNT_TO_CLOSE` → `To close`. */
export function statusLabel(status: string): string {
  const words = status
    .replace(/^ACCOUNT_/, '')
    .toLowerCase()
    .replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `PAYMENT` → `Payment`. */
export function kindLabel(kind: string): string {
  const words = kind.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
