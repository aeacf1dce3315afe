/**
 * The request duration histogram, counted by hand and shown through prom-client's registry.
 * prom-client's own histogram turns the label set into a hash key on every observation, even on a
 * series' child: a few microseconds, on every request Saldo answers. Here the series is found by
 * three map lookups on strings and numbers the request already holds (method, route pattern,
 * status), and an observation adds to one bucket; the cumulative buckets are summed only when
 * scraped.
 */
import type { Metric, Registry } from 'prom-client';

interface Series {
  labels: { method: string; route: string; status_code: number };
  /** Observations per bucket, not cumulative; the last counts those above every bound. */
  counts: number[];
  sum: number;
  count: number;
}

interface Sample {
  metricName: string;
  labels: Record<string, string | number>;
  value: number;
}

export class RequestDurations {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  /** route → status → method → series: bounded by the routes times the statuses and methods. */
  private readonly series = new Map<string, Map<number, Map<string, Series>>>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly bounds: readonly number[],
    registry: Registry,
  ) {
    // The registry asks a metric only for its name, `get()` and `reset()`.
    registry.registerMetric(this as unknown as Metric);
  }

  observe(method: string, route: string, statusCode: number, seconds: number): void {
    let byStatus = this.series.get(route);
    if (byStatus === undefined) this.series.set(route, (byStatus = new Map()));
    let byMethod = byStatus.get(statusCode);
    if (byMethod === undefined) byStatus.set(statusCode, (byMethod = new Map()));
    let series = byMethod.get(method);
    if (series === undefined) {
      series = {
        labels: { method, route, status_code: statusCode },
        counts: new Array<number>(this.bounds.length + 1).fill(0),
        sum: 0,
        count: 0,
      };
      byMethod.set(method, series);
    }
    let bucket = 0;
    while (bucket < this.bounds.length && seconds > this.bounds[bucket]!) bucket += 1;
    series.counts[bucket]! += 1;
    series.sum += seconds;
    series.count += 1;
  }

  /** prom-client's shape of a histogram: cumulative `_bucket` samples by `le`, then `_sum` and `_count`. */
  async get(): Promise<{ name: string; help: string; type: string; aggregator: string; values: Sample[] }> {
    const values: Sample[] = [];
    for (const byStatus of this.series.values())
      for (const byMethod of byStatus.values())
        for (const series of byMethod.values()) {
          let cumulative = 0;
          this.bounds.forEach((bound, index) => {
            cumulative += series.counts[index]!;
            values.push({
              metricName: `${this.name}_bucket`,
              labels: { le: bound, ...series.labels },
              value: cumulative,
            });
          });
          values.push(
            { metricName: `${this.name}_bucket`, labels: { le: '+Inf', ...series.labels }, value: series.count },
            { metricName: `${this.name}_sum`, labels: series.labels, value: series.sum },
            { metricName: `${this.name}_count`, labels: series.labels, value: series.count },
          );
        }
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  reset(): void {
    this.series.clear();
  }
}
