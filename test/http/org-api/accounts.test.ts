// Proves opening and updating accounts over HTTP on both databases: defaults (currency from body,
// template or settings), every field's validation, payment references generated and checked per
// type, unique numbers and references, templates, parents without cycles, the default account,
// If-Match updates, audit events and idempotent replays.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';
import { VALID_IBAN, createAccount, createCustomer } from '../../support/fixtures.ts';
import { isValidReference } from '../../../src/core/payment-references/payment-reference.ts';

const TOKEN = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const directDebit = { type: 'DIRECT_DEBIT', details: { iban: VALID_IBAN } };

describeEachDatabase('accounts', (kind) => {
  let saldo: TestSaldo;
  let counter = 0;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  async function fresh() {
    counter += 1;
    const org = await saldo.organization(`ac-${counter}`);
    const customer = await createCustomer(saldo, org);
    const post = (body: unknown, headers?: Record<string, string>) =>
      saldo.request('POST', `/orgs/${org.slug}/customers/${customer.id}/accounts`, { key: org.key, body, headers });
    return { org, customer, post };
  }

  it('opens an account with every field and shows them all', async () => {
    const { org, customer, post } = await fresh();
    const created = await post({
      modality: 'RECURRING_PREPAID',
      payment_method: { type: 'CREDIT_CARD', details: { token_id: TOKEN.toUpperCase() } },
      billing_address: {
        name: 'Maija',
        line1: 'Mannerheimintie 1',
        postal_code: '00100',
        city: 'Helsinki',
        country: 'FI',
      },
      currency: 'SEK',
      name: 'My example account name',
      number: '123456789',
      credit_limit: 10000,
      payment_reference: { type: 'MOD10', number: '1234567897' },
    });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body)).toEqual(['account_id']);
    const read = await saldo.request('GET', `/orgs/${org.slug}/accounts/${created.body.account_id}`, { key: org.key });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"1"');
    expect(read.body).toEqual({
      id: created.body.account_id,
      numeric_id: expect.stringMatching(/^[0-9]+$/),
      customer_id: customer.id,
      customer_number: customer.number,
      number: '123456789',
      name: 'My example account name',
      currency: 'SEK',
      status: 'ACCOUNT_OK',
      modality: 'RECURRING_PREPAID',
      payment_method: { type: 'CREDIT_CARD', details: { token_id: TOKEN } },
      payment_reference: { type: 'MOD10', number: '1234567897' },
      billing_address: {
        name: 'Maija',
        line1: 'Mannerheimintie 1',
        postal_code: '00100',
        city: 'Helsinki',
        country: 'FI',
      },
      credit_limit: 10000,
      balance: 0,
      available: 10000,
      open_amount: 0,
      unallocated: 0,
      total_charged: 0,
      total_credited: 0,
      parent_id: null,
      template: null,
      is_default: true,
      dunning_level: null,
      in_debt_collection: false,
      version: 1,
      created_at: '2026-03-15T10:00:00.000Z',
      updated_at: '2026-03-15T10:00:00.000Z',
      closed_at: null,
    });
  });

  it('takes the currency from the body, else the template, else the organization default', async () => {
    const { org, customer } = await fresh();
    const fromSettings = await createAccount(saldo, org, customer.id, { currency: undefined });
    expect(fromSettings.currency).toBe('EUR');
    const settings = await saldo.request('PUT', `/orgs/${org.slug}/settings`, {
      key: org.key,
      body: { default_currency: 'NOK' },
    });
    expect(settings.status).toBe(200);
    const fromNewSettings = await createAccount(saldo, org, customer.id, { currency: undefined });
    expect(fromNewSettings.currency).toBe('NOK');
    const template = await saldo.request('POST', `/orgs/${org.slug}/account-templates`, {
      key: org.key,
      body: { name: 'danish', currency: 'DKK', credit_limit: 5000, payment_reference_type: 'FINNISH_7_3_1' },
    });
    expect(template.status).toBe(201);
    const fromTemplate = await createAccount(saldo, org, customer.id, { currency: undefined, template: 'danish' });
    expect(fromTemplate).toMatchObject({ currency: 'DKK', credit_limit: 5000, template: 'danish', available: 5000 });
    expect(fromTemplate.payment_reference!.type).toBe('FINNISH_7_3_1');
    const bodyWins = await createAccount(saldo, org, customer.id, {
      currency: 'JPY',
      template: 'danish',
      credit_limit: 1,
    });
    expect(bodyWins).toMatchObject({ currency: 'JPY', credit_limit: 1 });
  });

  it('makes the first account of a customer its default, and only the first', async () => {
    const { org, customer } = await fresh();
    const first = await createAccount(saldo, org, customer.id);
    const second = await createAccount(saldo, org, customer.id);
    expect(first.is_default).toBe(true);
    expect(second.is_default).toBe(false);
    const list = await saldo.request('GET', `/orgs/${org.slug}/customers/${customer.id}/accounts`, { key: org.key });
    expect(list.body).toEqual({ account_ids: [first.account_id, second.account_id] });
  });

  it('opens concurrent first accounts with exactly one default', async () => {
    const { org, post } = await fresh();
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => post({ modality: 'POSTPAID', payment_method: directDebit })),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
    const reads = await Promise.all(
      answers.map((a) => saldo.request('GET', `/orgs/${org.slug}/accounts/${a.body.account_id}`, { key: org.key })),
    );
    expect(reads.filter((r) => r.body.is_default)).toHaveLength(1);
    expect(new Set(reads.map((r) => r.body.number)).size).toBe(4);
  });

  it('assigns distinct 9-digit account numbers and refuses a taken one', async () => {
    const { org, customer, post } = await fresh();
    const first = await createAccount(saldo, org, customer.id);
    expect(first.number).toBe('100000001');
    await createAccount(saldo, org, customer.id, { number: '100000002' });
    const skipped = await createAccount(saldo, org, customer.id);
    expect(skipped.number).toBe('100000003');
    const taken = await post({ modality: 'POSTPAID', payment_method: directDebit, number: '100000003' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('account_number_taken');
    const other = await createCustomer(saldo, org);
    const takenByOther = await saldo.request('POST', `/orgs/${org.slug}/customers/${other.id}/accounts`, {
      key: org.key,
      body: { modality: 'POSTPAID', payment_method: directDebit, number: 'ACC-1' },
    });
    expect(takenByOther.status).toBe(201);
    const again = await post({ modality: 'POSTPAID', payment_method: directDebit, number: 'ACC-1' });
    expect(again.status).toBe(409);
  });

  it.each(['MOD10', 'FINNISH_7_3_1', 'RF'] as const)(
    'generates a valid, unique %s reference from the account number',
    async (type) => {
      const { org, customer, post } = await fresh();
      const first = await createAccount(saldo, org, customer.id, { number: '4711', payment_reference: { type } });
      expect(first.payment_reference!.type).toBe(type);
      expect(isValidReference(type, first.payment_reference!.number)).toBe(true);
      expect(first.payment_reference!.number).toContain('4711');
      const assigned = await createAccount(saldo, org, customer.id, { payment_reference: { type } });
      expect(isValidReference(type, assigned.payment_reference!.number)).toBe(true);
      expect(assigned.payment_reference!.number).not.toBe(first.payment_reference!.number);
      const taken = await post({
        modality: 'POSTPAID',
        payment_method: directDebit,
        payment_reference: first.payment_reference,
      });
      expect(taken.status).toBe(409);
      expect(taken.body.code).toBe('payment_reference_taken');
    },
  );

  it('falls back to a counter when the number cannot carry the reference or its reference is taken', async () => {
    const { org, customer } = await fresh();
    const rf = await createAccount(saldo, org, customer.id, { number: 'x-1', payment_reference: { type: 'RF' } });
    expect(isValidReference('RF', rf.payment_reference!.number)).toBe(true);
    const short = await createAccount(saldo, org, customer.id, {
      number: '12',
      payment_reference: { type: 'FINNISH_7_3_1' },
    });
    expect(isValidReference('FINNISH_7_3_1', short.payment_reference!.number)).toBe(true);
    // 1232 is the FINNISH_7_3_1 reference of account number 123: taken by hand first.
    await createAccount(saldo, org, customer.id, {
      number: '500',
      payment_reference: { type: 'FINNISH_7_3_1', number: '1232' },
    });
    const derived = await createAccount(saldo, org, customer.id, {
      number: '123',
      payment_reference: { type: 'FINNISH_7_3_1' },
    });
    expect(derived.payment_reference!.number).not.toBe('1232');
    expect(isValidReference('FINNISH_7_3_1', derived.payment_reference!.number)).toBe(true);
  });

  it.each([
    [
      'MOD10 with a wrong check digit',
      { payment_reference: { type: 'MOD10', number: '1234567890' } },
      'payment_reference_invalid',
      '/payment_reference/number',
    ],
    [
      'FINNISH_7_3_1 with a wrong check digit',
      { payment_reference: { type: 'FINNISH_7_3_1', number: '1231' } },
      'payment_reference_invalid',
      '/payment_reference/number',
    ],
    [
      'FINNISH_7_3_1 too short',
      { payment_reference: { type: 'FINNISH_7_3_1', number: '12' } },
      'payment_reference_invalid',
      '/payment_reference/number',
    ],
    [
      'RF with wrong check digits',
      { payment_reference: { type: 'RF', number: 'RF19539007547034' } },
      'payment_reference_invalid',
      '/payment_reference/number',
    ],
    ['unknown reference type', { payment_reference: { type: 'IBAN' } }, 'validation_failed', '/payment_reference/type'],
    [
      'non-numeric number with MOD10',
      { number: 'ABC', payment_reference: { type: 'MOD10' } },
      'validation_failed',
      '/number',
    ],
    [
      'non-numeric number with FINNISH_7_3_1',
      { number: 'ABC', payment_reference: { type: 'FINNISH_7_3_1' } },
      'validation_failed',
      '/number',
    ],
    [
      'bad IBAN',
      { payment_method: { type: 'DIRECT_DEBIT', details: { iban: 'DE89370400440532013001' } } },
      'iban_invalid',
      '/payment_method/details/iban',
    ],
    [
      'IBAN of wrong length',
      { payment_method: { type: 'DIRECT_DEBIT', details: { iban: 'FI21' } } },
      'iban_invalid',
      '/payment_method/details/iban',
    ],
    [
      'direct debit without details',
      { payment_method: { type: 'DIRECT_DEBIT' } },
      'validation_failed',
      '/payment_method/details/iban',
    ],
    [
      'direct debit with null details',
      { payment_method: { type: 'DIRECT_DEBIT', details: null } },
      'validation_failed',
      '/payment_method/details/iban',
    ],
    [
      'direct debit with a token',
      { payment_method: { type: 'DIRECT_DEBIT', details: { iban: VALID_IBAN, token_id: TOKEN } } },
      'validation_failed',
      '/payment_method/details/token_id',
    ],
    [
      'card without token',
      { payment_method: { type: 'CREDIT_CARD', details: {} } },
      'validation_failed',
      '/payment_method/details/token_id',
    ],
    [
      'card with null details',
      { payment_method: { type: 'CREDIT_CARD', details: null } },
      'validation_failed',
      '/payment_method/details/token_id',
    ],
    [
      'card token not a uuid',
      { payment_method: { type: 'CREDIT_CARD', details: { token_id: '4111111111111111' } } },
      'validation_failed',
      '/payment_method/details/token_id',
    ],
    [
      'unknown payment method',
      { payment_method: { type: 'CASH', details: null } },
      'validation_failed',
      '/payment_method/type',
    ],
    [
      'unknown details field',
      { payment_method: { type: 'DIRECT_DEBIT', details: { iban: VALID_IBAN, bic: 'X' } } },
      'validation_failed',
      '/payment_method/details/bic',
    ],
    ['missing payment method', { payment_method: undefined }, 'validation_failed', '/payment_method'],
    ['unknown currency', { currency: 'XYZ' }, 'currency_unknown', '/currency'],
    ['lower-case currency', { currency: 'eur' }, 'currency_unknown', '/currency'],
    ['currency of wrong length', { currency: 'EURO' }, 'validation_failed', '/currency'],
    ['name of 65 characters', { name: 'x'.repeat(65) }, 'validation_failed', '/name'],
    ['empty name', { name: '' }, 'validation_failed', '/name'],
    ['number of 65 characters', { number: '1'.repeat(65) }, 'validation_failed', '/number'],
    ['number with spaces', { number: '12 34' }, 'validation_failed', '/number'],
    ['unknown modality', { modality: 'PREPAID' }, 'validation_failed', '/modality'],
    ['missing modality', { modality: undefined }, 'validation_failed', '/modality'],
    ['negative credit limit', { credit_limit: -1 }, 'validation_failed', '/credit_limit'],
    ['fractional credit limit', { credit_limit: 10.5 }, 'validation_failed', '/credit_limit'],
    ['credit limit as a string', { credit_limit: '100' }, 'validation_failed', '/credit_limit'],
    ['unknown template', { template: 'nope' }, 'template_not_found', '/template'],
    ['unknown parent', { parent_id: '7a1c5a52-7f0a-4c55-9b2e-000000000000' }, 'parent_account_invalid', '/parent_id'],
    ['malformed parent id', { parent_id: '42' }, 'validation_failed', '/parent_id'],
    [
      'unknown billing address field',
      { billing_address: { street: 'Main St' } },
      'validation_failed',
      '/billing_address/street',
    ],
    [
      'bad billing country',
      { billing_address: { country: 'Finland' } },
      'validation_failed',
      '/billing_address/country',
    ],
    ['extra unknown field', { balance: 100 }, 'validation_failed', '/balance'],
    ['modality of wrong type', { modality: 1 }, 'validation_failed', '/modality'],
  ])('refuses %s with 400', async (_label, change, code, pointer) => {
    const { post } = await fresh();
    const body = { modality: 'POSTPAID', payment_method: directDebit, ...change };
    const answer = await post(JSON.parse(JSON.stringify(body)));
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe(code);
    expect(answer.body.errors[0].pointer).toBe(pointer);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
  });

  it('accepts an IBAN written with spaces and stores it in electronic format', async () => {
    const { org, customer } = await fresh();
    const account = await createAccount(saldo, org, customer.id, {
      payment_method: { type: 'DIRECT_DEBIT', details: { iban: 'fi21 1234 5600 0007 85' } },
    });
    expect(account.payment_method).toEqual({ type: 'DIRECT_DEBIT', details: { iban: 'FI2112345600000785' } });
  });

  it('refuses a payment method the settings do not allow for the modality', async () => {
    const { org, post } = await fresh();
    await saldo.request('PUT', `/orgs/${org.slug}/settings`, {
      key: org.key,
      body: { payment_methods_by_modality: { RECURRING_PREPAID: ['CREDIT_CARD'] } },
    });
    const answer = await post({ modality: 'RECURRING_PREPAID', payment_method: directDebit });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('payment_method_not_allowed');
    expect(answer.body.allowed).toEqual(['CREDIT_CARD']);
  });

  it('takes the modality from the template when the body has none', async () => {
    const { org, customer } = await fresh();
    await saldo.request('POST', `/orgs/${org.slug}/account-templates`, {
      key: org.key,
      body: { name: 'prepaid', modality: 'RECURRING_PREPAID' },
    });
    const account = await createAccount(saldo, org, customer.id, { modality: undefined, template: 'prepaid' });
    expect(account.modality).toBe('RECURRING_PREPAID');
  });

  it('answers 404 for an unknown or malformed customer, 401 and 403 by key', async () => {
    const { org } = await fresh();
    const unknown = await saldo.request(
      'POST',
      `/orgs/${org.slug}/customers/7a1c5a52-7f0a-4c55-9b2e-000000000000/accounts`,
      {
        key: org.key,
        body: { modality: 'POSTPAID', payment_method: directDebit },
      },
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('customer_not_found');
    const malformed = await saldo.request('POST', `/orgs/${org.slug}/customers/xyz/accounts`, {
      key: org.key,
      body: { modality: 'POSTPAID', payment_method: directDebit },
    });
    expect(malformed.status).toBe(400);
    const readOnly = await saldo.issueKey(org.slug, ['CUSTOMER_ACCOUNT_READ', 'CUSTOMER_WRITE']);
    const forbidden = await saldo.request(
      'POST',
      `/orgs/${org.slug}/customers/7a1c5a52-7f0a-4c55-9b2e-000000000000/accounts`,
      {
        key: readOnly.key,
        body: { modality: 'POSTPAID', payment_method: directDebit },
      },
    );
    expect(forbidden.status).toBe(403);
    const noKey = await saldo.request(
      'POST',
      `/orgs/${org.slug}/customers/7a1c5a52-7f0a-4c55-9b2e-000000000000/accounts`,
      {
        body: { modality: 'POSTPAID', payment_method: directDebit },
      },
    );
    expect(noKey.status).toBe(401);
  });

  it('replays an account creation with the same Idempotency-Key', async () => {
    const { org, customer, post } = await fresh();
    const body = { modality: 'POSTPAID', payment_method: directDebit };
    const first = await post(body, { 'idempotency-key': 'open-1' });
    const again = await post(body, { 'idempotency-key': 'open-1' });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    const list = await saldo.request('GET', `/orgs/${org.slug}/customers/${customer.id}/accounts`, { key: org.key });
    expect(list.body.account_ids).toEqual([first.body.account_id]);
  });

  it('links parents within the organization and refuses cycles', async () => {
    const { org, customer } = await fresh();
    const root = await createAccount(saldo, org, customer.id);
    const child = await createAccount(saldo, org, customer.id, { parent_id: root.account_id });
    expect(child.parent_id).toBe(root.account_id);
    const otherCustomer = await createCustomer(saldo, org);
    const grandchild = await createAccount(saldo, org, otherCustomer.id, { parent_id: child.account_id });
    expect(grandchild.parent_id).toBe(child.account_id);
    const patch = (account: any, version: number, body: unknown) =>
      saldo.request('PATCH', `/orgs/${org.slug}/accounts/${account.account_id}`, {
        key: org.key,
        headers: { 'if-match': `"${version}"` },
        body,
      });
    const cycle = await patch(root, 1, { parent_id: grandchild.account_id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.code).toBe('parent_account_invalid');
    const self = await patch(root, 1, { parent_id: root.account_id });
    expect(self.status).toBe(400);
    expect(self.body.code).toBe('parent_account_invalid');
    const detach = await patch(grandchild, 1, { parent_id: null });
    expect(detach.status).toBe(200);
    expect(detach.body.parent_id).toBeNull();
    const reattach = await patch(root, 1, { parent_id: grandchild.account_id });
    expect(reattach.status).toBe(200);
    expect(reattach.body.parent_id).toBe(grandchild.account_id);
    const foreign = await saldo.organization(`ac-foreign-${counter}`);
    const foreignCustomer = await createCustomer(saldo, foreign);
    const crossOrg = await saldo.request('POST', `/orgs/${foreign.slug}/customers/${foreignCustomer.id}/accounts`, {
      key: foreign.key,
      body: { modality: 'POSTPAID', payment_method: directDebit, parent_id: root.account_id },
    });
    expect(crossOrg.status).toBe(400);
    expect(crossOrg.body.code).toBe('parent_account_invalid');
  });

  it('updates name, credit limit, billing address and template with If-Match', async () => {
    const { org, customer } = await fresh();
    await saldo.request('POST', `/orgs/${org.slug}/account-templates`, { key: org.key, body: { name: 'gold' } });
    const account = await createAccount(saldo, org, customer.id, { name: 'Before', credit_limit: 100 });
    const path = `/orgs/${org.slug}/accounts/${account.account_id}`;
    const withoutMatch = await saldo.request('PATCH', path, { key: org.key, body: { name: 'After' } });
    expect(withoutMatch.status).toBe(428);
    expect(withoutMatch.body.code).toBe('precondition_required');
    saldo.clock.set('2026-03-20T12:00:00Z');
    const updated = await saldo.request('PATCH', path, {
      key: org.key,
      headers: { 'if-match': '"1"' },
      body: { name: 'After', credit_limit: 2500, billing_address: { city: 'Espoo' }, template: 'gold' },
    });
    saldo.clock.set('2026-03-15T10:00:00Z');
    expect(updated.status).toBe(200);
    expect(updated.headers.get('etag')).toBe('"2"');
    expect(updated.body).toMatchObject({
      name: 'After',
      credit_limit: 2500,
      available: 2500,
      billing_address: { city: 'Espoo' },
      template: 'gold',
      version: 2,
      updated_at: '2026-03-20T12:00:00.000Z',
    });
    const stale = await saldo.request('PATCH', path, {
      key: org.key,
      headers: { 'if-match': '"1"' },
      body: { name: 'Lost' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_mismatch');
    const cleared = await saldo.request('PATCH', path, {
      key: org.key,
      headers: { 'if-match': 'W/"2"' },
      body: { name: null, billing_address: null, template: null },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ name: null, billing_address: null, template: null, version: 3 });
    const unknownTemplate = await saldo.request('PATCH', path, {
      key: org.key,
      headers: { 'if-match': '"3"' },
      body: { template: 'nope' },
    });
    expect(unknownTemplate.status).toBe(400);
    expect(unknownTemplate.body.code).toBe('template_not_found');
    const notUpdatable = await saldo.request('PATCH', path, {
      key: org.key,
      headers: { 'if-match': '"3"' },
      body: { currency: 'USD' },
    });
    expect(notUpdatable.status).toBe(400);
    expect(notUpdatable.body.errors[0].pointer).toBe('/currency');
    const longName = await saldo.request('PATCH', path, {
      key: org.key,
      headers: { 'if-match': '"3"' },
      body: { name: 'x'.repeat(65) },
    });
    expect(longName.status).toBe(400);
  });

  it('manages templates: create, list, read, refuse duplicates and bad fields', async () => {
    const { org } = await fresh();
    const created = await saldo.request('POST', `/orgs/${org.slug}/account-templates`, {
      key: org.key,
      body: { name: 'basic', currency: 'EUR', credit_limit: 0, modality: 'POSTPAID', payment_reference_type: 'RF' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      name: 'basic',
      currency: 'EUR',
      credit_limit: 0,
      modality: 'POSTPAID',
      payment_reference_type: 'RF',
      created_at: '2026-03-15T10:00:00.000Z',
    });
    const duplicate = await saldo.request('POST', `/orgs/${org.slug}/account-templates`, {
      key: org.key,
      body: { name: 'basic' },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('account_template_taken');
    const badCurrency = await saldo.request('POST', `/orgs/${org.slug}/account-templates`, {
      key: org.key,
      body: { name: 'x', currency: 'ABC' },
    });
    expect(badCurrency.status).toBe(400);
    expect(badCurrency.body.code).toBe('currency_unknown');
    const badModality = await saldo.request('POST', `/orgs/${org.slug}/account-templates`, {
      key: org.key,
      body: { name: 'x', modality: 'PREPAID' },
    });
    expect(badModality.status).toBe(400);
    const list = await saldo.request('GET', `/orgs/${org.slug}/account-templates`, { key: org.key });
    expect(list.body.data.map((t: any) => t.name)).toEqual(['basic']);
    const read = await saldo.request('GET', `/orgs/${org.slug}/account-templates/basic`, { key: org.key });
    expect(read.body.payment_reference_type).toBe('RF');
    const missing = await saldo.request('GET', `/orgs/${org.slug}/account-templates/none`, { key: org.key });
    expect(missing.status).toBe(404);
    const other = await saldo.organization(`ac-tpl-other-${counter}`);
    const isolated = await saldo.request('GET', `/orgs/${other.slug}/account-templates/basic`, { key: other.key });
    expect(isolated.status).toBe(404);
  });

  it('records audit events for account writes', async () => {
    const { org, customer } = await fresh();
    const account = await createAccount(saldo, org, customer.id);
    await saldo.request('PATCH', `/orgs/${org.slug}/accounts/${account.account_id}`, {
      key: org.key,
      headers: { 'if-match': '"1"' },
      body: { name: 'N' },
    });
    const events = await saldo.request('GET', `/orgs/${org.slug}/audit-events`, { key: org.key });
    const actions = events.body.data.filter((e: any) => e.resource_id === account.account_id).map((e: any) => e.action);
    expect(actions).toEqual(['account.updated', 'account.created']);
    const created = events.body.data.find((e: any) => e.action === 'account.created');
    expect(created.details).toMatchObject({ customer_id: customer.id, currency: 'EUR', modality: 'POSTPAID' });
  });
});
