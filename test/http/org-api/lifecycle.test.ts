// Proves the account lifecycle over HTTP on both databases: the valid transitions, 409
// account_status_transition_invalid naming the allowed ones, closing only when settled, an
// account to close that closes itself once settled (at once, or at the next run after a
// payment), closed accounts refusing charges, and versions bumped and checked.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { organizationWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

describeEachDatabase('account lifecycle', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  async function setup(slug: string) {
    const { org, base } = await organizationWithAccount(saldo, slug);
    const move = (status: string, headers?: Record<string, string>) =>
      saldo.request('POST', `${base}/status`, { key: org.key, body: { status }, headers });
    const read = async () => (await saldo.request('GET', base, { key: org.key })).body;
    return { org, base, move, read };
  }

  it('moves ACCOUNT_OK ⇄ ACCOUNT_BLOCKED and bumps the version each time', async () => {
    const s = await setup('ok-blocked');
    const blocked = await s.move('ACCOUNT_BLOCKED');
    expect(blocked.status).toBe(200);
    expect(blocked.body.status).toBe('ACCOUNT_BLOCKED');
    expect(blocked.headers.get('etag')).toBe(`"${blocked.body.version}"`);
    const ok = await s.move('ACCOUNT_OK');
    expect(ok.body.status).toBe('ACCOUNT_OK');
    expect(ok.body.version).toBe(blocked.body.version + 1);
    expect((await s.read()).status).toBe('ACCOUNT_OK');
    const same = await s.move('ACCOUNT_OK');
    expect(same.status).toBe(200);
    expect(same.body.version).toBe(ok.body.version);
  });

  it.each([
    ['ACCOUNT_OK', 'ACCOUNT_COLLECTION', ['ACCOUNT_BLOCKED', 'ACCOUNT_TO_CLOSE', 'ACCOUNT_CLOSED']],
    ['ACCOUNT_OK', 'ACCOUNT_AUTO_CLOSED', ['ACCOUNT_BLOCKED', 'ACCOUNT_TO_CLOSE', 'ACCOUNT_CLOSED']],
    ['ACCOUNT_CLOSED', 'ACCOUNT_OK', []],
  ])('refuses %s → %s with 409 naming the allowed statuses', async (from, to, allowed) => {
    const s = await setup(
      `refuse-${from.toLowerCase().replace('account_', '')}-${to.toLowerCase().replace('account_', '').replace('_', '')}`,
    );
    if (from !== 'ACCOUNT_OK') expect((await s.move(from)).status).toBe(200);
    const refused = await s.move(to);
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.code).toBe('account_status_transition_invalid');
    expect(refused.body.allowed).toEqual(allowed);
  });

  it('refuses an unknown status and a stale If-Match', async () => {
    const s = await setup('refusals');
    expect((await s.move('ACCOUNT_GONE')).status).toBe(400);
    const stale = await s.move('ACCOUNT_BLOCKED', { 'if-match': '"99"' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_mismatch');
    const current = await s.read();
    const fresh = await s.move('ACCOUNT_BLOCKED', { 'if-match': `"${current.version}"` });
    expect(fresh.status).toBe(200);
  });

  it('closes only a settled account, and a closed account takes no new charge', async () => {
    const s = await setup('close');
    await saldo.request('POST', `${s.base}/entries`, { key: s.org.key, body: { type: 'CHARGE', amount: 1_000 } });
    const owed = await s.move('ACCOUNT_CLOSED');
    expect(owed.status).toBe(409);
    expect(owed.body.code).toBe('account_has_open_items');
    await saldo.request('POST', `${s.base}/payments`, { key: s.org.key, body: { amount: 1_000 } });
    const closed = await s.move('ACCOUNT_CLOSED');
    expect(closed.status).toBe(200);
    expect(closed.body.closed_at).not.toBeNull();
    const charge = await saldo.request('POST', `${s.base}/entries`, {
      key: s.org.key,
      body: { type: 'CHARGE', amount: 100 },
    });
    expect(charge.status).toBe(409);
    expect(charge.body.code).toBe('account_closed');
  });

  it('closes an account to close by itself once nothing is open or owed', async () => {
    const s = await setup('auto-close');
    await saldo.request('POST', `${s.base}/entries`, { key: s.org.key, body: { type: 'CHARGE', amount: 2_000 } });
    const toClose = await s.move('ACCOUNT_TO_CLOSE');
    expect(toClose.body.status).toBe('ACCOUNT_TO_CLOSE');
    await saldo.request('POST', `${s.base}/payments`, { key: s.org.key, body: { amount: 2_000 } });
    const run = await saldo.request('POST', '/orgs/auto-close/dunning-runs', { key: s.org.key, body: {} });
    expect(run.body.changes.auto_closed).toBe(1);
    const account = await s.read();
    expect(account.status).toBe('ACCOUNT_AUTO_CLOSED');
    const audit = await saldo.request('GET', '/orgs/auto-close/audit-events', { key: s.org.key });
    expect(audit.body.data.map((e: any) => e.action)).toContain('account.auto_closed');

    const settled = await setup('auto-close-now');
    const now = await settled.move('ACCOUNT_TO_CLOSE');
    expect(now.body.status).toBe('ACCOUNT_AUTO_CLOSED');
    expect((await settled.move('ACCOUNT_OK')).status).toBe(409);
  });

  it('moves an account to close back to ACCOUNT_OK while it still owes', async () => {
    const s = await setup('to-close-back');
    await saldo.request('POST', `${s.base}/entries`, { key: s.org.key, body: { type: 'CHARGE', amount: 500 } });
    expect((await s.move('ACCOUNT_TO_CLOSE')).body.status).toBe('ACCOUNT_TO_CLOSE');
    expect((await s.move('ACCOUNT_OK')).body.status).toBe('ACCOUNT_OK');
  });
});
