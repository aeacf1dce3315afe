// Proves the webhook URL and address guard: which URLs an endpoint may have (https only, no user
// info, bounded, a literal IP host public), that WEBHOOK_ALLOW_PRIVATE_URLS admits http and
// private hosts, which addresses count as public (refused ranges, IPv4 hidden in IPv6 forms),
// and that every API dialect answers a refused URL with 400.
import { describe, expect, it } from 'vitest';
import { isSaldoError, type SaldoError } from '../../src/core/errors.ts';
import { adminDialect } from '../../src/http/admin/errors.ts';
import { orgApiDialect } from '../../src/http/org-api/errors.ts';
import { v1CustomersDialect } from '../../src/http/v1-customers/errors.ts';
import { v1FamiliesDialect } from '../../src/http/v1-families/errors.ts';
import { v4AccountsDialect } from '../../src/http/v4-accounts/errors.ts';
import { checkWebhookUrl, isPublicAddress, WEBHOOK_URL_LENGTH_MAX } from '../../src/webhooks/url-guard.ts';

function refusal(text: string, allowPrivate: boolean): SaldoError {
  try {
    checkWebhookUrl(text, { allowPrivate });
  } catch (error) {
    if (isSaldoError(error)) return error;
    throw error;
  }
  throw new Error(`${text} was accepted`);
}

const longUrl = (length: number): string => {
  const base = 'https://hooks.example.com/';
  return base + 'a'.repeat(length - base.length);
};

describe('checkWebhookUrl without private URLs', () => {
  it.each([
    ['http://hooks.example.com/saldo', /https:\/\//],
    ['ftp://hooks.example.com/saldo', /https:\/\//],
    ['javascript:alert(1)', /https:\/\//],
    ['https://127.0.0.1/saldo', /127\.0\.0\.1 is not a public address/],
    ['https://127.0.0.1:8443/saldo', /127\.0\.0\.1 is not a public address/],
    ['https://10.0.0.1/', /10\.0\.0\.1 is not a public address/],
    ['https://172.31.255.1/', /not a public address/],
    ['https://192.168.1.10/', /not a public address/],
    ['https://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is not a public address/],
    ['https://100.100.100.200/', /not a public address/],
    ['https://0.0.0.0/', /not a public address/],
    ['https://[::1]/', /::1 is not a public address/],
    ['https://[::]/', /not a public address/],
    ['https://[::ffff:127.0.0.1]/', /not a public address/],
    ['https://[::ffff:169.254.169.254]/', /not a public address/],
    ['https://[fd00::1]/', /not a public address/],
    ['https://[fe80::1]/', /not a public address/],
    // The URL parser reads these as 127.0.0.1 and 169.254.169.254.
    ['https://0x7f.1/', /127\.0\.0\.1 is not a public address/],
    ['https://2130706433/', /127\.0\.0\.1 is not a public address/],
    ['https://0251.0376.0251.0376/', /169\.254\.169\.254 is not a public address/],
    ['https://127.0.0.1./', /127\.0\.0\.1 is not a public address/],
    ['https://127。0。0。1/', /127\.0\.0\.1 is not a public address/],
    ['https://①②⑦.0.0.1/', /127\.0\.0\.1 is not a public address/],
    ['https://[0:0:0:0:0:ffff:7f00:1]/', /not a public address/],
    ['https://localhost/saldo', /this machine/],
    ['https://LOCALHOST./saldo', /this machine/],
    ['https://api.localhost/saldo', /this machine/],
    ['https://user:secret@hooks.example.com/saldo', /user name or password/],
    ['https://user@hooks.example.com/saldo', /user name or password/],
    ['hooks.example.com/saldo', /not a valid absolute URL/],
    ['/saldo/webhooks', /not a valid absolute URL/],
    ['', /not a valid absolute URL/],
    ['https://', /not a valid absolute URL/],
    ['https://exa mple.com/', /not a valid absolute URL/],
    [longUrl(WEBHOOK_URL_LENGTH_MAX + 1), /longer than 2048/],
  ])('refuses %s', (text, reason) => {
    const error = refusal(text, false);
    expect(error.code).toBe('webhook_url_not_allowed');
    expect(error.pointer).toBe('body.url');
    expect(error.detail).toMatch(reason);
  });

  it.each([
    'https://hooks.example.com/saldo',
    'https://hooks.example.com:8443/saldo?tenant=acme#ignored',
    'https://93.184.215.14/saldo',
    'https://[2606:4700:4700::1111]/saldo',
    'https://[::ffff:8.8.8.8]/saldo',
    'https://xn--mller-kva.example/saldo',
    longUrl(WEBHOOK_URL_LENGTH_MAX),
  ])('accepts %s', (text) => {
    expect(checkWebhookUrl(text, { allowPrivate: false }).href).toBe(new URL(text).href);
  });
});

describe('checkWebhookUrl with private URLs allowed', () => {
  it.each([
    'http://127.0.0.1:8080/saldo',
    'http://localhost:8080/saldo',
    'https://10.0.0.1/saldo',
    'https://[::1]:8443/saldo',
    'http://receiver.internal/saldo',
  ])('accepts %s', (text) => {
    expect(checkWebhookUrl(text, { allowPrivate: true }).href).toBe(new URL(text).href);
  });

  it.each([
    ['ftp://127.0.0.1/saldo', /https:\/\/ or http:\/\//],
    ['http://user:secret@127.0.0.1/saldo', /user name or password/],
    ['not a url', /not a valid absolute URL/],
    [`http://127.0.0.1/${'a'.repeat(WEBHOOK_URL_LENGTH_MAX)}`, /longer than/],
  ])('still refuses %s', (text, reason) => {
    expect(refusal(text, true).detail).toMatch(reason);
  });
});

describe('isPublicAddress', () => {
  it.each([
    // IPv4
    ['8.8.8.8', true],
    ['93.184.215.14', true],
    ['1.1.1.1', true],
    ['100.63.255.255', true],
    ['100.128.0.0', true],
    ['172.15.255.255', true],
    ['172.32.0.0', true],
    ['169.253.255.255', true],
    ['223.255.255.255', true],
    ['0.0.0.0', false],
    ['0.1.2.3', false],
    ['10.0.0.1', false],
    ['10.255.255.255', false],
    ['100.64.0.1', false],
    ['100.127.255.255', false],
    ['127.0.0.1', false],
    ['127.255.255.254', false],
    ['169.254.0.1', false],
    ['169.254.169.254', false],
    ['172.16.0.1', false],
    ['172.31.255.255', false],
    ['192.0.0.8', false],
    ['192.0.2.1', false],
    ['192.88.99.1', false],
    ['192.168.0.1', false],
    ['198.18.0.1', false],
    ['198.19.255.255', false],
    ['198.51.100.7', false],
    ['203.0.113.9', false],
    ['224.0.0.1', false],
    ['239.255.255.250', false],
    ['240.0.0.1', false],
    ['255.255.255.255', false],
    // IPv6
    ['2606:4700:4700::1111', true],
    ['2a00:1450:4001:82b::200e', true],
    ['::', false],
    ['::1', false],
    ['fc00::1', false],
    ['fd12:3456:789a::1', false],
    ['fe80::1', false],
    ['fe80::1%eth0', false],
    ['febf:ffff::1', false],
    ['ff02::1', false],
    ['2001:db8::1', false],
    ['2001::1', false],
    ['3fff::1', false],
    ['100::1', false],
    // IPv4 inside IPv6: judged by the IPv4 address it reaches
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['::ffff:10.1.2.3', false],
    ['::ffff:169.254.169.254', false],
    ['::ffff:8.8.8.8', true],
    ['::127.0.0.1', false],
    ['::ffff:0:127.0.0.1', false],
    ['64:ff9b::127.0.0.1', false],
    ['64:ff9b::a9fe:a9fe', false],
    ['64:ff9b::8.8.8.8', true],
    ['64:ff9b:1::8.8.8.8', false],
    ['2002:7f00:1::1', false],
    ['2002:a9fe:a9fe::1', false],
    ['2002:0808:0808::1', true],
    // Not addresses
    ['localhost', false],
    ['example.com', false],
    ['', false],
    ['127.1', false],
    ['999.1.1.1', false],
  ])('%s → %s', (ip, expected) => {
    expect(isPublicAddress(ip)).toBe(expected);
  });
});

describe('the error code', () => {
  it.each([adminDialect, orgApiDialect, v1CustomersDialect, v1FamiliesDialect, v4AccountsDialect])(
    '$name answers webhook_url_not_allowed with 400',
    (dialect) => {
      expect(dialect.statusByCode.webhook_url_not_allowed).toBe(400);
    },
  );
});
