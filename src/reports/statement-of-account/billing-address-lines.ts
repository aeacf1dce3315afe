/**
 * An account's billing address as the lines a window envelope shows under the customer's name,
 * in the order postal services read them: street lines, then the locality line in the country's
 * usual form, then the country, named in the organization's locale.
 *
 * The locality line: `City, REGION POSTCODE` where the region is part of it (US, CA, AU);
 * city and postcode on lines of their own in the UK; `POSTCODE City` everywhere else (most of
 * Europe), with a region, when given, on the line after it.
 */
import type { BillingAddress } from '../../core/accounts/account.ts';
import { BILLING_ADDRESS_LINES_MAX } from './statement-input.ts';

const REGION_IN_LOCALITY = new Set(['US', 'CA', 'AU']);
const POSTCODE_ON_OWN_LINE = new Set(['GB']);

const present = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

function localityLines(address: BillingAddress): string[] {
  const { city, region, postal_code: postalCode, country } = address;
  if (country !== undefined && REGION_IN_LOCALITY.has(country)) {
    const regionAndCode = [region, postalCode].filter(present).join(' ');
    return [[city, regionAndCode].filter(present).join(', ')].filter(present);
  }
  if (country !== undefined && POSTCODE_ON_OWN_LINE.has(country)) return [city, region, postalCode].filter(present);
  return [[postalCode, city].filter(present).join(' '), region].filter(present);
}

/**
 * The lines under the customer's name. The address's own `name` (a c/o or a department) comes
 * first when it is not the customer's name. At most BILLING_ADDRESS_LINES_MAX lines: beyond that
 * the street lines give way, so the locality and the country always show.
 */
export function billingAddressLines(address: BillingAddress | null, customerName: string, locale: string): string[] {
  if (address === null) return [];
  const country = present(address.country)
    ? (new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(address.country) ?? address.country)
    : undefined;
  const head = [
    address.name !== customerName ? address.name : undefined,
    address.line1,
    address.line2,
    address.line3,
  ].filter(present);
  const tail = [...localityLines(address), country].filter(present);
  return [...head.slice(0, Math.max(0, BILLING_ADDRESS_LINES_MAX - tail.length)), ...tail];
}
