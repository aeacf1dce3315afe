// Proves that Saldo's webhook signatures are the Standard Webhooks ones: the `standardwebhooks`
// package verifies them (with either secret of a rotation), an HMAC computed by hand from the
// specification's text matches, a changed body or a wrong secret does not verify, and the old
// secret signs for exactly 24 hours after a rotation.
import { createHmac } from 'node:crypto';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  isWebhookSecret,
  newWebhookSecret,
  PREVIOUS_SECRET_SIGNS_MS,
  signingSecrets,
  signWebhook,
  WEBHOOK_SECRET_BYTES,
} from '../../src/webhooks/signature.ts';

const body = JSON.stringify({
  id: 'evt_01JD5Z8Q4W3N7V6B2M1K0X9Y8T',
  type: 'entry.posted',
  created_at: '2026-11-29T08:00:00.000Z',
  organization_id: 'co_01JD5Z8Q4W3N7V6B2M1K0X9Y8T',
  data: { amount: 1250, currency: 'EUR', description: 'Lämmitys – marraskuu' },
});
const id = 'evt_01JD5Z8Q4W3N7V6B2M1K0X9Y8T';

describe('newWebhookSecret', () => {
  it('is whsec_ and the base64 of 32 random bytes, new every time', () => {
    const secrets = new Set(Array.from({ length: 50 }, () => newWebhookSecret()));
    expect(secrets.size).toBe(50);
    for (const secret of secrets) {
      expect(secret.startsWith('whsec_')).toBe(true);
      expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(WEBHOOK_SECRET_BYTES);
      expect(isWebhookSecret(secret)).toBe(true);
    }
  });

  it.each([
    ['a secret of 24 bytes', `whsec_${Buffer.alloc(24, 7).toString('base64')}`, true],
    ['no prefix', Buffer.alloc(32, 7).toString('base64'), false],
    ['another prefix', `wh_${Buffer.alloc(32, 7).toString('base64')}`, false],
    ['too short a key (16 bytes)', `whsec_${Buffer.alloc(16, 7).toString('base64')}`, false],
    ['too long a key (65 bytes)', `whsec_${Buffer.alloc(65, 7).toString('base64')}`, false],
    ['not base64', `whsec_${'!'.repeat(44)}`, false],
    ['empty', '', false],
  ])('isWebhookSecret: %s → %s', (_case, text, expected) => {
    expect(isWebhookSecret(text)).toBe(expected);
  });
});

describe('signWebhook', () => {
  it('is verified by the standardwebhooks package', () => {
    const secret = newWebhookSecret();
    const headers = signWebhook({ id, timestamp: new Date(), body, secrets: [secret] });
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('is the HMAC-SHA256 of "{id}.{timestamp}.{body}" keyed with the decoded secret, timestamp in unix seconds', () => {
    const secret = newWebhookSecret();
    const timestamp = new Date('2026-11-29T08:00:00.750Z');
    const headers = signWebhook({ id, timestamp, body, secrets: [secret] });
    expect(headers['webhook-id']).toBe(id);
    expect(headers['webhook-timestamp']).toBe(String(Date.UTC(2026, 10, 29, 8, 0, 0) / 1000));
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key)
      .update(`${id}.${headers['webhook-timestamp']}.${body}`, 'utf8')
      .digest('base64');
    expect(headers['webhook-signature']).toBe(`v1,${expected}`);
  });

  it('does not verify a changed body, another id or another secret', () => {
    const secret = newWebhookSecret();
    const headers = signWebhook({ id, timestamp: new Date(), body, secrets: [secret] });
    const receiver = new Webhook(secret);
    expect(() => receiver.verify(body.replace('1250', '1251'), { ...headers })).toThrow(WebhookVerificationError);
    expect(() => receiver.verify(body, { ...headers, 'webhook-id': 'evt_other' })).toThrow(WebhookVerificationError);
    expect(() => new Webhook(newWebhookSecret()).verify(body, { ...headers })).toThrow(WebhookVerificationError);
  });

  it('signs with both secrets of a rotation, space-separated, and each one verifies', () => {
    const previous = newWebhookSecret();
    const current = newWebhookSecret();
    const headers = signWebhook({ id, timestamp: new Date(), body, secrets: [current, previous] });
    const signatures = headers['webhook-signature'].split(' ');
    expect(signatures).toHaveLength(2);
    for (const signature of signatures) expect(signature).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(new Webhook(current).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(new Webhook(previous).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(() => new Webhook(newWebhookSecret()).verify(body, { ...headers })).toThrow(WebhookVerificationError);
  });

  it('refuses to sign without a secret or with one Saldo did not issue', () => {
    expect(() => signWebhook({ id, timestamp: new Date(), body, secrets: [] })).toThrow(/invariant/);
    expect(() => signWebhook({ id, timestamp: new Date(), body, secrets: ['whsec_short'] })).toThrow(/invariant/);
  });
});

describe('signingSecrets', () => {
  const current = newWebhookSecret();
  const previous = newWebhookSecret();
  const rotatedAt = new Date('2026-11-28T12:00:00.000Z');
  const after = (milliseconds: number): Date => new Date(rotatedAt.getTime() + milliseconds);

  it.each([
    ['never rotated', null, null, after(0), [current]],
    ['just rotated', previous, rotatedAt, after(0), [current, previous]],
    ['one hour after the rotation', previous, rotatedAt, after(60 * 60 * 1000), [current, previous]],
    [
      'a millisecond before 24 h are over',
      previous,
      rotatedAt,
      after(PREVIOUS_SECRET_SIGNS_MS - 1),
      [current, previous],
    ],
    ['24 h after the rotation', previous, rotatedAt, after(PREVIOUS_SECRET_SIGNS_MS), [current]],
    ['three days after the rotation', previous, rotatedAt, after(3 * PREVIOUS_SECRET_SIGNS_MS), [current]],
  ])('%s', (_case, previousSecret, at, now, expected) => {
    expect(signingSecrets({ secret: current, previousSecret, rotatedAt: at }, now)).toEqual(expected);
  });

  it('lasts 24 hours', () => {
    expect(PREVIOUS_SECRET_SIGNS_MS).toBe(86_400_000);
  });
});
