/**
 * Webhook endpoints and their deliveries, as storage keeps them. An endpoint wants some event
 * types (or all, `*`); each event it wants becomes a delivery, attempted until a 2xx answers or
 * the retries run out. Deliveries are made after commit (fan-out): the write path only records
 * events, and each endpoint keeps the event sequence it has fanned out to.
 */
export const WILDCARD_EVENT_TYPE = '*';
export const WEBHOOK_DESCRIPTION_MAX_LENGTH = 500;
export const WEBHOOK_ENDPOINTS_PER_ORGANIZATION_MAX = 50;
export const WEBHOOK_PAGE_LIMIT_DEFAULT = 50;
export const WEBHOOK_PAGE_LIMIT_MAX = 100;

export const DELIVERY_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface WebhookEndpoint {
  id: number;
  publicId: string; // whe_…
  organizationId: string;
  url: string;
  description: string | null;
  /** `['*']` or event types. */
  eventTypes: string[];
  enabled: boolean;
  secret: string;
  previousSecret: string | null;
  rotatedAt: string | null;
  fannedOutSequence: bigint;
  replayNextSequence: bigint | null;
  replayUntilSequence: bigint | null;
  failingSince: string | null;
  disabledReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export type NewWebhookEndpoint = Omit<WebhookEndpoint, 'id'>;

export type WebhookEndpointChanges = Partial<
  Pick<
    WebhookEndpoint,
    | 'url'
    | 'description'
    | 'eventTypes'
    | 'enabled'
    | 'secret'
    | 'previousSecret'
    | 'rotatedAt'
    | 'fannedOutSequence'
    | 'replayNextSequence'
    | 'replayUntilSequence'
    | 'failingSince'
    | 'disabledReason'
  >
>;

export interface WebhookDelivery {
  id: number;
  publicId: string; // whd_…
  organizationId: string;
  endpointId: number;
  eventId: number;
  eventPublicId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookAttemptRecord {
  attempt: number;
  outcome: 'SUCCEEDED' | 'FAILED';
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  attemptedAt: string;
}

/** Whether an endpoint wants events of this type. */
export function wantsEventType(eventTypes: readonly string[], type: string): boolean {
  return eventTypes.includes(WILDCARD_EVENT_TYPE) || eventTypes.includes(type);
}

/** An event as fan-out reads it: enough to make its delivery, not its data. */
export interface FanOutEvent {
  id: number;
  publicId: string;
  sequence: bigint;
  type: string;
}

/** A delivery claimed for an attempt, with what the attempt needs. */
export interface ClaimedDelivery {
  id: number;
  publicId: string;
  organizationId: string;
  endpointId: number;
  eventPublicId: string;
  /** Attempts made before this one. */
  attempts: number;
  /** The event JSON, as the feed serves it; null when the event is gone (pruned). */
  body: string | null;
  url: string;
  secret: string;
  previousSecret: string | null;
  rotatedAt: string | null;
}

/** What an attempt leaves on its delivery (and on its endpoint's failure record). */
export interface AttemptResult {
  deliveryId: number;
  organizationId: string;
  endpointId: number;
  attempt: number;
  outcome: 'SUCCEEDED' | 'FAILED';
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  attemptedAt: string;
  /** PENDING with the next attempt's time, or SUCCEEDED / FAILED (null). */
  status: DeliveryStatus;
  nextAttemptAt: string | null;
}

export interface WebhookStore {
  insertEndpoint(endpoint: NewWebhookEndpoint): Promise<number>;
  countEndpoints(organizationId: string): Promise<number>;
  findEndpoint(
    organizationId: string,
    publicId: string,
    options?: { forUpdate?: boolean },
  ): Promise<WebhookEndpoint | undefined>;
  findEndpointById(organizationId: string, id: number): Promise<WebhookEndpoint | undefined>;
  /** Ascending by id after `afterId`. */
  listEndpoints(
    organizationId: string,
    options: { limit: number; afterId?: number | undefined },
  ): Promise<WebhookEndpoint[]>;
  /** `updatedAt` null: bookkeeping (fan-out) that the owner did not change. */
  updateEndpoint(
    organizationId: string,
    id: number,
    changes: WebhookEndpointChanges,
    updatedAt: string | null,
  ): Promise<void>;
  /** Deletes the endpoint with its deliveries and their attempts. */
  deleteEndpoint(organizationId: string, id: number): Promise<void>;

  /** Newest first, before `beforeId`. */
  listDeliveries(
    organizationId: string,
    endpointId: number,
    options: { status?: DeliveryStatus | undefined; limit: number; beforeId?: number | undefined },
  ): Promise<WebhookDelivery[]>;
  findDelivery(organizationId: string, endpointId: number, publicId: string): Promise<WebhookDelivery | undefined>;
  attemptsOf(organizationId: string, deliveryId: number): Promise<WebhookAttemptRecord[]>;
  /** Makes a delivery PENDING and due now; false when it is being attempted right now (leased). */
  retryDelivery(organizationId: string, deliveryId: number, now: string): Promise<boolean>;

  // The dispatcher's part.
  /** Enabled endpoints with events to fan out (new ones or a replay), oldest first. */
  endpointsToFanOut(limit: number): Promise<Array<{ id: number; organizationId: string }>>;
  /** The endpoint, held for fan-out; undefined when another process holds it (or it is gone or disabled). */
  lockEndpointForFanOut(id: number): Promise<WebhookEndpoint | undefined>;
  /** Events after a sequence, through `untilSequence` when given, oldest first. */
  eventsAfter(
    organizationId: string,
    afterSequence: bigint,
    limit: number,
    untilSequence?: bigint,
  ): Promise<FanOutEvent[]>;
  insertDeliveries(deliveries: Array<Omit<WebhookDelivery, 'id'>>): Promise<void>;
  /**
   * Claims up to `limit` due deliveries of enabled endpoints not in `excludeEndpointIds` for
   * `holder` until `leaseUntil` (PostgreSQL: FOR UPDATE SKIP LOCKED), each attempt by one process.
   */
  claimDeliveries(
    now: string,
    leaseUntil: string,
    holder: string,
    limit: number,
    excludeEndpointIds: number[],
  ): Promise<ClaimedDelivery[]>;
  /** Gives claimed deliveries back unattempted. */
  releaseDeliveries(ids: number[], holder: string): Promise<void>;
  /**
   * Records attempts set-based: each delivery's new state (where `holder` still has its lease)
   * and its attempt row; the endpoints' failure record. Answers the endpoints that have failed
   * since before `disableBefore` and are still enabled.
   */
  completeAttempts(
    results: AttemptResult[],
    holder: string,
    now: string,
    disableBefore: string,
  ): Promise<Array<{ organizationId: string; endpointId: number }>>;
  /** Due deliveries and the oldest one's due time, for metrics and the operator. */
  pendingSummary(now: string): Promise<{ due: number; oldestDueAt: string | null }>;
  /** Forgets finished deliveries (and their attempts) created before the instant. */
  pruneDeliveries(organizationId: string, before: string, limit: number): Promise<number>;
  /** The lowest event sequence a pending delivery or a fan-out still needs, or null when none. */
  eventSequenceNeeded(organizationId: string): Promise<bigint | null>;
}
