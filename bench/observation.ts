/**
 * What watching Saldo costs (`--observed`): a second Saldo process on the same database with
 * metrics on and traces exported, beside one with both off. A local OTLP/HTTP sink takes the
 * spans (read and dropped, as a collector would take them) and a scraper reads /metrics every
 * few seconds, as Prometheus would (more often than its usual 15 s, so the cost is not understated).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const SCRAPE_INTERVAL_MS = 5_000;

export interface Observation {
  /** The environment of the observed Saldo. */
  env: Record<string, string>;
  /** Starts scraping the observed Saldo's /metrics with the root key. */
  scrape(baseUrl: string, rootKey: string): void;
  /** Export requests and bytes the sink took. */
  received(): { exports: number; bytes: number; scrapes: number };
  stop(): Promise<void>;
}

export async function startObservation(what: 'both' | 'metrics' | 'tracing' = 'both'): Promise<Observation> {
  let exports = 0;
  let bytes = 0;
  let scrapes = 0;
  const sink = createServer((request, response) => {
    request.on('data', (chunk: Buffer) => (bytes += chunk.length));
    request.on('end', () => {
      exports += 1;
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(sink.address() as AddressInfo).port}`;
  let timer: NodeJS.Timeout | undefined;
  return {
    env: {
      METRICS: what === 'tracing' ? 'off' : 'on',
      ...(what === 'metrics' ? {} : { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: 'saldo-bench' }),
    },
    scrape(baseUrl, rootKey) {
      if (what === 'tracing') return;
      timer = setInterval(() => {
        void fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${rootKey}` } })
          .then((answer) => answer.text())
          .then(() => (scrapes += 1))
          .catch(() => {});
      }, SCRAPE_INTERVAL_MS);
      timer.unref();
    },
    received: () => ({ exports, bytes, scrapes }),
    async stop() {
      clearInterval(timer);
      sink.closeAllConnections();
      await new Promise<void>((resolve) => sink.close(() => resolve()));
    },
  };
}
