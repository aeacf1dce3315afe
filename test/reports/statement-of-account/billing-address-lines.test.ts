// Proves how an account's billing address becomes window-envelope lines: street lines first, the
// locality in the country's form, the country named in the organization's locale, a c/o name
// only when it is not the customer's, and never more lines than the window holds.
import { describe, expect, it } from 'vitest';
import { billingAddressLines } from '../../../src/reports/statement-of-account/billing-address-lines.ts';
import { BILLING_ADDRESS_LINES_MAX } from '../../../src/reports/statement-of-account/statement-input.ts';

describe('billingAddressLines', () => {
  it.each([
    [
      'Finland, in Finnish',
      { line1: 'Mannerheimintie 1 A 5', postal_code: '00100', city: 'Helsinki', country: 'FI' },
      'fi-FI',
      ['Mannerheimintie 1 A 5', '00100 Helsinki', 'Suomi'],
    ],
    [
      'Poland, in English, with a c/o name',
      {
        name: 'c/o Anna Kowalska',
        line1: 'ul. Świętokrzyska 12/4',
        postal_code: '00-916',
        city: 'Warszawa',
        country: 'PL',
      },
      'en',
      ['c/o Anna Kowalska', 'ul. Świętokrzyska 12/4', '00-916 Warszawa', 'Poland'],
    ],
    [
      'the United States, region in the locality line',
      { line1: '1600 Pennsylvania Ave NW', city: 'Washington', region: 'DC', postal_code: '20500', country: 'US' },
      'en',
      ['1600 Pennsylvania Ave NW', 'Washington, DC 20500', 'United States'],
    ],
    [
      'the United Kingdom, postcode on its own line',
      { line1: '10 Downing Street', city: 'London', postal_code: 'SW1A 2AA', country: 'GB' },
      'de-DE',
      ['10 Downing Street', 'London', 'SW1A 2AA', 'Vereinigtes Königreich'],
    ],
    [
      'a region elsewhere, on the line after the locality',
      { line1: 'Calle Mayor 1', postal_code: '28013', city: 'Madrid', region: 'Madrid', country: 'ES' },
      'en',
      ['Calle Mayor 1', '28013 Madrid', 'Madrid', 'Spain'],
    ],
    [
      'no country',
      { line1: 'Storgatan 1', postal_code: '111 22', city: 'Stockholm' },
      'sv-SE',
      ['Storgatan 1', '111 22 Stockholm'],
    ],
    [
      "the customer's own name is not repeated",
      { name: 'Łukasz Żółć', line1: 'Rynek 1', postal_code: '31-042', city: 'Kraków', country: 'PL' },
      'en',
      ['Rynek 1', '31-042 Kraków', 'Poland'],
    ],
  ])('%s', (_name, address, locale, lines) => {
    expect(billingAddressLines(address, 'Łukasz Żółć', locale)).toEqual(lines);
  });

  it('has no lines without an address', () => {
    expect(billingAddressLines(null, 'Łukasz Żółć', 'en')).toEqual([]);
  });

  it('gives way in the street lines when every field is filled, keeping locality and country', () => {
    const lines = billingAddressLines(
      {
        name: 'Accounts payable',
        line1: 'Building 4',
        line2: 'Floor 3',
        line3: 'Room 301',
        postal_code: '00100',
        city: 'Helsinki',
        region: 'Uusimaa',
        country: 'FI',
      },
      'Acme Oy',
      'en',
    );
    expect(lines).toHaveLength(BILLING_ADDRESS_LINES_MAX);
    expect(lines.slice(-3)).toEqual(['00100 Helsinki', 'Uusimaa', 'Finland']);
    expect(lines[0]).toBe('Accounts payable');
  });
});
