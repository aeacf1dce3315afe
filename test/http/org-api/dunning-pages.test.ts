// Proves that a dunning run handled page by page, each page's changes in one transaction, ends
// where a run over one page ends, and that an account the ledger refuses a fee rolls back alone:
// the rest of its page is still dunned, and the refused account is left exactly as it was.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/actor.ts';
import type { Organization } from '../../../src/core/organizations/organization.ts';
import { dunningRun } from '../../../src/core/dunning/run.ts';
import { performLongWrite } from '../../../src/core/write-pipeline.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { createCustomerWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

const POLICY = {
  levels: [
    { name: 'Reminder', days_past_due: 7, fee: 200 },
    { name: 'Final notice', days_past_due: 30, fee: 500, block_account: true },
  ],
  debt_collection_after_days: 60,
};

/** Charges per account (amount, due date): overdue by different spans, not yet due, or none. */
const ACCOUNT_CHARGES: Array<Array<[number, string]>> = [
  [[1_000, '2026-02-25']],
  [],
  [
    [2_000, '2026-01-20'],
    [300, '2026-04-01'],
  ],
  [[500, '2026-03-10']],
  [[4_000, '2025-12-01']],
  [
    [700, '2026-02-01'],
    [800, '2026-02-20'],
  ],
  [[900, '2026-05-01']],
];

describeEachDatabase('dunning run pages', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  async function organizationWithAccounts(slug: string) {
    saldo.clock.set('2026-01-01T09:00:00Z');
    const org = await saldo.organization(slug);
    expect((await saldo.request('PUT', `/orgs/${slug}/dunning-policy`, { key: org.key, body: POLICY })).status).toBe(
      200,
    );
    const accounts: string[] = [];
    for (const charges of ACCOUNT_CHARGES) {
      const { account } = await createCustomerWithAccount(saldo, org);
      for (const [amount, due_date] of charges) {
        const posted = await saldo.request('POST', `/orgs/${slug}/accounts/${account.account_id}/entries`, {
          key: org.key,
          body: { type: 'CHARGE', amount, due_date },
        });
        expect(posted.status, posted.text).toBe(201);
      }
      accounts.push(account.account_id);
    }
    return { org, accounts };
  }

  async function dunningStates(slug: string, key: string, accounts: string[]) {
    return Promise.all(
      accounts.map(async (id) => {
        const state = (await saldo.request('GET', `/orgs/${slug}/accounts/${id}/dunning`, { key })).body;
        const entries = (await saldo.request('GET', `/orgs/${slug}/accounts/${id}/entries?limit=100`, { key })).body
          .data as any[];
        return {
          status: state.status,
          dunning: state.dunning,
          debt: state.debt_collection.active,
          fees: entries.filter((e) => e.kind === 'FEE').map((e) => e.amount),
        };
      }),
    );
  }

  /** A run through the pipeline with pages of two accounts. */
  async function pagedRun(actor: Actor, organization: Organization) {
    const command = dunningRun(saldo.store, saldo.clock, actor, organization, { trigger: 'API', pageSize: 2 });
    const outcome = await performLongWrite(
      saldo.store,
      saldo.clock,
      actor,
      { ...command, reply: (run) => ({ status: 201, body: run }) },
      { request: null },
    );
    return outcome.reply!.body as Awaited<ReturnType<typeof command.run>>;
  }

  it('ends a run of many small pages where a run of one page ends', async () => {
    const paged = await organizationWithAccounts('pages-small');
    const whole = await organizationWithAccounts('pages-whole');
    saldo.clock.set('2026-03-15T09:00:00Z');

    const organization = (await saldo.store.organizations.findBySlug('pages-small'))!;
    const actor = { organizationId: organization.id, keyId: null, traceId: 'pages' };
    const run = await pagedRun(actor, organization);
    const answer = await saldo.request('POST', '/orgs/pages-whole/dunning-runs', { key: whole.org.key, body: {} });
    expect(answer.status, answer.text).toBe(201);

    expect(run.accountsEvaluated).toBe(answer.body.accounts_evaluated);
    expect(run.summary.accountsChanged).toBe(answer.body.changes.accounts_changed);
    expect(run.summary.feesPosted).toBe(answer.body.changes.fees_posted);
    expect(run.summary.blocked).toBe(answer.body.changes.blocked);
    expect(run.summary.handedOver).toBe(answer.body.changes.handed_over);
    // Four accounts are 7 days or more past due; one of them past the debt-collection threshold.
    expect(answer.body.changes).toMatchObject({
      accounts_changed: 4,
      fees_posted: 7,
      blocked: 2,
      handed_over: 1,
      accounts_failed: 0,
    });

    const pagedStates = await dunningStates('pages-small', paged.org.key, paged.accounts);
    expect(pagedStates).toEqual(await dunningStates('pages-whole', whole.org.key, whole.accounts));
    expect(pagedStates.map((s) => [s.dunning.level, s.status, s.fees.length])).toEqual([
      [0, 'ACCOUNT_OK', 1],
      [null, 'ACCOUNT_OK', 0],
      [1, 'ACCOUNT_BLOCKED', 2],
      [null, 'ACCOUNT_OK', 0],
      [1, 'ACCOUNT_COLLECTION', 2],
      [1, 'ACCOUNT_BLOCKED', 2],
      [null, 'ACCOUNT_OK', 0],
    ]);

    // The changes are listed in account order, one per changed account, over every page.
    const changes = await saldo.store.dunning.listChanges(organization.id, run.id, { limit: 100 });
    const ids = await Promise.all(
      paged.accounts.map(async (uuid) => (await saldo.store.dunning.findAccount(organization.id, uuid))!.id),
    );
    expect(changes.map((c) => c.accountId)).toEqual([ids[0], ids[2], ids[4], ids[5]]);

    // Nothing is left to change: a second paged run changes nothing and posts no fee.
    const again = await pagedRun(actor, organization);
    expect(again.summary).toMatchObject({ accountsChanged: 0, feesPosted: 0, accountsFailed: 0 });
  });

  it('rolls back only the account whose fee the ledger refuses; the rest of its page is dunned', async () => {
    saldo.clock.set('2026-01-01T09:00:00Z');
    const org = await saldo.organization('pages-refusal');
    await saldo.request('PUT', '/orgs/pages-refusal/dunning-policy', { key: org.key, body: POLICY });
    const full = (await createCustomerWithAccount(saldo, org)).account.account_id as string;
    const plain = (await createCustomerWithAccount(saldo, org)).account.account_id as string;
    // Totals a fee would carry past the largest figure an account keeps (2^53 - 1 minor units).
    const charges: Array<[string, number, string]> = [
      ...Array.from({ length: 9 }, (): [string, number, string] => [full, 1_000_000_000_000_000, '2026-03-01']),
      [full, 7_199_254_740_891, '2026-02-01'],
      [plain, 1_500, '2026-02-01'],
    ];
    for (const [account, amount, due_date] of charges) {
      const posted = await saldo.request('POST', `/orgs/pages-refusal/accounts/${account}/entries`, {
        key: org.key,
        body: { type: 'CHARGE', amount, due_date },
      });
      expect(posted.status, posted.text).toBe(201);
    }
    saldo.clock.set('2026-02-15T09:00:00Z');
    const run = await saldo.request('POST', '/orgs/pages-refusal/dunning-runs', { key: org.key, body: {} });
    expect(run.status, run.text).toBe(201);
    expect(run.body.changes).toMatchObject({
      accounts_changed: 1,
      fees_posted: 1,
      fees_amount: 200,
      accounts_failed: 1,
    });

    const [refused, dunned] = await dunningStates('pages-refusal', org.key, [full, plain]);
    expect(refused).toEqual({
      status: 'ACCOUNT_OK',
      dunning: expect.objectContaining({ level: null, anchor_date: null }),
      debt: false,
      fees: [],
    });
    expect(dunned).toEqual({
      status: 'ACCOUNT_OK',
      dunning: expect.objectContaining({ level: 0, anchor_date: '2026-02-01' }),
      debt: false,
      fees: [200],
    });
    const detail = await saldo.request('GET', `/orgs/pages-refusal/dunning-runs/${run.body.id}`, { key: org.key });
    expect(detail.body.account_changes.map((c: any) => c.account_id)).toEqual([plain]);

    // The next run tries the refused account again and leaves the dunned one as it is.
    const again = await saldo.request('POST', '/orgs/pages-refusal/dunning-runs', { key: org.key, body: {} });
    expect(again.status, again.text).toBe(201);
    expect(again.body.changes).toMatchObject({ accounts_changed: 0, fees_posted: 0, accounts_failed: 1 });
  });
});
