/**
 * One webhook delivery attempt: `POST` the signed event to the endpoint's URL and say how it went.
 *
 * - Success is a 2xx within the timeout, which covers resolving, connecting, sending and
 *   receiving the answer. Anything else is a failure with its reason; this never throws for
 *   what the network or the receiver does.
 * - No redirect is followed: a 3xx is a failure that says so. Following one would let a
 *   receiver send Saldo anywhere, past the URL check.
 * - The host name is resolved when connecting, through the socket's `lookup` hook, and every
 *   address it resolves to must be public (unless private URLs are allowed). The address
 *   checked is the address connected to, so DNS that changes between the URL check and the
 *   connection (rebinding) cannot lead to a private one. TLS still verifies the certificate for
 *   the host name, and sends it as SNI.
 * - Each attempt has a connection of its own (no keep-alive pool): a pooled connection would
 *   outlive the address check that admitted it.
 */
import { lookup as lookupWithSystem, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isSaldoError } from '../core/errors.ts';
import { checkWebhookUrl, isPublicAddress } from './url-guard.ts';

/** The brief's 15 s: a receiver that needs longer should answer 2xx first and work afterwards. */
export const WEBHOOK_TIMEOUT_MS = 15_000;
/** The answer's body is read up to this many bytes and dropped: only its status counts. */
export const RESPONSE_BODY_BYTES_MAX = 4096;
/** Reasons are stored with the delivery and shown to its owner: keep them short. */
export const ERROR_TEXT_LENGTH_MAX = 500;
const USER_AGENT = 'Saldo-Webhooks/1';

/** Resolves a host name to its addresses; `dns.lookup` unless a test or a caller injects one. */
export type HostLookup = (hostname: string) => Promise<readonly LookupAddress[]>;

export interface WebhookRequest {
  url: string;
  /** The event JSON, exactly as signed. */
  body: string;
  /** The Standard Webhooks headers (`signWebhook`); `content-type` and `content-length` are set here. */
  headers: Readonly<Record<string, string>>;
  timeoutMs?: number;
  /** `WEBHOOK_ALLOW_PRIVATE_URLS`: admit `http:` and private addresses, skip the address check. */
  allowPrivate: boolean;
  lookup?: HostLookup;
}

export interface WebhookAttempt {
  outcome: 'SUCCEEDED' | 'FAILED';
  /** The receiver's HTTP status, or null when there was no answer. */
  statusCode: number | null;
  /** Why the attempt failed, in a sentence; null on success. */
  error: string | null;
  durationMs: number;
}

const systemLookup: HostLookup = (hostname) =>
  new Promise((resolve, reject) => {
    lookupWithSystem(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
  });

/** A host name resolved to an address a webhook may not reach. */
class AddressRefusedError extends Error {
  constructor(hostname: string, address: string) {
    super(`${hostname} resolves to ${address}, which is not a public address`);
    this.name = 'AddressRefusedError';
  }
}

/** The address family a socket asks for, or null for either. */
function familyNumber(family: number | string | undefined): 4 | 6 | null {
  if (family === 4 || family === 'IPv4') return 4;
  if (family === 6 || family === 'IPv6') return 6;
  return null;
}

/**
 * The `lookup` hook Node's sockets call when connecting to a host name: resolves it and, unless
 * private addresses are allowed, refuses the connection when any address is not public (a host
 * that mixes public and private addresses is refused whole, whichever one would be tried).
 */
function connectTimeLookup(lookup: HostLookup, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname).then(
      (resolved) => {
        // Every address the name has, not only those of the family asked for: the answer is judged whole.
        const refused = allowPrivate ? undefined : resolved.find((address) => !isPublicAddress(address.address));
        if (refused !== undefined) {
          callback(new AddressRefusedError(hostname, refused.address), '');
          return;
        }
        const family = familyNumber(options.family);
        const addresses = family === null ? [...resolved] : resolved.filter((address) => address.family === family);
        const first = addresses[0];
        if (first === undefined)
          callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
        else if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}

function bounded(text: string): string {
  return text.length <= ERROR_TEXT_LENGTH_MAX ? text : `${text.slice(0, ERROR_TEXT_LENGTH_MAX - 1)}…`;
}

function failureOfStatus(statusCode: number, location: string | undefined): string {
  if (statusCode >= 300 && statusCode < 400) {
    const target = location === undefined ? '' : ` to ${location}`;
    return `the receiver answered ${statusCode}, a redirect${target}; redirects are not followed`;
  }
  return `the receiver answered ${statusCode}`;
}

interface Answer {
  statusCode: number;
  location: string | undefined;
}

async function post(url: URL, request: WebhookRequest, signal: AbortSignal): Promise<Answer> {
  const transport = url.protocol === 'https:' ? https : http;
  const headers: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  headers['content-type'] = 'application/json';
  headers['content-length'] = Buffer.byteLength(request.body);
  headers['user-agent'] = USER_AGENT;

  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const outgoing = transport.request(
      url,
      {
        method: 'POST',
        headers,
        agent: false,
        signal,
        lookup: connectTimeLookup(request.lookup ?? systemLookup, request.allowPrivate),
      },
      resolve,
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
  let received = 0;
  // Leaving the loop early destroys the response: a large body is not waited for.
  for await (const chunk of response) {
    received += (chunk as Buffer).length;
    if (received >= RESPONSE_BODY_BYTES_MAX) break;
  }
  return { statusCode: response.statusCode ?? 0, location: response.headers.location };
}

/** Makes one delivery attempt. Resolves with its outcome; never rejects for network failures. */
export async function sendWebhook(request: WebhookRequest): Promise<WebhookAttempt> {
  const started = performance.now();
  const timeoutMs = request.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const attempt = (statusCode: number | null, error: string | null): WebhookAttempt => ({
    outcome: error === null ? 'SUCCEEDED' : 'FAILED',
    statusCode,
    error: error === null ? null : bounded(error),
    durationMs: Math.round(performance.now() - started),
  });

  let url: URL;
  try {
    // Checked again at every attempt: the endpoint may have been stored under other settings.
    url = checkWebhookUrl(request.url, { allowPrivate: request.allowPrivate });
  } catch (error) {
    if (isSaldoError(error)) return attempt(null, error.detail);
    throw error;
  }

  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  try {
    const { statusCode, location } = await post(url, request, timeout.signal);
    return attempt(statusCode, statusCode >= 200 && statusCode < 300 ? null : failureOfStatus(statusCode, location));
  } catch (error) {
    if (timeout.signal.aborted) return attempt(null, `no complete answer within ${timeoutMs} ms`);
    return attempt(null, error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}
