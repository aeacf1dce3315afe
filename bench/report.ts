/** The results of a run as a markdown table (printed, and written next to a JSON copy). */
import type { DatabaseKind } from '../src/storage/database.ts';
import type { LoadFigures } from './load.ts';

export type RowStatus = 'ok' | 'errors' | 'not available' | 'failed';

export interface ScenarioRow {
  database: DatabaseKind;
  scenario: string;
  status: RowStatus;
  note: string;
  write: boolean;
  saldo?: LoadFigures;
  bare?: LoadFigures;
  databaseCeiling?: LoadFigures;
  /** Once-only scenarios (the dunning run). */
  elapsedMs?: number;
  rssMaxBytes?: number;
  target?: number;
  /** Batches: bookings per request, the bookings-per-second target and the ratio to the ceiling's. */
  itemsPerRequest?: number | undefined;
  itemsTarget?: number;
  ceilingTarget?: number | undefined;
  /** When the scenario set its own. */
  connections?: number;
  /** `--observed`: the same read against Saldo with metrics and tracing on (`saldo` had both off). */
  observed?: LoadFigures;
}

export interface RunReport {
  command: string;
  scale: string;
  date: string;
  machine: string;
  loadAverageStart: number[];
  loadAverageEnd: number[];
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  seed: number;
  datasets: Array<{
    database: DatabaseKind;
    seeding: string;
    counts: Record<string, number>;
    seedSeconds: number;
    capabilities: Record<string, string>;
  }>;
  rows: ScenarioRow[];
  totalSeconds: number;
}

const number = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const megabytes = (bytes: number | undefined) => (bytes ? number(bytes / 1_048_576) : '—');
const ratio = (a: LoadFigures | undefined, b: LoadFigures | undefined) =>
  a && b && b.requestsPerSecond > 0 ? `${number(a.requestsPerSecond / b.requestsPerSecond, 2)}` : '—';

function targetCell(row: ScenarioRow): string {
  if (row.itemsTarget !== undefined && row.saldo && row.itemsPerRequest) {
    const items = row.saldo.requestsPerSecond * row.itemsPerRequest;
    const cells = [`≥ ${number(row.itemsTarget)} bookings/s ${items >= row.itemsTarget ? 'met' : 'not met'}`];
    if (row.ceilingTarget !== undefined && row.databaseCeiling && row.databaseCeiling.requestsPerSecond > 0) {
      const achieved = row.saldo.requestsPerSecond / row.databaseCeiling.requestsPerSecond;
      cells.push(`≥ ${row.ceilingTarget} of DB ${achieved >= row.ceilingTarget ? 'met' : 'not met'}`);
    }
    return cells.join('; ');
  }
  if (row.target === undefined || !row.saldo || !row.bare || row.bare.requestsPerSecond === 0) return '—';
  const achieved = row.saldo.requestsPerSecond / row.bare.requestsPerSecond;
  return `≥ ${row.target} ${achieved >= row.target ? 'met' : 'not met'}`;
}

export function renderMarkdown(report: RunReport): string {
  const lines: string[] = [];
  lines.push(`# Saldo benchmark, scale \`${report.scale}\``, '');
  lines.push(`- Command: \`${report.command}\``);
  lines.push(`- Date: ${report.date}; whole run ${number(report.totalSeconds)} s`);
  lines.push(`- Machine: ${report.machine}`);
  lines.push(
    `- Load average (1/5/15 min) at start ${report.loadAverageStart.map((v) => v.toFixed(2)).join(' / ')}, at end ${report.loadAverageEnd.map((v) => v.toFixed(2)).join(' / ')}` +
      ' — the load generator (autocannon) runs on the same machine as the server and the database',
  );
  lines.push(
    `- Each measured run: ${report.durationSeconds} s after ${report.warmupSeconds} s of warm-up, ${report.connections} connections; order per scenario: bare route, database ceiling, Saldo`,
  );
  for (const dataset of report.datasets) {
    const counts = Object.entries(dataset.counts)
      .map(([name, count]) => `${number(count)} ${name}`)
      .join(', ');
    lines.push(
      `- Dataset on ${dataset.database} (seed ${report.seed}): ${counts}; seeded (${dataset.seeding === 'bulk' ? 'bulk load into the schema' : 'over HTTP'}) in ${number(dataset.seedSeconds, 1)} s`,
    );
    const notServed = Object.entries(dataset.capabilities).filter(([, state]) => state !== 'ok');
    if (notServed.length > 0)
      lines.push(`  - seeding steps not done: ${notServed.map(([name, state]) => `${name} (${state})`).join('; ')}`);
  }
  lines.push('');
  lines.push(
    '| database | scenario | Saldo req/s | p50 ms | p99 ms | non-2xx | Saldo RSS MB | bare req/s | Saldo/bare | DB req/s | Saldo/DB | target | status |',
  );
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
  for (const row of report.rows) {
    if (row.elapsedMs !== undefined) {
      lines.push(
        `| ${row.database} | ${row.scenario} | one run: ${number(row.elapsedMs)} ms | — | — | 0 | ${megabytes(row.rssMaxBytes)} | — | — | — | — | — | ${row.status} |`,
      );
      continue;
    }
    if (!row.saldo) {
      lines.push(
        `| ${row.database} | ${row.scenario} | — | — | — | — | — | — | — | — | — | — | **${row.status}**: ${row.note.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`,
      );
      continue;
    }
    const s = row.saldo;
    const status = row.status === 'ok' ? 'ok' : `**${row.status.toUpperCase()}**: ${row.note.replace(/\|/g, '\\|')}`;
    const requests = row.itemsPerRequest
      ? `${number(s.requestsPerSecond, 1)} (${number(s.requestsPerSecond * row.itemsPerRequest)} bookings/s)`
      : number(s.requestsPerSecond);
    const scenarioName =
      row.connections !== undefined && row.connections !== report.connections
        ? `${row.scenario} (${row.connections} connections)`
        : row.scenario;
    lines.push(
      `| ${row.database} | ${scenarioName} | ${requests} | ${number(s.latencyP50Ms, 1)} | ${number(s.latencyP99Ms, 1)} | ${s.non2xx} | ${megabytes(s.rssMaxBytes)} | ` +
        `${row.bare ? number(row.bare.requestsPerSecond) : '—'} | ${ratio(s, row.bare)} | ${row.databaseCeiling ? number(row.databaseCeiling.requestsPerSecond) : '—'} | ${ratio(s, row.databaseCeiling)} | ${targetCell(row)} | ${status} |`,
    );
  }
  lines.push('');
  const measured = report.rows.filter((row) => row.saldo && row.elapsedMs === undefined);
  if (measured.length > 0) {
    lines.push(
      "CPU time of the answering process per request (user and system, from /proc), a figure less shaken by a loaded machine than requests/s. SQLite's work is in the process; PostgreSQL's own processes are not counted:",
      '',
    );
    lines.push(
      '| database | scenario | Saldo CPU µs/req | bare CPU µs/req | DB ceiling CPU µs/req | bare/Saldo | DB/Saldo |',
    );
    lines.push('|---|---|---:|---:|---:|---:|---:|');
    for (const row of measured) {
      const saldo = row.saldo!.cpuMicrosPerRequest;
      const cell = (figures: LoadFigures | undefined) => (figures ? number(figures.cpuMicrosPerRequest) : '—');
      const share = (figures: LoadFigures | undefined) =>
        figures && saldo > 0 ? number(figures.cpuMicrosPerRequest / saldo, 2) : '—';
      lines.push(
        `| ${row.database} | ${row.scenario} | ${number(saldo)} | ${cell(row.bare)} | ${cell(row.databaseCeiling)} | ${share(row.bare)} | ${share(row.databaseCeiling)} |`,
      );
    }
    lines.push('');
  }
  const observed = report.rows.filter((row) => row.observed && row.saldo);
  if (observed.length > 0) {
    lines.push(
      'Metrics and tracing (`--observed`; the command says which): the same reads against Saldo with both off, then against a second Saldo with them on (spans exported to a local OTLP sink, /metrics scraped every 5 s):',
      '',
    );
    lines.push(
      '| database | scenario | off req/s | on req/s | on/off | off p50 ms | on p50 ms | off p99 ms | on p99 ms |',
    );
    lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of observed) {
      const off = row.saldo!;
      const on = row.observed!;
      lines.push(
        `| ${row.database} | ${row.scenario} | ${number(off.requestsPerSecond)} | ${number(on.requestsPerSecond)} | ${ratio(on, off)} | ${number(off.latencyP50Ms, 1)} | ${number(on.latencyP50Ms, 1)} | ${number(off.latencyP99Ms, 1)} | ${number(on.latencyP99Ms, 1)} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
