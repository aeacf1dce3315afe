/**
 * Managing webhook endpoints: create, change, delete, rotate the secret, retry a delivery, replay.
 * Each is a write of the pipeline (`performWrite`) without its reply, which the HTTP layer adds.
 * The URL is checked on create and change (and again at every attempt); a new endpoint receives
 * the events recorded after it was created.
 */
import type { Clock } from '../core/clock.ts';
import { SaldoError } from '../core/errors.ts';
import { sequenceOfEventId, newPublicId } from '../core/ids.ts';
import type { Store } from '../core/store.ts';
import {
  WEBHOOK_DESCRIPTION_MAX_LENGTH,
  WEBHOOK_ENDPOINTS_PER_ORGANIZATION_MAX,
  WILDCARD_EVENT_TYPE,
  type WebhookDelivery,
  type WebhookEndpoint,
  type WebhookEndpointChanges,
} from '../core/webhooks/webhook-endpoint.ts';
import { type WriteCommand, performInternalWrite } from '../core/write-pipeline.ts';
import { domainEvent } from '../core/events/domain-event.ts';
import { EVENT_TYPES, isEventType } from '../events/catalogue.ts';
import { newWebhookSecret } from './signature.ts';
import { checkWebhookUrl } from './url-guard.ts';

export type EndpointCommand<T> = Omit<WriteCommand<T>, 'reply'>;

/** How URLs are judged: `WEBHOOK_ALLOW_PRIVATE_URLS`. */
export interface WebhookUrlPolicy {
  allowPrivate: boolean;
}

export interface EndpointInput {
  url: string;
  eventTypes: string[];
  description?: string | null | undefined;
}

export interface EndpointUpdate {
  url?: string | undefined;
  eventTypes?: string[] | undefined;
  enabled?: boolean | undefined;
  description?: string | null | undefined;
}

/** An endpoint with the secret to show once (create, rotation). */
export interface EndpointWithSecret {
  endpoint: WebhookEndpoint;
  secret: string;
}

/** `["*"]`, or known event types without repeats; the order given is kept. */
export function checkEventTypes(types: string[]): string[] {
  if (types.length === 0)
    throw new SaldoError('validation_failed', {
      detail: 'event_types names at least one type, or "*".',
      pointer: 'body.event_types',
    });
  if (types.includes(WILDCARD_EVENT_TYPE)) {
    if (types.length > 1)
      throw new SaldoError('validation_failed', {
        detail: '"*" stands alone: it means every type.',
        pointer: 'body.event_types',
      });
    return [WILDCARD_EVENT_TYPE];
  }
  types.forEach((type, index) => {
    if (!isEventType(type)) {
      throw new SaldoError('event_type_unknown', {
        detail: `'${type}' is not an event type; the types are ${EVENT_TYPES.join(', ')}.`,
        pointer: `body.event_types[${index}]`,
      });
    }
  });
  return [...new Set(types)];
}

function checkDescription(description: string | null | undefined): string | null {
  if (description === undefined || description === null) return null;
  if (description.length > WEBHOOK_DESCRIPTION_MAX_LENGTH) {
    throw new SaldoError('validation_failed', {
      detail: `A description has at most ${WEBHOOK_DESCRIPTION_MAX_LENGTH} characters.`,
      pointer: 'body.description',
    });
  }
  return description;
}

async function endpointOf(tx: Store, organizationId: string, publicId: string): Promise<WebhookEndpoint> {
  const endpoint = await tx.webhooks.findEndpoint(organizationId, publicId, { forUpdate: true });
  if (!endpoint) throw new SaldoError('webhook_endpoint_not_found');
  return endpoint;
}

export function createEndpoint(
  clock: Clock,
  organizationId: string,
  input: EndpointInput,
  policy: WebhookUrlPolicy,
): EndpointCommand<EndpointWithSecret> {
  return {
    async execute(tx) {
      // Checked in order, before anything is written: nothing is half-made.
      const url = checkWebhookUrl(input.url, policy).href;
      const eventTypes = checkEventTypes(input.eventTypes);
      const description = checkDescription(input.description);
      if ((await tx.webhooks.countEndpoints(organizationId)) >= WEBHOOK_ENDPOINTS_PER_ORGANIZATION_MAX) {
        throw new SaldoError('webhook_endpoint_limit_reached', {
          detail: `An organization has at most ${WEBHOOK_ENDPOINTS_PER_ORGANIZATION_MAX} webhook endpoints.`,
        });
      }
      const now = clock.now();
      const secret = newWebhookSecret();
      const endpoint: Omit<WebhookEndpoint, 'id'> = {
        publicId: newPublicId('whe_', now),
        organizationId,
        url,
        description,
        eventTypes,
        enabled: true,
        secret,
        previousSecret: null,
        rotatedAt: null,
        // The pipeline holds the ledger row: no event can commit between this read and the insert.
        fannedOutSequence: await tx.events.lastSequence(organizationId),
        replayNextSequence: null,
        replayUntilSequence: null,
        failingSince: null,
        disabledReason: null,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      const id = await tx.webhooks.insertEndpoint(endpoint);
      return { endpoint: { ...endpoint, id }, secret };
    },
    audit: ({ endpoint }) => ({
      action: 'webhook_endpoint.created',
      resourceType: 'webhook_endpoint',
      resourceId: endpoint.publicId,
      details: { url: endpoint.url, event_types: endpoint.eventTypes },
    }),
  };
}

export function updateEndpoint(
  clock: Clock,
  organizationId: string,
  publicId: string,
  update: EndpointUpdate,
  policy: WebhookUrlPolicy,
): EndpointCommand<WebhookEndpoint> {
  return {
    async execute(tx) {
      const endpoint = await endpointOf(tx, organizationId, publicId);
      const changes: WebhookEndpointChanges = {};
      if (update.url !== undefined) changes.url = checkWebhookUrl(update.url, policy).href;
      if (update.eventTypes !== undefined) changes.eventTypes = checkEventTypes(update.eventTypes);
      if (update.description !== undefined) changes.description = checkDescription(update.description);
      if (update.enabled !== undefined && update.enabled !== endpoint.enabled) {
        changes.enabled = update.enabled;
        if (update.enabled) {
          // Enabled again: deliveries resume from now on (a replay brings what was missed), and the failure record starts afresh.
          changes.fannedOutSequence = await tx.events.lastSequence(organizationId);
          changes.failingSince = null;
          changes.disabledReason = null;
        }
      }
      const at = clock.now().toISOString();
      await tx.webhooks.updateEndpoint(organizationId, endpoint.id, changes, at);
      return { ...endpoint, ...changes, updatedAt: at };
    },
    audit: (endpoint) => ({
      action: 'webhook_endpoint.updated',
      resourceType: 'webhook_endpoint',
      resourceId: endpoint.publicId,
      details: {
        changed: Object.keys(update).filter((key) => update[key as keyof EndpointUpdate] !== undefined),
        enabled: endpoint.enabled,
      },
    }),
  };
}

export function deleteEndpoint(organizationId: string, publicId: string): EndpointCommand<WebhookEndpoint> {
  return {
    async execute(tx) {
      const endpoint = await endpointOf(tx, organizationId, publicId);
      await tx.webhooks.deleteEndpoint(organizationId, endpoint.id);
      return endpoint;
    },
    audit: (endpoint) => ({
      action: 'webhook_endpoint.deleted',
      resourceType: 'webhook_endpoint',
      resourceId: endpoint.publicId,
      details: { url: endpoint.url },
    }),
  };
}

/** A new secret; the one before signs too for 24 hours (signature.ts `signingSecrets`). */
export function rotateSecret(
  clock: Clock,
  organizationId: string,
  publicId: string,
): EndpointCommand<EndpointWithSecret> {
  return {
    async execute(tx) {
      const endpoint = await endpointOf(tx, organizationId, publicId);
      const secret = newWebhookSecret();
      const at = clock.now().toISOString();
      const changes = { secret, previousSecret: endpoint.secret, rotatedAt: at };
      await tx.webhooks.updateEndpoint(organizationId, endpoint.id, changes, at);
      return { endpoint: { ...endpoint, ...changes, updatedAt: at }, secret };
    },
    audit: ({ endpoint }) => ({
      action: 'webhook_endpoint.secret_rotated',
      resourceType: 'webhook_endpoint',
      resourceId: endpoint.publicId,
    }),
  };
}

export function retryDelivery(
  clock: Clock,
  organizationId: string,
  endpointPublicId: string,
  deliveryPublicId: string,
): EndpointCommand<WebhookDelivery> {
  return {
    async execute(tx) {
      const endpoint = await endpointOf(tx, organizationId, endpointPublicId);
      const delivery = await tx.webhooks.findDelivery(organizationId, endpoint.id, deliveryPublicId);
      if (!delivery) throw new SaldoError('webhook_delivery_not_found');
      const at = clock.now().toISOString();
      if (!(await tx.webhooks.retryDelivery(organizationId, delivery.id, at)))
        throw new SaldoError('webhook_delivery_in_flight');
      return { ...delivery, status: 'PENDING', nextAttemptAt: at, updatedAt: at };
    },
    audit: (delivery) => ({
      action: 'webhook_delivery.retried',
      resourceType: 'webhook_delivery',
      resourceId: delivery.publicId,
      details: { endpoint_id: endpointPublicId, event_id: delivery.eventPublicId },
    }),
  };
}

export interface Replay {
  endpoint: WebhookEndpoint;
  afterEventId: string;
}

/**
 * Delivers again every matching event after `after`, up to the last one fanned out (the newer ones
 * follow anyway). Fan-out makes the deliveries a page at a time; a replay asked for while one runs
 * widens it.
 */
export function replayEvents(
  clock: Clock,
  organizationId: string,
  publicId: string,
  after: string,
): EndpointCommand<Replay> {
  return {
    async execute(tx) {
      const afterSequence = sequenceOfEventId(after);
      if (afterSequence === undefined)
        throw new SaldoError('validation_failed', {
          detail: "'after' must be an event id (evt_…) this API gave.",
          pointer: 'body.after',
        });
      const endpoint = await endpointOf(tx, organizationId, publicId);
      const until = endpoint.fannedOutSequence;
      const changes: WebhookEndpointChanges = {};
      if (afterSequence < until) {
        const running = endpoint.replayNextSequence !== null && endpoint.replayUntilSequence !== null;
        const next = afterSequence + 1n;
        changes.replayNextSequence =
          running && endpoint.replayNextSequence! < next ? endpoint.replayNextSequence : next;
        changes.replayUntilSequence = until;
        await tx.webhooks.updateEndpoint(organizationId, endpoint.id, changes, clock.now().toISOString());
      }
      return { endpoint: { ...endpoint, ...changes }, afterEventId: after };
    },
    audit: ({ endpoint, afterEventId }) => ({
      action: 'webhook_endpoint.replayed',
      resourceType: 'webhook_endpoint',
      resourceId: endpoint.publicId,
      details: { after: afterEventId },
    }),
  };
}

/**
 * Disables an endpoint whose attempts have all failed since before the threshold, recording
 * `webhook_endpoint.disabled` in the same transaction (through the pipeline: the ledger row first).
 * Answers whether it disabled it now.
 */
export async function disableFailingEndpoint(
  store: Store,
  clock: Clock,
  organizationId: string,
  endpointId: number,
  reason: string,
): Promise<boolean> {
  const actor = {
    organizationId,
    keyId: null,
    auditUser: 'webhook-dispatcher',
    traceId: `webhook-endpoint-${endpointId}`,
  };
  const disabled = await performInternalWrite(store, clock, actor, {
    async execute(tx) {
      const endpoint = await tx.webhooks.findEndpointById(organizationId, endpointId);
      if (!endpoint || !endpoint.enabled) return undefined;
      const at = clock.now().toISOString();
      await tx.webhooks.updateEndpoint(organizationId, endpoint.id, { enabled: false, disabledReason: reason }, at);
      return { ...endpoint, enabled: false, disabledReason: reason, updatedAt: at };
    },
    audit: (endpoint) =>
      endpoint === undefined
        ? null
        : {
            action: 'webhook_endpoint.disabled',
            resourceType: 'webhook_endpoint',
            resourceId: endpoint.publicId,
            details: { reason },
          },
    events: (endpoint) =>
      endpoint === undefined ? [] : [domainEvent('webhook_endpoint.disabled', { endpoint, reason })],
  });
  return disabled !== undefined;
}
