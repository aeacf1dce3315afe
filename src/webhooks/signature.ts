/**
 * Signs webhook deliveries the Standard Webhooks way (https://www.standardwebhooks.com):
 * `webhook-id`, `webhook-timestamp` (unix seconds) and `webhook-signature`, one `v1,<base64
 * HMAC-SHA256 of "{id}.{timestamp}.{body}">` per signing secret, separated by spaces.
 *
 * The HMAC itself is the `standardwebhooks` package's, the same code receivers verify with, so
 * Saldo's signatures cannot drift from the specification's reference.
 */
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { assert } from '../core/errors.ts';

export const WEBHOOK_SECRET_PREFIX = 'whsec_';
/** 32 random bytes (256 bits): the top of the 24–32 bytes the specification recommends. */
export const WEBHOOK_SECRET_BYTES = 32;
/** After a rotation the previous secret signs too, for this long, so receivers can switch over. */
export const PREVIOUS_SECRET_SIGNS_MS = 24 * 60 * 60 * 1000;

const SECRET_PATTERN = /^whsec_[A-Za-z0-9+/]{32,}={0,2}$/;
const SECRET_BYTES_MIN = 24;
const SECRET_BYTES_MAX = 64;

export interface WebhookSignatureHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

export interface WebhookToSign {
  /** The event id (`evt_…`): receivers deduplicate on it. */
  id: string;
  /** When this attempt is made; sent as unix seconds, and receivers refuse old ones. */
  timestamp: Date;
  /** The exact text sent as the body. */
  body: string;
  /** Every secret that signs, the current one first (see `signingSecrets`). */
  secrets: readonly string[];
}

/** A new endpoint secret: `whsec_` and the base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  return WEBHOOK_SECRET_PREFIX + randomBytes(WEBHOOK_SECRET_BYTES).toString('base64');
}

/** Whether `text` has the shape of a secret Saldo issues (for reading stored secrets back). */
export function isWebhookSecret(text: string): boolean {
  if (!SECRET_PATTERN.test(text)) return false;
  const keyBytes = Buffer.from(text.slice(WEBHOOK_SECRET_PREFIX.length), 'base64').length;
  return keyBytes >= SECRET_BYTES_MIN && keyBytes <= SECRET_BYTES_MAX;
}

export interface EndpointSecrets {
  secret: string;
  /** The secret before the last rotation, or null when it was never rotated. */
  previousSecret: string | null;
  /** When the last rotation happened, or null when it was never rotated. */
  rotatedAt: Date | null;
}

/**
 * The secrets that sign a delivery made at `now`: the current one, and during the 24 hours
 * after a rotation the previous one as well, so a receiver still holding the old secret keeps
 * verifying until it has switched.
 */
export function signingSecrets(endpoint: EndpointSecrets, now: Date): string[] {
  const { secret, previousSecret, rotatedAt } = endpoint;
  if (previousSecret === null || rotatedAt === null) return [secret];
  const previousStillSigns = now.getTime() < rotatedAt.getTime() + PREVIOUS_SECRET_SIGNS_MS;
  return previousStillSigns && previousSecret !== secret ? [secret, previousSecret] : [secret];
}

/** The three Standard Webhooks headers for one delivery attempt. */
export function signWebhook(message: WebhookToSign): WebhookSignatureHeaders {
  assert(message.secrets.length > 0, 'a webhook is signed with at least one secret');
  const signatures = message.secrets.map((secret) => {
    // A stored secret Saldo did not issue is a bug in whoever stored it, never the receiver's fault.
    assert(isWebhookSecret(secret), 'a webhook secret is "whsec_" and the base64 of 24 to 64 bytes');
    return new Webhook(secret).sign(message.id, message.timestamp, message.body);
  });
  return {
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(message.timestamp.getTime() / 1000)),
    'webhook-signature': signatures.join(' '),
  };
}
