/**
 * What makes an API dialect: how it renders an error. Each dialect plugin calls
 * `useDialectErrors` once, so its errors, its unknown paths and its wrong methods all come out in
 * its own body and status codes — Fastify scopes the handlers to the plugin.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { SaldoError, type ErrorCode } from '../../core/errors.ts';
import { toSaldoError } from './error-translation.ts';

export interface RenderedError {
  status: number;
  contentType: string;
  body: unknown;
}

export interface ErrorContext {
  traceId: string;
  /** The request path, for `instance` in problem details. */
  path: string;
}

export interface Dialect {
  name: string;
  /** Every code mapped to a status: the Record type makes a missing code a compile error. */
  statusByCode: Record<ErrorCode, number>;
  render(error: SaldoError, status: number, context: ErrorContext): unknown;
  contentType: string;
}

export function renderError(dialect: Dialect, error: SaldoError, request: FastifyRequest): RenderedError {
  const status = dialect.statusByCode[error.code];
  return {
    status,
    contentType: dialect.contentType,
    body: dialect.render(error, status, { traceId: request.id, path: request.url.split('?')[0] ?? request.url }),
  };
}

export async function sendError(
  dialect: Dialect,
  error: SaldoError,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const rendered = renderError(dialect, error, request);
  const retryAfter = error.facts.retry_after_seconds;
  if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
  const allow = error.facts.allow;
  if (Array.isArray(allow)) void reply.header('allow', allow.join(', '));
  return reply.code(rendered.status).type(rendered.contentType).send(JSON.stringify(rendered.body));
}

const ALL_METHODS: HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * Installs the dialect's error handler, not-found handler, and — for every path the plugin's
 * routes declare — a 405 answer with `Allow` for the methods it does not serve. Call it first
 * in the plugin; the 405 routes are added when the plugin finishes registering.
 */
export function useDialectErrors(app: FastifyInstance, dialect: Dialect): void {
  app.setErrorHandler(async (error, request, reply) => {
    const saldoError = toSaldoError(error);
    if (dialect.statusByCode[saldoError.code] >= 500) {
      request.log.error({ err: error, code: saldoError.code }, saldoError.internal ?? saldoError.message);
    } else {
      request.log.info(
        { code: saldoError.code, pointer: saldoError.pointer, field: saldoError.field },
        saldoError.internal ?? saldoError.detail,
      );
    }
    return sendError(dialect, saldoError, request, reply);
  });
  app.setNotFoundHandler(async (request, reply) =>
    sendError(dialect, new SaldoError('route_not_found'), request, reply),
  );

  const methodsByUrl = new Map<string, Set<string>>();
  let adding = false;
  app.addHook('onRoute', (route) => {
    if (adding) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    // onRoute sees the full path; routes added below are prefixed again, so keep the local part.
    const url = route.url.slice(app.prefix.length) || '/';
    const known = methodsByUrl.get(url) ?? new Set<string>();
    for (const method of methods) known.add(method);
    methodsByUrl.set(url, known);
  });
  // Fastify runs this after the plugin body, before its children are sealed.
  app.after(() => {
    adding = true;
    for (const [url, known] of methodsByUrl) {
      if (known.has('GET')) known.add('HEAD');
      const missing = ALL_METHODS.filter((m) => !known.has(m));
      if (missing.length === 0) continue;
      const allow = ALL_METHODS.filter((m) => known.has(m));
      app.route({
        method: missing,
        url,
        schema: { hide: true },
        config: { auth: { kind: 'public' } },
        handler: async () => {
          throw new SaldoError('method_not_allowed', { facts: { allow } });
        },
      });
    }
    adding = false;
  });
}
