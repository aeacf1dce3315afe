/**
 * Webhook endpoints, deliveries and attempts (src/core/webhooks/webhook-endpoint.ts). The
 * dispatcher's statements are set-based: a claim is one statement for a batch of deliveries
 * (PostgreSQL: FOR UPDATE SKIP LOCKED, so processes never wait on each other's claims), and a
 * batch of attempts is recorded with one update and one insert.
 */
import { type Kysely, type Selectable, sql } from 'kysely';
import type {
  AttemptResult,
  ClaimedDelivery,
  DeliveryStatus,
  FanOutEvent,
  NewWebhookEndpoint,
  WebhookAttemptRecord,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEndpointChanges,
  WebhookStore,
} from '../../core/webhooks/webhook-endpoint.ts';
import { type JsonColumn } from '../json-rows.ts';
import { fixed, rowLimit } from '../literals.ts';
import type { Database, WebhookDeliveriesTable, WebhookEndpointsTable } from '../schema.ts';
import type { StorageAdapter } from '../adapter.ts';

const PENDING = fixed('PENDING');

const bigintOrNull = (value: bigint | number | null) => (value === null ? null : BigInt(value));

const toEndpoint = (row: Selectable<WebhookEndpointsTable>): WebhookEndpoint => ({
  id: Number(row.id),
  publicId: row.public_id,
  organizationId: row.organization_id,
  url: row.url,
  description: row.description,
  eventTypes: JSON.parse(row.event_types) as string[],
  enabled: Number(row.enabled) === 1,
  secret: row.secret,
  previousSecret: row.previous_secret,
  rotatedAt: row.rotated_at,
  fannedOutSequence: BigInt(row.fanned_out_sequence),
  replayNextSequence: bigintOrNull(row.replay_next_sequence),
  replayUntilSequence: bigintOrNull(row.replay_until_sequence),
  failingSince: row.failing_since,
  disabledReason: row.disabled_reason,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toDelivery = (row: Selectable<WebhookDeliveriesTable>): WebhookDelivery => ({
  id: Number(row.id),
  publicId: row.public_id,
  organizationId: row.organization_id,
  endpointId: Number(row.endpoint_id),
  eventId: Number(row.event_id),
  eventPublicId: row.event_public_id,
  eventType: row.event_type,
  status: row.status as DeliveryStatus,
  attempts: Number(row.attempts),
  lastStatusCode: row.last_status_code === null ? null : Number(row.last_status_code),
  lastError: row.last_error,
  nextAttemptAt: row.next_attempt_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const DELIVERY_COLUMNS: readonly JsonColumn[] = [
  ['public_id', 'text'],
  ['organization_id', 'text'],
  ['endpoint_id', 'bigint'],
  ['event_id', 'bigint'],
  ['event_public_id', 'text'],
  ['event_type', 'text'],
  ['status', 'text'],
  ['attempts', 'integer'],
  ['next_attempt_at', 'text'],
  ['created_at', 'text'],
  ['updated_at', 'text'],
];
const deliveryNames = sql.raw(DELIVERY_COLUMNS.map(([name]) => name).join(', '));
const deliveryValues = sql.raw(DELIVERY_COLUMNS.map(([name]) => `v.${name}`).join(', '));

const RESULT_COLUMNS: readonly JsonColumn[] = [
  ['delivery_id', 'bigint'],
  ['organization_id', 'text'],
  ['attempt', 'integer'],
  ['outcome', 'text'],
  ['status_code', 'integer'],
  ['error', 'text'],
  ['duration_ms', 'integer'],
  ['attempted_at', 'text'],
  ['status', 'text'],
  ['next_attempt_at', 'text'],
];

const ENDPOINT_FAILURE_COLUMNS: readonly JsonColumn[] = [
  ['id', 'bigint'],
  ['succeeded', 'integer'],
];

export class KyselyWebhookStore implements WebhookStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly adapter: StorageAdapter,
  ) {}

  async insertEndpoint(endpoint: NewWebhookEndpoint): Promise<number> {
    const row = await this.db
      .insertInto('webhook_endpoints')
      .values({
        public_id: endpoint.publicId,
        organization_id: endpoint.organizationId,
        url: endpoint.url,
        description: endpoint.description,
        event_types: JSON.stringify(endpoint.eventTypes),
        enabled: endpoint.enabled ? 1 : 0,
        secret: endpoint.secret,
        previous_secret: endpoint.previousSecret,
        rotated_at: endpoint.rotatedAt,
        fanned_out_sequence: endpoint.fannedOutSequence,
        replay_next_sequence: endpoint.replayNextSequence,
        replay_until_sequence: endpoint.replayUntilSequence,
        failing_since: endpoint.failingSince,
        disabled_reason: endpoint.disabledReason,
        created_at: endpoint.createdAt,
        updated_at: endpoint.updatedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }

  async countEndpoints(organizationId: string): Promise<number> {
    const row = await this.db
      .selectFrom('webhook_endpoints')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('organization_id', '=', organizationId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async findEndpoint(
    organizationId: string,
    publicId: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<WebhookEndpoint | undefined> {
    let query = this.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('public_id', '=', publicId);
    if (options.forUpdate) query = this.adapter.lock(query);
    const row = await query.executeTakeFirst();
    return row === undefined ? undefined : toEndpoint(row);
  }

  async findEndpointById(organizationId: string, id: number): Promise<WebhookEndpoint | undefined> {
    const row = await this.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('id', '=', BigInt(id))
      .executeTakeFirst();
    return row === undefined ? undefined : toEndpoint(row);
  }

  async listEndpoints(
    organizationId: string,
    options: { limit: number; afterId?: number | undefined },
  ): Promise<WebhookEndpoint[]> {
    let query = this.db.selectFrom('webhook_endpoints').selectAll().where('organization_id', '=', organizationId);
    if (options.afterId !== undefined) query = query.where('id', '>', BigInt(options.afterId));
    const rows = await query.orderBy('id').limit(rowLimit(options.limit)).execute();
    return rows.map(toEndpoint);
  }

  async updateEndpoint(
    organizationId: string,
    id: number,
    changes: WebhookEndpointChanges,
    updatedAt: string | null,
  ): Promise<void> {
    const set: Record<string, unknown> = updatedAt === null ? {} : { updated_at: updatedAt };
    if (changes.url !== undefined) set.url = changes.url;
    if (changes.description !== undefined) set.description = changes.description;
    if (changes.eventTypes !== undefined) set.event_types = JSON.stringify(changes.eventTypes);
    if (changes.enabled !== undefined) set.enabled = changes.enabled ? 1 : 0;
    if (changes.secret !== undefined) set.secret = changes.secret;
    if (changes.previousSecret !== undefined) set.previous_secret = changes.previousSecret;
    if (changes.rotatedAt !== undefined) set.rotated_at = changes.rotatedAt;
    if (changes.fannedOutSequence !== undefined) set.fanned_out_sequence = changes.fannedOutSequence;
    if (changes.replayNextSequence !== undefined) set.replay_next_sequence = changes.replayNextSequence;
    if (changes.replayUntilSequence !== undefined) set.replay_until_sequence = changes.replayUntilSequence;
    if (changes.failingSince !== undefined) set.failing_since = changes.failingSince;
    if (changes.disabledReason !== undefined) set.disabled_reason = changes.disabledReason;
    await this.db
      .updateTable('webhook_endpoints')
      .set(set)
      .where('organization_id', '=', organizationId)
      .where('id', '=', BigInt(id))
      .execute();
  }

  async deleteEndpoint(organizationId: string, id: number): Promise<void> {
    await this.db
      .deleteFrom('webhook_attempts')
      .where('organization_id', '=', organizationId)
      .where('delivery_id', 'in', (eb) =>
        eb
          .selectFrom('webhook_deliveries')
          .select('id')
          .where('organization_id', '=', organizationId)
          .where('endpoint_id', '=', BigInt(id)),
      )
      .execute();
    await this.db
      .deleteFrom('webhook_deliveries')
      .where('organization_id', '=', organizationId)
      .where('endpoint_id', '=', BigInt(id))
      .execute();
    await this.db
      .deleteFrom('webhook_endpoints')
      .where('organization_id', '=', organizationId)
      .where('id', '=', BigInt(id))
      .execute();
  }

  async listDeliveries(
    organizationId: string,
    endpointId: number,
    options: { status?: DeliveryStatus | undefined; limit: number; beforeId?: number | undefined },
  ): Promise<WebhookDelivery[]> {
    let query = this.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('endpoint_id', '=', BigInt(endpointId));
    if (options.status !== undefined) query = query.where('status', '=', options.status);
    if (options.beforeId !== undefined) query = query.where('id', '<', BigInt(options.beforeId));
    const rows = await query.orderBy('id', 'desc').limit(rowLimit(options.limit)).execute();
    return rows.map(toDelivery);
  }

  async findDelivery(
    organizationId: string,
    endpointId: number,
    publicId: string,
  ): Promise<WebhookDelivery | undefined> {
    const row = await this.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('endpoint_id', '=', BigInt(endpointId))
      .where('public_id', '=', publicId)
      .executeTakeFirst();
    return row === undefined ? undefined : toDelivery(row);
  }

  async attemptsOf(organizationId: string, deliveryId: number): Promise<WebhookAttemptRecord[]> {
    const rows = await this.db
      .selectFrom('webhook_attempts')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('delivery_id', '=', BigInt(deliveryId))
      .orderBy('attempt')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      attempt: Number(row.attempt),
      outcome: row.outcome as 'SUCCEEDED' | 'FAILED',
      statusCode: row.status_code === null ? null : Number(row.status_code),
      error: row.error,
      durationMs: Number(row.duration_ms),
      attemptedAt: row.attempted_at,
    }));
  }

  async retryDelivery(organizationId: string, deliveryId: number, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('webhook_deliveries')
      .set({ status: 'PENDING', next_attempt_at: now, updated_at: now })
      .where('organization_id', '=', organizationId)
      .where('id', '=', BigInt(deliveryId))
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async endpointsToFanOut(limit: number): Promise<Array<{ id: number; organizationId: string }>> {
    const rows = await this.db
      .selectFrom('webhook_endpoints as e')
      .innerJoin('organizations as o', 'o.id', 'e.organization_id')
      .select(['e.id', 'e.organization_id'])
      .where('e.enabled', '=', 1)
      .where((eb) =>
        eb.or([
          eb('e.fanned_out_sequence', '<', eb.ref('o.event_sequence')),
          eb('e.replay_next_sequence', 'is not', null),
        ]),
      )
      .orderBy('e.id')
      .limit(rowLimit(limit))
      .execute();
    return rows.map((row) => ({ id: Number(row.id), organizationId: row.organization_id }));
  }

  async lockEndpointForFanOut(id: number): Promise<WebhookEndpoint | undefined> {
    let query = this.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .where('id', '=', BigInt(id))
      .where('enabled', '=', 1);
    // Another process fanning out this endpoint holds it: skip it rather than wait.
    query = this.adapter.lock(query, { skipLocked: true });
    const row = await query.executeTakeFirst();
    return row === undefined ? undefined : toEndpoint(row);
  }

  async eventsAfter(
    organizationId: string,
    afterSequence: bigint,
    limit: number,
    untilSequence?: bigint,
  ): Promise<FanOutEvent[]> {
    let query = this.db
      .selectFrom('events')
      .select(['id', 'public_id', 'sequence', 'type'])
      .where('organization_id', '=', organizationId)
      .where('sequence', '>', afterSequence);
    if (untilSequence !== undefined) query = query.where('sequence', '<=', untilSequence);
    const rows = await query.orderBy('sequence').limit(rowLimit(limit)).execute();
    return rows.map((row) => ({
      id: Number(row.id),
      publicId: row.public_id,
      sequence: BigInt(row.sequence),
      type: row.type,
    }));
  }

  async insertDeliveries(deliveries: Array<Omit<WebhookDelivery, 'id'>>): Promise<void> {
    if (deliveries.length === 0) return;
    const rows = deliveries.map((d) => ({
      public_id: d.publicId,
      organization_id: d.organizationId,
      endpoint_id: d.endpointId,
      event_id: d.eventId,
      event_public_id: d.eventPublicId,
      event_type: d.eventType,
      status: d.status,
      attempts: d.attempts,
      next_attempt_at: d.nextAttemptAt,
      created_at: d.createdAt,
      updated_at: d.updatedAt,
    }));
    await sql`insert into webhook_deliveries (${deliveryNames}) select ${deliveryValues} from ${this.adapter.rows(rows, DELIVERY_COLUMNS)} order by v.position`.execute(
      this.db,
    );
  }

  async claimDeliveries(
    now: string,
    leaseUntil: string,
    holder: string,
    limit: number,
    excludeEndpointIds: number[],
  ): Promise<ClaimedDelivery[]> {
    if (limit <= 0) return [];
    const excluded =
      excludeEndpointIds.length === 0
        ? sql``
        : sql`and not (${this.adapter.isOneOf(sql.ref('d.endpoint_id'), excludeEndpointIds, 'bigint')})`;
    const candidates = sql`select d.id from webhook_deliveries d
        inner join webhook_endpoints e on e.id = d.endpoint_id and e.enabled = 1
        where d.status = ${PENDING} and d.next_attempt_at <= ${now} and (d.lease_until is null or d.lease_until < ${now}) ${excluded}
        order by d.next_attempt_at, d.id limit ${rowLimit(limit)}`;
    // Rows another process is claiming are skipped, not waited for: each attempt is made once.
    const claimed = await sql<{
      id: bigint;
      endpoint_id: bigint;
      attempts: number;
    }>`update webhook_deliveries set lease_until = ${leaseUntil}, leased_by = ${holder}
        where id in (${candidates}${this.adapter.lockClause({ of: 'd', skipLocked: true })}) returning id, endpoint_id, attempts`.execute(
      this.db,
    );
    if (claimed.rows.length === 0) return [];
    const ids = claimed.rows.map((row) => Number(row.id));
    const rows = await this.db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
      .leftJoin('events as v', 'v.id', 'd.event_id')
      .select([
        'd.id',
        'd.public_id',
        'd.organization_id',
        'd.endpoint_id',
        'd.event_public_id',
        'd.attempts',
        'e.url',
        'e.secret',
        'e.previous_secret',
        'e.rotated_at',
        'v.public_id as event_id_text',
        'v.type as event_type_text',
        'v.created_at as event_created_at',
        'v.data as event_data',
      ])
      .where(this.adapter.isOneOf(sql.ref('d.id'), ids, 'bigint'))
      .orderBy('d.next_attempt_at')
      .orderBy('d.id')
      .execute();
    return rows.map((row) => ({
      id: Number(row.id),
      publicId: row.public_id,
      organizationId: row.organization_id,
      endpointId: Number(row.endpoint_id),
      eventPublicId: row.event_public_id,
      attempts: Number(row.attempts),
      // The event JSON, as the feed serves it: its data is stored as rendered text already.
      body:
        row.event_id_text === null
          ? null
          : `{"id":${JSON.stringify(row.event_id_text)},"type":${JSON.stringify(row.event_type_text)},"created_at":${JSON.stringify(row.event_created_at)},"organization_id":${JSON.stringify(row.organization_id)},"data":${row.event_data}}`,
      url: row.url,
      secret: row.secret,
      previousSecret: row.previous_secret,
      rotatedAt: row.rotated_at,
    }));
  }

  async releaseDeliveries(ids: number[], holder: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable('webhook_deliveries')
      .set({ lease_until: null, leased_by: null })
      .where(this.adapter.isOneOf(sql.ref('id'), ids, 'bigint'))
      .where('leased_by', '=', holder)
      .execute();
  }

  async completeAttempts(
    results: AttemptResult[],
    holder: string,
    now: string,
    disableBefore: string,
  ): Promise<Array<{ organizationId: string; endpointId: number }>> {
    if (results.length === 0) return [];
    const rows = results.map((r) => ({
      delivery_id: r.deliveryId,
      organization_id: r.organizationId,
      attempt: r.attempt,
      outcome: r.outcome,
      status_code: r.statusCode,
      error: r.error,
      duration_ms: r.durationMs,
      attempted_at: r.attemptedAt,
      status: r.status,
      next_attempt_at: r.nextAttemptAt,
    }));
    // Only where this process still holds the lease: a delivery retried or taken over meanwhile keeps its new state.
    await sql`update webhook_deliveries as w set
        status = v.status, attempts = v.attempt, last_status_code = v.status_code, last_error = v.error,
        next_attempt_at = v.next_attempt_at, lease_until = null, leased_by = null, updated_at = ${now}
      from ${this.adapter.rows(rows, RESULT_COLUMNS)}
      where w.id = v.delivery_id and w.leased_by = ${holder}`.execute(this.db);
    await sql`insert into webhook_attempts (organization_id, delivery_id, attempt, outcome, status_code, error, duration_ms, attempted_at)
      select v.organization_id, v.delivery_id, v.attempt, v.outcome, v.status_code, v.error, v.duration_ms, v.attempted_at
      from ${this.adapter.rows(rows, RESULT_COLUMNS)} order by v.position`.execute(this.db);

    // An endpoint that answered once in the batch is not failing; one that only failed is, since its first failure.
    const succeeded = new Map<number, boolean>();
    for (const r of results)
      succeeded.set(r.endpointId, (succeeded.get(r.endpointId) ?? false) || r.outcome === 'SUCCEEDED');
    const endpoints = [...succeeded].map(([id, ok]) => ({ id, succeeded: ok ? 1 : 0 }));
    await sql`update webhook_endpoints as e set
        failing_since = case when v.succeeded = 1 then null else coalesce(e.failing_since, ${now}) end
      from ${this.adapter.rows(endpoints, ENDPOINT_FAILURE_COLUMNS)}
      where e.id = v.id`.execute(this.db);
    const failing = await this.db
      .selectFrom('webhook_endpoints')
      .select(['id', 'organization_id'])
      .where(
        this.adapter.isOneOf(
          sql.ref('id'),
          endpoints.map((e) => e.id),
          'bigint',
        ),
      )
      .where('enabled', '=', 1)
      .where('failing_since', '<', disableBefore)
      .execute();
    return failing.map((row) => ({ organizationId: row.organization_id, endpointId: Number(row.id) }));
  }

  async pendingSummary(now: string): Promise<{ due: number; oldestDueAt: string | null }> {
    const row = await sql<{
      due: bigint | number;
      oldest: string | null;
    }>`select count(*) as due, min(next_attempt_at) as oldest
      from webhook_deliveries where status = ${PENDING} and next_attempt_at <= ${now}`.execute(this.db);
    const first = row.rows[0];
    return { due: Number(first?.due ?? 0), oldestDueAt: first?.oldest ?? null };
  }

  async pruneDeliveries(organizationId: string, before: string, limit: number): Promise<number> {
    const old = await this.db
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('created_at', '<', before)
      .where('status', '!=', 'PENDING')
      .orderBy('created_at')
      .limit(rowLimit(limit))
      .execute();
    const ids = old.map((row) => Number(row.id));
    if (ids.length === 0) return 0;
    await this.db
      .deleteFrom('webhook_attempts')
      .where('organization_id', '=', organizationId)
      .where(this.adapter.isOneOf(sql.ref('delivery_id'), ids, 'bigint'))
      .execute();
    const result = await this.db
      .deleteFrom('webhook_deliveries')
      .where(this.adapter.isOneOf(sql.ref('id'), ids, 'bigint'))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async eventSequenceNeeded(organizationId: string): Promise<bigint | null> {
    const pending = await this.db
      .selectFrom('webhook_deliveries as d')
      .innerJoin('events as v', 'v.id', 'd.event_id')
      .select((eb) => eb.fn.min('v.sequence').as('sequence'))
      .where('d.organization_id', '=', organizationId)
      .where('d.status', '=', 'PENDING')
      .executeTakeFirst();
    const fanOut = await this.db
      .selectFrom('webhook_endpoints')
      .select((eb) => [eb.fn.min('fanned_out_sequence').as('fanned'), eb.fn.min('replay_next_sequence').as('replay')])
      .where('organization_id', '=', organizationId)
      .where('enabled', '=', 1)
      .executeTakeFirst();
    const candidates = [
      pending?.sequence,
      fanOut?.fanned === null || fanOut?.fanned === undefined ? null : BigInt(fanOut.fanned) + 1n,
      fanOut?.replay,
    ]
      .filter((value) => value !== null && value !== undefined)
      .map((value) => BigInt(value as bigint));
    return candidates.length === 0 ? null : candidates.reduce((a, b) => (a < b ? a : b));
  }
}
