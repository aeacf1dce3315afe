// Proves operators over real HTTP on SQLite and PostgreSQL: the root key makes the first (email
// normalized, unique per organization, a minimum password length); an admin operator lists,
// creates, changes the role of, disables (their sessions end at once) and resets the password of
// the others, and a one-time password opens nothing but changing it; the organization keeps an
// enabled admin; clerks, viewers, API keys and other organizations' admins cannot manage operators.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCOPES } from '../../../src/core/scopes.ts';
import { describeEachDatabase } from '../../support/databases.ts';
import { ROOT_KEY, type TestSaldo, startSaldo } from '../../support/harness.ts';
import { PASSWORD, asConsole, createOperator, signIn } from '../../support/operators.ts';

describeEachDatabase('operators', (kind) => {
  let saldo: TestSaldo;
  let key = '';
  let admin = '';
  beforeAll(async () => {
    saldo = await startSaldo(kind);
    key = (await saldo.organization('acme')).key;
    await saldo.organization('globex');
    await createOperator(saldo, 'acme', 'ann@acme.example', 'admin');
    await createOperator(saldo, 'globex', 'gus@globex.example', 'admin');
    admin = await signIn(saldo, 'ann@acme.example');
  });
  afterAll(async () => saldo?.close());

  const asAdmin = () => asConsole(saldo, admin);

  it('creates the first operator with the root key, the email normalized and unique per organization', async () => {
    const created = await saldo.request('POST', '/admin/organizations/acme/operators', {
      key: ROOT_KEY,
      body: { email: '  Olga@Acme.Example ', role: 'viewer', password: PASSWORD },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: 'olga@acme.example',
      role: 'viewer',
      disabled: false,
      must_change_password: false,
      version: 1,
    });
    expect(created.body.id).toMatch(/^opr_[0-9A-Z]{26}$/);
    expect(JSON.stringify(created.body)).not.toContain('scrypt');
    const cases: Array<[string, object, number, string]> = [
      [
        'taken email, other case',
        { email: 'OLGA@acme.example', role: 'clerk', password: PASSWORD },
        409,
        'operator_email_taken',
      ],
      [
        'short password',
        { email: 'short@acme.example', role: 'clerk', password: 'eleven char' },
        400,
        'password_too_short',
      ],
      ['not an email', { email: 'olga', role: 'clerk', password: PASSWORD }, 400, 'validation_failed'],
      ['unknown role', { email: 'x@acme.example', role: 'owner', password: PASSWORD }, 400, 'validation_failed'],
    ];
    for (const [label, body, status, code] of cases) {
      const answer = await saldo.request('POST', '/admin/organizations/acme/operators', { key: ROOT_KEY, body });
      expect(`${label}: ${answer.status} ${answer.body.code}`).toBe(`${label}: ${status} ${code}`);
    }
    const short = await saldo.request('POST', '/admin/organizations/acme/operators', {
      key: ROOT_KEY,
      body: { email: 'short@acme.example', role: 'clerk', password: 'eleven char' },
    });
    expect(short.body.errors).toEqual([{ detail: 'A password has at least 12 characters.', pointer: '/password' }]);
    // The same email in another organization is another operator.
    expect(
      (
        await saldo.request('POST', '/admin/organizations/globex/operators', {
          key: ROOT_KEY,
          body: { email: 'olga@acme.example', role: 'clerk', password: PASSWORD },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await saldo.request('POST', '/admin/organizations/nowhere/operators', {
          key: ROOT_KEY,
          body: { email: 'a@b.example', role: 'clerk', password: PASSWORD },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await saldo.request('POST', '/admin/organizations/acme/operators', {
          key,
          body: { email: 'a@b.example', role: 'clerk', password: PASSWORD },
        })
      ).status,
    ).toBe(401);
  });

  it('lets an admin list and create operators; a created password is one-time and opens nothing else', async () => {
    const created = await saldo.request('POST', '/orgs/acme/operators', {
      headers: asAdmin(),
      body: { email: 'nina@acme.example', role: 'clerk', password: 'chosen by ann, once' },
    });
    expect(created.status).toBe(201);
    expect(created.body.must_change_password).toBe(true);
    const list = await saldo.request('GET', '/orgs/acme/operators?limit=2', { headers: { cookie: admin } });
    expect(list.status).toBe(200);
    expect(list.body.data.map((o: any) => o.email)).toEqual(['ann@acme.example', 'nina@acme.example']);
    expect(list.body.next_cursor).toBe('nina@acme.example');
    const rest = await saldo.request('GET', `/orgs/acme/operators?cursor=${list.body.next_cursor}`, {
      headers: { cookie: admin },
    });
    expect(rest.body.data.map((o: any) => o.email)).toEqual(['olga@acme.example']);

    const nina = await signIn(saldo, 'nina@acme.example', 'chosen by ann, once');
    const session = await saldo.request('GET', '/console/api/session', { headers: { cookie: nina } });
    expect(session.body.operator.must_change_password).toBe(true);
    const refused = await saldo.request('GET', '/orgs/acme/customers', { headers: { cookie: nina } });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('password_change_required');
    const wrongCurrent = await saldo.request('PUT', '/console/api/session/password', {
      headers: asConsole(saldo, nina),
      body: { current_password: 'not it at all', new_password: 'my own secret phrase' },
    });
    expect(wrongCurrent.status).toBe(401);
    expect(wrongCurrent.body.errors[0].pointer).toBe('/current_password');
    const changed = await saldo.request('PUT', '/console/api/session/password', {
      headers: asConsole(saldo, nina),
      body: { current_password: 'chosen by ann, once', new_password: 'my own secret phrase' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.operator.must_change_password).toBe(false);
    expect((await saldo.request('GET', '/orgs/acme/customers', { headers: { cookie: nina } })).status).toBe(200);
    expect(
      (
        await saldo.request('POST', '/console/api/session', {
          body: { email: 'nina@acme.example', password: 'chosen by ann, once' },
        })
      ).status,
    ).toBe(401);
    await signIn(saldo, 'nina@acme.example', 'my own secret phrase');
  });

  it('changes roles, disables an operator whose sessions end at once, and resets a password', async () => {
    const id = await createOperator(saldo, 'acme', 'paul@acme.example', 'viewer');
    const paul = await signIn(saldo, 'paul@acme.example');
    expect(
      (
        await saldo.request('POST', '/orgs/acme/customers', {
          headers: asConsole(saldo, paul),
          body: { name: 'By Paul' },
        })
      ).status,
    ).toBe(403);
    const promoted = await saldo.request('PATCH', `/orgs/acme/operators/${id}`, {
      headers: asAdmin(),
      body: { role: 'clerk' },
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ role: 'clerk', version: 2 });
    // The new role holds from the next request of the open session.
    expect(
      (
        await saldo.request('POST', '/orgs/acme/customers', {
          headers: asConsole(saldo, paul),
          body: { name: 'By Paul' },
        })
      ).status,
    ).toBe(201);

    const disabled = await saldo.request('PATCH', `/orgs/acme/operators/${id}`, {
      headers: asAdmin(),
      body: { disabled: true },
    });
    expect(disabled.body.disabled).toBe(true);
    expect((await saldo.request('GET', '/orgs/acme/customers', { headers: { cookie: paul } })).status).toBe(401);
    expect(
      (
        await saldo.request('POST', '/console/api/session', {
          body: { email: 'paul@acme.example', password: PASSWORD },
        })
      ).status,
    ).toBe(401);
    expect(
      (await saldo.request('PATCH', `/orgs/acme/operators/${id}`, { headers: asAdmin(), body: { disabled: false } }))
        .body.disabled,
    ).toBe(false);
    const again = await signIn(saldo, 'paul@acme.example');

    const reset = await saldo.request('POST', `/orgs/acme/operators/${id}/password`, {
      headers: asAdmin(),
      body: { password: 'a fresh one-time password' },
    });
    expect(reset.status).toBe(200);
    expect(reset.body.must_change_password).toBe(true);
    expect((await saldo.request('GET', '/console/api/session', { headers: { cookie: again } })).status).toBe(401);
    expect(
      (
        await saldo.request('POST', '/console/api/session', {
          body: { email: 'paul@acme.example', password: PASSWORD },
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await saldo.request('POST', '/console/api/session', {
          body: { email: 'paul@acme.example', password: 'a fresh one-time password' },
        })
      ).body.operator.must_change_password,
    ).toBe(true);
    expect((await saldo.request('PATCH', `/orgs/acme/operators/${id}`, { headers: asAdmin(), body: {} })).status).toBe(
      400,
    );
    expect(
      (
        await saldo.request('PATCH', '/orgs/acme/operators/opr_00000000000000000000000000', {
          headers: asAdmin(),
          body: { role: 'viewer' },
        })
      ).status,
    ).toBe(404);
  });

  it('keeps an enabled admin: the last one can be neither demoted nor disabled', async () => {
    const ann = (await saldo.request('GET', '/orgs/acme/operators', { headers: { cookie: admin } })).body.data.find(
      (o: any) => o.email === 'ann@acme.example',
    );
    for (const body of [{ role: 'clerk' }, { disabled: true }]) {
      const answer = await saldo.request('PATCH', `/orgs/acme/operators/${ann.id}`, { headers: asAdmin(), body });
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe('operator_last_admin');
    }
  });

  it('records who did what in the audit trail, naming the operator', async () => {
    const created = await saldo.request('POST', '/orgs/acme/customers', {
      headers: asAdmin(),
      body: { name: 'By Ann' },
    });
    const audit = await saldo.request('GET', '/orgs/acme/audit-events?limit=100', { key });
    const event = audit.body.data.find(
      (e: any) => e.action === 'customer.created' && e.resource_id === created.body.id,
    );
    expect(event).toMatchObject({ actor_key_id: null, actor_operator: { email: 'ann@acme.example' } });
    expect(event.actor_operator.id).toMatch(/^opr_/);
    const keyed = audit.body.data.find((e: any) => e.action === 'organization.created');
    expect(keyed.actor_operator).toBeNull();
    expect(
      audit.body.data.some(
        (e: any) => e.action === 'operator.signed_in' && e.actor_operator?.email === 'ann@acme.example',
      ),
    ).toBe(true);
  });

  it('refuses operator management to clerks, viewers, API keys and other organizations', async () => {
    await createOperator(saldo, 'acme', 'cleo@acme.example', 'clerk');
    const clerk = await signIn(saldo, 'cleo@acme.example');
    const gus = await signIn(saldo, 'gus@globex.example');
    const allScopes = (await saldo.issueKey('acme', [...SCOPES])).key;
    const cases: Array<[string, Record<string, string>, number]> = [
      ['a clerk', asConsole(saldo, clerk), 403],
      ['an API key with every scope', { 'x-api-key': allScopes }, 403],
      [
        'an unknown API key',
        { 'x-api-key': 'saldo_key_00000000000000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
        401,
      ],
      ['nobody', {}, 401],
      ["another organization's admin", asConsole(saldo, gus), 404],
    ];
    for (const [who, headers, status] of cases) {
      const list = await saldo.request('GET', '/orgs/acme/operators', { headers });
      const create = await saldo.request('POST', '/orgs/acme/operators', {
        headers,
        body: { email: 'z@acme.example', role: 'admin', password: PASSWORD },
      });
      expect(`${who}: ${list.status} ${create.status}`).toBe(`${who}: ${status} ${status}`);
    }
  });
});
