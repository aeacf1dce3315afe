/**
 * Serves the built console: hashed assets under /console/assets/ (cached for a year: a new build
 * has new names), and index.html for /console and every path below it, so the console's own
 * addresses (/console/customers/…) can be bookmarked and reloaded. Without a build, /console says
 * how to make one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SaldoError } from '../../core/errors.ts';

/**
 * The console's pages load only their own scripts and styles, talk only to this origin and may
 * not be framed (clickjacking).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

function withPageHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', CONTENT_SECURITY_POLICY)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin')
    .header('x-frame-options', 'DENY');
}

export async function registerConsolePages(app: FastifyInstance, directory: string): Promise<void> {
  const built = existsSync(join(directory, 'index.html'));
  const pageRoute = { schema: { hide: true }, config: { auth: { kind: 'public' as const } } };
  if (!built) {
    const notBuilt = async (_request: unknown, reply: FastifyReply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(
          'The console is not built. Run `npm run build:console` (npm install and npm start do it), then reload.\n',
        );
    app.get('/', pageRoute, notBuilt);
    app.get('/*', pageRoute, notBuilt);
    return;
  }
  await app.register(fastifyStatic, {
    root: join(directory, 'assets'),
    prefix: '/assets/',
    decorateReply: true,
    index: false,
    immutable: true,
    maxAge: '365d',
    schemaHide: true,
    setHeaders: (response) => {
      response.setHeader('x-content-type-options', 'nosniff');
    },
  });
  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    // The console's API is not a page: an unknown path there is an error, not the console.
    if (request.url.startsWith(`${app.prefix}/api/`)) throw new SaldoError('route_not_found');
    return withPageHeaders(reply)
      .header('cache-control', 'no-cache')
      .sendFile('index.html', directory, { cacheControl: false });
  };
  app.get('/', pageRoute, page);
  app.get('/*', pageRoute, page);
}
