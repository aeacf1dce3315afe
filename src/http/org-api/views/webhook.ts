/** Webhook endpoints and deliveries in the native API's JSON. The secret is never part of a view. */
import { Type } from 'typebox';
import {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  type WebhookAttemptRecord,
  type WebhookDelivery,
  type WebhookEndpoint,
} from '../../../core/webhooks/webhook-endpoint.ts';

const NullableString = Type.Union([Type.String(), Type.Null()]);

export const WebhookEndpointView = Type.Object({
  id: Type.String({ pattern: '^whe_[0-9A-HJKMNP-TV-Z]{26}$' }),
  url: Type.String(),
  event_types: Type.Array(Type.String(), { description: '["*"] for every type, or the types wanted.' }),
  enabled: Type.Boolean(),
  description: NullableString,
  disabled_reason: Type.Union([Type.String(), Type.Null()], {
    description: 'Why Saldo disabled the endpoint (it failed for days); null otherwise.',
  }),
  secret_rotated_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
});

export function webhookEndpointView(endpoint: WebhookEndpoint) {
  return {
    id: endpoint.publicId,
    url: endpoint.url,
    event_types: endpoint.eventTypes,
    enabled: endpoint.enabled,
    description: endpoint.description,
    disabled_reason: endpoint.disabledReason,
    secret_rotated_at: endpoint.rotatedAt,
    created_at: endpoint.createdAt,
    updated_at: endpoint.updatedAt,
  };
}

export const DeliveryStatusSchema = Type.Unsafe<DeliveryStatus>({ type: 'string', enum: [...DELIVERY_STATUSES] });

export const WebhookDeliveryView = Type.Object({
  id: Type.String({ pattern: '^whd_[0-9A-HJKMNP-TV-Z]{26}$' }),
  endpoint_id: Type.String(),
  event_id: Type.String(),
  event_type: Type.String(),
  status: DeliveryStatusSchema,
  attempts: Type.Integer({ description: 'Attempts made so far.' }),
  last_status_code: Type.Union([Type.Integer(), Type.Null()], {
    description: "The receiver's HTTP status at the last attempt; null without an answer.",
  }),
  last_error: NullableString,
  next_attempt_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'When a PENDING delivery is attempted next; null once it is done.',
  }),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
});

export function webhookDeliveryView(delivery: WebhookDelivery, endpointPublicId: string) {
  return {
    id: delivery.publicId,
    endpoint_id: endpointPublicId,
    event_id: delivery.eventPublicId,
    event_type: delivery.eventType,
    status: delivery.status,
    attempts: delivery.attempts,
    last_status_code: delivery.lastStatusCode,
    last_error: delivery.lastError,
    next_attempt_at: delivery.status === 'PENDING' ? delivery.nextAttemptAt : null,
    created_at: delivery.createdAt,
    updated_at: delivery.updatedAt,
  };
}

export const WebhookAttemptView = Type.Object({
  attempt: Type.Integer({ minimum: 1 }),
  outcome: Type.Union([Type.Literal('SUCCEEDED'), Type.Literal('FAILED')]),
  status_code: Type.Union([Type.Integer(), Type.Null()]),
  error: NullableString,
  duration_ms: Type.Integer(),
  attempted_at: Type.String({ format: 'date-time' }),
});

export function webhookAttemptView(attempt: WebhookAttemptRecord) {
  return {
    attempt: attempt.attempt,
    outcome: attempt.outcome,
    status_code: attempt.statusCode,
    error: attempt.error,
    duration_ms: attempt.durationMs,
    attempted_at: attempt.attemptedAt,
  };
}
