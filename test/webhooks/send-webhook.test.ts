// Proves one webhook delivery attempt over real sockets: a local receiver gets a POST whose
// signature the standardwebhooks package verifies (with both secrets of a rotation); a non-2xx,
// a hanging receiver past the timeout and a redirect are failures that say why (and the redirect
// is not followed); without private URLs, loopback, private and metadata addresses are never
// connected to — also when a host name resolves to one at connect time; TLS checks the
// certificate of the host name it sends as SNI.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { LookupAddress } from 'node:dns';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import {
  RESPONSE_BODY_BYTES_MAX,
  sendWebhook,
  type HostLookup,
  type WebhookRequest,
} from '../../src/webhooks/send-webhook.ts';
import { newWebhookSecret, signWebhook } from '../../src/webhooks/signature.ts';

interface ReceivedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface Receiver {
  url: string;
  port: number;
  requests: ReceivedRequest[];
  connections: number;
}

type Answer = (request: ReceivedRequest, response: http.ServerResponse) => void;

const servers: (http.Server | https.Server)[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

async function listen(server: http.Server | https.Server, answer: Answer): Promise<Receiver> {
  const receiver: Receiver = { url: '', port: 0, requests: [], connections: 0 };
  server.on('connection', () => {
    receiver.connections += 1;
  });
  server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const received = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      receiver.requests.push(received);
      answer(received, response);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.port = (server.address() as AddressInfo).port;
  receiver.url = `http://127.0.0.1:${receiver.port}/saldo/webhooks`;
  return receiver;
}

const startReceiver = (answer: Answer): Promise<Receiver> => listen(http.createServer(), answer);
const answerWith =
  (status: number, body = ''): Answer =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'text/plain' }).end(body);
  };

const eventId = 'evt_01JD5Z8Q4W3N7V6B2M1K0X9Y8T';
const body = JSON.stringify({
  id: eventId,
  type: 'payment.recorded',
  created_at: '2026-11-29T08:00:00.000Z',
  organization_id: 'co_01',
  data: { amount: 4200 },
});

function signed(
  url: string,
  secrets: string[] = [newWebhookSecret()],
): Pick<WebhookRequest, 'url' | 'body' | 'headers'> {
  return { url, body, headers: { ...signWebhook({ id: eventId, timestamp: new Date(), body, secrets }) } };
}

/** A resolver that answers `addresses` for every name and remembers what it was asked. */
function lookupAnswering(...addresses: string[]): HostLookup & { asked: string[] } {
  const asked: string[] = [];
  const lookup = async (hostname: string): Promise<LookupAddress[]> => {
    asked.push(hostname);
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(lookup, { asked });
}

describe('a delivery to a local receiver (private URLs allowed)', () => {
  it('POSTs the event as JSON with signatures the standardwebhooks package verifies, for both secrets of a rotation', async () => {
    const receiver = await startReceiver(answerWith(204));
    const previous = newWebhookSecret();
    const current = newWebhookSecret();
    const attempt = await sendWebhook({ ...signed(receiver.url, [current, previous]), allowPrivate: true });

    expect(attempt).toMatchObject({ outcome: 'SUCCEEDED', statusCode: 204, error: null });
    expect(attempt.durationMs).toBeGreaterThanOrEqual(0);
    expect(receiver.requests).toHaveLength(1);
    const [delivered] = receiver.requests;
    expect(delivered?.method).toBe('POST');
    expect(delivered?.url).toBe('/saldo/webhooks');
    expect(delivered?.headers['content-type']).toBe('application/json');
    expect(delivered?.headers['webhook-id']).toBe(eventId);
    expect(delivered?.body).toBe(body);
    const headers = {
      'webhook-id': String(delivered?.headers['webhook-id']),
      'webhook-timestamp': String(delivered?.headers['webhook-timestamp']),
      'webhook-signature': String(delivered?.headers['webhook-signature']),
    };
    expect(new Webhook(current).verify(delivered?.body ?? '', headers)).toEqual(JSON.parse(body));
    expect(new Webhook(previous).verify(delivered?.body ?? '', headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newWebhookSecret()).verify(delivered?.body ?? '', headers)).toThrow();
  });

  it('reads only the start of a large answer: a body that never ends does not hold a 2xx up', async () => {
    const receiver = await startReceiver((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('x'.repeat(RESPONSE_BODY_BYTES_MAX * 4));
    });
    const attempt = await sendWebhook({ ...signed(receiver.url), allowPrivate: true, timeoutMs: 2000 });
    expect(attempt).toMatchObject({ outcome: 'SUCCEEDED', statusCode: 200, error: null });
    expect(attempt.durationMs).toBeLessThan(2000);
  });

  it.each([
    [500, /answered 500/],
    [400, /answered 400/],
    [404, /answered 404/],
    [410, /answered 410/],
    [503, /answered 503/],
    [304, /answered 304, a redirect; redirects are not followed/],
  ] as const)('fails on %i with its status', async (status, reason) => {
    const receiver = await startReceiver(answerWith(status, 'oops'));
    const attempt = await sendWebhook({ ...signed(receiver.url), allowPrivate: true });
    expect(attempt.outcome).toBe('FAILED');
    expect(attempt.statusCode).toBe(status);
    expect(attempt.error).toMatch(reason);
  });

  it('fails when the receiver does not answer within the timeout', async () => {
    const receiver = await startReceiver(() => {
      /* never answers */
    });
    const attempt = await sendWebhook({ ...signed(receiver.url), allowPrivate: true, timeoutMs: 300 });
    expect(attempt).toMatchObject({ outcome: 'FAILED', statusCode: null, error: 'no complete answer within 300 ms' });
    expect(attempt.durationMs).toBeGreaterThanOrEqual(290);
    expect(attempt.durationMs).toBeLessThan(5000);
    expect(receiver.requests).toHaveLength(1);
  });

  it('fails when the answer starts but does not finish within the timeout', async () => {
    const receiver = await startReceiver((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('working on it');
    });
    const attempt = await sendWebhook({ ...signed(receiver.url), allowPrivate: true, timeoutMs: 300 });
    expect(attempt).toMatchObject({ outcome: 'FAILED', statusCode: null, error: 'no complete answer within 300 ms' });
  });

  it('does not follow a redirect, and says so', async () => {
    const elsewhere = await startReceiver(answerWith(200));
    const receiver = await startReceiver((_request, response) => {
      response.writeHead(302, { location: elsewhere.url }).end();
    });
    const attempt = await sendWebhook({ ...signed(receiver.url), allowPrivate: true });
    expect(attempt.outcome).toBe('FAILED');
    expect(attempt.statusCode).toBe(302);
    expect(attempt.error).toBe(`the receiver answered 302, a redirect to ${elsewhere.url}; redirects are not followed`);
    expect(elsewhere.connections).toBe(0);
  });

  it('does not follow a redirect to the cloud metadata address', async () => {
    const receiver = await startReceiver((_request, response) => {
      response.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' }).end();
    });
    const attempt = await sendWebhook({ ...signed(receiver.url), allowPrivate: true });
    expect(attempt).toMatchObject({ outcome: 'FAILED', statusCode: 307 });
    expect(attempt.error).toMatch(/redirects are not followed/);
    expect(receiver.requests).toHaveLength(1);
  });

  it('fails with the reason when nothing listens', async () => {
    const receiver = await startReceiver(answerWith(200));
    const [server] = servers.splice(0);
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    const attempt = await sendWebhook({ ...signed(receiver.url), allowPrivate: true });
    expect(attempt).toMatchObject({ outcome: 'FAILED', statusCode: null });
    expect(attempt.error).toMatch(/ECONNREFUSED/);
  });

  it('connects to the address the lookup gives for the host name', async () => {
    const receiver = await startReceiver(answerWith(200));
    const lookup = lookupAnswering('127.0.0.1');
    const attempt = await sendWebhook({
      ...signed(`http://receiver.test:${receiver.port}/saldo`),
      allowPrivate: true,
      lookup,
    });
    expect(attempt).toMatchObject({ outcome: 'SUCCEEDED', statusCode: 200 });
    expect(lookup.asked).toEqual(['receiver.test']);
    expect(receiver.requests[0]?.headers.host).toBe(`receiver.test:${receiver.port}`);
  });
});

describe('server-side request forgery, without private URLs', () => {
  it('refuses http:// before connecting', async () => {
    const receiver = await startReceiver(answerWith(200));
    const attempt = await sendWebhook({ ...signed(receiver.url), allowPrivate: false });
    expect(attempt).toMatchObject({ outcome: 'FAILED', statusCode: null, error: 'The URL must start with https://.' });
    expect(receiver.connections).toBe(0);
  });

  it.each([
    ['https://127.0.0.1:{port}/saldo', /127\.0\.0\.1 is not a public address/],
    ['https://[::1]:{port}/saldo', /::1 is not a public address/],
    ['https://[::ffff:127.0.0.1]:{port}/saldo', /is not a public address/],
    ['https://10.0.0.1/saldo', /10\.0\.0\.1 is not a public address/],
    ['https://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is not a public address/],
    ['https://localhost:{port}/saldo', /this machine/],
  ])('refuses %s without connecting', async (template, reason) => {
    const receiver = await startReceiver(answerWith(200));
    const lookup = lookupAnswering('127.0.0.1');
    const attempt = await sendWebhook({
      ...signed(template.replace('{port}', String(receiver.port))),
      allowPrivate: false,
      lookup,
      timeoutMs: 2000,
    });
    expect(attempt.outcome).toBe('FAILED');
    expect(attempt.statusCode).toBeNull();
    expect(attempt.error).toMatch(reason);
    expect(receiver.connections).toBe(0);
    expect(lookup.asked).toEqual([]);
  });

  it('refuses at connect time a name that resolves to 127.0.0.1, as after a DNS change', async () => {
    const receiver = await startReceiver(answerWith(200));
    const lookup = lookupAnswering('127.0.0.1');
    const attempt = await sendWebhook({
      ...signed(`https://hooks.example.com:${receiver.port}/saldo`),
      allowPrivate: false,
      lookup,
    });
    expect(attempt).toMatchObject({
      outcome: 'FAILED',
      statusCode: null,
      error: 'hooks.example.com resolves to 127.0.0.1, which is not a public address',
    });
    expect(lookup.asked).toEqual(['hooks.example.com']);
    expect(receiver.connections).toBe(0);
  });

  it.each([
    [['93.184.215.14', '127.0.0.1']],
    [['2606:4700:4700::1111', '::ffff:127.0.0.1']],
    [['169.254.169.254']],
    [['fd00::5']],
  ])('refuses a name when any of its addresses %j is not public', async (addresses) => {
    const receiver = await startReceiver(answerWith(200));
    const lookup = lookupAnswering(...addresses);
    const attempt = await sendWebhook({
      ...signed(`https://hooks.example.com:${receiver.port}/saldo`),
      allowPrivate: false,
      lookup,
    });
    expect(attempt.outcome).toBe('FAILED');
    expect(attempt.error).toMatch(/which is not a public address$/);
    expect(receiver.connections).toBe(0);
  });

  it('fails when the name has no address', async () => {
    const attempt = await sendWebhook({
      ...signed('https://hooks.example.com/saldo'),
      allowPrivate: false,
      lookup: lookupAnswering(),
    });
    expect(attempt).toMatchObject({ outcome: 'FAILED', statusCode: null, error: 'hooks.example.com has no address' });
  });

  it('fails with the reason when the name does not resolve', async () => {
    const lookup: HostLookup = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.invalid'), { code: 'ENOTFOUND' });
    };
    const attempt = await sendWebhook({ ...signed('https://nowhere.invalid/saldo'), allowPrivate: false, lookup });
    expect(attempt).toMatchObject({ outcome: 'FAILED', statusCode: null });
    expect(attempt.error).toMatch(/ENOTFOUND/);
  });
});

describe('TLS', () => {
  it('sends the host name as SNI and refuses a certificate no authority signed', async () => {
    const fixtures = new URL('./fixtures/', import.meta.url);
    const serverNames: string[] = [];
    const server = https.createServer({
      key: readFileSync(new URL('receiver-test-key.pem', fixtures)),
      cert: readFileSync(new URL('receiver-test-cert.pem', fixtures)),
      SNICallback: (serverName, callback) => {
        serverNames.push(serverName);
        callback(null);
      },
    });
    const receiver = await listen(server, answerWith(200));
    const lookup = lookupAnswering('127.0.0.1');
    const attempt = await sendWebhook({
      ...signed(`https://receiver.test:${receiver.port}/saldo`),
      allowPrivate: true,
      lookup,
    });
    expect(attempt).toMatchObject({ outcome: 'FAILED', statusCode: null });
    expect(attempt.error).toMatch(/self[- ]signed certificate/);
    expect(serverNames).toEqual(['receiver.test']);
    expect(receiver.requests).toHaveLength(0);
  });
});
