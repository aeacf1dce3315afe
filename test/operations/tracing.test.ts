// Proves tracing end to end, with Saldo as a real process (as `npm start` runs it) on both
// databases and a local OTLP/HTTP receiver in the test that decodes the JSON export: with
// OTEL_EXPORTER_OTLP_ENDPOINT set, each request is a span named after its route pattern, each
// database statement a span inside that request's trace, and the trace id is the one answered in
// X-Trace-Id — the caller's from `traceparent`, or a new one. A statement several requests share
// (PostgreSQL's batched look-ups) is in the trace of the request that opened it. Without the
// variable the server says nothing of tracing and exports nothing.
import { randomBytes } from 'node:crypto';
import { type IncomingMessage, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDatabaseUrl, describeEachDatabase } from '../support/databases.ts';
import { type RunningServer, startServer } from './processes.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

const ROOT_KEY = 'tracing-root-key-0123456789abcdef';

interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

/** A node:http server taking OTLP/HTTP JSON exports at /v1/traces. */
async function startOtlpReceiver() {
  const spans: ExportedSpan[] = [];
  const contentTypes: string[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method === 'POST' && request.url === '/v1/traces') {
        contentTypes.push(String(request.headers['content-type']));
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        for (const resourceSpans of body.resourceSpans ?? []) {
          for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
            for (const span of scopeSpans.spans ?? []) {
              const attributes: Record<string, unknown> = {};
              for (const attribute of span.attributes ?? [])
                attributes[attribute.key] = Object.values(attribute.value ?? {})[0];
              spans.push({
                traceId: span.traceId,
                spanId: span.spanId,
                parentSpanId: span.parentSpanId || undefined,
                name: span.name,
                kind: span.kind,
                attributes,
              });
            }
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    contentTypes,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The spans of one trace, once its request span and a statement span have arrived. */
function ofTrace(spans: ExportedSpan[], traceId: string): ExportedSpan[] {
  return spans.filter((span) => span.traceId === traceId);
}

describeEachDatabase('tracing over OTLP/HTTP', (kind) => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let server: RunningServer;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    const database = await createDatabaseUrl(kind);
    drop = database.drop;
    server = await startServer({
      DATABASE_URL: database.url,
      SALDO_ROOT_KEY: ROOT_KEY,
      DAILY_JOB: 'off',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_BSP_SCHEDULE_DELAY: '50',
    });
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.finished;
    await receiver?.close();
    await drop?.();
  });

  it('says so at start', () => {
    expect(
      server
        .logs()
        .some((line) => line.msg === 'tracing: spans are exported over OTLP/HTTP' && line.endpoint === receiver.url),
    ).toBe(true);
  });

  it("continues the caller's trace: a request span named after its route, statement spans inside it, the trace id in X-Trace-Id", async () => {
    const traceId = randomBytes(16).toString('hex');
    const parentSpanId = randomBytes(8).toString('hex');
    const answer = await fetch(`${server.baseUrl}/admin/organizations`, {
      method: 'POST',
      headers: {
        'x-api-key': ROOT_KEY,
        'content-type': 'application/json',
        traceparent: `00-${traceId}-${parentSpanId}-01`,
      },
      body: JSON.stringify({ slug: `traced-${kind}`, name: 'Traced' }),
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('x-trace-id')).toBe(traceId);

    const statementName = kind === 'sqlite' ? /^sqlite\.(INSERT|SELECT)/ : /^pg\.query/;
    await vi.waitFor(
      () => {
        const trace = ofTrace(receiver.spans, traceId);
        expect(trace.some((span) => span.name === 'POST /admin/organizations')).toBe(true);
        expect(trace.some((span) => statementName.test(span.name))).toBe(true);
      },
      { timeout: 10_000 },
    );
    const trace = ofTrace(receiver.spans, traceId);
    const request = trace.find((span) => span.name === 'POST /admin/organizations')!;
    expect(request.parentSpanId).toBe(parentSpanId);
    expect(request.kind).toBe(2); // SERVER
    expect(request.attributes['http.route']).toBe('/admin/organizations');
    // Every statement span descends from the request's span.
    const byId = new Map(trace.map((span) => [span.spanId, span]));
    const statements = trace.filter((span) => statementName.test(span.name));
    for (const statement of statements) {
      let ancestor: ExportedSpan | undefined = statement;
      while (ancestor && ancestor.spanId !== request.spanId)
        ancestor = ancestor.parentSpanId ? byId.get(ancestor.parentSpanId) : undefined;
      expect(ancestor, statement.name).toBe(request);
      expect(statement.attributes['db.system.name'], JSON.stringify(statement)).toBe(
        kind === 'sqlite' ? 'sqlite' : 'postgresql',
      );
    }
    expect(
      statements.some((span) => String(span.attributes['db.query.text']).includes('insert into "organizations"')),
    ).toBe(true);
    expect(receiver.contentTypes.every((type) => type.startsWith('application/json'))).toBe(true);
  });

  it('gives a shared statement to the trace of the request that opened it, and every request its answer', async () => {
    const slug = `shared-${kind}`;
    const call = async (method: string, path: string, key: string, body?: unknown) => {
      const answer = await fetch(`${server.baseUrl}${path}`, {
        method,
        headers: { 'x-api-key': key, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      expect(answer.status, `${method} ${path}`).toBeLessThan(300);
      return (await answer.json()) as Record<string, any>;
    };
    await call('POST', '/admin/organizations', ROOT_KEY, { slug, name: 'Shared' });
    const { key } = await call('POST', `/admin/organizations/${slug}/api-keys`, ROOT_KEY, {
      name: 'reader',
      scopes: ['CUSTOMER_READ', 'CUSTOMER_WRITE', 'CUSTOMER_ACCOUNT_READ', 'CUSTOMER_ACCOUNT_WRITE'],
    });
    const customers: Array<{ number: string; account: string }> = [];
    for (let i = 0; i < 12; i++) {
      const customer = await call('POST', `/orgs/${slug}/customers`, key, { name: `Customer ${i}` });
      const account = await call('POST', `/orgs/${slug}/customers/${customer.id}/accounts`, key, {
        modality: 'POSTPAID',
        currency: 'EUR',
        payment_method: { type: 'DIRECT_DEBIT', details: { iban: 'DE89370400440532013000' } },
      });
      customers.push({ number: String(customer.number), account: String(account.account_id) });
    }
    // The v1 balance read's statement on PostgreSQL when look-ups share it: the asked numbers as one array.
    const isSharedRead = (span: ExportedSpan) =>
      /^pg\.query/.test(span.name) && /"customers"\."number" = any\(/.test(String(span.attributes['db.query.text']));
    const isSingleRead = (span: ExportedSpan) =>
      /^sqlite\./.test(span.name) && /"customers"\."number" = \?/.test(String(span.attributes['db.query.text']));

    // Asked at once over open connections; a turn of the server's event loop usually takes several.
    // Which requests share a turn is up to the machine, so a round where none shared is asked again.
    for (let round = 0; round < 5; round++) {
      await Promise.all(customers.map(() => fetch(`${server.baseUrl}/healthz`).then((a) => a.text())));
      const traceIds = customers.map(() => randomBytes(16).toString('hex'));
      const answers = await Promise.all(
        customers.map(async (customer, i) => {
          const answer = await fetch(`${server.baseUrl}/v1/customers/${customer.number}/account/balances`, {
            headers: { 'x-api-key': key, traceparent: `00-${traceIds[i]}-${randomBytes(8).toString('hex')}-01` },
          });
          return { status: answer.status, link: answer.headers.get('link'), trace: answer.headers.get('x-trace-id') };
        }),
      );
      answers.forEach((answer, i) => {
        expect(answer).toMatchObject({ status: 200, trace: traceIds[i] });
        expect(answer.link).toContain(`/orgs/${slug}/accounts/${customers[i]!.account}`);
      });
      const route = 'GET /v1/customers/:customerId/account/balances';
      await vi.waitFor(
        () => {
          for (const traceId of traceIds)
            expect(ofTrace(receiver.spans, traceId).some((span) => span.name === route)).toBe(true);
        },
        { timeout: 10_000 },
      );
      const traces = traceIds.map((traceId) => ofTrace(receiver.spans, traceId));
      if (kind === 'sqlite') {
        // In the process, nothing is shared: each request's trace holds its own statement.
        for (const trace of traces) expect(trace.filter(isSingleRead)).toHaveLength(1);
        return;
      }
      const shared = traces.flatMap((trace) => trace.filter(isSharedRead));
      // Each statement is in one trace only, inside that trace's request span.
      expect(new Set(shared.map((span) => span.spanId)).size).toBe(shared.length);
      for (const trace of traces) {
        const request = trace.find((span) => span.name === route)!;
        const byId = new Map(trace.map((span) => [span.spanId, span]));
        for (const statement of trace.filter(isSharedRead)) {
          let ancestor: ExportedSpan | undefined = statement;
          while (ancestor && ancestor.spanId !== request.spanId)
            ancestor = ancestor.parentSpanId ? byId.get(ancestor.parentSpanId) : undefined;
          expect(ancestor).toBe(request);
        }
      }
      expect(shared.length).toBeGreaterThanOrEqual(1);
      // Traces with a statement: as many as statements ran; the other requests show none.
      expect(traces.filter((trace) => trace.some(isSharedRead))).toHaveLength(shared.length);
      if (shared.length < customers.length) return;
    }
    throw new Error('in five rounds no two requests shared a statement');
  });

  it('starts a new trace without traceparent, and answers its id', async () => {
    const answer = await fetch(`${server.baseUrl}/readyz`);
    expect(answer.status).toBe(200);
    const traceId = answer.headers.get('x-trace-id')!;
    expect(traceId).toMatch(/^[\da-f]{32}$/);
    await vi.waitFor(
      () => expect(ofTrace(receiver.spans, traceId).some((span) => span.name === 'GET /readyz')).toBe(true),
      { timeout: 10_000 },
    );
    const request = ofTrace(receiver.spans, traceId).find((span) => span.name === 'GET /readyz')!;
    expect(request.parentSpanId).toBeUndefined();
    expect(request.attributes['http.response.status_code']).toBe(200);
  });
});

describe('without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let server: RunningServer;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    server = await startServer({
      DATABASE_URL: 'sqlite::memory:',
      SALDO_ROOT_KEY: ROOT_KEY,
      DAILY_JOB: 'off',
      OTEL_BSP_SCHEDULE_DELAY: '50',
    });
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.finished;
    await receiver?.close();
  });

  it('traces nothing, and still answers a trace id', async () => {
    const traceId = randomBytes(16).toString('hex');
    const answer = await fetch(`${server.baseUrl}/readyz`, {
      headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
    });
    expect(answer.headers.get('x-trace-id')).toBe(traceId);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.spans).toEqual([]);
    expect(server.logs().some((line) => String(line.msg).startsWith('tracing'))).toBe(false);
  });
});
