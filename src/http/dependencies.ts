import type { Clock } from '../core/clock.ts';
import type { LedgerWriter } from '../core/ledger/ledger-writer.ts';
import type { SessionPolicy } from '../core/operators/sessions.ts';
import type { Store } from '../core/store.ts';
import type { SaldoMetrics } from '../observability/metrics.ts';

/** What the HTTP layer is built from: the core's ports and the settings it needs. */
export interface AppDependencies {
  store: Store;
  clock: Clock;
  /** The write path every booking takes: one per process, shared by every route. */
  ledger: LedgerWriter;
  rootKey: string | undefined;
  rateLimitPerMinute: number;
  redisUrl: string | undefined;
  /** Prefix of the rate-limit counters in Redis; deployments sharing one Redis set their own. */
  rateLimitNamespace?: string | undefined;
  bodyLimitBytes: number;
  /** The largest bank statement file POST /orgs/{org_id}/bank-statements takes (default 50 MiB). */
  statementLimitBytes?: number | undefined;
  /** Pino logger options, or false for silence (tests). */
  logger: boolean | { level: string };
  /** Console sessions' idle and absolute expiry; 30 minutes and 12 hours by default. */
  sessionPolicy?: SessionPolicy | undefined;
  /** `always`: the session cookie is Secure whatever the request came over; by default only under HTTPS. */
  sessionCookieSecure?: 'auto' | 'always' | undefined;
  /** Sign-in attempts allowed per email and per client address in a window (src/http/console/sign-in-limit.ts). */
  signInLimits?: { perEmail: number; perAddress: number } | undefined;
  /** `WEBHOOK_ALLOW_PRIVATE_URLS`: webhook endpoints may use http:// and private addresses (development, tests). */
  allowPrivateWebhookUrls?: boolean | undefined;
  /** Tells this process's webhook dispatcher that a delivery is due now (a retry); absent without one. */
  wakeDelivery?: (() => void) | undefined;
  /** Where the built console is (default dist/console of the repository). */
  consoleDirectory?: string | undefined;
  /** The process's metrics, served at /metrics; absent with METRICS=off. */
  metrics?: SaldoMetrics | undefined;
  /** `METRICS_TOKEN`: a bearer token for /metrics besides the root key. */
  metricsToken?: string | undefined;
}

/** What `buildApp` is given: the write path (and metrics) are made from the store and clock unless passed. */
export type AppOptions = Omit<AppDependencies, 'ledger' | 'metrics'> & {
  ledger?: LedgerWriter | undefined;
  /** Metrics made for this app unless given; `false` serves none (METRICS=off). */
  metrics?: SaldoMetrics | false | undefined;
};
