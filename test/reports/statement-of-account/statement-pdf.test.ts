// Proves the statement PDF as a customer's reader sees it, read back with poppler: names and
// addresses outside Latin-1, amounts and dates in en, fi-FI and de-DE, the balances and open items,
// a 200-entry statement with the table header and "page / pages" on every page, the embedded
// Unicode font, the title and author, and that the same statement gives the same bytes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { statementPdf } from '../../../src/reports/statement-of-account/statement-pdf.ts';
import type { StatementOfAccountInput } from '../../../src/reports/statement-of-account/statement-input.ts';
import { available } from '../../support/availability.ts';
import { entriesFrom, longStatement, shortStatement } from './statement-fixture.ts';

const folder = mkdtempSync(join(tmpdir(), 'saldo-statement-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let written = 0;
function saved(pdf: Buffer): string {
  const file = join(folder, `statement-${written++}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/** The text of each page, as `pdftotext -layout` lays it out, with no-break spaces as spaces. */
async function pagesOf(input: StatementOfAccountInput): Promise<string[]> {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', saved(await statementPdf(input)), '-'], {
    encoding: 'utf8',
  });
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .split('\f')
    .filter((page) => page.trim() !== '');
}

/** A page's text with runs of spaces made one, to find phrases whatever the column widths. */
const squeezed = (text: string) => text.replace(/ +/g, ' ');

// Only where global setup found pdftotext (test/support/availability.ts).
describe.runIf(available('pdftotext'))('statementPdf', () => {
  it('shows the organization, the customer and the billing address, letters outside Latin-1 included', async () => {
    const [page] = await pagesOf(shortStatement('en'));
    const text = squeezed(page!);
    for (const expected of [
      'Ærøskøbing Energi A/S',
      'Łukasz Żółć',
      'ul. Świętokrzyska 12/4',
      '00-916 Warszawa',
      'Poland',
      'Customer number C-1001',
      'Account number ACC-2024-0042',
      'Payment reference RF18539007547034',
      'Electricity, Świętokrzyska 12',
      'Statement of account',
    ]) {
      expect(text).toContain(expected);
    }
    // The address sits in the window, above the title: name first, then the lines in order.
    const order = ['Łukasz Żółć', 'ul. Świętokrzyska', '00-916 Warszawa', 'Poland', 'Statement of account\n'].map(
      (part) => text.indexOf(part),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The footer: the statement's name and the page of the whole (-layout may close up "1 / 1").
    expect(text).toMatch(/Ærøskøbing Energi A\/S · Statement of account · ACC-2024-0042 +1 ?\/ ?1\s*$/);
  });

  it.each([
    {
      locale: 'en',
      phrases: [
        'Period Mar 1, 2024 – Mar 31, 2024',
        'Date Apr 1, 2024',
        'Mar 1, 2024 Opening balance €12,345.67',
        'Mar 4, 2024 Electricity, February 2024 €89.90 €12,435.57',
        'Mar 11, 2024 Payment -€10,000.00 €2,435.57',
        'Mar 29, 2024 Interest through 29 March 2024 €12.34 €2,452.91',
        'Mar 31, 2024 Closing balance €2,452.91',
        'Feb 15, 2024 Electricity, January 2024 €2,345.67',
        'Total due €2,452.91',
      ],
    },
    {
      locale: 'fi-FI',
      phrases: [
        'Ajanjakso 1.3.2024 – 31.3.2024',
        'Päivämäärä 1.4.2024',
        '1.3.2024 Alkusaldo 12 345,67 €',
        '4.3.2024 Electricity, February 2024 89,90 € 12 435,57 €',
        '11.3.2024 Maksu −10 000,00 € 2 435,57 €',
        '31.3.2024 Loppusaldo 2 452,91 €',
        '15.2.2024 Electricity, January 2024 2 345,67 €',
        'Maksettavaa yhteensä 2 452,91 €',
        'Tiliote',
      ],
    },
    {
      locale: 'de-DE',
      phrases: [
        'Zeitraum 01.03.2024 – 31.03.2024',
        'Datum 01.04.2024',
        '01.03.2024 Anfangssaldo 12.345,67 €',
        '04.03.2024 Electricity, February 2024 89,90 € 12.435,57 €',
        '11.03.2024 Zahlung -10.000,00 € 2.435,57 €',
        '31.03.2024 Endsaldo 2.452,91 €',
        '15.02.2024 Electricity, January 2024 2.345,67 €',
        'Fällig insgesamt 2.452,91 €',
        'Kontoauszug',
      ],
    },
  ])('writes amounts, dates and balances in $locale', async ({ locale, phrases }) => {
    const pages = await pagesOf(shortStatement(locale));
    expect(pages).toHaveLength(1);
    const text = squeezed(pages[0]!);
    for (const phrase of phrases) expect(text).toContain(phrase);
  });

  it('lays 200 entries over pages, each with the table header and its number of the whole', async () => {
    const input = longStatement(200);
    const pages = await pagesOf(input);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, index) => {
      const lines = page
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      expect(lines.at(-1)).toMatch(new RegExp(`${index + 1} / ${pages.length}$`));
      const holdsEntries = /trn_01JQ8W3K2M/.test(page);
      if (holdsEntries) expect(squeezed(page)).toMatch(/Date Description Amount Balance/);
    });
    // Every entry once, in order, and the closing balance after the last one.
    const all = pages.join('\n');
    const ids = [...all.matchAll(/trn_01JQ8W3K2M[0-9]{16}/g)].map((match) => match[0]);
    expect(ids).toEqual(input.entries.map((entry) => entry.id));
    expect(squeezed(all)).toContain('Dec 31, 2024 Closing balance €599.00');
    expect(squeezed(pages.at(-1)!)).toContain('Total due €599.00');
  });

  it('says when the period has no entries and nothing is open', async () => {
    const input: StatementOfAccountInput = {
      ...shortStatement('en'),
      entries: [],
      closingBalanceMinor: 1_234_567n,
      openItems: [],
    };
    const text = squeezed((await pagesOf(input)).join('\n'));
    expect(text).toContain('No entries in this period.');
    expect(text).toContain('Nothing is open.');
    // The summary band: opening, closing, and nothing due.
    expect(text).toContain('Opening balance Closing balance Total due\n €12,345.67 €12,345.67 €0.00');
  });

  it('cuts a description too long for two lines with an ellipsis', async () => {
    const input = shortStatement('en');
    const long = `Electricity ${'and more '.repeat(60)}END`;
    const { entries, closingBalanceMinor } = entriesFrom(input.openingBalanceMinor, [
      { date: '2024-03-04', kind: 'CHARGE', description: long, amountMinor: 100n },
    ]);
    const text = (await pagesOf({ ...input, entries, closingBalanceMinor })).join('\n');
    expect(text).toContain('Electricity and more');
    expect(text).not.toContain('END');
    expect(text).toContain('…');
  });

  it('embeds a Unicode font, and no standard Latin-1 font', async () => {
    const fonts = execFileSync('pdffonts', [saved(await statementPdf(shortStatement('en')))], { encoding: 'utf8' });
    const rows = fonts
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/\+NotoSans-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    }
  });

  it('sets title, author and the creation date from the statement', async () => {
    const info = execFileSync('pdfinfo', ['-isodates', saved(await statementPdf(shortStatement('de-DE')))], {
      encoding: 'utf8',
    });
    expect(info).toMatch(/^Title:\s+Kontoauszug ACC-2024-0042, 01\.03\.2024 – 31\.03\.2024$/m);
    expect(info).toMatch(/^Author:\s+Ærøskøbing Energi A\/S$/m);
    expect(info).toMatch(/^CreationDate:\s+2024-03-31T22:30:00/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
  });

  it('gives the same bytes for the same statement', async () => {
    const first = await statementPdf(longStatement(40, 'fi-FI'));
    const second = await statementPdf(longStatement(40, 'fi-FI'));
    expect(first.equals(second)).toBe(true);
    const otherDay = await statementPdf({
      ...longStatement(40, 'fi-FI'),
      generatedAt: new Date('2025-01-03T08:00:00Z'),
    });
    expect(first.equals(otherDay)).toBe(false);
  });

  it('refuses a statement whose balances do not add up', async () => {
    const input = shortStatement('en');
    await expect(statementPdf({ ...input, closingBalanceMinor: 0n })).rejects.toThrow(/invariant violated/);
  });
});
