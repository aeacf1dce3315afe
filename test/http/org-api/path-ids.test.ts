// Proves that every native route treats an id in its path alike, on both databases: a malformed
// id is 400 naming the parameter, a well-formed id that names nothing of the organization is 404
// with the resource's code — `/accounts/x` and `/accounts/x/dunning` answer the same.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';
const unknown = (prefix: string) => `${prefix}00000000000000000000000000`;

describeEachDatabase('path ids', (kind) => {
  let saldo: TestSaldo;
  let org: { slug: string; key: string };
  beforeAll(async () => {
    saldo = await startSaldo(kind);
    org = await saldo.organization('path-ids');
  });
  afterAll(async () => saldo?.close());

  const cases: Array<[string, (id: string) => string, string, string, string]> = [
    ['an account', (id) => `/accounts/${id}`, 'account_id', UNKNOWN_UUID, 'account_not_found'],
    ["an account's dunning", (id) => `/accounts/${id}/dunning`, 'account_id', UNKNOWN_UUID, 'account_not_found'],
    ["an account's entries", (id) => `/accounts/${id}/entries`, 'account_id', UNKNOWN_UUID, 'account_not_found'],
    ['a customer', (id) => `/customers/${id}`, 'customer_id', UNKNOWN_UUID, 'customer_not_found'],
    ["a customer's accounts", (id) => `/customers/${id}/accounts`, 'customer_id', UNKNOWN_UUID, 'customer_not_found'],
    ['an entry', (id) => `/entries/${id}`, 'entry_id', unknown('trn_'), 'entry_not_found'],
    ['a family', (id) => `/families/${id}`, 'family_id', unknown('fml_'), 'family_not_found'],
    [
      'a scheduled payment',
      (id) => `/scheduled-payments/${id}`,
      'scheduled_payment_id',
      unknown('spm_'),
      'scheduled_payment_not_found',
    ],
    [
      'an installment plan',
      (id) => `/installment-plans/${id}`,
      'plan_id',
      unknown('ipl_'),
      'installment_plan_not_found',
    ],
    ['a dunning run', (id) => `/dunning-runs/${id}`, 'run_id', unknown('dnr_'), 'dunning_run_not_found'],
  ];

  it.each(cases)(
    'answers %s: 400 for a malformed id, 404 for an unknown one',
    async (_name, path, parameter, wellFormed, code) => {
      const malformed = await saldo.request('GET', `/orgs/path-ids${path('x')}`, { key: org.key });
      expect(malformed.status).toBe(400);
      expect(malformed.body.code).toBe('validation_failed');
      expect(malformed.body.errors[0].parameter).toBe(parameter);
      const missing = await saldo.request('GET', `/orgs/path-ids${path(wellFormed)}`, { key: org.key });
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe(code);
    },
  );
});
