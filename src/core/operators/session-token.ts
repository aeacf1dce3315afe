/**
 * Session tokens: 256 random bits in the cookie, a SHA-256 of them in the database. As with API
 * keys, a fast hash is right for a random secret; a stolen database holds no usable session.
 */
import { createHash } from 'node:crypto';
import { randomToken } from '../ids.ts';

export const SESSION_TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newSessionToken(): { token: string; tokenHash: string } {
  const token = randomToken(SESSION_TOKEN_BYTES);
  return { token, tokenHash: hashSessionToken(token) };
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether the text can be a token this process issued (anything else is refused unread). */
export function isSessionToken(text: string): boolean {
  return TOKEN_PATTERN.test(text);
}
