// Proves the typed TypeScript client (clients/typescript): its committed schema is exactly what the
// app's OpenAPI document makes today (run `npm run client:generate` when this fails), and it calls
// a real Saldo with an API key, and with a console session whose state-changing calls it sends as JSON.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSaldoClient } from '../../clients/typescript/src/index.ts';
import { committedClientSchema, generatedClientSchema } from '../../scripts/typescript-client.ts';
import { type TestSaldo, startSaldo } from '../support/harness.ts';
import { createOperator, signIn } from '../support/operators.ts';

let saldo: TestSaldo;
beforeAll(async () => {
  saldo = await startSaldo('sqlite');
});
afterAll(async () => saldo?.close());

it('is generated from the current OpenAPI document (npm run client:generate)', async () => {
  const generated = await generatedClientSchema();
  expect(generated.length).toBeGreaterThan(10_000);
  // Compared whole; a readable hint first when it is stale.
  if (committedClientSchema() !== generated) {
    throw new Error('clients/typescript/src/schema.ts is stale: run `npm run client:generate` and commit it');
  }
});

it('calls Saldo with an API key, typed', async () => {
  const org = await saldo.organization('acme');
  const client = createSaldoClient({ baseUrl: `${saldo.baseUrl}/`, apiKey: org.key });
  const created = await client.POST('/orgs/{org_id}/customers', {
    params: { path: { org_id: 'acme' } },
    body: { name: 'Typed Customer', number: '4711' },
  });
  expect(created.response.status).toBe(201);
  expect(created.data?.number).toBe('4711');
  const read = await client.GET('/orgs/{org_id}/customers/by-number/{number}', {
    params: { path: { org_id: 'acme', number: '4711' } },
  });
  expect(read.data?.name).toBe('Typed Customer');
  const missing = await client.GET('/orgs/{org_id}/customers/{customer_id}', {
    params: { path: { org_id: 'acme', customer_id: '00000000-0000-4000-8000-000000000000' } },
  });
  expect(missing.response.status).toBe(404);
  expect(missing.error?.code).toBe('customer_not_found');
});

it('sends a JSON body on bodiless state changes made with a session, as the cookie requires', async () => {
  await saldo.organization('globex');
  await createOperator(saldo, 'globex', 'ann@globex.example', 'admin');
  const cookie = await signIn(saldo, 'ann@globex.example');
  const client = createSaldoClient({ baseUrl: saldo.baseUrl, headers: { cookie, origin: saldo.baseUrl } });
  const session = await client.GET('/console/api/session');
  expect(session.data?.organization.slug).toBe('globex');
  const out = await client.DELETE('/console/api/session');
  expect(out.response.status).toBe(204);
  expect((await client.GET('/console/api/session')).response.status).toBe(401);
});
