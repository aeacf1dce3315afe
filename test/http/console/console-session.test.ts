// Proves the console's sessions over real HTTP on SQLite and PostgreSQL: sign-in sets an HttpOnly,
// SameSite=Strict, Path=/ cookie that expires (Secure under HTTPS or when configured); a wrong
// password, an unknown email and a disabled operator answer alike; sign-out, idle and absolute
// expiry end a session; a forged cookie, another origin, a missing origin or a form content type
// cannot use one (CSRF); and attempts are limited per email and per client address.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../support/databases.ts';
import { type TestSaldo, startSaldo } from '../../support/harness.ts';
import { PASSWORD, asConsole, createOperator, signIn } from '../../support/operators.ts';

const START = '2026-03-15T10:00:00Z';
const minutes = (count: number) => new Date(Date.parse(START) + count * 60_000);

describeEachDatabase('console sessions', (kind) => {
  let saldo: TestSaldo;
  let limited: TestSaldo;
  beforeAll(async () => {
    saldo = await startSaldo(kind, { signInLimits: { perEmail: 1000, perAddress: 1000 } });
    saldo.clock.set(START);
    await saldo.organization('acme');
    await createOperator(saldo, 'acme', 'Ann@Acme.Example', 'admin');
    await createOperator(saldo, 'acme', 'carl@acme.example', 'clerk');
    await saldo.organization('globex');
    // The same email in two organizations, with different passwords.
    await createOperator(saldo, 'globex', 'carl@acme.example', 'viewer', 'another password, longer');
    limited = await startSaldo('sqlite', { signInLimits: { perEmail: 3, perAddress: 4 } });
    await limited.organization('acme');
    await createOperator(limited, 'acme', 'ann@acme.example', 'admin');
  });
  afterAll(async () => {
    await saldo?.close();
    await limited?.close();
  });

  it('signs in with a cookie that is HttpOnly, SameSite=Strict, Path=/, expires, and is Secure only under HTTPS', async () => {
    const answer = await saldo.request('POST', '/console/api/session', {
      body: { email: 'ann@acme.example', password: PASSWORD },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      operator: { email: 'ann@acme.example', role: 'admin', must_change_password: false },
      organization: { slug: 'acme' },
      created_at: '2026-03-15T10:00:00.000Z',
      expires_at: '2026-03-15T22:00:00.000Z',
      ends_at: '2026-03-15T10:30:00.000Z',
    });
    const cookie = answer.headers.get('set-cookie')!;
    expect(cookie).toMatch(
      /^saldo_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Expires=Sun, 15 Mar 2026 22:00:00 GMT; Max-Age=43200$/,
    );
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const https = await saldo.request('POST', '/console/api/session', {
      body: { email: 'ann@acme.example', password: PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(https.headers.get('set-cookie')).toMatch(/; Secure$/);
    const always = await startSaldo('sqlite', { sessionCookieSecure: 'always' });
    try {
      await always.organization('acme');
      await createOperator(always, 'acme', 'ann@acme.example', 'admin');
      const secure = await always.request('POST', '/console/api/session', {
        body: { email: 'ann@acme.example', password: PASSWORD },
      });
      expect(secure.headers.get('set-cookie')).toMatch(/; Secure$/);
    } finally {
      await always.close();
    }
  });

  it('answers a wrong password, an unknown email and a disabled operator alike, in about the same time', async () => {
    const timed = async (email: string, password: string) => {
      const started = performance.now();
      const answer = await saldo.request('POST', '/console/api/session', { body: { email, password } });
      return { answer, ms: performance.now() - started };
    };
    const wrong = [];
    const unknown = [];
    for (let i = 0; i < 3; i++) {
      wrong.push(await timed('ann@acme.example', 'not the right password'));
      unknown.push(await timed('nobody@acme.example', 'not the right password'));
    }
    const strip = (body: any) => ({ ...body, trace_id: undefined });
    expect(wrong[0]!.answer.status).toBe(401);
    expect(wrong[0]!.answer.body.code).toBe('sign_in_failed');
    expect(strip(unknown[0]!.answer.body)).toEqual(strip(wrong[0]!.answer.body));
    expect(unknown[0]!.answer.headers.get('set-cookie')).toBeNull();
    // Both cost one password hash: an unknown email is not answered measurably sooner. The fastest
    // of each is compared: a busy machine only ever adds time, so the minimum is the least noisy.
    const fastest = (runs: Array<{ ms: number }>) => Math.min(...runs.map((run) => run.ms));
    expect(fastest(unknown)).toBeGreaterThan(fastest(wrong) * 0.5);

    const disabledId = await createOperator(saldo, 'acme', 'dan@acme.example', 'viewer');
    const admin = await signIn(saldo, 'ann@acme.example');
    expect(
      (
        await saldo.request('PATCH', `/orgs/acme/operators/${disabledId}`, {
          headers: asConsole(saldo, admin),
          body: { disabled: true },
        })
      ).status,
    ).toBe(200);
    const disabled = await timed('dan@acme.example', PASSWORD);
    expect(strip(disabled.answer.body)).toEqual(strip(wrong[0]!.answer.body));
  });

  it('picks the organization by password, or by the organization named, when an email has several', async () => {
    const acme = await saldo.request('POST', '/console/api/session', {
      body: { email: 'carl@acme.example', password: PASSWORD },
    });
    expect(acme.body.organization.slug).toBe('acme');
    const globex = await saldo.request('POST', '/console/api/session', {
      body: { email: 'CARL@acme.example', password: 'another password, longer' },
    });
    expect(globex.body).toMatchObject({ organization: { slug: 'globex' }, operator: { role: 'viewer' } });
    const named = await saldo.request('POST', '/console/api/session', {
      body: { email: 'carl@acme.example', password: PASSWORD, organization: 'globex' },
    });
    expect(named.status).toBe(401);
  });

  it('says who is signed in, and signs out: the session ends and its cookie is cleared', async () => {
    const cookie = await signIn(saldo, 'ann@acme.example');
    const me = await saldo.request('GET', '/console/api/session', { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(me.body.operator.email).toBe('ann@acme.example');
    const out = await saldo.request('DELETE', '/console/api/session', { headers: asConsole(saldo, cookie), body: {} });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toBe(
      'saldo_session=; Path=/; HttpOnly; SameSite=Strict; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0',
    );
    expect((await saldo.request('GET', '/console/api/session', { headers: { cookie } })).status).toBe(401);
    expect((await saldo.request('GET', '/orgs/acme/customers', { headers: { cookie } })).status).toBe(401);
  });

  it('ends a session after 30 idle minutes, and after 12 hours whatever happens', async () => {
    try {
      const idle = await signIn(saldo, 'ann@acme.example');
      saldo.clock.set(minutes(29));
      expect((await saldo.request('GET', '/orgs/acme/customers', { headers: { cookie: idle } })).status).toBe(200);
      // Seen at minute 29: idle until minute 59.
      saldo.clock.set(minutes(58));
      expect((await saldo.request('GET', '/orgs/acme/customers', { headers: { cookie: idle } })).status).toBe(200);
      saldo.clock.set(minutes(58 + 30));
      expect((await saldo.request('GET', '/orgs/acme/customers', { headers: { cookie: idle } })).status).toBe(401);

      saldo.clock.set(START);
      const busy = await signIn(saldo, 'ann@acme.example');
      for (let minute = 20; minute < 12 * 60; minute += 20) {
        saldo.clock.set(minutes(minute));
        expect((await saldo.request('GET', '/console/api/session', { headers: { cookie: busy } })).status).toBe(200);
      }
      saldo.clock.set(minutes(12 * 60));
      const expired = await saldo.request('GET', '/console/api/session', { headers: { cookie: busy } });
      expect(expired.status).toBe(401);
      expect(expired.body.code).toBe('unauthenticated');
    } finally {
      saldo.clock.set(START);
    }
  });

  it('refuses a forged cookie and cross-site use of a real one with 401', async () => {
    const cookie = await signIn(saldo, 'ann@acme.example');
    const body = { name: 'Mallory' };
    const cases: Array<[string, Record<string, string>, string | undefined]> = [
      [
        'forged token',
        { cookie: 'saldo_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', origin: saldo.baseUrl },
        undefined,
      ],
      ['malformed token', { cookie: 'saldo_session=../../etc', origin: saldo.baseUrl }, undefined],
      ['another origin', { cookie, origin: 'https://evil.example' }, undefined],
      ['the null origin', { cookie, origin: 'null' }, undefined],
      ['no origin or referer', { cookie }, undefined],
      ['another referer', { cookie, referer: 'https://evil.example/page' }, undefined],
      [
        'a form content type',
        { cookie, origin: saldo.baseUrl, 'content-type': 'application/x-www-form-urlencoded' },
        'name=Mallory',
      ],
      ['a text content type', { cookie, origin: saldo.baseUrl, 'content-type': 'text/plain' }, JSON.stringify(body)],
    ];
    for (const [label, headers, rawBody] of cases) {
      const answer = await saldo.request(
        'POST',
        '/orgs/acme/customers',
        rawBody === undefined ? { headers, body } : { headers, rawBody },
      );
      expect(`${label}: ${answer.status} ${answer.body?.code}`).toBe(`${label}: 401 unauthenticated`);
    }
    // A read needs no origin: it changes nothing.
    expect((await saldo.request('GET', '/orgs/acme/customers', { headers: { cookie } })).status).toBe(200);
    // The same origin by Referer alone, with a JSON body, is the console itself.
    expect(
      (
        await saldo.request('POST', '/orgs/acme/customers', {
          headers: { cookie, referer: `${saldo.baseUrl}/console/customers` },
          body,
        })
      ).status,
    ).toBe(201);
    // Signing in from another site's page is refused too (login CSRF).
    const foreign = await saldo.request('POST', '/console/api/session', {
      headers: { origin: 'https://evil.example' },
      body: { email: 'ann@acme.example', password: PASSWORD },
    });
    expect(foreign.status).toBe(401);
    expect(foreign.headers.get('set-cookie')).toBeNull();
  });

  it('limits sign-in attempts per email and per client address (429 with Retry-After)', async () => {
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(
        (
          await limited.request('POST', '/console/api/session', {
            body: { email: 'ann@acme.example', password: 'wrong password here' },
          })
        ).status,
      ).toBe(401);
    }
    const over = await limited.request('POST', '/console/api/session', {
      body: { email: 'Ann@acme.example', password: PASSWORD },
    });
    expect(over.status).toBe(429);
    expect(over.body.code).toBe('rate_limited');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another email from the same address: the address has had its four attempts.
    const addressOver = await limited.request('POST', '/console/api/session', {
      body: { email: 'x1@acme.example', password: 'wrong password here' },
    });
    expect(addressOver.status).toBe(429);
  });
});
