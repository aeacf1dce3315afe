// Proves graceful shutdown of the real server process: on SIGTERM it stops accepting
// connections, finishes the request in flight (a slow upload), exits 0, and every log line is
// pino JSON carrying the request's trace id.
import { request as httpRequest } from 'node:http';
import { expect, it, vi } from 'vitest';
import { ROOT_KEY } from '../support/harness.ts';
import { startServer } from './processes.ts';

// Each case starts real processes, which a busy machine can make slow.
vi.setConfig({ testTimeout: 90_000 });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('finishes the request in flight on SIGTERM, refuses new connections and exits 0', async () => {
  const server = await startServer({ DATABASE_URL: 'sqlite::memory:', SALDO_ROOT_KEY: ROOT_KEY, LOG_LEVEL: 'info' });
  const { port } = new URL(server.baseUrl);
  const traceId = '0af7651916cd43dd8448eb211c80319c';
  const body = JSON.stringify({ slug: 'inflight', name: 'In flight' });
  const half = Math.floor(body.length / 2);

  // A slow client: headers and half the body now, the rest after the signal.
  let answered: (value: { status: number; text: string }) => void;
  const answer = new Promise<{ status: number; text: string }>((resolve) => (answered = resolve));
  const upload = httpRequest(
    {
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/admin/organizations',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'x-api-key': ROOT_KEY,
        traceparent: `00-${traceId}-b7ad6b7169203331-01`,
      },
    },
    (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => answered({ status: response.statusCode ?? 0, text }));
    },
  );
  upload.write(body.slice(0, half));
  await sleep(300);

  server.child.kill('SIGTERM');
  await sleep(500);
  expect(server.child.exitCode).toBeNull();
  // The listening socket is closed: a new connection is refused while the upload is still open.
  await expect(fetch(`${server.baseUrl}/healthz`)).rejects.toThrow();

  upload.end(body.slice(half));
  const finished = await answer;
  expect(finished.status).toBe(201);
  expect(JSON.parse(finished.text)).toMatchObject({ slug: 'inflight' });

  const exit = await server.finished;
  expect(exit.code).toBe(0);
  expect(exit.stderr).toBe('');

  // Logs: one JSON object per line, the request's lines under its trace id, the shutdown said.
  const lines = exit.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(
    lines.every((l) => typeof l.level === 'number' && typeof l.time === 'number' && typeof l.msg === 'string'),
  ).toBe(true);
  const requestLines = lines.filter((l) => l.reqId === traceId);
  expect(requestLines.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
  expect(requestLines[1]).toMatchObject({ res: { statusCode: 201 } });
  expect(lines.some((l) => l.msg === 'shutting down: finishing requests in flight' && l.signal === 'SIGTERM')).toBe(
    true,
  );
  expect(lines.at(-1)?.msg).toBe('stopped');
  expect(exit.stdout).not.toContain(ROOT_KEY);
});
