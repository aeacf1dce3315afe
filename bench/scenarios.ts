/**
 * The scenarios: what a request to Saldo looks like in each, and the matching request to the
 * database ceiling. A scenario is prepared against the seeded data; when a route or the data it
 * needs is not there, it says so (not available) instead of failing.
 */
import { addDays } from './dataset.ts';
import { type HttpClient, isSuccess, routeMissing } from './http.ts';
import { Random } from './random.ts';
import { STATEMENT_LINES, runStatementImport } from './statement-import.ts';
import type { CapabilityName, SeededAccount, SeededData } from './seed-http.ts';

export interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
}

/** One kind of request; a scenario is a weighted set of kinds (one, except for the mix). */
export interface RequestKind {
  name: string;
  weight: number;
  write: boolean;
  saldo: (random: Random) => RequestSpec;
  database: (random: Random) => RequestSpec;
}

export interface ScenarioContext {
  seeded: SeededData;
  saldo: HttpClient;
  today: string;
}

export type Preparation =
  { available: true; kinds: RequestKind[] } | { available: false; reason: string; failed: boolean };

export interface Scenario {
  name: string;
  summary: string;
  /** Throughput scenarios run under load for the duration; `once` scenarios are timed once. */
  mode: 'throughput' | 'once';
  write: boolean;
  needs: CapabilityName[];
  prepare(context: ScenarioContext): Promise<Preparation>;
  /** Load connections when the scenario sets its own (a few clients posting large batches). */
  connections?: number;
  /** A floor under the measured run's duration: a request of this scenario may take longer than a short run. */
  minimumDurationSeconds?: number;
  /** Bookings per request (a batch), so that the report can say bookings per second. */
  itemsPerRequest?: number;
  /** A `once` scenario's timed work (the dunning run when not given). */
  runOnce?: (
    saldo: HttpClient,
    seeded: SeededData,
    today: string,
  ) => Promise<{ elapsedMs: number; note?: string } | Preparation>;
  /** Targets other than the read and write ratios to the bare route. */
  targets?: {
    itemsPerSecond?: Record<'sqlite' | 'postgres', number>;
    ratioToCeiling?: number;
    ratioToBare?: Record<'sqlite' | 'postgres', number>;
  };
}

const SLICE_SIZE = 10;
const DEEP_WALK_SLICE_SIZE = 100;
const AUDIT_USER = 'bench';

function regularCustomers(seeded: SeededData) {
  // Customer 0 holds the large account; it is kept for deep paging only.
  return seeded.customers.filter((c) => c.index !== 0 && c.accounts.length > 0);
}

function accountsOf(seeded: SeededData, filter: (account: SeededAccount) => boolean = () => true): SeededAccount[] {
  return regularCustomers(seeded)
    .flatMap((c) => c.accounts)
    .filter(filter);
}

const unavailable = (reason: string, failed = false): Preparation => ({ available: false, reason, failed });

const balancesKind = (seeded: SeededData, weight = 1): RequestKind => {
  const customers = regularCustomers(seeded);
  return {
    name: 'v1-balances',
    weight,
    write: false,
    saldo: (random) => ({ method: 'GET', path: `/v1/customers/${random.pick(customers).number}/account/balances` }),
    database: (random) => ({ method: 'GET', path: `/db/v1-balances/${random.pick(customers).number}` }),
  };
};

const upcomingFirstKind = (seeded: SeededData, weight = 1): RequestKind => {
  const customers = regularCustomers(seeded);
  return {
    name: 'v1-upcoming-first',
    weight,
    write: false,
    saldo: (random) => ({
      method: 'GET',
      path: `/v1/customers/${random.pick(customers).number}/account/transactions/upcoming?sliceSize=${SLICE_SIZE}`,
    }),
    database: (random) => ({
      method: 'GET',
      path: `/db/v1-upcoming/${random.pick(customers).number}?sliceSize=${SLICE_SIZE}&offset=0`,
    }),
  };
};

const v4Kind = (seeded: SeededData, weight = 1): RequestKind => {
  const customers = regularCustomers(seeded);
  return {
    name: 'v4-accounts',
    weight,
    write: false,
    saldo: (random) => ({
      method: 'GET',
      path: `/v4/customer/${random.pick(customers).number}?auditUser=${AUDIT_USER}`,
    }),
    database: (random) => ({ method: 'GET', path: `/db/v4-accounts/${random.pick(customers).number}` }),
  };
};

const familyKind = (seeded: SeededData, weight = 1): RequestKind => ({
  name: 'family-balance',
  weight,
  write: false,
  saldo: (random) => ({ method: 'GET', path: `/v1/families/${random.pick(seeded.families).id}/balance` }),
  database: (random) => ({ method: 'GET', path: `/db/family-balance/${random.pick(seeded.families).id}` }),
});

const chargeKind = (seeded: SeededData, today: string, weight = 1): RequestKind => {
  const accounts = accountsOf(seeded);
  const body = (random: Random) => ({
    type: 'CHARGE',
    amount: random.integer(500, 20_000),
    due_date: addDays(today, 30),
    description: 'Bench charge',
  });
  return {
    name: 'post-charge',
    weight,
    write: true,
    saldo: (random) => ({
      method: 'POST',
      path: `/orgs/${seeded.organizationSlug}/accounts/${random.pick(accounts).publicId}/entries`,
      body: body(random),
    }),
    database: (random) => ({
      method: 'POST',
      path: `/db/charge/${random.pick(accounts).publicId}`,
      body: body(random),
    }),
  };
};

const BATCH_ITEMS = 1000;

/** A 1,000-item batch over random accounts: four charges (due in a month) to one payment. */
const batchKind = (seeded: SeededData, today: string): RequestKind => {
  const accounts = accountsOf(seeded);
  const body = (random: Random) => ({
    items: Array.from({ length: BATCH_ITEMS }, () => {
      const account = random.pick(accounts).publicId;
      return random.next() < 0.8
        ? { kind: 'CHARGE', account_id: account, amount: random.integer(500, 20_000), due_date: addDays(today, 30) }
        : { kind: 'PAYMENT', account_id: account, amount: random.integer(500, 20_000) };
    }),
  });
  return {
    name: 'batch-1000',
    weight: 1,
    write: true,
    saldo: (random) => ({ method: 'POST', path: `/orgs/${seeded.organizationSlug}/batches`, body: body(random) }),
    database: (random) => ({ method: 'POST', path: '/db/batch', body: body(random) }),
  };
};

/** Charges and payments alternating on one account: every request waits for the one before. */
const oneAccountKind = (seeded: SeededData, today: string): RequestKind => {
  const account = accountsOf(seeded)[0]!;
  return {
    name: 'post-one-account',
    weight: 1,
    write: true,
    saldo: (random) =>
      random.next() < 0.5
        ? {
            method: 'POST',
            path: `/orgs/${seeded.organizationSlug}/accounts/${account.publicId}/entries`,
            body: { type: 'CHARGE', amount: random.integer(500, 20_000), due_date: addDays(today, 30) },
          }
        : {
            method: 'POST',
            path: `/orgs/${seeded.organizationSlug}/accounts/${account.publicId}/payments`,
            body: { amount: random.integer(500, 20_000) },
          },
    database: (random) =>
      random.next() < 0.5
        ? {
            method: 'POST',
            path: `/db/charge/${account.publicId}`,
            body: { amount: random.integer(500, 20_000), due_date: addDays(today, 30) },
          }
        : { method: 'POST', path: `/db/payment/${account.publicId}`, body: { amount: random.integer(500, 20_000) } },
  };
};

/** Probes one request to Saldo: undefined when it answered 2xx, else why the scenario cannot run. */
async function probe(saldo: HttpClient, spec: RequestSpec): Promise<Preparation | undefined> {
  const answer = await saldo.call(spec.method, spec.path, spec.body);
  if (isSuccess(answer)) return undefined;
  if (routeMissing(answer)) return unavailable(`${spec.method} ${spec.path.split('?')[0]} is not served`);
  return unavailable(`${spec.method} ${spec.path} answered ${answer.status}: ${answer.text.slice(0, 300)}`, true);
}

function needFamilies(seeded: SeededData): Preparation | undefined {
  return seeded.families.length === 0 ? unavailable('no families were seeded') : undefined;
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'v1-balances',
    summary: 'GET /v1/customers/{number}/account/balances, random customer',
    mode: 'throughput',
    write: false,
    needs: ['customers', 'accounts'],
    prepare: async ({ seeded }) => ({ available: true, kinds: [balancesKind(seeded)] }),
  },
  {
    name: 'v1-upcoming-first',
    summary: 'GET /v1/customers/{number}/account/transactions/upcoming?sliceSize=10, random customer',
    mode: 'throughput',
    write: false,
    needs: ['customers', 'accounts', 'entries'],
    prepare: async ({ seeded }) => ({ available: true, kinds: [upcomingFirstKind(seeded)] }),
  },
  {
    name: 'v1-upcoming-deep',
    summary: 'the same, offset deep in the large account (second half of its ~2k future entries)',
    mode: 'throughput',
    write: false,
    needs: ['customers', 'accounts', 'entries'],
    async prepare({ seeded, saldo }) {
      const large = seeded.customers.find((c) => c.index === 0);
      if (!large) return unavailable('no large account');
      // Walk the slices once to learn the ids of the large account's upcoming entries.
      const ids: string[] = [];
      let offset = '0';
      for (;;) {
        const answer = await saldo.call(
          'GET',
          `/v1/customers/${large.number}/account/transactions/upcoming?sliceSize=${DEEP_WALK_SLICE_SIZE}&offset=${offset}`,
        );
        if (!isSuccess(answer)) {
          if (routeMissing(answer))
            return unavailable('GET /v1/customers/{number}/account/transactions/upcoming is not served');
          return unavailable(`walking the large account answered ${answer.status}: ${answer.text.slice(0, 300)}`, true);
        }
        const slice = answer.json as { result: Array<{ id: number | string }>; hasNext: boolean; offset: string };
        ids.push(...slice.result.map((e) => String(e.id)));
        if (!slice.hasNext || slice.result.length === 0) break;
        offset = slice.offset;
      }
      const deep = ids.slice(
        Math.floor(ids.length / 2),
        Math.max(Math.floor(ids.length / 2) + 1, ids.length - SLICE_SIZE),
      );
      if (deep.length === 0) return unavailable(`the large account lists only ${ids.length} upcoming entries`, true);
      return {
        available: true,
        kinds: [
          {
            name: 'v1-upcoming-deep',
            weight: 1,
            write: false,
            saldo: (random) => ({
              method: 'GET',
              path: `/v1/customers/${large.number}/account/transactions/upcoming?sliceSize=${SLICE_SIZE}&offset=${random.pick(deep)}`,
            }),
            database: (random) => ({
              method: 'GET',
              path: `/db/v1-upcoming/${large.number}?sliceSize=${SLICE_SIZE}&offset=${random.pick(deep)}`,
            }),
          },
        ],
      };
    },
  },
  {
    name: 'v4-accounts',
    summary: 'GET /v4/customer/{number}?auditUser=bench, random customer',
    mode: 'throughput',
    write: false,
    needs: ['customers', 'accounts'],
    prepare: async ({ seeded }) => ({ available: true, kinds: [v4Kind(seeded)] }),
  },
  {
    name: 'family-balance',
    summary: 'GET /v1/families/{id}/balance, random family of three',
    mode: 'throughput',
    write: false,
    needs: ['customers', 'accounts', 'families'],
    prepare: async ({ seeded }) => needFamilies(seeded) ?? { available: true, kinds: [familyKind(seeded)] },
  },
  {
    name: 'family-balance-at',
    summary:
      'GET /v1/families/{id}/balance?where[transactionId][lessThan]=trn_…, a point in time mid-way through the seeding',
    mode: 'throughput',
    write: false,
    needs: ['customers', 'accounts', 'entries', 'families'],
    async prepare({ seeded }) {
      const families = seeded.families.filter((f) => f.beforeTransactionId !== undefined);
      if (families.length === 0) return unavailable('no family has entries');
      const query = (id: string) => `where%5BtransactionId%5D%5BlessThan%5D=${id}`;
      return {
        available: true,
        kinds: [
          {
            name: 'family-balance-at',
            weight: 1,
            write: false,
            saldo: (random) => {
              const family = random.pick(families);
              return { method: 'GET', path: `/v1/families/${family.id}/balance?${query(family.beforeTransactionId!)}` };
            },
            database: (random) => {
              const family = random.pick(families);
              return { method: 'GET', path: `/db/family-balance/${family.id}?before=${family.beforeTransactionId!}` };
            },
          },
        ],
      };
    },
  },
  {
    name: 'post-charge',
    summary: 'POST /orgs/{org}/accounts/{account_id}/entries {type: CHARGE, amount}, random account',
    mode: 'throughput',
    write: true,
    needs: ['customers', 'accounts', 'entries'],
    prepare: async ({ seeded, today }) => ({ available: true, kinds: [chargeKind(seeded, today)] }),
  },
  {
    name: 'post-payment',
    summary:
      'POST /orgs/{org}/accounts/{account_id}/payments {amount}, settling the oldest open charges (2–4 of them while they last)',
    mode: 'throughput',
    write: true,
    needs: ['customers', 'accounts', 'entries', 'payments'],
    async prepare({ seeded }) {
      const accounts = accountsOf(seeded, (a) => a.openCharges >= 2);
      if (accounts.length === 0) return unavailable('no account has open charges');
      const body = (random: Random) => ({ amount: random.integer(20_000, 40_000), description: 'Bench payment' });
      return {
        available: true,
        kinds: [
          {
            name: 'post-payment',
            weight: 1,
            write: true,
            saldo: (random) => ({
              method: 'POST',
              path: `/orgs/${seeded.organizationSlug}/accounts/${random.pick(accounts).publicId}/payments`,
              body: body(random),
            }),
            database: (random) => ({
              method: 'POST',
              path: `/db/payment/${random.pick(accounts).publicId}`,
              body: body(random),
            }),
          },
        ],
      };
    },
  },
  {
    name: 'post-one-account',
    summary: 'charges and payments, half and half, all on one account',
    mode: 'throughput',
    write: true,
    needs: ['customers', 'accounts', 'entries'],
    targets: { ratioToBare: { sqlite: 0.1, postgres: 0.08 } },
    prepare: async ({ seeded, today }) => ({ available: true, kinds: [oneAccountKind(seeded, today)] }),
  },
  {
    name: 'batch-1000',
    summary: 'POST /orgs/{org}/batches with 1,000 items over random accounts (4 charges to 1 payment), 4 clients',
    mode: 'throughput',
    write: true,
    needs: ['customers', 'accounts', 'entries'],
    connections: 4,
    minimumDurationSeconds: 5,
    itemsPerRequest: BATCH_ITEMS,
    targets: { itemsPerSecond: { sqlite: 30_000, postgres: 10_000 }, ratioToCeiling: 0.5 },
    prepare: async ({ seeded, today }) => ({ available: true, kinds: [batchKind(seeded, today)] }),
  },
  {
    name: 'mix-90-10',
    summary: '90 % reads (balances 30, upcoming 20, v4 20, family 20) and 10 % charges',
    mode: 'throughput',
    write: true,
    needs: ['customers', 'accounts', 'entries'],
    async prepare({ seeded, saldo, today }) {
      const reads = [balancesKind(seeded, 30), upcomingFirstKind(seeded, 20), v4Kind(seeded, 20)];
      if (seeded.families.length > 0) reads.push(familyKind(seeded, 20));
      const kinds: RequestKind[] = [];
      const charge = chargeKind(seeded, today, 10);
      const chargeMissing = await probe(saldo, charge.saldo(new Random(1)));
      if (chargeMissing) return chargeMissing;
      // Only the reads Saldo serves; their weights are scaled back to 90 in all.
      for (const kind of reads) {
        const missing = await probe(saldo, kind.saldo(new Random(1)));
        if (!missing) kinds.push(kind);
        else if (!missing.available && missing.failed) return missing;
      }
      if (kinds.length === 0) return unavailable('none of the reads is served');
      const readWeight = kinds.reduce((sum, k) => sum + k.weight, 0);
      for (const kind of kinds) kind.weight = (kind.weight * 90) / readWeight;
      return { available: true, kinds: [...kinds, charge] };
    },
  },
  {
    name: 'dunning-run',
    summary: 'PUT /orgs/{org}/dunning-policy, then POST /orgs/{org}/dunning-runs over all accounts, timed once',
    mode: 'once',
    write: true,
    needs: ['customers', 'accounts', 'entries'],
    prepare: async () => ({ available: true, kinds: [] }),
  },
  {
    name: 'statement-import',
    summary: `POST /orgs/{org}/bank-statements: a generated camt.053 of ${STATEMENT_LINES.toLocaleString('en')} credit lines quoting RF references, timed once`,
    mode: 'once',
    write: true,
    needs: ['customers'],
    prepare: async () => ({ available: true, kinds: [] }),
    runOnce: (saldo, seeded) => runStatementImport(saldo, seeded),
  },
  agingScenario(
    'aging-today',
    "GET /orgs/{org}/reports/aging: today's totals and the first page of accounts, timed once",
    async (saldo, org) => saldo.call('GET', `${org}/reports/aging?limit=50`, undefined, 290_000),
  ),
  agingScenario(
    'aging-past',
    'GET /orgs/{org}/reports/aging?as_of=today−45 days: the books replayed at a past day, timed once',
    async (saldo, org, today) =>
      saldo.call('GET', `${org}/reports/aging?as_of=${addDays(today, -45)}&limit=50`, undefined, 290_000),
  ),
  agingScenario(
    'aging-page',
    'GET /orgs/{org}/reports/aging?cursor=…: the second page of account rows, timed once',
    async (saldo, org) => {
      const first = await saldo.call('GET', `${org}/reports/aging?limit=50`, undefined, 290_000);
      const cursor = isSuccess(first) ? (JSON.parse(first.text) as { next_cursor: string | null }).next_cursor : null;
      return saldo.call(
        'GET',
        `${org}/reports/aging?limit=50${cursor === null ? '' : `&cursor=${cursor}`}`,
        undefined,
        290_000,
      );
    },
  ),
];

/** A report read timed once: the report may take seconds at the large scale, so it is not put under load. */
function agingScenario(
  name: string,
  summary: string,
  read: (saldo: HttpClient, org: string, today: string) => ReturnType<HttpClient['call']>,
): Scenario {
  return {
    name,
    summary,
    mode: 'once',
    write: false,
    needs: ['customers', 'accounts', 'entries'],
    prepare: async () => ({ available: true, kinds: [] }),
    runOnce: async (saldo, seeded, today) => {
      const started = performance.now();
      const answer = await read(saldo, `/orgs/${seeded.organizationSlug}`, today);
      const elapsedMs = performance.now() - started;
      if (!isSuccess(answer)) {
        if (routeMissing(answer)) return unavailable('GET /orgs/{org}/reports/aging is not served');
        return unavailable(`GET reports/aging answered ${answer.status}: ${answer.text.slice(0, 300)}`, true);
      }
      return { elapsedMs };
    },
  };
}

export const DUNNING_POLICY = {
  levels: [
    { name: 'Reminder', days_past_due: 7 },
    { name: 'Dunning Level 1', days_past_due: 30 },
    { name: 'Dunning Level 2', days_past_due: 60 },
  ],
  debt_collection_after_days: 90,
};

export { probe };

/** Runs the once-only dunning scenario: the policy, then one run as of today, timed. */
export async function runDunning(
  saldo: HttpClient,
  seeded: SeededData,
  today: string,
): Promise<{ elapsedMs: number } | Preparation> {
  const org = `/orgs/${seeded.organizationSlug}`;
  const policy = await saldo.call('PUT', `${org}/dunning-policy`, DUNNING_POLICY);
  if (!isSuccess(policy)) {
    if (routeMissing(policy)) return unavailable('PUT /orgs/{org}/dunning-policy is not served');
    return unavailable(`PUT dunning-policy answered ${policy.status}: ${policy.text.slice(0, 300)}`, true);
  }
  const started = performance.now();
  // A run over the large scale's million accounts may take minutes: waited for up to 290 s.
  const run = await saldo.call('POST', `${org}/dunning-runs`, { as_of: today }, 290_000);
  const elapsedMs = performance.now() - started;
  if (!isSuccess(run)) {
    if (routeMissing(run)) return unavailable('POST /orgs/{org}/dunning-runs is not served');
    return unavailable(`POST dunning-runs answered ${run.status}: ${run.text.slice(0, 300)}`, true);
  }
  return { elapsedMs };
}
