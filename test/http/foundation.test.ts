// Proves the spine over real HTTP on both databases: keys and their lifecycle, the 401/403/404
// rules, tenant isolation of /orgs paths, trace ids, 405/413/unknown paths in each dialect's
// body, readiness.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { ROOT_KEY, type TestSaldo, startSaldo } from '../support/harness.ts';

describeEachDatabase('foundation', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  it('creates an organization with the root key and refuses a taken slug', async () => {
    const created = await saldo.request('POST', '/admin/organizations', {
      key: ROOT_KEY,
      body: { slug: 'acme', name: 'Acme' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ slug: 'acme', name: 'Acme' });
    expect(created.body.id).toMatch(/^co_[0-9A-Z]{26}$/);
    const again = await saldo.request('POST', '/admin/organizations', {
      key: ROOT_KEY,
      body: { slug: 'acme', name: 'Other' },
    });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    expect(again.body.code).toBe('organization_slug_taken');
  });

  it('refuses /admin without the root key, or with an organization key', async () => {
    const none = await saldo.request('POST', '/admin/organizations', { body: { slug: 'x1', name: 'X' } });
    expect(none.status).toBe(401);
    const wrong = await saldo.request('POST', '/admin/organizations', {
      key: 'not-the-root-key-at-all',
      body: { slug: 'x1', name: 'X' },
    });
    expect(wrong.status).toBe(401);
    const org = await saldo.organization('keyholder');
    const orgKey = await saldo.request('POST', '/admin/organizations', {
      key: org.key,
      body: { slug: 'x1', name: 'X' },
    });
    expect(orgKey.status).toBe(401);
  });

  it('shows a key once, stores only its hash, and refuses it after revocation', async () => {
    const org = await saldo.organization('lifecycle');
    const listed = await saldo.request('GET', '/admin/organizations/lifecycle/api-keys', { key: ROOT_KEY });
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toContain(org.key);
    expect(listed.body.data[0]).not.toHaveProperty('secret_hash');
    const stored = await saldo.store.apiKeys.findById(org.keyId);
    expect(stored?.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(org.key).not.toContain(stored!.secretHash);

    const before = await saldo.request('GET', '/orgs/lifecycle/audit-events', { key: org.key });
    expect(before.status).toBe(200);
    const revoked = await saldo.request('DELETE', `/admin/organizations/lifecycle/api-keys/${org.keyId}`, {
      key: ROOT_KEY,
    });
    expect(revoked.status).toBe(204);
    const after = await saldo.request('GET', '/orgs/lifecycle/audit-events', { key: org.key });
    expect(after.status).toBe(401);
    const twice = await saldo.request('DELETE', `/admin/organizations/lifecycle/api-keys/${org.keyId}`, {
      key: ROOT_KEY,
    });
    expect(twice.status).toBe(404);
  });

  it('accepts X-API-Key and Authorization: Bearer, and nothing under another header name', async () => {
    const org = await saldo.organization('headers');
    const viaHeader = await saldo.request('GET', '/orgs/headers/audit-events', { key: org.key });
    expect(viaHeader.status).toBe(200);
    const viaBearer = await saldo.request('GET', '/orgs/headers/audit-events', {
      headers: { authorization: `Bearer ${org.key}` },
    });
    expect(viaBearer.status).toBe(200);
    const wrongName = await saldo.request('GET', '/orgs/headers/audit-events', { headers: { 'x-api-token': org.key } });
    expect(wrongName.status).toBe(401);
    expect(wrongName.body.code).toBe('unauthenticated');
    const tampered = await saldo.request('GET', '/orgs/headers/audit-events', { key: `${org.key.slice(0, -2)}xx` });
    expect(tampered.status).toBe(401);
  });

  it('answers 403 for a key without the scope and 404 for another organization', async () => {
    await saldo.organization('alpha');
    const beta = await saldo.organization('beta');
    const limited = await saldo.issueKey('beta', ['FAMILY_READ']);
    const noScope = await saldo.request('GET', '/orgs/beta/audit-events', { key: limited.key });
    expect(noScope.status).toBe(403);
    expect(noScope.body.code).toBe('forbidden');
    const otherOrg = await saldo.request('GET', '/orgs/alpha/audit-events', { key: beta.key });
    expect(otherOrg.status).toBe(404);
    const missingOrg = await saldo.request('GET', '/orgs/does-not-exist/audit-events', { key: beta.key });
    expect(missingOrg.status).toBe(404);
    expect(missingOrg.body).toEqual({
      ...otherOrg.body,
      trace_id: missingOrg.body.trace_id,
      instance: missingOrg.body.instance,
    });
  });

  it('decides a key it already holds without a read, with the same refusals as a read gives', async () => {
    await saldo.organization('held-alpha');
    const held = await saldo.organization('held-beta');
    const limited = await saldo.issueKey('held-beta', ['FAMILY_READ']);
    const asks = [
      { path: '/orgs/held-beta/audit-events', key: held.key },
      { path: '/orgs/held-beta/audit-events', key: limited.key },
      { path: '/orgs/held-alpha/audit-events', key: held.key },
      { path: '/orgs/held-beta/audit-events', key: `${held.key.slice(0, -2)}xx` },
    ];
    const answers = async () => {
      const all = await Promise.all(asks.map(({ path, key }) => saldo.request('GET', path, { key })));
      return all.map((answer) => [answer.status, answer.body.code]);
    };
    // The first round reads the keys and organization; the second is decided from what it held.
    const read = await answers();
    const keyReads = vi.spyOn(saldo.store.apiKeys, 'recentById');
    const organizationReads = vi.spyOn(saldo.store.organizations, 'recentOrganization');
    try {
      expect(await answers()).toEqual(read);
      expect(keyReads).not.toHaveBeenCalled();
      expect(organizationReads).not.toHaveBeenCalled();
    } finally {
      keyReads.mockRestore();
      organizationReads.mockRestore();
    }
    expect(read).toEqual([
      [200, undefined],
      [403, 'forbidden'],
      [404, 'organization_not_found'],
      [401, 'unauthenticated'],
    ]);
  });

  it('carries the caller trace id from traceparent, or makes one', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const answer = await saldo.request('GET', '/orgs/nobody/audit-events', {
      headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
    });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('x-trace-id')).toBe(traceId);
    expect(answer.body.trace_id).toBe(traceId);
    const generated = await saldo.request('GET', '/healthz');
    expect(generated.headers.get('x-trace-id')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers 405 with Allow, 413 for a large body, 400 for malformed JSON, 404 for unknown paths', async () => {
    const wrongMethod = await saldo.request('PUT', '/admin/organizations', { key: ROOT_KEY });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    const large = await saldo.request('POST', '/admin/organizations', {
      key: ROOT_KEY,
      body: { slug: 'large', name: 'x'.repeat(2_000_000) },
    });
    expect(large.status).toBe(413);
    expect(large.body.code).toBe('payload_too_large');
    const malformed = await saldo.request('POST', '/admin/organizations', { key: ROOT_KEY, rawBody: '{"slug": "m",' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('malformed_json');
    const unknown = await saldo.request('GET', '/nowhere');
    expect(unknown.status).toBe(404);
    expect(unknown.text).not.toMatch(/stack|at .*\.ts/);
  });

  it('answers unknown paths and wrong methods in the body of the dialect whose prefix they are under', async () => {
    const v1Customers = await saldo.request('GET', '/v1/customers/1/nothing-here');
    expect(v1Customers.status).toBe(404);
    expect(v1Customers.body).toEqual({
      errorMessage: 'There is nothing at this path.',
      errorCode: 'route_not_found',
      traceId: v1Customers.headers.get('x-trace-id'),
    });
    const v1Families = await saldo.request('GET', '/v1/families/fml_1/nothing-here');
    expect(v1Families.status).toBe(404);
    expect(v1Families.body).toMatchObject({ statusCode: 404, messages: ['There is nothing at this path.'] });
    const v4 = await saldo.request('GET', '/v4/nothing-here');
    expect(v4.status).toBe(404);
    expect(v4.headers.get('content-type')).toContain('application/problem+json');
    const wrongMethod = await saldo.request('POST', '/v1/customers/1/account/balances');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET, HEAD');
    expect(wrongMethod.body).toMatchObject({ errorCode: 'method_not_allowed' });
  });

  it('validates bodies strictly: wrong types and unknown fields are 400 with a pointer', async () => {
    const wrongType = await saldo.request('POST', '/admin/organizations', {
      key: ROOT_KEY,
      body: { slug: 'typed', name: 5 },
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors[0].pointer).toBe('/name');
    const extra = await saldo.request('POST', '/admin/organizations', {
      key: ROOT_KEY,
      body: { slug: 'typed', name: 'T', balance: 1 },
    });
    expect(extra.status).toBe(400);
    expect(extra.body.errors[0].pointer).toBe('/balance');
    const badScope = await saldo.request('POST', '/admin/organizations/acme/api-keys', {
      key: ROOT_KEY,
      body: { name: 'k', scopes: ['ROOT'] },
    });
    expect(badScope.status).toBe(400);
  });

  it('reports readiness and serves the OpenAPI document and the docs page', async () => {
    expect((await saldo.request('GET', '/readyz')).body).toEqual({ status: 'ready' });
    const doc = await saldo.request('GET', '/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(doc.body.paths['/admin/organizations'].post.security).toEqual([{ RootKey: [] }]);
    const docs = await saldo.request('GET', '/docs/');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger');
  });
});
