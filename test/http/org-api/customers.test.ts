// Proves the customers API over HTTP on both databases: create with assigned or given numbers,
// every field's validation, uniqueness of numbers and external references, reads by uuid and
// number with ETag, updates with If-Match, cursor-paged filtered lists, idempotent replays,
// scopes, audit events and tenant isolation.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';
import { createCustomer } from '../../support/fixtures.ts';

describeEachDatabase('customers', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  it('creates a customer with every field and reads it back by uuid and by number', async () => {
    const org = await saldo.organization('cu-create');
    const created = await saldo.request('POST', '/orgs/cu-create/customers', {
      key: org.key,
      body: {
        number: '55667788990',
        name: 'Maija Meikäläinen',
        email: 'maija@example.fi',
        categories: ['vip', 'b2c', 'vip'],
        external_references: [{ source: 'crm', id: 'C-1' }],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      number: '55667788990',
      name: 'Maija Meikäläinen',
      email: 'maija@example.fi',
      categories: ['b2c', 'vip'],
      external_references: [{ source: 'crm', id: 'C-1' }],
      version: 1,
      created_at: '2026-03-15T10:00:00.000Z',
      updated_at: '2026-03-15T10:00:00.000Z',
    });
    expect(created.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const byId = await saldo.request('GET', `/orgs/cu-create/customers/${created.body.id}`, { key: org.key });
    expect(byId.status).toBe(200);
    expect(byId.body).toEqual(created.body);
    expect(byId.headers.get('etag')).toBe('"1"');
    const byNumber = await saldo.request('GET', '/orgs/cu-create/customers/by-number/55667788990', { key: org.key });
    expect(byNumber.status).toBe(200);
    expect(byNumber.body.id).toBe(created.body.id);
  });

  it('assigns the number after the highest, and accepts the int64 range exactly', async () => {
    const org = await saldo.organization('cu-numbers');
    const first = await createCustomer(saldo, org);
    expect(first.number).toBe('1');
    await createCustomer(saldo, org, { number: 1000 });
    const next = await createCustomer(saldo, org);
    expect(next.number).toBe('1001');
    const max = await createCustomer(saldo, org, { number: '9223372036854775807' });
    expect(max.number).toBe('9223372036854775807');
    const read = await saldo.request('GET', '/orgs/cu-numbers/customers/by-number/9223372036854775807', {
      key: org.key,
    });
    expect(read.body.id).toBe(max.id);
    const full = await saldo.request('POST', '/orgs/cu-numbers/customers', { key: org.key, body: { name: 'No room' } });
    expect(full.status).toBe(400);
    expect(full.body.code).toBe('validation_failed');
  });

  it('assigns distinct numbers to concurrent creations', async () => {
    const org = await saldo.organization('cu-concurrent');
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        saldo.request('POST', '/orgs/cu-concurrent/customers', { key: org.key, body: { name: `C${i}` } }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    expect(answers.map((a) => a.body.number).sort()).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('refuses a taken number and a taken external reference with 409', async () => {
    const org = await saldo.organization('cu-conflicts');
    await createCustomer(saldo, org, { number: '7', external_references: [{ source: 'crm', id: 'X' }] });
    const number = await saldo.request('POST', '/orgs/cu-conflicts/customers', {
      key: org.key,
      body: { number: '7', name: 'Again' },
    });
    expect(number.status).toBe(409);
    expect(number.body.code).toBe('customer_number_taken');
    expect(number.headers.get('content-type')).toContain('application/problem+json');
    const reference = await saldo.request('POST', '/orgs/cu-conflicts/customers', {
      key: org.key,
      body: { name: 'Again', external_references: [{ source: 'crm', id: 'X' }] },
    });
    expect(reference.status).toBe(409);
    expect(reference.body.code).toBe('external_reference_taken');
    // Same id under another source is another reference.
    const otherSource = await saldo.request('POST', '/orgs/cu-conflicts/customers', {
      key: org.key,
      body: { name: 'Other', external_references: [{ source: 'erp', id: 'X' }] },
    });
    expect(otherSource.status).toBe(201);
  });

  it.each([
    ['missing name', {}, '/name'],
    ['empty name', { name: '' }, '/name'],
    ['name of wrong type', { name: 5 }, '/name'],
    ['name too long', { name: 'x'.repeat(201) }, '/name'],
    ['number zero', { name: 'N', number: '0' }, '/number'],
    ['number above int64', { name: 'N', number: '9223372036854775808' }, '/number'],
    ['number with letters', { name: 'N', number: '12a' }, '/number'],
    ['negative number', { name: 'N', number: -5 }, '/number'],
    ['fractional number', { name: 'N', number: 1.5 }, '/number'],
    ['bad email', { name: 'N', email: 'not-an-email' }, '/email'],
    ['categories not a list', { name: 'N', categories: 'vip' }, '/categories'],
    ['empty category', { name: 'N', categories: [''] }, '/categories/0'],
    [
      'external reference without id',
      { name: 'N', external_references: [{ source: 'crm' }] },
      '/external_references/0/id',
    ],
    ['unknown field', { name: 'N', balance: 10 }, '/balance'],
  ])('refuses %s with 400 and a pointer', async (_label, body, pointer) => {
    const org = await saldo.organization(`cu-v-${Math.random().toString(36).slice(2, 10)}`);
    const answer = await saldo.request('POST', `/orgs/${org.slug}/customers`, { key: org.key, body });
    expect(answer.status).toBe(400);
    expect(['validation_failed']).toContain(answer.body.code);
    expect(answer.body.errors[0].pointer).toBe(pointer);
  });

  it('refuses malformed JSON and malformed uuids with 400, unknown customers with 404', async () => {
    const org = await saldo.organization('cu-malformed');
    const malformed = await saldo.request('POST', '/orgs/cu-malformed/customers', {
      key: org.key,
      rawBody: '{"name": "x",',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('malformed_json');
    const badId = await saldo.request('GET', '/orgs/cu-malformed/customers/not-a-uuid', { key: org.key });
    expect(badId.status).toBe(400);
    expect(badId.body.code).toBe('validation_failed');
    const missing = await saldo.request('GET', '/orgs/cu-malformed/customers/7a1c5a52-7f0a-4c55-9b2e-000000000000', {
      key: org.key,
    });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('customer_not_found');
    const badNumber = await saldo.request('GET', '/orgs/cu-malformed/customers/by-number/abc', { key: org.key });
    expect(badNumber.status).toBe(400);
  });

  it('updates with If-Match: 428 without it, 409 when stale, 200 with the next version', async () => {
    const org = await saldo.organization('cu-update');
    const customer = await createCustomer(saldo, org, { email: 'old@example.com', categories: ['a'] });
    const path = `/orgs/cu-update/customers/${customer.id}`;
    const noMatch = await saldo.request('PATCH', path, { key: org.key, body: { name: 'New' } });
    expect(noMatch.status).toBe(428);
    expect(noMatch.body.code).toBe('precondition_required');
    saldo.clock.set('2026-03-16T08:00:00Z');
    const updated = await saldo.request('PATCH', path, {
      key: org.key,
      headers: { 'if-match': '"1"' },
      body: { name: 'New', email: null, categories: ['b', 'c'], external_references: [{ source: 'crm', id: 'N-1' }] },
    });
    saldo.clock.set('2026-03-15T10:00:00Z');
    expect(updated.status).toBe(200);
    expect(updated.headers.get('etag')).toBe('"2"');
    expect(updated.body).toMatchObject({
      name: 'New',
      email: null,
      categories: ['b', 'c'],
      external_references: [{ source: 'crm', id: 'N-1' }],
      version: 2,
      created_at: '2026-03-15T10:00:00.000Z',
      updated_at: '2026-03-16T08:00:00.000Z',
    });
    const stale = await saldo.request('PATCH', path, {
      key: org.key,
      headers: { 'if-match': '"1"' },
      body: { name: 'Lost' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_mismatch');
    const read = await saldo.request('GET', path, { key: org.key });
    expect(read.body.name).toBe('New');
    const badHeader = await saldo.request('PATCH', path, {
      key: org.key,
      headers: { 'if-match': 'yesterday' },
      body: { name: 'X' },
    });
    expect(badHeader.status).toBe(400);
    const unknown = await saldo.request('PATCH', path, {
      key: org.key,
      headers: { 'if-match': '"2"' },
      body: { number: '5' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].pointer).toBe('/number');
  });

  it('refuses an update that takes another customer’s external reference', async () => {
    const org = await saldo.organization('cu-update-ref');
    await createCustomer(saldo, org, { external_references: [{ source: 'crm', id: 'TAKEN' }] });
    const other = await createCustomer(saldo, org);
    const answer = await saldo.request('PATCH', `/orgs/cu-update-ref/customers/${other.id}`, {
      key: org.key,
      headers: { 'if-match': '"1"' },
      body: { external_references: [{ source: 'crm', id: 'TAKEN' }] },
    });
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('external_reference_taken');
  });

  it('lists customers by number with cursors and filters', async () => {
    const org = await saldo.organization('cu-list');
    for (let i = 1; i <= 5; i++) {
      await createCustomer(saldo, org, {
        number: String(i * 10),
        categories: i % 2 === 0 ? ['even'] : ['odd'],
        external_references: [{ source: 'crm', id: `E${i}` }],
      });
    }
    const first = await saldo.request('GET', '/orgs/cu-list/customers?limit=2', { key: org.key });
    expect(first.status).toBe(200);
    expect(first.body.data.map((c: any) => c.number)).toEqual(['10', '20']);
    expect(first.body.next_cursor).toBe('20');
    const second = await saldo.request('GET', `/orgs/cu-list/customers?limit=2&cursor=${first.body.next_cursor}`, {
      key: org.key,
    });
    expect(second.body.data.map((c: any) => c.number)).toEqual(['30', '40']);
    const last = await saldo.request('GET', `/orgs/cu-list/customers?limit=2&cursor=${second.body.next_cursor}`, {
      key: org.key,
    });
    expect(last.body.data.map((c: any) => c.number)).toEqual(['50']);
    expect(last.body.next_cursor).toBeNull();
    const even = await saldo.request('GET', '/orgs/cu-list/customers?category=even', { key: org.key });
    expect(even.body.data.map((c: any) => c.number)).toEqual(['20', '40']);
    const external = await saldo.request('GET', '/orgs/cu-list/customers?external_source=crm&external_id=E3', {
      key: org.key,
    });
    expect(external.body.data.map((c: any) => c.number)).toEqual(['30']);
    const badCursor = await saldo.request('GET', '/orgs/cu-list/customers?cursor=abc', { key: org.key });
    expect(badCursor.status).toBe(400);
    const badLimit = await saldo.request('GET', '/orgs/cu-list/customers?limit=1000', { key: org.key });
    expect(badLimit.status).toBe(400);
  });

  it('replays a create with the same Idempotency-Key and refuses the key with another body', async () => {
    const org = await saldo.organization('cu-idem');
    const send = (body: unknown) =>
      saldo.request('POST', '/orgs/cu-idem/customers', {
        key: org.key,
        headers: { 'idempotency-key': 'create-1' },
        body,
      });
    const first = await send({ name: 'Once' });
    expect(first.status).toBe(201);
    const again = await send({ name: 'Once' });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    const list = await saldo.request('GET', '/orgs/cu-idem/customers', { key: org.key });
    expect(list.body.data).toHaveLength(1);
    const other = await send({ name: 'Twice' });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
  });

  it('records audit events for creates and updates', async () => {
    const org = await saldo.organization('cu-audit');
    const customer = await createCustomer(saldo, org, { number: '99' });
    await saldo.request('PATCH', `/orgs/cu-audit/customers/${customer.id}`, {
      key: org.key,
      headers: { 'if-match': '"1"' },
      body: { name: 'Renamed' },
    });
    const events = await saldo.request('GET', '/orgs/cu-audit/audit-events', { key: org.key });
    const mine = events.body.data.filter((e: any) => e.resource_id === customer.id);
    expect(mine.map((e: any) => e.action)).toEqual(['customer.updated', 'customer.created']);
    expect(mine[1]).toMatchObject({ actor_key_id: org.keyId, resource_type: 'customer', details: { number: '99' } });
    expect(mine[0].details).toMatchObject({ changed: ['name'], version: 2 });
  });

  it('answers 401 without a key, 403 without the scope, 405 for a wrong method', async () => {
    const org = await saldo.organization('cu-auth');
    const customer = await createCustomer(saldo, org);
    const none = await saldo.request('GET', `/orgs/cu-auth/customers/${customer.id}`);
    expect(none.status).toBe(401);
    const readOnly = await saldo.issueKey('cu-auth', ['CUSTOMER_READ']);
    const write = await saldo.request('POST', '/orgs/cu-auth/customers', { key: readOnly.key, body: { name: 'No' } });
    expect(write.status).toBe(403);
    const canRead = await saldo.request('GET', `/orgs/cu-auth/customers/${customer.id}`, { key: readOnly.key });
    expect(canRead.status).toBe(200);
    const accountsOnly = await saldo.issueKey('cu-auth', ['CUSTOMER_ACCOUNT_READ']);
    const read = await saldo.request('GET', `/orgs/cu-auth/customers/${customer.id}`, { key: accountsOnly.key });
    expect(read.status).toBe(403);
    const wrongMethod = await saldo.request('DELETE', `/orgs/cu-auth/customers/${customer.id}`, { key: org.key });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toContain('PATCH');
  });

  it('never shows another organization’s customers', async () => {
    const mine = await saldo.organization('cu-iso-a');
    const theirs = await saldo.organization('cu-iso-b');
    const customer = await createCustomer(saldo, theirs, {
      number: '31',
      external_references: [{ source: 'crm', id: 'shared' }],
    });
    const byId = await saldo.request('GET', `/orgs/cu-iso-a/customers/${customer.id}`, { key: mine.key });
    expect(byId.status).toBe(404);
    const byNumber = await saldo.request('GET', '/orgs/cu-iso-a/customers/by-number/31', { key: mine.key });
    expect(byNumber.status).toBe(404);
    const patch = await saldo.request('PATCH', `/orgs/cu-iso-a/customers/${customer.id}`, {
      key: mine.key,
      headers: { 'if-match': '"1"' },
      body: { name: 'Hijack' },
    });
    expect(patch.status).toBe(404);
    const viaTheirSlug = await saldo.request('GET', `/orgs/cu-iso-b/customers/${customer.id}`, { key: mine.key });
    expect(viaTheirSlug.status).toBe(404);
    const list = await saldo.request('GET', '/orgs/cu-iso-a/customers', { key: mine.key });
    expect(list.body.data).toEqual([]);
    // Numbers and external references are unique per organization, not across them.
    const sameNumber = await createCustomer(saldo, mine, {
      number: '31',
      external_references: [{ source: 'crm', id: 'shared' }],
    });
    expect(sameNumber.number).toBe('31');
  });
});
