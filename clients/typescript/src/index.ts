/**
 * Saldo's typed client: every path, parameter, body and answer of the OpenAPI document as
 * TypeScript types (schema.ts, generated), called through openapi-fetch.
 *
 *   const saldo = createSaldoClient({ baseUrl: 'https://saldo.example', apiKey: process.env.SALDO_KEY });
 *   const { data, error } = await saldo.GET('/orgs/{org_id}/accounts/{account_id}', {
 *     params: { path: { org_id: 'acme', account_id } },
 *   });
 */
import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { paths } from './schema.ts';

export type { components, operations, paths } from './schema.ts';

export interface SaldoClientOptions {
  /** Where Saldo answers, e.g. `https://saldo.example` (no trailing slash needed). */
  baseUrl: string;
  /** An API key of the organization; leave it out in a browser signed in to the console. */
  apiKey?: string | undefined;
  /** Another fetch (tests, a proxy agent); the global one by default. */
  fetch?: ClientOptions['fetch'];
  headers?: Record<string, string> | undefined;
}

export type SaldoClient = Client<paths>;

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A state-changing request made with the console's session cookie must carry a JSON body (no HTML
 * form can send one, which keeps other sites from acting for a signed-in operator): an empty
 * object where the operation takes none.
 */
export const jsonBodyForSessions: Middleware = {
  async onRequest({ request }) {
    if (!STATE_CHANGING.has(request.method) || request.headers.has('content-type')) return undefined;
    const headers = new Headers(request.headers);
    headers.set('content-type', 'application/json');
    return new Request(request, { body: '{}', headers });
  },
};

export function createSaldoClient(options: SaldoClientOptions): SaldoClient {
  const headers: Record<string, string> = { ...options.headers };
  if (options.apiKey !== undefined) headers['x-api-key'] = options.apiKey;
  const client = createClient<paths>({ baseUrl: options.baseUrl.replace(/\/+$/, ''), fetch: options.fetch, headers });
  if (options.apiKey === undefined) client.use(jsonBodyForSessions);
  return client;
}

/** The problem details every error of the native API answers with (RFC 9457). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  trace_id: string;
  instance?: string;
  errors?: Array<{ detail: string; pointer?: string; parameter?: string }>;
  [fact: string]: unknown;
}
