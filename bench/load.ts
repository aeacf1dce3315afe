/**
 * Drives one target for a fixed duration with autocannon and reduces the answer to the figures
 * the table shows. Each request is built by the scenario's generator (seeded), so Saldo and the
 * baselines see the same kind of traffic.
 */
import autocannon, { type AutocannonRequest } from 'autocannon';
import type { Random } from './random.ts';
import type { RequestSpec } from './scenarios.ts';

export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  statusCodes: Record<string, number>;
  rssMaxBytes: number;
  /** CPU time (user and system) of the measured process per answered request, in microseconds. */
  cpuMicrosPerRequest: number;
}

export interface LoadOptions {
  baseUrl: string;
  durationSeconds: number;
  connections: number;
  headers: Record<string, string>;
  random: Random;
  next: (random: Random) => RequestSpec;
}

const REQUEST_TIMEOUT_SECONDS = 30;
const SAMPLE_INTERVAL_MS = 100;

export async function drive(options: LoadOptions): Promise<Omit<LoadFigures, 'rssMaxBytes' | 'cpuMicrosPerRequest'>> {
  const setupRequest = (request: AutocannonRequest): AutocannonRequest => {
    const spec = options.next(options.random);
    const headers = { ...options.headers };
    if (spec.body !== undefined) headers['content-type'] = 'application/json';
    return {
      ...request,
      method: spec.method,
      path: spec.path,
      headers,
      body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
    };
  };
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: REQUEST_TIMEOUT_SECONDS,
    // Figures come from totals, not per-second samples; a short sample interval lets a run end on time.
    sampleInt: SAMPLE_INTERVAL_MS,
    requests: [{ setupRequest }],
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = Number(count);
  const requests = result.requests.total;
  return {
    requests,
    requestsPerSecond: result.duration > 0 ? requests / result.duration : 0,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statusCodes,
  };
}
