// Proves the Idempotency-Key on every ledger POST over HTTP on both databases: a repeat replays
// the first answer with Idempotency-Replayed, another body under the same key is refused, and 20
// concurrent duplicates book exactly once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { createCustomerWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

describeEachDatabase('idempotency of ledger writes', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  async function setup(slug: string) {
    const org = await saldo.organization(slug);
    const { account } = await createCustomerWithAccount(saldo, org, { payment_reference: { type: 'MOD10' } });
    const base = `/orgs/${slug}/accounts/${account.account_id}`;
    const send = (path: string, body: unknown, key: string) =>
      saldo.request('POST', path, { key: org.key, body, headers: { 'idempotency-key': key } });
    const count = async () => (await saldo.request('GET', `${base}/entries`, { key: org.key })).body.data.length;
    return { org, account, base, send, count };
  }

  it.each([
    ['an entry', (s: any) => `${s.base}/entries`, { type: 'CHARGE', amount: 1200 }],
    ['a payment', (s: any) => `${s.base}/payments`, { amount: 1200 }],
    [
      'a payment by reference',
      (s: any) => `/orgs/${s.org.slug}/payments`,
      (s: any) => ({ reference: s.account.payment_reference.number, amount: 1200 }),
    ],
  ])('replays %s for the same key and body, and refuses another body', async (name, pathOf, bodyOf) => {
    const s = await setup(`replay-${name.replace(/ /g, '-')}`);
    const path = pathOf(s);
    const body = typeof bodyOf === 'function' ? bodyOf(s) : bodyOf;
    const first = await s.send(path, body, 'key-1');
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotency-replayed')).toBeNull();
    const again = await s.send(path, body, 'key-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    const other = await s.send(path, { ...body, amount: 1300 }, 'key-1');
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
    expect(await s.count()).toBe(1);
  });

  it('replays a reversal and refuses a key that is too long', async () => {
    const s = await setup('replay-reversal');
    const charge = await s.send(`${s.base}/entries`, { type: 'CHARGE', amount: 500 }, 'charge');
    const path = `/orgs/${s.org.slug}/entries/${charge.body.id}/reversal`;
    const first = await s.send(path, {}, 'reverse');
    const again = await s.send(path, {}, 'reverse');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    const tooLong = await s.send(`${s.base}/entries`, { type: 'CHARGE', amount: 1 }, 'k'.repeat(256));
    expect(tooLong.status).toBe(400);
    expect(await s.count()).toBe(2);
  });

  it('books 20 concurrent duplicates exactly once', async () => {
    const s = await setup('concurrent-duplicates');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => s.send(`${s.base}/payments`, { amount: 999 }, 'same-key')),
    );
    for (const answer of answers) expect(answer.status).toBe(201);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get('idempotency-replayed') === null)).toHaveLength(1);
    expect(await s.count()).toBe(1);
    const read = await saldo.request('GET', s.base, { key: s.org.key });
    expect(read.body.balance).toBe(999);
  });
});
