/**
 * The console's session cookie, and when a request may use it. The cookie is HttpOnly (no script
 * reads it), SameSite=Strict (no other site's page sends it), Path=/ and Secure under HTTPS. A
 * request that changes state must also prove it comes from Saldo's own pages: an Origin (or,
 * lacking one, a Referer) naming this host, and a JSON body — which no HTML form can send, and
 * which a script of another origin cannot send without a CORS preflight that Saldo never grants.
 */
import type { FastifyRequest } from 'fastify';

export const SESSION_COOKIE_NAME = 'saldo_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session token the request's Cookie header carries, if any. */
export function sessionCookieOf(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === SESSION_COOKIE_NAME) return part.slice(separator + 1).trim();
  }
  return undefined;
}

/** Whether the request came over HTTPS, directly or through a proxy that says so. */
export function cameOverHttps(request: FastifyRequest): boolean {
  if (request.protocol === 'https') return true;
  const forwarded = request.headers['x-forwarded-proto'];
  return typeof forwarded === 'string' && forwarded.split(',')[0]!.trim().toLowerCase() === 'https';
}

function cookie(value: string, attributes: string[]): string {
  return [`${SESSION_COOKIE_NAME}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', ...attributes].join('; ');
}

/** Max-Age (which browsers prefer) counts from Saldo's clock `now`; Expires is for older clients. */
export function sessionCookie(token: string, expiresAt: string, now: Date, secure: boolean): string {
  const maxAgeSeconds = Math.max(0, Math.floor((Date.parse(expiresAt) - now.getTime()) / 1000));
  return cookie(token, [
    `Expires=${new Date(expiresAt).toUTCString()}`,
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ]);
}

export function clearedSessionCookie(secure: boolean): string {
  return cookie('', ['Expires=Thu, 01 Jan 1970 00:00:00 GMT', 'Max-Age=0', ...(secure ? ['Secure'] : [])]);
}

export const isStateChanging = (request: FastifyRequest) => !SAFE_METHODS.has(request.method);

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * Why a cookie may not carry this state-changing request, or undefined when it may. The origin is
 * compared by host (with port): a proxy that ends TLS changes the scheme Saldo sees, not the host.
 */
export function crossSiteRefusal(request: FastifyRequest): string | undefined {
  const host = request.headers.host?.toLowerCase();
  if (!host) return 'no Host header';
  const origin = request.headers.origin;
  const referer = request.headers.referer;
  const source =
    typeof origin === 'string' && origin !== 'null' ? origin : typeof referer === 'string' ? referer : undefined;
  if (source === undefined) return 'no Origin or Referer';
  if (hostOf(source) !== host) return `origin ${source} is not ${host}`;
  const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType !== 'application/json') return `content type '${contentType}' is not application/json`;
  return undefined;
}
