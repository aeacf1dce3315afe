/**
 * Amounts and dates written the way the organization's locale writes them. The locale changes
 * the formats (digit grouping, decimal mark, currency sign placement, day-month order), and the
 * language of the labels where statement-labels.ts has one.
 *
 * An amount is formatted from its exact decimal text (`"-1234.50"`), which `Intl.NumberFormat`
 * takes as an exact decimal: it never becomes a binary float, so even amounts beyond 2^53 minor
 * units print every digit.
 */
import { calendarDate } from '../../core/clock.ts';
import { toMajorUnitsText } from '../../core/money.ts';
import { STATEMENT_LOCALE_DEFAULT } from './statement-input.ts';

export interface StatementFormats {
  /** The canonical locale the statement is written in. */
  locale: string;
  amount(amountMinor: bigint): string;
  /** A calendar date (YYYY-MM-DD) in the locale's medium form: "Mar 5, 2024", "5.3.2024". */
  date(day: string): string;
  /** The calendar date of an instant in the organization's time zone, written as `date` writes it. */
  dateOfInstant(instant: Date): string;
}

/** The locale as `Intl` spells it; an absent one is STATEMENT_LOCALE_DEFAULT. Throws on text that is no BCP 47 tag. */
export function statementLocale(locale: string | undefined): string {
  const [canonical] = Intl.getCanonicalLocales(locale ?? STATEMENT_LOCALE_DEFAULT);
  return canonical ?? STATEMENT_LOCALE_DEFAULT;
}

export function statementFormats(locale: string | undefined, currency: string, timeZone: string): StatementFormats {
  const canonical = statementLocale(locale);
  const amountFormat = new Intl.NumberFormat(canonical, { style: 'currency', currency });
  // A calendar date is a day, not an instant: written at UTC midnight in UTC, it cannot shift.
  const dateFormat = new Intl.DateTimeFormat(canonical, { dateStyle: 'medium', timeZone: 'UTC' });
  const date = (day: string) => dateFormat.format(new Date(`${day}T00:00:00Z`));
  return {
    locale: canonical,
    amount: (amountMinor) => amountFormat.format(toMajorUnitsText(amountMinor, currency) as `${number}`),
    date,
    dateOfInstant: (instant) => date(calendarDate(instant, timeZone)),
  };
}
