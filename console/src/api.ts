/**
 * The console talks to Saldo through the typed client (clients/typescript), with the session
 * cookie the browser keeps. A 401 anywhere means the session ended: the console says so and
 * shows the sign-in page.
 */
import { type ProblemDetails, createSaldoClient } from '../../clients/typescript/src/index.ts';

export const api = createSaldoClient({ baseUrl: window.location.origin });

export const SESSION_ENDED = 'saldo:session-ended';

api.use({
  async onResponse({ request, response }) {
    const signingIn = request.method === 'POST' && new URL(request.url).pathname === '/console/api/session';
    if (response.status === 401 && !signingIn) window.dispatchEvent(new Event(SESSION_ENDED));
    return undefined;
  },
});

/** A problem as the console shows it: a sentence, and the field it is about when there is one. */
export interface Problem {
  status: number;
  code: string;
  detail: string;
  /** `amount`, `payment_method/type`: from the problem's JSON pointer into the body. */
  field: string | undefined;
}

export function problemOf(error: unknown, status: number): Problem {
  const problem = (error ?? {}) as Partial<ProblemDetails>;
  const first = problem.errors?.[0];
  const field = first?.pointer ? first.pointer.replace(/^\//, '') : first?.parameter;
  return {
    status,
    code: problem.code ?? 'unknown',
    detail:
      first?.detail ?? problem.detail ?? (status === 0 ? 'Saldo could not be reached.' : `Saldo answered ${status}.`),
    field: field || undefined,
  };
}

/** Runs a call of the client; the data, or a Problem thrown. */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let answer: { data?: T; error?: unknown; response: Response };
  try {
    answer = await request;
  } catch {
    throw problemOf(undefined, 0);
  }
  if (answer.error !== undefined || !answer.response.ok) throw problemOf(answer.error, answer.response.status);
  return answer.data as T;
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'detail' in value && 'status' in value;
}
