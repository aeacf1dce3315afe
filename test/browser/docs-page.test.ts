// Proves the /docs page in a real browser (headless Chromium): it renders the OpenAPI document
// with every API dialect as a section, marks the deprecated v1 customer reads, and expands an
// operation to show its parameters.
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { available, chromiumPath } from '../support/availability.ts';
import { type TestSaldo, startSaldo } from '../support/harness.ts';

const CHROMIUM = chromiumPath();

// Only where global setup found Chromium (test/support/availability.ts).
describe.runIf(available('chromium'))('the /docs page in Chromium', () => {
  let saldo: TestSaldo;
  let browser: Browser;
  beforeAll(async () => {
    saldo = await startSaldo('sqlite');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await saldo?.close();
  });

  it('shows every dialect, the deprecated v1 reads and an operation with its parameters', async () => {
    const page = await browser.newPage();
    await page.goto(`${saldo.baseUrl}/docs`);
    await expect
      .poll(() => page.locator('.swagger-ui .info .title').textContent(), { timeout: 15_000 })
      .toContain('Saldo');
    const sections = await page.locator('.opblock-tag').allTextContents();
    for (const tag of ['admin', 'org-api', 'v1-customers', 'v4-accounts', 'v1-families', 'operations']) {
      expect(sections.some((text) => text.startsWith(tag))).toBe(true);
    }
    // Both v1 customer reads are shown as deprecated.
    expect(await page.locator('.opblock-deprecated').count()).toBeGreaterThanOrEqual(2);

    const familyBalance = page.locator('.opblock-summary', { hasText: '/v1/families/{familyId}/balance' }).first();
    await familyBalance.click();
    await expect.poll(() => page.locator('.parameters-container').first().textContent()).toContain('familyId');
    await page.screenshot({ path: `${process.env.TMPDIR ?? '/tmp'}/saldo-docs.png`, fullPage: false });
    await page.close();
  });
});
