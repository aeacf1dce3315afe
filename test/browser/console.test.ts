// Proves the console in a real browser (headless Chromium) over a real Saldo, on SQLite and
// PostgreSQL: signing in and out, a wrong password, an expired session; finding a customer by
// number and by payment reference; a payment that changes the balance and open items, and its
// reversal; a status change; a viewer without write actions (the API refusing them 403); a clerk
// without the dunning policy's setup; matching an unmatched bank line to an account found by search, and ignoring one; an admin disabling an operator whose open session ends at
// once, and a one-time password that leads to changing it; an operator of another organization seeing nothing of this one; the aging report
// with its chart and the aging CSV downloaded; and an axe-core scan of
// every page with no serious or critical violation. It screenshots every page into docs/images.
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureConsoleBuilt } from '../../src/http/console/build.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { ROOT_KEY, type TestSaldo, startSaldo } from '../support/harness.ts';
import { type WebhookReceiver, startReceiver } from '../support/webhook-receiver.ts';
import { available, chromiumPath } from '../support/availability.ts';
import { camt053 } from '../support/camt.ts';
import { WebhookDispatcher } from '../../src/webhooks/dispatcher.ts';

const CHROMIUM = chromiumPath();
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const IMAGES = new URL('../../docs/images/', import.meta.url).pathname;
const PASSWORD = 'correct horse battery staple';
const START = '2026-03-15T10:00:00Z';
/** How soon a page must show its data. */
const PAGE_READY_MS = 1000;

interface Seeded {
  customerId: string;
  accountId: string;
  accountNumber: string;
  paymentReference: string;
  otherCustomerId: string;
}

// Only where global setup found Chromium (test/support/availability.ts).
describe.runIf(available('chromium'))('the console', () => {
  describeEachDatabase('the console in Chromium', (kind) => {
    let saldo: TestSaldo;
    let browser: Browser;
    let seeded: Seeded;
    let receiver: WebhookReceiver;
    let dispatcher: WebhookDispatcher | undefined;
    const screenshots = kind === 'sqlite';

    async function operator(slug: string, email: string, role: 'viewer' | 'clerk' | 'admin'): Promise<string> {
      const answer = await saldo.request('POST', `/admin/organizations/${slug}/operators`, {
        key: ROOT_KEY,
        body: { email, role, password: PASSWORD },
      });
      if (answer.status !== 201) throw new Error(`operator: ${answer.status} ${answer.text}`);
      return answer.body.id;
    }

    async function seed(): Promise<Seeded> {
      const created = await saldo.request('POST', '/admin/organizations', {
        key: ROOT_KEY,
        body: { slug: 'acme', name: 'Acme Utilities', time_zone: 'Europe/Helsinki' },
      });
      expect(created.status).toBe(201);
      const { key } = await saldo.issueKey('acme', [
        'CUSTOMER_WRITE',
        'CUSTOMER_ACCOUNT_READ',
        'CUSTOMER_ACCOUNT_WRITE',
        'FAMILY_WRITE',
      ]);
      const post = async (path: string, body: unknown) => {
        const answer = await saldo.request('POST', `/orgs/acme${path}`, { key, body });
        if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${answer.text}`);
        return answer.body;
      };
      const customer = await post('/customers', {
        number: '1001',
        name: 'Maija Meikäläinen',
        email: 'maija@example.com',
      });
      await post('/customers', { number: '1002', name: 'Matti Virtanen', email: 'matti@example.com' });
      const account = await post(`/customers/${customer.id}/accounts`, {
        modality: 'POSTPAID',
        currency: 'EUR',
        name: 'Electricity',
        payment_method: { type: 'DIRECT_DEBIT', details: { iban: 'DE89370400440532013000' } },
        payment_reference: { type: 'MOD10' },
      });
      await post(`/accounts/${account.account_id}/entries`, {
        type: 'CHARGE',
        amount: 10_000,
        due_date: '2026-02-01',
        description: 'February electricity',
      });
      await post(`/accounts/${account.account_id}/entries`, {
        type: 'CHARGE',
        amount: 5_000,
        due_date: '2026-04-01',
        description: 'March electricity',
      });
      const family = await post('/families', { name: 'Meikäläinen household', currency: 'EUR' });
      expect(
        (await saldo.request('PUT', `/orgs/acme/families/${family.id}/members/${customer.id}`, { key })).status,
      ).toBe(204);
      const read = await saldo.request('GET', `/orgs/acme/accounts/${account.account_id}`, { key });
      const setupKey = (await saldo.issueKey('acme', ['CUSTOMER_ACCOUNT_WRITE'])).key;
      expect(
        (
          await saldo.request('PUT', '/orgs/acme/dunning-policy', {
            key: setupKey,
            body: {
              levels: [
                { name: 'Reminder', days_past_due: 14 },
                { name: 'Final notice', days_past_due: 30 },
              ],
              debt_collection_after_days: 60,
            },
          })
        ).status,
      ).toBe(200);
      expect((await saldo.request('POST', '/orgs/acme/dunning-runs', { key: setupKey, body: {} })).status).toBe(201);
      for (const [email, role] of [
        ['ann@acme.example', 'admin'],
        ['carl@acme.example', 'clerk'],
        ['vera@acme.example', 'viewer'],
        ['dora@acme.example', 'clerk'],
      ] as const) {
        await operator('acme', email, role);
      }
      // Another organization, with a customer of the same number and its own admin.
      expect(
        (
          await saldo.request('POST', '/admin/organizations', {
            key: ROOT_KEY,
            body: { slug: 'globex', name: 'Globex' },
          })
        ).status,
      ).toBe(201);
      const globexKey = (await saldo.issueKey('globex', ['CUSTOMER_WRITE'])).key;
      const other = await saldo.request('POST', '/orgs/globex/customers', {
        key: globexKey,
        body: { number: '2001', name: 'Globex customer' },
      });
      await operator('globex', 'gus@globex.example', 'admin');
      // A bank statement whose lines no rule can place: the unmatched queue of the reconciliation page.
      const statement = await saldo.request('POST', '/orgs/acme/bank-statements', {
        key,
        rawBody: camt053('ACME-2026-03-14', [
          { amount: '42.00', text: 'Sähkölasku maaliskuu', debtorIban: 'FI7540050010012345', bankReference: 'A1' },
          { amount: '15.50', text: 'Palautus', bankReference: 'A2' },
          { amount: '9.90', text: 'Lahjoitus', bankReference: 'A3' },
        ]),
        headers: { 'content-type': 'application/xml' },
      });
      expect(statement.status, statement.text).toBe(201);
      return {
        customerId: customer.id,
        accountId: account.account_id,
        accountNumber: read.body.number,
        paymentReference: read.body.payment_reference.number,
        otherCustomerId: other.body.id,
      };
    }

    beforeAll(async () => {
      await ensureConsoleBuilt();
      saldo = await startSaldo(kind, {
        signInLimits: { perEmail: 100, perAddress: 1000 },
        allowPrivateWebhookUrls: true,
        wakeDelivery: () => dispatcher?.wake(),
      });
      saldo.clock.set(START);
      // A receiver that is down: deliveries wait for their retry, and the console retries one.
      receiver = await startReceiver();
      receiver.answer = () => ({ status: 500 });
      dispatcher = new WebhookDispatcher(saldo.store, saldo.clock, { allowPrivateUrls: true, timeoutMs: 1000 }).start();
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
      seeded = await seed();
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
      await dispatcher?.stop();
      await receiver?.close();
      await saldo?.close();
    });

    async function context(options: { axe?: boolean } = {}): Promise<BrowserContext> {
      // axe-core is injected as a script of its own, which the console's CSP rightly refuses.
      const created = await browser.newContext({
        locale: 'en-US',
        viewport: { width: 1280, height: 860 },
        bypassCSP: options.axe === true,
      });
      // A missing element fails the test within seconds, not at the test's own timeout.
      created.setDefaultTimeout(10_000);
      return created;
    }

    async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
      await page.goto(`${saldo.baseUrl}/console/sign-in`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
    }

    async function signedIn(email: string, options: { axe?: boolean } = {}): Promise<Page> {
      const page = await (await context(options)).newPage();
      await signIn(page, email);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Customers');
      // Its data loaded too, so nothing is still in flight when a test moves the clock.
      await expect.poll(() => page.locator('.state[role="status"]').count()).toBe(0);
      return page;
    }

    const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"]`).textContent();

    it('signs in, refuses a wrong password, and signs out', async () => {
      const page = await (await context()).newPage();
      await signIn(page, 'ann@acme.example', 'not the password at all');
      await expect.poll(() => page.getByRole('alert').textContent()).toBe('The email or the password is not right.');
      await signIn(page, 'nobody@acme.example');
      await expect.poll(() => page.getByRole('alert').textContent()).toBe('The email or the password is not right.');
      await signIn(page, 'ann@acme.example');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Customers');
      expect(page.url()).toBe(`${saldo.baseUrl}/console/customers`);
      const cookie = (await page.context().cookies()).find((each) => each.name === 'saldo_session')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect.poll(() => page.locator('p.notice').textContent()).toBe('You have signed out.');
      expect((await page.request.get(`${saldo.baseUrl}/console/api/session`)).status()).toBe(401);
      await page.context().close();
    });

    it('ends a session left idle past its expiry', async () => {
      const page = await signedIn('carl@acme.example');
      saldo.clock.set(new Date(Date.parse(START) + 31 * 60_000));
      try {
        await page.getByRole('link', { name: 'Dunning' }).click();
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in to the console');
        await expect.poll(() => page.locator('p.notice').textContent()).toBe('Your session has ended. Sign in again.');
      } finally {
        saldo.clock.set(START);
      }
      await page.context().close();
    });

    it('finds a customer by number and by payment reference', async () => {
      const page = await signedIn('vera@acme.example');
      for (const search of ['1001', seeded.paymentReference.replace(/(\d{4})/g, '$1 ').trim()]) {
        await page.getByLabel('Search').fill(search);
        await page.getByRole('button', { name: 'Search', exact: true }).click();
        await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
        expect(await page.locator('tbody tr').textContent()).toContain('Maija Meikäläinen');
      }
      await page.getByRole('link', { name: '1001' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Maija Meikäläinen');
      await expect.poll(() => page.locator('table').first().textContent()).toContain('Final notice');
      await expect.poll(() => page.locator('body').textContent()).toContain('Meikäläinen household');
      await page.context().close();
    });

    it('posts a payment that changes the balance and open items, then reverses it, and changes the status', async () => {
      const page = await signedIn('carl@acme.example');
      await page.goto(`${saldo.baseUrl}/console/accounts/${seeded.accountId}`);
      await expect.poll(() => figure(page, 'balance')).toBe('-€150.00');
      await page.getByRole('button', { name: 'Record payment' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Amount (EUR)').fill('12x');
      await dialog.getByRole('button', { name: 'Record payment' }).click();
      await expect.poll(() => dialog.locator('.field-error').textContent()).toBe('Enter an amount such as 12.50.');
      await dialog.getByLabel('Amount (EUR)').fill('120.00');
      await dialog.getByLabel('Description').fill('Bank transfer');
      await dialog.getByRole('button', { name: 'Record payment' }).click();
      await expect.poll(() => figure(page, 'balance')).toBe('-€30.00');
      expect(await figure(page, 'open')).toBe('€30.00');
      const openItems = page.locator('table').nth(0);
      await expect.poll(() => openItems.locator('tbody tr').count()).toBe(1);
      expect(await openItems.textContent()).toContain('March electricity');

      await page.getByRole('button', { name: 'Reverse payment of €120.00' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Reverse entry' }).click();
      await expect.poll(() => figure(page, 'balance')).toBe('-€150.00');
      await expect.poll(() => openItems.locator('tbody tr').count()).toBe(2);

      await page.getByRole('button', { name: 'Change status' }).click();
      await page.getByRole('dialog').getByLabel('New status').selectOption('ACCOUNT_BLOCKED');
      await page.getByRole('dialog').getByRole('button', { name: 'Change status' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Blocked');
      const answer = await saldo.request('GET', `/orgs/acme/audit-events`, {
        key: (await saldo.issueKey('acme', ['CUSTOMER_READ'])).key,
      });
      const statusChange = answer.body.data.find((event: any) => event.action.includes('status'));
      expect(statusChange.actor_operator.email).toBe('carl@acme.example');
      await page.context().close();
    });

    it('writes off part of what an account owes, and refunds a credit left by an overpayment', async () => {
      // An organization of its own, so the customers and figures the other tests expect stay as they are.
      const created = await saldo.request('POST', '/admin/organizations', {
        key: ROOT_KEY,
        body: { slug: 'initech', name: 'Initech' },
      });
      expect(created.status, created.text).toBe(201);
      const key = (await saldo.issueKey('initech', ['CUSTOMER_WRITE', 'CUSTOMER_ACCOUNT_WRITE'])).key;
      const post = async (path: string, body: unknown) => {
        const answer = await saldo.request('POST', `/orgs/initech${path}`, { key, body });
        expect(answer.status, answer.text).toBe(201);
        return answer.body;
      };
      const customer = await post('/customers', { number: '1003', name: 'Liisa Laine' });
      const account = await post(`/customers/${customer.id}/accounts`, {
        modality: 'POSTPAID',
        currency: 'EUR',
        payment_method: { type: 'DIRECT_DEBIT', details: { iban: 'DE89370400440532013000' } },
      });
      await post(`/accounts/${account.account_id}/entries`, { type: 'CHARGE', amount: 2_000, due_date: '2026-02-01' });
      await operator('initech', 'iris@initech.example', 'clerk');

      const page = await signedIn('iris@initech.example');
      await page.goto(`${saldo.baseUrl}/console/accounts/${account.account_id}`);
      await expect.poll(() => figure(page, 'open')).toBe('€20.00');
      expect(await page.getByRole('button', { name: 'Refund' }).count()).toBe(0); // no credit to pay back yet
      await page.getByRole('button', { name: 'Write off' }).click();
      const writeOff = page.getByRole('dialog');
      await writeOff.getByLabel('Amount (EUR)').fill('5.00');
      await writeOff.getByLabel('Reason').fill('Goodwill after a complaint');
      await writeOff.getByRole('button', { name: 'Write off' }).click();
      await expect.poll(() => figure(page, 'open')).toBe('€15.00');
      expect(await figure(page, 'balance')).toBe('-€15.00');

      await page.getByRole('button', { name: 'Record payment' }).click();
      await page.getByRole('dialog').getByLabel('Amount (EUR)').fill('30.00');
      await page.getByRole('dialog').getByRole('button', { name: 'Record payment' }).click();
      await expect.poll(() => figure(page, 'unallocated')).toBe('€15.00');
      await page.getByRole('button', { name: 'Refund' }).click();
      const refund = page.getByRole('dialog');
      await refund.getByLabel('Amount (EUR)').fill('20.00');
      await refund.getByRole('button', { name: 'Refund' }).click();
      // More than the credit: the API's refusal is shown in the dialog, and nothing is booked.
      await expect.poll(() => refund.textContent()).toMatch(/credit|unallocated/i);
      expect(await figure(page, 'unallocated')).toBe('€15.00');
      await refund.getByLabel('Amount (EUR)').fill('15.00');
      await refund.getByRole('button', { name: 'Refund' }).click();
      await expect.poll(() => figure(page, 'unallocated')).toBe('€0.00');
      expect(await figure(page, 'balance')).toBe('€0.00');
      await page.context().close();
    });

    it('matches an unmatched bank line to an account found by search, and ignores another', async () => {
      const page = await signedIn('carl@acme.example');
      await page.getByRole('link', { name: 'Reconciliation' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Bank reconciliation');
      const queue = page.locator('table').nth(0);
      await expect.poll(() => queue.locator('tbody tr').count()).toBe(3);
      expect(await queue.textContent()).toContain('No rule found an account');
      const before = (
        await saldo.request('GET', `/orgs/acme/accounts/${seeded.accountId}`, {
          key: (await saldo.issueKey('acme', ['CUSTOMER_ACCOUNT_READ'])).key,
        })
      ).body.balance;

      await page.getByRole('button', { name: 'Match the line of 42.00 EUR' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Find the account').fill('1001');
      await dialog.getByRole('button', { name: 'Search' }).click();
      await dialog.getByRole('button', { name: `Match to ${seeded.accountNumber}` }).click();
      await expect.poll(() => queue.locator('tbody tr').count()).toBe(2);
      const reader = (await saldo.issueKey('acme', ['CUSTOMER_ACCOUNT_READ'])).key;
      const after = (await saldo.request('GET', `/orgs/acme/accounts/${seeded.accountId}`, { key: reader })).body
        .balance;
      expect(after - before).toBe(4_200);
      const matched = (await saldo.request('GET', '/orgs/acme/bank-lines?status=MATCHED', { key: reader })).body.data;
      expect(matched.map((line: any) => [line.amount, line.match, line.account_id])).toEqual([
        [4_200, 'MANUAL', seeded.accountId],
      ]);

      await page.getByRole('button', { name: 'Ignore the line of 15.50 EUR' }).click();
      await page.getByRole('dialog').getByLabel('Why it needs no payment').fill('Refund from a supplier');
      await page.getByRole('dialog').getByRole('button', { name: 'Ignore the line' }).click();
      await expect.poll(() => queue.locator('tbody tr').count()).toBe(1);
      const ignored = (await saldo.request('GET', '/orgs/acme/bank-lines?status=IGNORED', { key: reader })).body.data;
      expect(ignored.map((line: any) => line.reason)).toEqual(['Refund from a supplier']);
      await page.context().close();
    });

    it('shows a viewer no write actions, and the API refuses them 403', async () => {
      const page = await signedIn('vera@acme.example');
      await page.goto(`${saldo.baseUrl}/console/accounts/${seeded.accountId}`);
      await expect.poll(() => page.locator('[data-figure="balance"]').count()).toBe(1);
      await expect.poll(() => page.locator('table').count()).toBe(2);
      expect(await page.getByRole('group', { name: 'Account actions' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /Reverse/ }).count()).toBe(0);
      await page.getByRole('link', { name: 'Dunning' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dunning');
      expect(await page.getByRole('button', { name: 'Run dunning now' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Operators' }).count()).toBe(0);
      const status = await page.evaluate(
        (accountId) =>
          fetch(`/orgs/acme/accounts/${accountId}/payments`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ amount: 100 }),
          }).then((r) => r.status),
        seeded.accountId,
      );
      expect(status).toBe(403);
      await page.context().close();
    });

    it('lets a clerk run dunning but not change the policy', async () => {
      const page = await signedIn('carl@acme.example');
      await page.getByRole('link', { name: 'Dunning' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Dunning');
      await expect.poll(() => page.getByRole('button', { name: 'Run dunning now' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Edit policy' }).count()).toBe(0);
      const status = await page.evaluate(() =>
        fetch('/orgs/acme/dunning-policy', {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ levels: [] }),
        }).then((r) => r.status),
      );
      expect(status).toBe(403);
      await page.context().close();
    });

    it('ends the open session of an operator an admin disables', async () => {
      const dora = await signedIn('dora@acme.example');
      const ann = await signedIn('ann@acme.example');
      await ann.getByRole('link', { name: 'Operators' }).click();
      // The API's problem is shown at the field its pointer names.
      await ann.getByRole('button', { name: 'Add an operator' }).click();
      const form = ann.getByRole('dialog');
      await form.getByLabel('Email').fill('eve@acme.example');
      await form.getByLabel('One-time password').fill('too short');
      await form.getByRole('button', { name: 'Add operator' }).click();
      await expect
        .poll(() => form.locator('#operator-create-password-error').textContent())
        .toBe('A password has at least 12 characters.');
      expect(await form.getByLabel('One-time password').getAttribute('aria-invalid')).toBe('true');
      await form.getByRole('button', { name: 'Cancel' }).click();
      await ann.getByRole('button', { name: 'Disable dora@acme.example' }).click();
      await ann.getByRole('dialog').getByRole('button', { name: 'Disable operator' }).click();
      await expect.poll(() => ann.locator('tbody').textContent()).toContain('Disabled');
      // What dora's page was answered, for the failure's message: this step once failed on a
      // loaded machine with the Dunning page still shown, and the answers tell why.
      const answered: string[] = [];
      dora.on('response', (response) => answered.push(`${response.status()} ${new URL(response.url()).pathname}`));
      dora.on('requestfailed', (request) => answered.push(`failed ${new URL(request.url()).pathname}`));
      await dora.getByRole('link', { name: 'Dunning' }).click();
      await expect
        .poll(() => dora.getByRole('heading', { level: 1 }).textContent())
        .toBe('Sign in to the console')
        .catch((error: unknown) => {
          throw new Error(`${String(error)}; dora's page was answered: ${answered.join(', ') || 'nothing'}`);
        });
      await signIn(dora, 'dora@acme.example');
      await expect.poll(() => dora.getByRole('alert').textContent()).toBe('The email or the password is not right.');

      // Enabled again with a one-time password: the first sign-in leads to changing it, and nowhere else.
      await ann.getByRole('button', { name: 'Enable dora@acme.example' }).click();
      await ann.getByRole('dialog').getByRole('button', { name: 'Enable operator' }).click();
      await expect.poll(() => ann.getByRole('button', { name: 'Disable dora@acme.example' }).count()).toBe(1);
      await ann.getByRole('button', { name: 'Set a one-time password for dora@acme.example' }).click();
      await ann.getByRole('dialog').getByLabel('One-time password for dora@acme.example').fill('given by ann for once');
      await ann.getByRole('dialog').getByRole('button', { name: 'Set password' }).click();
      await expect.poll(() => ann.locator('tbody').textContent()).toContain('One-time password');
      await signIn(dora, 'dora@acme.example', 'given by ann for once');
      await expect.poll(() => dora.getByRole('heading', { level: 1 }).textContent()).toBe('Change your password');
      await dora.goto(`${saldo.baseUrl}/console/customers`);
      await expect.poll(() => dora.getByRole('heading', { level: 1 }).textContent()).toBe('Change your password');
      await dora.getByLabel('Current password').fill('given by ann for once');
      await dora.getByLabel('New password', { exact: true }).fill('dora chose this one');
      await dora.getByLabel('New password again').fill('dora chose this one');
      await dora.getByRole('button', { name: 'Change password' }).click();
      await expect.poll(() => dora.getByRole('heading', { level: 1 }).textContent()).toBe('Customers');
      await expect.poll(() => dora.locator('tbody tr').count()).toBe(2);
      await dora.context().close();
      await ann.context().close();
    });

    it('shows an operator of another organization nothing of this one', async () => {
      const page = await signedIn('gus@globex.example');
      await page.getByLabel('Search').fill('1001');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect.poll(() => page.locator('.state.empty').textContent()).toBe('No customer matches “1001”.');
      await page.goto(`${saldo.baseUrl}/console/customers/${seeded.customerId}`);
      await expect.poll(() => page.getByRole('alert').textContent()).toBe('Not found.');
      const statuses = await page.evaluate(
        ([customerId, accountId]) =>
          Promise.all([
            fetch('/orgs/acme/customers').then((r) => r.status),
            fetch(`/orgs/globex/customers/${customerId}`).then((r) => r.status),
            fetch(`/orgs/globex/accounts/${accountId}`).then((r) => r.status),
          ]),
        [seeded.customerId, seeded.accountId] as const,
      );
      expect(statuses).toEqual([404, 404, 404]);
      await page.context().close();
    });

    it('lets an admin add a webhook endpoint, see its deliveries and retry one', async () => {
      const page = await signedIn('ann@acme.example');
      await page.getByRole('link', { name: 'Webhooks' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Webhooks');
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      await page.getByRole('dialog').getByLabel('URL').fill(receiver.url);
      await page.getByRole('dialog').getByLabel('Event types').fill('entry.posted');
      await page.getByRole('dialog').getByRole('button', { name: 'Add endpoint' }).click();
      await expect.poll(() => page.locator('p.notice code').textContent()).toMatch(/^whsec_/);
      await expect.poll(() => page.locator('tbody tr').first().textContent()).toContain(receiver.url);

      const { key } = await saldo.issueKey('acme', ['CUSTOMER_ACCOUNT_WRITE']);
      const charge = await saldo.request('POST', `/orgs/acme/accounts/${seeded.accountId}/entries`, {
        key,
        body: { type: 'CHARGE', amount: 1200, description: 'Webhook test' },
      });
      expect(charge.status).toBe(201);
      await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBeGreaterThan(0);
      const deliveries = page.getByRole('region', { name: 'Deliveries, newest first' });
      await expect
        .poll(
          async () => {
            await page.getByRole('button', { name: 'Refresh' }).click();
            return deliveries.locator('tbody tr').first().textContent();
          },
          { timeout: 10_000 },
        )
        .toContain('500');
      await page.getByLabel('Status').selectOption('PENDING');
      await expect.poll(() => deliveries.locator('tbody tr').count()).toBe(1);
      const received = receiver.received.length;
      await deliveries.getByRole('button', { name: /^Retry entry\.posted/ }).click();
      await expect
        .poll(() => page.locator('p.notice[role="status"]').last().textContent())
        .toMatch(/is attempted again now\.$/);
      await expect.poll(() => receiver.received.length, { timeout: 10_000 }).toBeGreaterThan(received);
      // A clerk has no webhooks: they are the organization's setup.
      const clerk = await signedIn('carl@acme.example');
      expect(await clerk.getByRole('link', { name: 'Webhooks' }).count()).toBe(0);
      expect((await clerk.request.get(`${saldo.baseUrl}/orgs/acme/webhook-endpoints`)).status()).toBe(403);
    });

    it('shows the aging report with its chart and downloads the aging CSV', async () => {
      const page = await signedIn('vera@acme.example');
      await page.goto(`${saldo.baseUrl}/console/aging`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Aging report');
      const accounts = page.getByRole('region', { name: 'Accounts with open amounts' });
      await expect.poll(() => page.locator('.state[role="status"]').count()).toBe(0);
      await expect.poll(() => accounts.locator('tbody tr').count()).toBeGreaterThan(0);
      expect(await accounts.textContent()).toContain('Maija Meikäläinen (1001)');
      expect(await page.getByRole('img', { name: 'Open EUR by days past due' }).count()).toBe(1);
      if (screenshots) await page.screenshot({ path: `${IMAGES}console-aging.png`, fullPage: true });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^aging-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = await new Promise<string>((resolve, reject) => {
        void download.createReadStream().then((stream) => {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
          stream.on('error', reject);
        }, reject);
      });
      const [header, ...rows] = text.trim().split('\r\n');
      expect(header).toBe(
        'account_id,customer_number,customer_name,currency,current,days_1_30,days_31_60,days_61_90,days_over_90,total',
      );
      const key = (await saldo.issueKey('acme', ['CUSTOMER_ACCOUNT_READ'])).key;
      const report = await saldo.request('GET', '/orgs/acme/reports/aging', { key });
      expect(rows).toHaveLength(report.body.accounts.length);
      const mine = report.body.accounts.find((row: any) => row.account_id === seeded.accountId);
      expect(rows).toContain(
        [
          mine.account_id,
          mine.customer_number,
          mine.customer_name,
          'EUR',
          mine.current,
          mine.days_1_30,
          mine.days_31_60,
          mine.days_61_90,
          mine.days_over_90,
          mine.total,
        ].join(','),
      );
      await page.context().close();
    });

    it('passes an axe-core scan on every page with no serious or critical violation', async () => {
      const ctx = await context({ axe: true });
      const page = await ctx.newPage();
      // `address`: where a second opening goes, for a page reached by its address alone.
      const pages: Array<{ name: string; open: () => Promise<void>; address?: string }> = [
        {
          name: 'sign-in',
          open: async () => void (await page.goto(`${saldo.baseUrl}/console/sign-in`)),
          address: '/console/sign-in',
        },
        {
          name: 'customers',
          open: async () => {
            await signIn(page, 'ann@acme.example');
            await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
          },
          address: '/console/customers',
        },
        {
          name: 'customer',
          open: async () => void (await page.goto(`${saldo.baseUrl}/console/customers/${seeded.customerId}`)),
          address: `/console/customers/${seeded.customerId}`,
        },
        {
          name: 'account',
          open: async () => void (await page.goto(`${saldo.baseUrl}/console/accounts/${seeded.accountId}`)),
          address: `/console/accounts/${seeded.accountId}`,
        },
        {
          name: 'account-payment',
          open: async () => {
            await page.getByRole('button', { name: 'Record payment' }).click();
            await page.getByRole('dialog').getByLabel('Amount (EUR)').fill('abc');
            await page.getByRole('dialog').getByRole('button', { name: 'Record payment' }).click();
            await expect.poll(() => page.getByRole('dialog').locator('.field-error').count()).toBe(1);
          },
        },
        {
          name: 'dunning',
          open: async () => void (await page.goto(`${saldo.baseUrl}/console/dunning`)),
          address: '/console/dunning',
        },
        {
          name: 'aging',
          open: async () => void (await page.goto(`${saldo.baseUrl}/console/aging`)),
          address: '/console/aging',
        },
        {
          name: 'audit',
          open: async () => void (await page.goto(`${saldo.baseUrl}/console/audit`)),
          address: '/console/audit',
        },
        {
          name: 'operators',
          open: async () => void (await page.goto(`${saldo.baseUrl}/console/operators`)),
          address: '/console/operators',
        },
        {
          name: 'password',
          open: async () => void (await page.goto(`${saldo.baseUrl}/console/password`)),
          address: '/console/password',
        },
        {
          name: 'reconciliation',
          open: async () => void (await page.goto(`${saldo.baseUrl}/console/reconciliation`)),
          address: '/console/reconciliation',
        },
        {
          name: 'reconciliation-match',
          open: async () => {
            await page
              .getByRole('button', { name: /^Match the line of / })
              .first()
              .click();
            await page.getByRole('dialog').getByLabel('Find the account').fill('Maija');
            await page.getByRole('dialog').getByRole('button', { name: 'Search' }).click();
            await expect
              .poll(() =>
                page
                  .getByRole('dialog')
                  .getByRole('button', { name: /^Match to / })
                  .count(),
              )
              .toBe(1);
          },
        },
        {
          name: 'webhooks',
          open: async () => {
            await page.goto(`${saldo.baseUrl}/console/webhooks`);
            await page
              .getByRole('button', { name: /^Deliveries of / })
              .first()
              .click();
            await expect
              .poll(() => page.getByRole('region', { name: 'Deliveries, newest first' }).locator('tbody tr').count())
              .toBeGreaterThan(0);
          },
        },
      ];
      const failures: string[] = [];
      const slow: string[] = [];
      const timed = async (open: () => Promise<unknown>): Promise<number> => {
        const started = performance.now();
        await open();
        // Loaded: a heading, and no "Loading…" left.
        await expect.poll(() => page.locator('h1').count(), { interval: 20 }).toBeGreaterThan(0);
        await expect.poll(() => page.locator('.state[role="status"]').count(), { interval: 20 }).toBe(0);
        return performance.now() - started;
      };
      for (const each of pages) {
        let elapsed = await timed(each.open);
        // The other test file running beside this one can hold both cores for a moment: a page
        // reached by its address that missed the budget is opened once more, and is slow only
        // when it misses again.
        const address = each.address;
        if (elapsed > PAGE_READY_MS && address !== undefined)
          elapsed = Math.min(elapsed, await timed(() => page.goto(`${saldo.baseUrl}${address}`)));
        if (elapsed > PAGE_READY_MS) slow.push(`${each.name}: ${Math.round(elapsed)} ms`);
        await page.addScriptTag({ path: AXE_SCRIPT });
        // Evaluated in the page, where axe and document are (written as text: Node knows no DOM types).
        const violations = (await page.evaluate(
          `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) })))`,
        )) as Array<{ id: string; impact: string; targets: string[] }>;
        for (const violation of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
          failures.push(`${each.name}: ${violation.id} (${violation.impact}) at ${violation.targets.join(', ')}`);
        }
        // A modal dialog is pictured as the viewport shows it; a page whole.
        if (screenshots)
          await page.screenshot({
            path: `${IMAGES}console-${each.name}.png`,
            fullPage: !each.name.includes('payment') && !each.name.includes('match'),
          });
      }
      expect(failures).toEqual([]);
      // Each page is usable within a second: loaded, with its data, from the address or the click.
      expect(slow).toEqual([]);
      await ctx.close();
    });
  });
});
