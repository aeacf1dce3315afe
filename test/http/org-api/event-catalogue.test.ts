// Proves over HTTP on both databases that every type of the event catalogue is recorded by its
// real action (webhook_endpoint.disabled by the dispatcher, in test/webhooks/delivery.test.ts),
// with `data` matching the type's documented schema and, where the action answers the object, equal
// to that answer; dunning pages record level changes, status changes and hand-overs with the run;
// and an action that changes nothing records nothing.
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EVENT_CATALOGUE, EVENT_TYPES } from '../../../src/events/catalogue.ts';
import { camt053 } from '../../support/camt.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { createAccount, createCustomer } from '../../support/fixtures.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';

const ajv = new Ajv({ strict: false, allErrors: true });
(addFormats as unknown as (ajv: Ajv) => void)(ajv);

describeEachDatabase('event catalogue', (kind) => {
  let saldo: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind);
  });
  afterAll(async () => saldo?.close());

  it('records every type from its real action, each with data of its schema', async () => {
    saldo.clock.set('2026-03-15T10:00:00Z');
    const org = await saldo.organization('catalogue');
    const call = async (method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
      const answer = await saldo.request(method, `/orgs/catalogue${path}`, { key: org.key, body, headers });
      expect(answer.status, `${method} ${path}: ${answer.text}`).toBeLessThan(300);
      return answer.body;
    };
    let seen = 0n;
    const since = async () => {
      const data = (await call('GET', '/events?limit=1000')).data as any[];
      const fresh = data.slice(Number(seen));
      seen = BigInt(data.length);
      return fresh;
    };

    const customer = await createCustomer(saldo, org, { name: 'Ada' });
    const updated = await call('PATCH', `/customers/${customer.id}`, { name: 'Ada L.' }, { 'if-match': '"1"' });
    expect((await since()).map((e) => [e.type, e.data])).toEqual([
      ['customer.created', customer],
      ['customer.updated', updated],
    ]);

    const account = await createAccount(saldo, org, customer.id);
    const { account_id: _accountId, ...accountAsRead } = account;
    const renamed = await call('PATCH', `/accounts/${account.id}`, { name: 'Home' }, { 'if-match': '"1"' });
    await call('PATCH', `/accounts/${account.id}/payment-method`, {
      type: 'CREDIT_CARD',
      details: { token_id: '6f1c2b9e-3f4a-4d5b-8c7d-9e0f1a2b3c4d' },
    });
    await call('PUT', `/accounts/${account.id}/dunning-exemption`, { exempt: true });
    await call('PUT', `/accounts/${account.id}/dunning-exemption`, { exempt: true });
    await call('PUT', `/accounts/${account.id}/dunning-exemption`, { exempt: false });
    const accountEvents = await since();
    expect(accountEvents.map((e) => e.type)).toEqual([
      'account.created',
      'account.updated',
      'account.updated',
      'account.updated',
      'account.updated',
    ]);
    expect(accountEvents[0].data).toEqual(accountAsRead);
    expect(accountEvents[1].data).toEqual(renamed);
    expect(accountEvents[2].data.payment_method.type).toBe('CREDIT_CARD');

    await call('POST', `/accounts/${account.id}/status`, { status: 'ACCOUNT_BLOCKED' });
    await call('POST', `/accounts/${account.id}/status`, { status: 'ACCOUNT_OK' });
    expect((await since()).map((e) => [e.type, e.data.from, e.data.to, e.data.cause])).toEqual([
      ['account.status_changed', 'ACCOUNT_OK', 'ACCOUNT_BLOCKED', 'MANUAL'],
      ['account.status_changed', 'ACCOUNT_BLOCKED', 'ACCOUNT_OK', 'MANUAL'],
    ]);

    // Bookings.
    const charge = await call('POST', `/accounts/${account.id}/entries`, {
      type: 'CHARGE',
      amount: 10_000,
      due_date: '2026-01-01',
    });
    const payment = await call('POST', `/accounts/${account.id}/payments`, { amount: 3000 });
    const reversal = await call('POST', `/entries/${payment.id}/reversal`, {});
    expect((await since()).map((e) => [e.type, e.data])).toEqual([
      ['entry.posted', charge],
      ['payment.recorded', payment],
      ['entry.reversed', reversal],
    ]);

    // A dunning run: the fee, the level, the block, the hand-over, the run.
    await call('PUT', '/dunning-policy', {
      levels: [
        { name: 'Reminder', days_past_due: 7, fee: 500 },
        { name: 'Final notice', days_past_due: 30, block_account: true },
      ],
      debt_collection_after_days: 60,
    });
    const run = await call('POST', '/dunning-runs', { as_of: '2026-03-15' });
    const runEvents = await since();
    expect(runEvents.map((e) => e.type)).toEqual([
      'entry.posted',
      'dunning.level_changed',
      'account.status_changed',
      'debt_collection.handed_over',
      'dunning_run.completed',
    ]);
    expect(runEvents[0].data).toMatchObject({ kind: 'FEE', amount: 500 });
    expect(runEvents[1].data).toEqual({
      account_id: account.id,
      from: null,
      to: { index: 1, name: 'Final notice' },
      days_past_due: 73,
      anchor_date: '2026-01-01',
      overdue_amount: 10_000,
      dunning_run_id: run.id,
    });
    expect(runEvents[2].data).toMatchObject({
      account_id: account.id,
      from: 'ACCOUNT_OK',
      to: 'ACCOUNT_COLLECTION',
      cause: 'DUNNING',
    });
    expect(runEvents[3].data).toMatchObject({
      account_id: account.id,
      trigger: 'DUNNING',
      account: { status: 'ACCOUNT_COLLECTION', debt_collection: { active: true } },
    });
    expect(runEvents[4].data).toMatchObject({ id: run.id, status: 'COMPLETED', as_of: '2026-03-15' });
    // A run that changes nothing records only itself.
    await call('POST', '/dunning-runs', { as_of: '2026-03-15' });
    expect((await since()).map((e) => e.type)).toEqual(['dunning_run.completed']);

    const recalled = await call('DELETE', `/accounts/${account.id}/debt-collection`);
    const handedOver = await call('POST', `/accounts/${account.id}/debt-collection`);
    expect((await since()).map((e) => [e.type, e.data.cause ?? e.data.trigger])).toEqual([
      ['account.status_changed', 'DEBT_COLLECTION'],
      ['debt_collection.recalled', 'MANUAL'],
      ['account.status_changed', 'DEBT_COLLECTION'],
      ['debt_collection.handed_over', 'MANUAL'],
    ]);
    const collection = (
      await call('GET', '/events?types=debt_collection.recalled,debt_collection.handed_over')
    ).data.slice(-2);
    expect(collection.map((e: any) => e.data.account)).toEqual([recalled, handedOver]);

    // Installment plans, on a second account.
    const other = await createAccount(saldo, org, customer.id);
    const big = await call('POST', `/accounts/${other.id}/entries`, {
      type: 'CHARGE',
      amount: 900,
      due_date: '2026-04-01',
    });
    await since();
    const plan = await call('POST', `/accounts/${other.id}/installment-plans`, {
      entry_ids: [big.id],
      installments: 3,
      first_due_date: '2026-04-01',
    });
    await call('DELETE', `/installment-plans/${plan.id}`);
    const planEvents = await since();
    expect(planEvents.map((e) => e.type)).toEqual(['installment_plan.created', 'installment_plan.cancelled']);
    expect(planEvents[0].data).toEqual(plan);
    expect(planEvents[1].data).toMatchObject({ id: plan.id, status: 'CANCELLED' });

    // Scheduled payments: created, due (the run marks it), collected (with its payment), failed, cancelled.
    const collected = await call('POST', `/accounts/${other.id}/scheduled-payments`, {
      amount: 400,
      date: '2026-03-15',
    });
    const failing = await call('POST', `/accounts/${other.id}/scheduled-payments`, { amount: 50, date: '2026-03-15' });
    const later = await call('POST', `/accounts/${other.id}/scheduled-payments`, { amount: 70, date: '2026-04-15' });
    await call('POST', '/dunning-runs', { as_of: '2026-03-15' });
    const result = await call('POST', `/scheduled-payments/${collected.id}/result`, { status: 'COLLECTED' });
    await call('POST', `/scheduled-payments/${failing.id}/result`, { status: 'FAILED' });
    await call('DELETE', `/scheduled-payments/${later.id}`);
    const paymentEvents = (await since()).filter((e) => e.type !== 'dunning_run.completed');
    expect(paymentEvents.map((e) => [e.type, e.data.id])).toEqual([
      ['scheduled_payment.created', collected.id],
      ['scheduled_payment.created', failing.id],
      ['scheduled_payment.created', later.id],
      ['scheduled_payment.due', collected.id],
      ['scheduled_payment.due', failing.id],
      ['payment.recorded', result.payment_entry_id],
      ['scheduled_payment.collected', collected.id],
      ['scheduled_payment.failed', failing.id],
      ['scheduled_payment.cancelled', later.id],
    ]);
    expect(paymentEvents[0].data).toEqual({ ...collected, payment_entry_id: null });
    expect(paymentEvents[3].data.status).toBe('DUE');
    expect(paymentEvents[6].data).toEqual(result);

    // Families.
    const family = await call('POST', '/families', { name: 'Lovelace', currency: 'EUR' });
    await call('PUT', `/families/${family.id}/members/${customer.id}`);
    await call('PUT', `/families/${family.id}/members/${customer.id}`);
    await call('DELETE', `/families/${family.id}/members/${customer.id}`);
    expect((await since()).map((e) => [e.type, e.data.family_id, e.data.customer_id, e.data.family])).toEqual([
      ['family.member_added', family.id, customer.id, family],
      ['family.member_removed', family.id, customer.id, family],
    ]);

    // Closing: deleted when settled; closed by itself once settled after ACCOUNT_TO_CLOSE; reopened by a booking.
    const customer2 = await createCustomer(saldo, org, { name: 'Grace' });
    const empty = await createAccount(saldo, org, customer2.id);
    const toClose = await createAccount(saldo, org, customer2.id);
    const owed = await call('POST', `/accounts/${toClose.id}/entries`, {
      type: 'CHARGE',
      amount: 80,
      due_date: '2026-04-30',
    });
    await call('POST', `/accounts/${toClose.id}/status`, { status: 'ACCOUNT_TO_CLOSE' });
    const settling = await call('POST', `/accounts/${toClose.id}/payments`, { amount: 80 });
    await since();
    await call('DELETE', `/customers/${customer2.id}/accounts/${empty.id}`);
    await call('POST', '/dunning-runs', { as_of: '2026-03-15' });
    await call('POST', `/entries/${settling.id}/reversal`, {});
    const closing = (await since())
      .filter((e) => e.type === 'account.status_changed')
      .map((e) => [e.data.account_id, e.data.from, e.data.to, e.data.cause]);
    expect(closing).toEqual([
      [empty.id, 'ACCOUNT_OK', 'ACCOUNT_CLOSED', 'CLOSED'],
      [toClose.id, 'ACCOUNT_TO_CLOSE', 'ACCOUNT_AUTO_CLOSED', 'AUTO_CLOSED'],
      [toClose.id, 'ACCOUNT_AUTO_CLOSED', 'ACCOUNT_TO_CLOSE', 'REOPENED'],
    ]);
    expect(owed.id).toMatch(/^trn_/);

    // Bank statements: a line matched by its reference, its direct debit returned; a line matched and unmatched by hand.
    const referenced = await createAccount(saldo, org, customer2.id, {
      payment_reference: { type: 'RF', number: 'RF18539007547034' },
    });
    const statement = camt053('CATALOGUE-1', [
      { amount: '12.00', reference: 'RF18539007547034', endToEndId: 'E2E-CATALOGUE-1', bankReference: 'C1' },
      { amount: '3.00', text: 'unknown payer', bankReference: 'C2' },
    ]);
    const imported = await saldo.request('POST', '/orgs/catalogue/bank-statements', {
      key: org.key,
      rawBody: statement,
      headers: { 'content-type': 'application/xml' },
    });
    expect(imported.status, imported.text).toBe(201);
    const returns = camt053('CATALOGUE-2', [
      { amount: '12.00', direction: 'DBIT', endToEndId: 'E2E-CATALOGUE-1', returnReason: 'AM04', bankReference: 'C3' },
    ]);
    await saldo.request('POST', '/orgs/catalogue/bank-statements', {
      key: org.key,
      rawBody: returns,
      headers: { 'content-type': 'application/xml' },
    });
    const open = (await call('GET', '/bank-lines?status=UNMATCHED')).data[0];
    await call('POST', `/bank-lines/${open.id}/match`, { account_id: referenced.id });
    await call('POST', `/bank-lines/${open.id}/unmatch`);
    expect(
      (await since()).filter((e) => e.type.startsWith('bank_') || e.type === 'payment.returned').map((e) => e.type),
    ).toEqual([
      'bank_statement.imported',
      'bank_line.matched',
      'bank_statement.imported',
      'payment.returned',
      'bank_line.matched',
      'bank_line.unmatched',
    ]);

    // Every type but the dispatcher's own was produced, and each event's data is of its type's schema.
    const all = (await call('GET', '/events?limit=1000')).data as any[];
    expect(new Set(all.map((e) => e.type))).toEqual(
      new Set(EVENT_TYPES.filter((type) => type !== 'webhook_endpoint.disabled')),
    );
    for (const event of all) {
      const validate = ajv.compile(EVENT_CATALOGUE[event.type as keyof typeof EVENT_CATALOGUE].data);
      expect(validate(event.data), `${event.type}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const ids = all.map((e) => e.id);
    expect([...ids].sort()).toEqual(ids);
  });

  it('records nothing for a write that rolls back', async () => {
    saldo.clock.set('2026-03-15T10:00:00Z');
    const org = await saldo.organization('catalogue-rollback');
    const customer = await createCustomer(saldo, org);
    const before = (await saldo.request('GET', '/orgs/catalogue-rollback/events', { key: org.key })).body.data.length;
    // Refused after the customer row was read and locked: the transaction rolls back whole.
    const taken = await saldo.request('POST', '/orgs/catalogue-rollback/customers', {
      key: org.key,
      body: { name: 'Again', number: customer.number },
    });
    expect(taken.status).toBe(409);
    const stale = await saldo.request('PATCH', `/orgs/catalogue-rollback/customers/${customer.id}`, {
      key: org.key,
      body: { name: 'Stale' },
      headers: { 'if-match': '"9"' },
    });
    expect(stale.status).toBe(409);
    const invalid = await saldo.request('POST', `/orgs/catalogue-rollback/customers/${customer.id}/accounts`, {
      key: org.key,
      body: {
        modality: 'POSTPAID',
        currency: 'EUR',
        payment_method: { type: 'DIRECT_DEBIT', details: { iban: 'DE00000000000000000000' } },
      },
    });
    expect(invalid.status).toBe(400);
    expect((await saldo.request('GET', '/orgs/catalogue-rollback/events', { key: org.key })).body.data.length).toBe(
      before,
    );
  });
});
