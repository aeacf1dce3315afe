/**
 * API key material. A key reads `saldo_<id>_<secret>`: the id finds the stored record in one
 * primary-key lookup, and only a SHA-256 of the secret is stored. A fast hash is right here
 * because the secret is 256 random bits, not a password.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { newPublicId, randomToken } from '../ids.ts';

export const API_KEY_MAX_LENGTH = 200;
const KEY_PATTERN = /^saldo_(key_[0-9A-HJKMNP-TV-Z]{26})_([A-Za-z0-9_-]{43})$/;

export function newApiKeyMaterial(now: Date): { id: string; key: string; secretHash: string } {
  const id = newPublicId('key_', now);
  const secret = randomToken(32);
  return { id, key: `saldo_${id}_${secret}`, secretHash: hashSecret(secret) };
}

export function parseApiKey(key: string): { id: string; secret: string } | undefined {
  if (key.length > API_KEY_MAX_LENGTH) return undefined;
  const match = KEY_PATTERN.exec(key);
  return match ? { id: match[1]!, secret: match[2]! } : undefined;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Constant-time comparison of two secrets (by their hashes, so lengths never leak). */
export function secretsMatch(given: string, expectedHash: string): boolean {
  const a = Buffer.from(hashSecret(given), 'hex');
  const b = Buffer.from(expectedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
