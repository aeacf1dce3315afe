/**
 * Seeds a running Saldo through its public API, as a billing system would: an organization and
 * a key, then customers, accounts, booking entries, payments, families with their members and
 * scheduled payments, with a bounded number of calls in flight. A step whose route Saldo does not
 * serve (yet) is recorded as missing, and the steps that need it are skipped: the scenarios that
 * need them are then reported as not available instead of failing.
 */
import { SCOPES } from '../src/core/scopes.ts';
import { BENCH_IBAN, CURRENCY, FAMILY_SIZE, type PlannedCustomer, addDays, cardToken } from './dataset.ts';
import { type Answer, HttpClient, inPool, isSuccess, routeMissing } from './http.ts';

export const SEED_CONCURRENCY = 16;
export const ORGANIZATION_SLUG = 'bench';

export const CAPABILITIES = ['customers', 'accounts', 'entries', 'payments', 'families', 'scheduled-payments'] as const;
export type CapabilityName = (typeof CAPABILITIES)[number];
export type Capability =
  | { state: 'ok' }
  | { state: 'missing'; detail: string }
  | { state: 'failed'; detail: string }
  | { state: 'skipped'; detail: string };

export interface SeededAccount {
  publicId: string;
  /** Public ids (trn_…) of the entries posted to it, in the order they were answered. */
  entryIds: string[];
  openCharges: number;
}

export interface SeededCustomer {
  index: number;
  number: string;
  publicId: string;
  accounts: SeededAccount[];
}

export interface SeededFamily {
  id: string;
  /** An entry of one member posted mid-way: the family's balance before it is a point in time. */
  beforeTransactionId: string | undefined;
}

export interface SeededData {
  organizationSlug: string;
  organizationId: string;
  key: string;
  capabilities: Record<CapabilityName, Capability>;
  customers: SeededCustomer[];
  families: SeededFamily[];
  counts: {
    customers: number;
    accounts: number;
    entries: number;
    payments: number;
    families: number;
    members: number;
    scheduledPayments: number;
  };
}

class StepUnavailable extends Error {
  constructor(
    readonly missing: boolean,
    detail: string,
  ) {
    super(detail);
  }
}

function expectSuccess(answer: Answer, what: string): Record<string, unknown> {
  if (isSuccess(answer)) return (answer.json ?? {}) as Record<string, unknown>;
  throw new StepUnavailable(routeMissing(answer), `${what} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
}

export async function createOrganization(
  baseUrl: string,
  rootKey: string,
): Promise<{ slug: string; id: string; key: string }> {
  const root = new HttpClient(baseUrl, rootKey);
  const organization = await root.call('POST', '/admin/organizations', {
    slug: ORGANIZATION_SLUG,
    name: 'Saldo benchmark',
  });
  if (organization.status !== 201)
    throw new Error(`creating the organization answered ${organization.status}: ${organization.text}`);
  const key = await root.call('POST', `/admin/organizations/${ORGANIZATION_SLUG}/api-keys`, {
    name: 'bench',
    scopes: [...SCOPES],
  });
  if (key.status !== 201) throw new Error(`issuing the key answered ${key.status}: ${key.text}`);
  return {
    slug: ORGANIZATION_SLUG,
    id: (organization.json as { id: string }).id,
    key: (key.json as { key: string }).key,
  };
}

export async function seedOverHttp(
  baseUrl: string,
  rootKey: string,
  plan: PlannedCustomer[],
  familyCount: number,
  today: string,
  log: (line: string) => void,
  /** Calls in flight, and whether accounts' entries are interleaved (a check of the bulk loader wants neither). */
  shape: { concurrency: number; interleave: boolean } = { concurrency: SEED_CONCURRENCY, interleave: true },
): Promise<SeededData> {
  const organization = await createOrganization(baseUrl, rootKey);
  const client = new HttpClient(baseUrl, organization.key);
  const org = `/orgs/${organization.slug}`;
  const capabilities = Object.fromEntries(
    CAPABILITIES.map((c) => [c, { state: 'skipped', detail: 'not reached' }]),
  ) as Record<CapabilityName, Capability>;
  const counts = { customers: 0, accounts: 0, entries: 0, payments: 0, families: 0, members: 0, scheduledPayments: 0 };
  const customers: SeededCustomer[] = plan.map((p) => ({
    index: p.index,
    number: p.number.toString(),
    publicId: '',
    accounts: [],
  }));
  const families: Array<SeededFamily & { firstMember: SeededCustomer | undefined }> = [];

  async function step(name: CapabilityName, needs: CapabilityName[], run: () => Promise<void>): Promise<void> {
    const unmet = needs.find((need) => capabilities[need].state !== 'ok');
    if (unmet) {
      capabilities[name] = { state: 'skipped', detail: `needs ${unmet}` };
      return;
    }
    const started = Date.now();
    try {
      await run();
      capabilities[name] = { state: 'ok' };
      log(`  seeded ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      if (!(error instanceof StepUnavailable)) throw error;
      capabilities[name] = { state: error.missing ? 'missing' : 'failed', detail: error.message };
      log(`  ${error.missing ? 'not available' : 'FAILED'}: ${name}: ${error.message}`);
    }
  }

  await step('customers', [], () =>
    inPool(plan, shape.concurrency, async (planned, i) => {
      const body = expectSuccess(
        await client.call('POST', `${org}/customers`, { number: planned.number.toString(), name: planned.name }),
        'POST customers',
      );
      customers[i]!.publicId = String(body.id);
      counts.customers++;
    }),
  );

  await step('accounts', ['customers'], () =>
    inPool(plan, shape.concurrency, async (planned, i) => {
      const customer = customers[i]!;
      // One after the other: the first account is the customer's default account.
      for (const [a, account] of planned.accounts.entries()) {
        const payment_method =
          account.paymentMethod === 'DIRECT_DEBIT'
            ? { type: 'DIRECT_DEBIT', details: { iban: BENCH_IBAN } }
            : { type: 'CREDIT_CARD', details: { token_id: cardToken(planned.index, a) } };
        const body = expectSuccess(
          await client.call('POST', `${org}/customers/${customer.publicId}/accounts`, {
            modality: 'POSTPAID',
            currency: CURRENCY,
            payment_method,
          }),
          'POST accounts',
        );
        customer.accounts.push({ publicId: String(body.account_id), entryIds: [], openCharges: 0 });
        counts.accounts++;
      }
    }),
  );

  // Families before the entries: their members then count at every point in time of the ledger.
  await step('families', ['customers'], () =>
    inPool(
      Array.from({ length: familyCount }, (_, f) => f),
      shape.concurrency,
      async (f) => {
        const body = expectSuccess(
          await client.call('POST', `${org}/families`, { name: `Bench family ${f}`, currency: CURRENCY }),
          'POST families',
        );
        const id = String(body.id);
        counts.families++;
        const members = customers.filter((c) => plan[c.index]!.family === f);
        for (const member of members.slice(0, FAMILY_SIZE)) {
          expectSuccess(
            await client.call('PUT', `${org}/families/${id}/members/${member.publicId}`),
            'PUT family member',
          );
          counts.members++;
        }
        families[f] = { id, beforeTransactionId: undefined, firstMember: members[0] };
      },
    ),
  );

  // Entries of all accounts interleaved, so the ledger sequence mixes accounts as in real life.
  const postings = plan.flatMap((planned, i) =>
    planned.accounts.flatMap((account, a) => account.entries.map((entry) => ({ customer: i, account: a, entry }))),
  );
  if (shape.interleave) shuffleDeterministically(postings);
  await step('entries', ['accounts'], () =>
    inPool(postings, shape.concurrency, async ({ customer, account, entry }) => {
      const target = customers[customer]!.accounts[account]!;
      const body = expectSuccess(
        await client.call('POST', `${org}/accounts/${target.publicId}/entries`, {
          type: entry.type,
          amount: entry.amountMinor,
          due_date: addDays(today, entry.dueOffsetDays),
          description: entry.description,
        }),
        'POST entries',
      );
      target.entryIds.push(String(body.id));
      if (entry.type === 'CHARGE') target.openCharges++;
      counts.entries++;
    }),
  );

  for (const family of families) {
    const entryIds = family?.firstMember?.accounts[0]?.entryIds ?? [];
    if (family) family.beforeTransactionId = entryIds[Math.floor(entryIds.length / 2)];
  }

  const payments = plan.flatMap((planned, i) =>
    planned.accounts.flatMap((account, a) =>
      account.paymentsMinor.map((amount) => ({ customer: i, account: a, amount })),
    ),
  );
  await step('payments', ['entries'], () =>
    inPool(payments, shape.concurrency, async ({ customer, account, amount }) => {
      const target = customers[customer]!.accounts[account]!;
      const body = expectSuccess(
        await client.call('POST', `${org}/accounts/${target.publicId}/payments`, {
          amount,
          description: 'Bank transfer',
        }),
        'POST payments',
      );
      const allocations = Array.isArray(body.allocations) ? body.allocations.length : 0;
      target.openCharges = Math.max(0, target.openCharges - allocations);
      counts.payments++;
    }),
  );

  const scheduled = plan.flatMap((planned, i) =>
    planned.accounts.flatMap((account, a) =>
      account.scheduledPayments.map((payment) => ({ customer: i, account: a, payment })),
    ),
  );
  await step('scheduled-payments', ['accounts'], () =>
    inPool(scheduled, shape.concurrency, async ({ customer, account, payment }) => {
      const target = customers[customer]!.accounts[account]!;
      expectSuccess(
        await client.call('POST', `${org}/accounts/${target.publicId}/scheduled-payments`, {
          amount: payment.amountMinor,
          date: addDays(today, payment.dateOffsetDays),
        }),
        'POST scheduled-payments',
      );
      counts.scheduledPayments++;
    }),
  );

  return {
    organizationSlug: organization.slug,
    organizationId: organization.id,
    key: organization.key,
    capabilities,
    customers,
    families: families.filter(Boolean).map(({ id, beforeTransactionId }) => ({ id, beforeTransactionId })),
    counts,
  };
}

/** Fisher–Yates with a fixed linear congruential stream: the same order on every run. */
function shuffleDeterministically<T>(items: T[]): void {
  let state = 12345;
  for (let i = items.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
