import { Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { RequestDurations } from '../../src/observability/request-durations.ts';

const BOUNDS = [0.001, 0.01, 0.1];
const OBSERVED = [0.0005, 0.001, 0.004, 0.05, 0.05, 3];

/** The lines of one metric in Prometheus text, without the HELP and TYPE lines. */
const samples = (text: string, name: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith(name))
    .sort();

describe('request durations', () => {
  it("expose the same Prometheus text as prom-client's own histogram", async () => {
    const ours = new Registry();
    const durations = new RequestDurations('request_seconds', 'Requests.', BOUNDS, ours);
    const theirs = new Registry();
    const reference = new Histogram({
      name: 'request_seconds',
      help: 'Requests.',
      labelNames: ['method', 'route', 'status_code'],
      buckets: BOUNDS,
      registers: [theirs],
    });
    for (const seconds of OBSERVED) {
      durations.observe('GET', '/v1/customers/:customerId', 200, seconds);
      reference.observe({ method: 'GET', route: '/v1/customers/:customerId', status_code: 200 }, seconds);
    }
    durations.observe('POST', '/orgs/:org_id/charges', 400, 0.02);
    reference.observe({ method: 'POST', route: '/orgs/:org_id/charges', status_code: 400 }, 0.02);

    const text = await ours.metrics();
    expect(samples(text, 'request_seconds')).toEqual(samples(await theirs.metrics(), 'request_seconds'));
    expect(text).toContain('# TYPE request_seconds histogram');
    // A value on a bound counts in that bound's bucket; above every bound, only in +Inf.
    expect(text).toContain(
      'request_seconds_bucket{le="0.001",method="GET",route="/v1/customers/:customerId",status_code="200"} 2',
    );
    expect(text).toContain(
      'request_seconds_bucket{le="+Inf",method="GET",route="/v1/customers/:customerId",status_code="200"} 6',
    );
    expect(text).toContain('request_seconds_count{method="POST",route="/orgs/:org_id/charges",status_code="400"} 1');
  });

  it('start afresh when the registry is reset', async () => {
    const registry = new Registry();
    const durations = new RequestDurations('request_seconds', 'Requests.', BOUNDS, registry);
    durations.observe('GET', '/healthz', 200, 0.002);
    registry.resetMetrics();
    expect(samples(await registry.metrics(), 'request_seconds')).toEqual([]);
  });
});
