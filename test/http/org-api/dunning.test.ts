// Proves dunning over HTTP on both databases, moving the clock: the policy's validation ladder,
// escalation through every level with each fee posted once (a second run the same day, and a
// run repeated after being cut off, post nothing), jumping levels with as_of, a partial payment
// that keeps the level and a full one that resets it and lifts the block, exempt accounts left
// alone, template policies, and the run's changes readable afterwards.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { createCustomerWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

const POLICY = {
  levels: [
    { name: 'Reminder', days_past_due: 7 },
    { name: 'First notice', days_past_due: 14, fee: 500 },
    { name: 'Final notice', days_past_due: 30, fee: 1000, block_account: true },
  ],
  debt_collection_after_days: 90,
};

describeEachDatabase('dunning', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  async function setup(slug: string, policy: unknown = POLICY, accountInput: Record<string, unknown> = {}) {
    saldo.clock.set('2026-03-01T09:00:00Z');
    const org = await saldo.organization(slug);
    const put = await saldo.request('PUT', `/orgs/${slug}/dunning-policy`, { key: org.key, body: policy });
    expect(put.status).toBe(200);
    const { account } = await createCustomerWithAccount(saldo, org, accountInput);
    const accountId: string = account.account_id;
    const base = `/orgs/${slug}/accounts/${accountId}`;
    const charge = (amount: number, due_date: string) =>
      saldo.request('POST', `${base}/entries`, { key: org.key, body: { type: 'CHARGE', amount, due_date } });
    const pay = (amount: number) => saldo.request('POST', `${base}/payments`, { key: org.key, body: { amount } });
    const run = async (body: unknown = {}) => {
      const answer = await saldo.request('POST', `/orgs/${slug}/dunning-runs`, { key: org.key, body });
      expect(answer.status, answer.text).toBe(201);
      return answer.body;
    };
    const read = async () => (await saldo.request('GET', `/orgs/${slug}/accounts/${accountId}`, { key: org.key })).body;
    const fees = async () => {
      const list = await saldo.request('GET', `${base}/entries?limit=100`, { key: org.key });
      expect(list.status).toBe(200);
      return (list.body.data as any[]).filter((e) => e.kind === 'FEE');
    };
    return { org, accountId, base, charge, pay, run, read, fees };
  }

  it.each([
    [
      'days not increasing',
      {
        levels: [
          { name: 'a', days_past_due: 14 },
          { name: 'b', days_past_due: 7 },
        ],
        debt_collection_after_days: 60,
      },
      400,
      'dunning_policy_invalid',
    ],
    [
      '21 levels',
      {
        levels: Array.from({ length: 21 }, (_, i) => ({ name: `L${i}`, days_past_due: i + 1 })),
        debt_collection_after_days: 60,
      },
      400,
      'dunning_policy_invalid',
    ],
    [
      'a 65-character name',
      { levels: [{ name: 'n'.repeat(65), days_past_due: 3 }], debt_collection_after_days: 60 },
      400,
      'dunning_policy_invalid',
    ],
    [
      'a negative fee',
      { levels: [{ name: 'a', days_past_due: 3, fee: -5 }], debt_collection_after_days: 60 },
      400,
      'dunning_policy_invalid',
    ],
    [
      'days as text',
      { levels: [{ name: 'a', days_past_due: '3' }], debt_collection_after_days: 60 },
      400,
      'validation_failed',
    ],
    ['an unknown field', { levels: [], debt_collection_after_days: 60, colour: 'red' }, 400, 'validation_failed'],
  ])('refuses a policy with %s', async (_name, body, status, code) => {
    const org = await saldo.organization(`policy-${Math.random().toString(36).slice(2, 10)}`);
    const answer = await saldo.request('PUT', `/orgs/${org.slug}/dunning-policy`, { key: org.key, body });
    expect(answer.status).toBe(status);
    expect(answer.body.code).toBe(code);
  });

  it('stores the policy whole and reads it back; a read-only key cannot write it', async () => {
    const org = await saldo.organization('policy-read');
    const empty = await saldo.request('GET', '/orgs/policy-read/dunning-policy', { key: org.key });
    expect(empty.body).toEqual({ levels: [], debt_collection_after_days: null });
    const put = await saldo.request('PUT', '/orgs/policy-read/dunning-policy', { key: org.key, body: POLICY });
    expect(put.status).toBe(200);
    expect(put.body.levels[2]).toEqual({ name: 'Final notice', days_past_due: 30, fee: 1000, block_account: true });
    const got = await saldo.request('GET', '/orgs/policy-read/dunning-policy', { key: org.key });
    expect(got.body).toEqual(put.body);
    const reader = await saldo.issueKey('policy-read', ['CUSTOMER_ACCOUNT_READ']);
    const refused = await saldo.request('PUT', '/orgs/policy-read/dunning-policy', { key: reader.key, body: POLICY });
    expect(refused.status).toBe(403);
  });

  it('keeps the other settings when the policy is written, and the other settings keep the policy', async () => {
    const org = await saldo.organization('policy-settings');
    const settings = await saldo.request('PUT', '/orgs/policy-settings/settings', {
      key: org.key,
      body: { default_currency: 'CHF' },
    });
    expect(settings.status).toBe(200);
    await saldo.request('PUT', '/orgs/policy-settings/dunning-policy', { key: org.key, body: POLICY });
    expect((await saldo.request('GET', '/orgs/policy-settings/settings', { key: org.key })).body.default_currency).toBe(
      'CHF',
    );
    await saldo.request('PUT', '/orgs/policy-settings/settings', {
      key: org.key,
      body: { v1_sunset_date: '2027-01-01' },
    });
    expect(
      (await saldo.request('GET', '/orgs/policy-settings/dunning-policy', { key: org.key })).body.levels,
    ).toHaveLength(3);
  });

  it("answers 404 for another organization's account or run, and 403 without the write scope", async () => {
    const s = await setup('isolated');
    const other = await saldo.organization('isolated-other');
    const run = await s.run();
    expect((await saldo.request('GET', `/orgs/isolated-other/dunning-runs/${run.id}`, { key: other.key })).status).toBe(
      404,
    );
    const exempt = await saldo.request('PUT', `/orgs/isolated-other/accounts/${s.accountId}/dunning-exemption`, {
      key: other.key,
      body: { exempt: true },
    });
    expect(exempt.status).toBe(404);
    expect(exempt.body.code).toBe('account_not_found');
    expect((await saldo.request('GET', `/orgs/isolated/dunning-runs/${run.id}`, { key: other.key })).status).toBe(404);
    const reader = await saldo.issueKey('isolated', ['CUSTOMER_ACCOUNT_READ']);
    expect((await saldo.request('POST', '/orgs/isolated/dunning-runs', { key: reader.key, body: {} })).status).toBe(
      403,
    );
    expect((await saldo.request('GET', `/orgs/isolated/dunning-runs/${run.id}`, { key: reader.key })).status).toBe(200);
    expect((await saldo.request('POST', '/orgs/isolated/dunning-runs', { body: {} })).status).toBe(401);
  });

  it('escalates through every level, posting each fee once, and blocks at the final level', async () => {
    const s = await setup('escalate');
    expect((await s.charge(10_000, '2026-03-01')).status).toBe(201);

    saldo.clock.set('2026-03-07T09:00:00Z'); // 6 days past due
    const early = await s.run();
    expect(early.changes.accounts_changed).toBe(0);
    expect((await s.read()).status).toBe('ACCOUNT_OK');

    saldo.clock.set('2026-03-08T09:00:00Z'); // 7: Reminder, no fee
    const reminder = await s.run();
    expect(reminder).toMatchObject({
      as_of: '2026-03-08',
      accounts_evaluated: 1,
      changes: { accounts_changed: 1, escalated: 1, fees_posted: 0 },
    });

    saldo.clock.set('2026-03-15T09:00:00Z'); // 14: First notice, fee 5.00
    const notice = await s.run();
    expect(notice.changes).toMatchObject({ escalated: 1, fees_posted: 1, fees_amount: 500 });
    const again = await s.run();
    expect(again.changes).toMatchObject({ accounts_changed: 0, fees_posted: 0 });
    expect(await s.fees()).toHaveLength(1);

    saldo.clock.set('2026-03-31T09:00:00Z'); // 30: Final notice, fee 10.00, blocked
    const final = await s.run();
    expect(final.changes).toMatchObject({ escalated: 1, fees_posted: 1, fees_amount: 1000, blocked: 1 });
    const account = await s.read();
    expect(account.status).toBe('ACCOUNT_BLOCKED');
    expect(account.balance).toBe(-11_500);
    const state = await saldo.request('GET', `${s.base}/dunning`, { key: s.org.key });
    expect(state.body).toMatchObject({
      status: 'ACCOUNT_BLOCKED',
      dunning: { level: 2, anchor_date: '2026-03-01', exempt: false, blocked_by_dunning: true },
      debt_collection: { active: false },
    });
    const fees = await s.fees();
    expect(fees.map((f) => f.amount).sort()).toEqual([1000, 500]);
    expect(fees.every((f) => f.type === 'CHARGE')).toBe(true);

    const detail = await saldo.request('GET', `/orgs/escalate/dunning-runs/${final.id}`, { key: s.org.key });
    expect(detail.status).toBe(200);
    expect(detail.body.account_changes).toEqual([
      expect.objectContaining({
        account_id: s.accountId,
        from_level: 1,
        to_level: 2,
        days_past_due: 30,
        anchor_date: '2026-03-01',
        status_from: 'ACCOUNT_OK',
        status_to: 'ACCOUNT_BLOCKED',
        handed_over: false,
        fees: [expect.objectContaining({ level: 2, amount: 1000 })],
      }),
    ]);
    const listed = await saldo.request('GET', '/orgs/escalate/dunning-runs', { key: s.org.key });
    expect(listed.body.data.map((r: any) => r.id)).toContain(final.id);
    const missing = await saldo.request('GET', '/orgs/escalate/dunning-runs/dnr_00000000000000000000000000', {
      key: s.org.key,
    });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('dunning_run_not_found');
  });

  it('never skips the fee of a level passed, even when as_of jumps several levels', async () => {
    const s = await setup('jump');
    await s.charge(10_000, '2026-01-01');
    const run = await s.run({ as_of: '2026-02-05' }); // 35 days past due in one step
    expect(run.as_of).toBe('2026-02-05');
    expect(run.changes).toMatchObject({ escalated: 1, fees_posted: 2, fees_amount: 1500, blocked: 1 });
    const fees = await s.fees();
    expect(fees.map((f) => f.due_date)).toEqual(['2026-02-05', '2026-02-05']);
    const bad = await saldo.request('POST', '/orgs/jump/dunning-runs', {
      key: s.org.key,
      body: { as_of: '2026-02-30' },
    });
    expect(bad.status).toBe(400);
  });

  it('keeps the level on a partial payment and resets it (lifting the block) when the overdue amount is paid', async () => {
    const s = await setup('payments');
    await s.charge(6_000, '2026-03-01');
    await s.charge(4_000, '2026-03-10');
    saldo.clock.set('2026-03-31T09:00:00Z');
    await s.run();
    expect((await s.read()).status).toBe('ACCOUNT_BLOCKED');

    // Pays the oldest charge and part of the next: the anchor moves, the level stays.
    expect((await s.pay(7_000)).status).toBe(201);
    const partial = await s.run();
    expect(partial.changes).toMatchObject({ accounts_changed: 0, reset: 0, fees_posted: 0 });
    const kept = await saldo.request('GET', `/orgs/payments/accounts/${s.accountId}`, { key: s.org.key });
    expect(kept.body.status).toBe('ACCOUNT_BLOCKED');

    const open = -(await s.read()).balance;
    expect(open).toBe(10_000 + 1_500 - 7_000);
    await s.pay(open);
    const cleared = await s.run();
    expect(cleared.changes).toMatchObject({ accounts_changed: 1, reset: 1, unblocked: 1 });
    expect((await s.read()).status).toBe('ACCOUNT_OK');
    const detail = await saldo.request('GET', `/orgs/payments/dunning-runs/${cleared.id}`, { key: s.org.key });
    expect(detail.body.account_changes[0]).toMatchObject({
      from_level: 2,
      to_level: null,
      status_to: 'ACCOUNT_OK',
      fees: [],
    });

    // A new overdue charge starts a new cycle: its fees are owed again.
    await s.charge(2_000, '2026-04-01');
    saldo.clock.set('2026-04-16T09:00:00Z');
    const next = await s.run();
    expect(next.changes).toMatchObject({ escalated: 1, fees_posted: 1, fees_amount: 500 });
  });

  it('does not lift a block a person set when the overdue amount is paid', async () => {
    const s = await setup('manual-block');
    await s.charge(1_000, '2026-03-01');
    saldo.clock.set('2026-03-10T09:00:00Z');
    await s.run();
    const blocked = await saldo.request('POST', `${s.base}/status`, {
      key: s.org.key,
      body: { status: 'ACCOUNT_BLOCKED' },
    });
    expect(blocked.status).toBe(200);
    await s.pay(1_000);
    const run = await s.run();
    expect(run.changes.reset).toBe(1);
    expect((await s.read()).status).toBe('ACCOUNT_BLOCKED');
  });

  it('leaves an exempt account alone', async () => {
    const s = await setup('exempt');
    await s.charge(10_000, '2026-03-01');
    const exempted = await saldo.request('PUT', `${s.base}/dunning-exemption`, {
      key: s.org.key,
      body: { exempt: true },
    });
    expect(exempted.status).toBe(200);
    expect(exempted.body.dunning.exempt).toBe(true);
    saldo.clock.set('2026-04-15T09:00:00Z');
    const run = await s.run();
    expect(run.accounts_evaluated).toBe(0);
    expect(await s.fees()).toHaveLength(0);
    const account = await s.read();
    expect(account.status).toBe('ACCOUNT_OK');
    expect(account.balance).toBe(-10_000);

    const lifted = await saldo.request('PUT', `${s.base}/dunning-exemption`, {
      key: s.org.key,
      body: { exempt: false },
    });
    expect(lifted.body.dunning.exempt).toBe(false);
    expect((await s.run()).changes.fees_posted).toBe(2);
  });

  it('posts no fee twice when a run is repeated after being cut off half-way', async () => {
    const s = await setup('rerun');
    await s.charge(10_000, '2026-03-01');
    saldo.clock.set('2026-03-15T09:00:00Z');
    expect((await s.run()).changes.fees_posted).toBe(1);
    // As if the run had died after posting the fee but before it recorded the level.
    await saldo.store.db
      .updateTable('accounts')
      .set({ dunning_level: null, dunning_anchor_date: null })
      .where('uuid', '=', s.accountId)
      .execute();
    const rerun = await s.run();
    expect(rerun.changes).toMatchObject({ escalated: 1, fees_posted: 0 });
    expect(await s.fees()).toHaveLength(1);
    expect((await s.read()).balance).toBe(-10_500);
  });

  it('posts each fee once when runs race each other and payments', async () => {
    const s = await setup('race');
    await s.charge(10_000, '2026-03-01');
    saldo.clock.set('2026-03-31T09:00:00Z');
    const answers = await Promise.all([s.run(), s.pay(100), s.run(), s.pay(100), s.run()]);
    const runs = [answers[0], answers[2], answers[4]];
    expect(runs.reduce((sum: number, run: any) => sum + run.changes.fees_posted, 0)).toBe(2);
    expect(await s.fees()).toHaveLength(2);
    expect((await s.read()).balance).toBe(-10_000 - 1_500 + 200);
  });

  it('replays a dunning run for a repeated Idempotency-Key without running again', async () => {
    const s = await setup('run-idempotent');
    await s.charge(10_000, '2026-03-01');
    saldo.clock.set('2026-03-15T09:00:00Z');
    const headers = { 'idempotency-key': 'run-2026-03-15' };
    const first = await saldo.request('POST', '/orgs/run-idempotent/dunning-runs', {
      key: s.org.key,
      body: {},
      headers,
    });
    const second = await saldo.request('POST', '/orgs/run-idempotent/dunning-runs', {
      key: s.org.key,
      body: {},
      headers,
    });
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotency-replayed')).toBe('true');
    expect(second.body.id).toBe(first.body.id);
    const listed = await saldo.request('GET', '/orgs/run-idempotent/dunning-runs', { key: s.org.key });
    expect(listed.body.data).toHaveLength(1);
  });

  it('makes one run of concurrent requests with one Idempotency-Key; the others wait their turn or replay it', async () => {
    const s = await setup('run-same-key');
    await s.charge(10_000, '2026-03-01');
    saldo.clock.set('2026-03-15T09:00:00Z');
    const headers = { 'idempotency-key': 'nightly-2026-03-15' };
    const answers = await Promise.all(
      Array.from({ length: 3 }, () =>
        saldo.request('POST', '/orgs/run-same-key/dunning-runs', { key: s.org.key, body: {}, headers }),
      ),
    );
    const ran = answers.filter((answer) => answer.status === 201);
    const waiting = answers.filter((answer) => answer.status === 409);
    expect(ran.length + waiting.length).toBe(3);
    expect(ran.length).toBeGreaterThanOrEqual(1);
    expect(new Set(ran.map((answer) => answer.body.id)).size).toBe(1);
    for (const answer of waiting) expect(answer.body.code).toBe('idempotency_request_in_progress');
    const listed = await saldo.request('GET', '/orgs/run-same-key/dunning-runs', { key: s.org.key });
    expect(listed.body.data).toHaveLength(1);
    expect(listed.body.data[0]).toMatchObject({ id: ran[0]!.body.id, status: 'COMPLETED' });
    expect(await s.fees()).toHaveLength(1);
    // Once it finished, the key replays the run.
    const later = await saldo.request('POST', '/orgs/run-same-key/dunning-runs', { key: s.org.key, body: {}, headers });
    expect(later.status).toBe(201);
    expect(later.headers.get('idempotency-replayed')).toBe('true');
    expect(later.body.id).toBe(ran[0]!.body.id);
  });

  it("follows a template's own policy for the template's accounts", async () => {
    saldo.clock.set('2026-03-01T09:00:00Z');
    const org = await saldo.organization('templated');
    await saldo.request('PUT', '/orgs/templated/dunning-policy', { key: org.key, body: POLICY });
    const template = await saldo.request('POST', '/orgs/templated/account-templates', {
      key: org.key,
      body: { name: 'strict', currency: 'EUR' },
    });
    expect(template.status).toBe(201);
    const own = {
      levels: [{ name: 'Immediate', days_past_due: 1, fee: 250, block_account: true }],
      debt_collection_after_days: null,
    };
    const set = await saldo.request('PUT', '/orgs/templated/account-templates/strict/dunning-policy', {
      key: org.key,
      body: own,
    });
    expect(set.status).toBe(200);
    const unknown = await saldo.request('PUT', '/orgs/templated/account-templates/nope/dunning-policy', {
      key: org.key,
      body: own,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('account_template_not_found');
    const unknownRead = await saldo.request('GET', '/orgs/templated/account-templates/nope/dunning-policy', {
      key: org.key,
    });
    expect(unknownRead.status).toBe(404);
    expect(unknownRead.body.code).toBe('account_template_not_found');
    const { account: strict } = await createCustomerWithAccount(saldo, org, { template: 'strict' });
    const { account: plain } = await createCustomerWithAccount(saldo, org);
    for (const account of [strict, plain]) {
      await saldo.request('POST', `/orgs/templated/accounts/${account.account_id}/entries`, {
        key: org.key,
        body: { type: 'CHARGE', amount: 1_000, due_date: '2026-03-01' },
      });
    }
    saldo.clock.set('2026-03-03T09:00:00Z');
    const run = await saldo.request('POST', '/orgs/templated/dunning-runs', { key: org.key, body: {} });
    expect(run.body.changes).toMatchObject({ accounts_changed: 1, fees_posted: 1, fees_amount: 250, blocked: 1 });
    const strictNow = await saldo.request('GET', `/orgs/templated/accounts/${strict.account_id}`, { key: org.key });
    const plainNow = await saldo.request('GET', `/orgs/templated/accounts/${plain.account_id}`, { key: org.key });
    expect(strictNow.body.status).toBe('ACCOUNT_BLOCKED');
    expect(plainNow.body.status).toBe('ACCOUNT_OK');
  });
});
