import type { Clock } from '../core/clock.ts';
import type { LedgerWriter } from '../core/ledger/ledger-writer.ts';
import type { SessionPolicy } from '../core/operators/sessions.ts';
import type { Store } from '../core/store.ts';

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
}

/** What `buildApp` is given: the write path is made from the store and clock unless one is passed. */
export type AppOptions = Omit<AppDependencies, 'ledger'> & { ledger?: LedgerWriter | undefined };
