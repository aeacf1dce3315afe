// Proves the native families API over real HTTP on both databases: creating and reading a family,
// adding and removing members with each refusal (unknown family or customer, another family,
// another currency, a full family), idempotent writes, scopes and tenant isolation.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FAMILY_MEMBERS_MAX } from '../../../src/core/families/family.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { createAccount, createCustomer, createCustomerWithAccount } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

describeEachDatabase('families', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  type Org = { slug: string; key: string };
  const createFamily = (org: Org, body: unknown, headers?: Record<string, string>) =>
    saldo.request('POST', `/orgs/${org.slug}/families`, { key: org.key, body, headers });
  const addMember = (org: Org, familyId: string, customerId: string) =>
    saldo.request('PUT', `/orgs/${org.slug}/families/${familyId}/members/${customerId}`, { key: org.key });
  const removeMember = (org: Org, familyId: string, customerId: string) =>
    saldo.request('DELETE', `/orgs/${org.slug}/families/${familyId}/members/${customerId}`, { key: org.key });
  const members = (org: Org, familyId: string) =>
    saldo.request('GET', `/orgs/${org.slug}/families/${familyId}/members`, { key: org.key });

  it('creates a family and reads it back', async () => {
    const org = await saldo.organization('fam-create');
    const created = await createFamily(org, { name: 'The Smiths', currency: 'EUR' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^fml_[0-9A-HJKMNP-TV-Z]{26}$/),
      name: 'The Smiths',
      currency: 'EUR',
      created_at: '2026-03-15T10:00:00.000Z',
    });
    const read = await saldo.request('GET', `/orgs/${org.slug}/families/${created.body.id}`, { key: org.key });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
    expect((await members(org, created.body.id)).body).toEqual({ data: [] });
  });

  it('validates the family body', async () => {
    const org = await saldo.organization('fam-validate');
    const cases: Array<[unknown, number, string]> = [
      [{ name: 'X' }, 400, 'validation_failed'],
      [{ currency: 'EUR' }, 400, 'validation_failed'],
      [{ name: '', currency: 'EUR' }, 400, 'validation_failed'],
      [{ name: 'x'.repeat(201), currency: 'EUR' }, 400, 'validation_failed'],
      [{ name: 'X', currency: 'eur' }, 400, 'validation_failed'],
      [{ name: 'X', currency: 'XYZ' }, 400, 'currency_unknown'],
      [{ name: 'X', currency: 'EUR', extra: 1 }, 400, 'validation_failed'],
    ];
    for (const [body, status, code] of cases) {
      const answer = await createFamily(org, body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect(answer.body.code, JSON.stringify(body)).toBe(code);
    }
  });

  it('replays a create with the same Idempotency-Key and refuses it with another body', async () => {
    const org = await saldo.organization('fam-idem');
    const headers = { 'idempotency-key': 'family-1' };
    const first = await createFamily(org, { name: 'A', currency: 'EUR' }, headers);
    const again = await createFamily(org, { name: 'A', currency: 'EUR' }, headers);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    const other = await createFamily(org, { name: 'B', currency: 'EUR' }, headers);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
  });

  it('adds members (idempotently), lists them in joining order and removes them', async () => {
    const org = await saldo.organization('fam-members');
    const family = (await createFamily(org, { name: 'Household', currency: 'EUR' })).body;
    const { customer: anna } = await createCustomerWithAccount(saldo, org);
    const ben = await createCustomer(saldo, org, { name: 'Ben' });
    expect((await addMember(org, family.id, anna.id)).status).toBe(204);
    saldo.clock.set('2026-03-15T11:00:00Z');
    expect((await addMember(org, family.id, ben.id)).status).toBe(204);
    expect((await addMember(org, family.id, ben.id)).status).toBe(204);
    saldo.clock.set('2026-03-15T10:00:00Z');
    const listed = await members(org, family.id);
    expect(listed.body.data).toEqual([
      {
        customer_id: anna.id,
        customer_number: String(anna.number),
        name: anna.name,
        added_at: '2026-03-15T10:00:00.000Z',
      },
      { customer_id: ben.id, customer_number: String(ben.number), name: 'Ben', added_at: '2026-03-15T11:00:00.000Z' },
    ]);
    expect((await removeMember(org, family.id, anna.id)).status).toBe(204);
    const gone = await removeMember(org, family.id, anna.id);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('customer_not_found');
    expect((await members(org, family.id)).body.data.map((m: any) => m.customer_id)).toEqual([ben.id]);
    // A customer who left can join again, here or elsewhere.
    expect((await addMember(org, family.id, anna.id)).status).toBe(204);
    const trail = await saldo.request('GET', `/orgs/${org.slug}/audit-events`, { key: org.key });
    expect(trail.body.data.map((e: any) => e.action)).toEqual(
      expect.arrayContaining(['family.created', 'family.member_added', 'family.member_removed']),
    );
  });

  it('refuses a customer of another family (409), another currency (422), unknown ids (404)', async () => {
    const org = await saldo.organization('fam-refusals');
    const euros = (await createFamily(org, { name: 'Euros', currency: 'EUR' })).body;
    const others = (await createFamily(org, { name: 'Others', currency: 'EUR' })).body;
    const crowns = (await createFamily(org, { name: 'Crowns', currency: 'SEK' })).body;
    const { customer } = await createCustomerWithAccount(saldo, org);
    expect((await addMember(org, euros.id, customer.id)).status).toBe(204);

    const taken = await addMember(org, others.id, customer.id);
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('customer_in_other_family');

    const mixed = await createCustomer(saldo, org);
    await createAccount(saldo, org, mixed.id);
    await createAccount(saldo, org, mixed.id, { currency: 'SEK' });
    const wrongCurrency = await addMember(org, crowns.id, mixed.id);
    expect(wrongCurrency.status).toBe(422);
    expect(wrongCurrency.body.code).toBe('currency_mismatch');
    expect(wrongCurrency.body.detail).toContain('EUR');

    const unknownFamily = await addMember(org, 'fml_00000000000000000000000000', customer.id);
    expect(unknownFamily.status).toBe(404);
    expect(unknownFamily.body.code).toBe('family_not_found');
    const unknownCustomer = await addMember(org, others.id, '00000000-0000-4000-8000-000000000000');
    expect(unknownCustomer.status).toBe(404);
    expect(unknownCustomer.body.code).toBe('customer_not_found');
    const readUnknown = await saldo.request('GET', `/orgs/${org.slug}/families/fml_00000000000000000000000000`, {
      key: org.key,
    });
    expect(readUnknown.status).toBe(404);
    // A malformed id is the request's fault (400), a well-formed one naming nothing 404: on every route alike.
    expect((await members(org, 'nonsense')).status).toBe(400);
    expect((await members(org, 'fml_00000000000000000000000000')).status).toBe(404);
  });

  it(`refuses member ${FAMILY_MEMBERS_MAX + 1} of a family`, async () => {
    const org = await saldo.organization('fam-full');
    const family = (await createFamily(org, { name: 'Big', currency: 'EUR' })).body;
    for (let i = 0; i < FAMILY_MEMBERS_MAX; i++) {
      const customer = await createCustomer(saldo, org);
      expect((await addMember(org, family.id, customer.id)).status).toBe(204);
    }
    const one = await createCustomer(saldo, org);
    const refused = await addMember(org, family.id, one.id);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('family_member_limit_reached');
  });

  it('hides another organization’s families and customers, and asks for the family scopes', async () => {
    const org = await saldo.organization('fam-tenant');
    const other = await saldo.organization('fam-tenant-other');
    const family = (await createFamily(org, { name: 'Mine', currency: 'EUR' })).body;
    const foreignCustomer = await createCustomer(saldo, other);
    const theirFamily = (await createFamily(other, { name: 'Theirs', currency: 'EUR' })).body;
    expect((await addMember(org, family.id, foreignCustomer.id)).status).toBe(404);
    expect((await saldo.request('GET', `/orgs/${org.slug}/families/${theirFamily.id}`, { key: org.key })).status).toBe(
      404,
    );
    expect(
      (await saldo.request('GET', `/orgs/${other.slug}/families/${theirFamily.id}`, { key: org.key })).status,
    ).toBe(404);

    const reader = await saldo.issueKey('fam-tenant', ['FAMILY_READ']);
    const writer = await saldo.issueKey('fam-tenant', ['FAMILY_WRITE']);
    expect((await saldo.request('GET', `/orgs/${org.slug}/families/${family.id}`, { key: reader.key })).status).toBe(
      200,
    );
    expect((await saldo.request('GET', `/orgs/${org.slug}/families/${family.id}`, { key: writer.key })).status).toBe(
      403,
    );
    const readerWrites = await saldo.request('POST', `/orgs/${org.slug}/families`, {
      key: reader.key,
      body: { name: 'X', currency: 'EUR' },
    });
    expect(readerWrites.status).toBe(403);
    expect(readerWrites.body.code).toBe('forbidden');
    expect(
      (await saldo.request('POST', `/orgs/${org.slug}/families`, { body: { name: 'X', currency: 'EUR' } })).status,
    ).toBe(401);
  });
});
