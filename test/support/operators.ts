/** Over-HTTP helpers for operators: create one with the root key, sign in, and send requests as it would from the console. */
import { ROOT_KEY, type TestSaldo } from './harness.ts';

export const PASSWORD = 'correct horse battery staple';

export async function createOperator(
  saldo: TestSaldo,
  slug: string,
  email: string,
  role: 'viewer' | 'clerk' | 'admin',
  password = PASSWORD,
): Promise<string> {
  const answer = await saldo.request('POST', `/admin/organizations/${slug}/operators`, {
    key: ROOT_KEY,
    body: { email, role, password },
  });
  if (answer.status !== 201) throw new Error(`createOperator: ${answer.status} ${answer.text}`);
  return answer.body.id;
}

/** Signs in and returns the `Cookie` header value of the session. */
export async function signIn(saldo: TestSaldo, email: string, password = PASSWORD): Promise<string> {
  const answer = await saldo.request('POST', '/console/api/session', { body: { email, password } });
  if (answer.status !== 201) throw new Error(`signIn: ${answer.status} ${answer.text}`);
  return answer.headers.get('set-cookie')!.split(';')[0]!;
}

/** Headers of a request the console makes: the cookie, and the same origin. */
export function asConsole(saldo: TestSaldo, cookie: string): Record<string, string> {
  return { cookie, origin: saldo.baseUrl };
}
