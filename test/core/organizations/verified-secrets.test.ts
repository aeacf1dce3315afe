import { describe, expect, it } from 'vitest';
import {
  VerifiedSecrets,
  hashSecret,
  newApiKeyMaterial,
  parseApiKey,
} from '../../../src/core/organizations/api-key-secret.ts';

const stored = (secret: string) => ({ secretHash: hashSecret(secret) });
const secretOf = () => parseApiKey(newApiKeyMaterial(new Date()).key)!.secret;

describe('VerifiedSecrets', () => {
  it('accepts the genuine secret, on the first request and on the ones after', () => {
    const verified = new VerifiedSecrets();
    const secret = secretOf();
    const record = stored(secret);
    expect(verified.matches(record, secret)).toBe(true);
    expect(verified.matches(record, secret)).toBe(true);
  });

  it('refuses another secret of the same length after the genuine one was proven', () => {
    const verified = new VerifiedSecrets();
    const secret = secretOf();
    const other = secretOf();
    expect(other).toHaveLength(secret.length);
    const record = stored(secret);
    expect(verified.matches(record, secret)).toBe(true);
    expect(verified.matches(record, other)).toBe(false);
    expect(verified.matches(record, secret.slice(0, -1))).toBe(false);
    expect(verified.matches(record, secret)).toBe(true);
  });

  it('does not carry a proof over to a record read afresh with another hash', () => {
    const verified = new VerifiedSecrets();
    const secret = secretOf();
    expect(verified.matches(stored(secret), secret)).toBe(true);
    // The key was re-issued under the same id (or the row changed): the old secret is judged anew.
    expect(verified.matches(stored(secretOf()), secret)).toBe(false);
  });
});
