/**
 * `saldo demo`: fills a new organization with a few customers, accounts, charges, payments, a
 * family and a scheduled payment, and prints a key, so a newcomer sees real answers at once.
 *
 * It drives the native API in-process (Fastify's inject) rather than the core directly: the
 * demo data goes through the same validation, pipeline and audit trail as a client's would.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { addDays, calendarDate } from '../../core/clock.ts';
import { SCOPES } from '../../core/scopes.ts';
import { SLUG_PATTERN } from '../../core/organizations/commands.ts';
import { buildApp } from '../../http/app.ts';
import { type CliContext, type Command, withStore } from '../context.ts';
import { parseOptions, UsageError } from '../usage-error.ts';

const DEMO_IBAN = 'DE89370400440532013000';
const DEMO_CARD_TOKEN = '5f0c7a6e-3d4b-4f1a-9c2e-8b7d6a5f4e3d';

interface Caller {
  // The answers are read loosely: the demo only picks ids out of them.
  call(method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function callerFor(app: FastifyInstance, key: string): Caller {
  return {
    async call(method, url, body) {
      const answer = await app.inject({
        method,
        url,
        headers: { 'x-api-key': key },
        ...(body === undefined ? {} : { payload: body as object }),
      });
      if (answer.statusCode >= 300)
        throw new Error(`demo: ${method} ${url} answered ${answer.statusCode}: ${answer.body}`);
      return answer.body.length > 0 ? answer.json() : {};
    },
  };
}

export const demoCommand: Command = {
  summary: 'Create a demo organization with customers, accounts, entries and a family',
  usage: ['saldo demo [--org SLUG]'],
  async run(args, context) {
    const options = parseOptions(args, { org: { required: false } });
    const slug = options.org ?? 'demo';
    if (!SLUG_PATTERN.test(slug))
      throw new UsageError(`--org '${slug}' must be lowercase letters, digits and inner dashes`);
    await withStore(context, async (store) => {
      // A root key that lives only for this command: the demo needs /admin, the server's key is not asked for.
      const rootKey = randomBytes(24).toString('base64url');
      const app = await buildApp({
        store,
        clock: context.clock,
        rootKey,
        rateLimitPerMinute: 0,
        redisUrl: undefined,
        bodyLimitBytes: 1_048_576,
        logger: false,
      });
      try {
        await fillDemo(app, rootKey, slug, context);
      } finally {
        await app.close();
      }
    });
  },
};

async function fillDemo(app: FastifyInstance, rootKey: string, slug: string, context: CliContext): Promise<void> {
  const root = callerFor(app, rootKey);
  const existing = await app.inject({
    method: 'POST',
    url: '/admin/organizations',
    headers: { 'x-api-key': rootKey },
    payload: { slug, name: 'Demo Utilities' },
  });
  if (existing.statusCode === 409)
    throw new UsageError(`organization '${slug}' exists already; pick another with --org`);
  if (existing.statusCode !== 201)
    throw new Error(`demo: creating the organization answered ${existing.statusCode}: ${existing.body}`);
  const organization = existing.json();
  const issued = await root.call('POST', `/admin/organizations/${slug}/api-keys`, {
    name: 'demo',
    scopes: [...SCOPES],
  });
  const api = callerFor(app, issued.key);
  const org = `/orgs/${slug}`;
  const today = calendarDate(context.clock.now(), organization.time_zone);

  await api.call('PUT', `${org}/dunning-policy`, {
    levels: [
      { name: 'Reminder', days_past_due: 14 },
      { name: 'Dunning Level 1', days_past_due: 30, fee: 500 },
      { name: 'Dunning Level 2', days_past_due: 45, fee: 1000, block_account: true },
    ],
    debt_collection_after_days: 90,
  });

  const household = [
    { number: '1001', name: 'Aino Virtanen', email: 'aino@example.com' },
    { number: '1002', name: 'Mikko Virtanen' },
    { number: '1003', name: 'Sara Lind' },
  ];
  const customers = [];
  for (const person of household) {
    const customer = await api.call('POST', `${org}/customers`, person);
    const account = await api.call('POST', `${org}/customers/${customer.id}/accounts`, {
      modality: 'POSTPAID',
      currency: 'EUR',
      name: `${person.name} — electricity`,
      payment_method: { type: 'DIRECT_DEBIT', details: { iban: DEMO_IBAN } },
      payment_reference: { type: 'MOD10' },
      credit_limit: 50000,
    });
    customers.push({ customer, accountId: account.account_id as string });
  }
  const [aino, mikko, sara] = customers as [(typeof customers)[0], (typeof customers)[0], (typeof customers)[0]];
  await api.call('POST', `${org}/customers/${aino.customer.id}/accounts`, {
    modality: 'RECURRING_PREPAID',
    currency: 'EUR',
    name: 'Aino Virtanen — mobile',
    payment_method: { type: 'CREDIT_CARD', details: { token_id: DEMO_CARD_TOKEN } },
  });

  const charge = (accountId: string, amount: number, dueIn: number, description: string) =>
    api.call('POST', `${org}/accounts/${accountId}/entries`, {
      type: 'CHARGE',
      amount,
      due_date: addDays(today, dueIn),
      description,
    });
  await charge(aino.accountId, 8990, -40, 'Electricity, two months ago');
  await charge(aino.accountId, 7450, -10, 'Electricity, last month');
  await charge(aino.accountId, 6820, 20, 'Electricity, this month');
  await charge(aino.accountId, 6820, 50, 'Electricity, next month');
  await api.call('POST', `${org}/accounts/${aino.accountId}/payments`, { amount: 10000, description: 'Bank transfer' });
  await charge(mikko.accountId, 4500, -35, 'Network fee');
  await charge(mikko.accountId, 4500, 25, 'Network fee');
  await charge(sara.accountId, 12000, 15, 'Annual membership');
  await api.call('POST', `${org}/accounts/${sara.accountId}/payments`, { amount: 15000, description: 'Prepayment' });

  const family = await api.call('POST', `${org}/families`, { name: 'Virtanen household', currency: 'EUR' });
  await api.call('PUT', `${org}/families/${family.id}/members/${aino.customer.id}`);
  await api.call('PUT', `${org}/families/${family.id}/members/${mikko.customer.id}`);
  await api.call('POST', `${org}/accounts/${aino.accountId}/scheduled-payments`, {
    amount: 6820,
    date: addDays(today, 20),
  });

  const host = 'http://127.0.0.1:8080';
  context.print(
    `Created demo organization '${slug}' (${organization.id}) with 3 customers, 4 accounts, a family and a dunning policy.`,
  );
  context.print('');
  context.print('Try (with `npm start` running):');
  context.print(`  curl -H "X-API-Key: $KEY" ${host}/v1/customers/1001/account/balances`);
  context.print(`  curl -H "X-API-Key: $KEY" ${host}/v1/customers/1001/account/transactions/upcoming`);
  context.print(`  curl -H "X-API-Key: $KEY" "${host}/v4/customer/1001?auditUser=demo"`);
  context.print(`  curl -H "X-API-Key: $KEY" ${host}/v1/families/${family.id}/balance`);
  context.print(`  curl -H "X-API-Key: $KEY" ${host}${org}/accounts/${aino.accountId}`);
  context.print('');
  context.print('The key (all scopes), shown only this once:');
  context.print(issued.key);
}
