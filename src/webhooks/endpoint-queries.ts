/** Reading webhook endpoints and their deliveries; another organization's are not found. */
import { SaldoError } from '../core/errors.ts';
import type { Store } from '../core/store.ts';
import {
  WEBHOOK_PAGE_LIMIT_MAX,
  type DeliveryStatus,
  type WebhookAttemptRecord,
  type WebhookDelivery,
  type WebhookEndpoint,
} from '../core/webhooks/webhook-endpoint.ts';

export async function getEndpoint(store: Store, organizationId: string, publicId: string): Promise<WebhookEndpoint> {
  const endpoint = await store.webhooks.findEndpoint(organizationId, publicId);
  if (!endpoint) throw new SaldoError('webhook_endpoint_not_found');
  return endpoint;
}

export async function listEndpoints(
  store: Store,
  organizationId: string,
  options: { limit: number; afterId?: number | undefined },
): Promise<{ data: WebhookEndpoint[]; nextCursor: string | null }> {
  const limit = Math.min(options.limit, WEBHOOK_PAGE_LIMIT_MAX);
  const rows = await store.webhooks.listEndpoints(organizationId, { limit: limit + 1, afterId: options.afterId });
  const data = rows.slice(0, limit);
  return { data, nextCursor: rows.length > limit ? String(data[data.length - 1]!.id) : null };
}

export async function listDeliveries(
  store: Store,
  organizationId: string,
  endpointPublicId: string,
  options: { status?: DeliveryStatus | undefined; limit: number; beforeId?: number | undefined },
): Promise<{ endpoint: WebhookEndpoint; data: WebhookDelivery[]; nextCursor: string | null }> {
  const endpoint = await getEndpoint(store, organizationId, endpointPublicId);
  const limit = Math.min(options.limit, WEBHOOK_PAGE_LIMIT_MAX);
  const rows = await store.webhooks.listDeliveries(organizationId, endpoint.id, {
    status: options.status,
    limit: limit + 1,
    beforeId: options.beforeId,
  });
  const data = rows.slice(0, limit);
  return { endpoint, data, nextCursor: rows.length > limit ? String(data[data.length - 1]!.id) : null };
}

export async function getDelivery(
  store: Store,
  organizationId: string,
  endpointPublicId: string,
  deliveryPublicId: string,
): Promise<{ endpoint: WebhookEndpoint; delivery: WebhookDelivery; attempts: WebhookAttemptRecord[] }> {
  const endpoint = await getEndpoint(store, organizationId, endpointPublicId);
  const delivery = await store.webhooks.findDelivery(organizationId, endpoint.id, deliveryPublicId);
  if (!delivery) throw new SaldoError('webhook_delivery_not_found');
  return { endpoint, delivery, attempts: await store.webhooks.attemptsOf(organizationId, delivery.id) };
}
