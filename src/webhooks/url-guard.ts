/**
 * Keeps webhook deliveries away from Saldo's own network (server-side request forgery).
 *
 * Two checks, because one is not enough: `checkWebhookUrl` refuses a URL when an endpoint is
 * created or updated (and again before each attempt), and `isPublicAddress` judges every address
 * a host name resolves to at the moment of connecting (`send-webhook.ts`), since DNS may answer
 * differently then than it did when the URL was checked.
 */
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { SaldoError } from '../core/errors.ts';

/** Long enough for any real receiver; short enough to store, log and show. */
export const WEBHOOK_URL_LENGTH_MAX = 2048;

export interface WebhookUrlOptions {
  /** `WEBHOOK_ALLOW_PRIVATE_URLS=true`: admit `http:` and private or loopback hosts (development, tests). */
  allowPrivate: boolean;
}

/**
 * IPv4 ranges no webhook may reach (IANA's special-purpose address registry): the networks
 * Saldo's own host and its neighbours live in, and addresses that are not a single public host.
 */
const REFUSED_IPV4_RANGES = [
  '0.0.0.0/8', // "this network"
  '10.0.0.0/8', // private
  '100.64.0.0/10', // carrier-grade NAT, shared address space
  '127.0.0.0/8', // loopback
  '169.254.0.0/16', // link-local, with the cloud metadata service at 169.254.169.254
  '172.16.0.0/12', // private
  '192.0.0.0/24', // IETF protocol assignments
  '192.0.2.0/24', // documentation (TEST-NET-1)
  '192.88.99.0/24', // 6to4 relay anycast, deprecated
  '192.168.0.0/16', // private
  '198.18.0.0/15', // benchmarking
  '198.51.100.0/24', // documentation (TEST-NET-2)
  '203.0.113.0/24', // documentation (TEST-NET-3)
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, and 255.255.255.255 broadcast
].map((cidr) => ipaddr.IPv4.parseCIDR(cidr));

/**
 * IPv6 is public only inside global unicast, 2000::/3: everything else (`::`, `::1`, fc00::/7
 * unique-local, fe80::/10 link-local, ff00::/8 multicast, IPv4-compatible and -translated forms)
 * is unassigned or special. Within it, these are refused as well.
 */
const GLOBAL_UNICAST_IPV6 = ipaddr.IPv6.parseCIDR('2000::/3');
const REFUSED_GLOBAL_IPV6_RANGES = [
  '2001::/23', // IETF protocol assignments: Teredo (whose IPv4 is hidden), benchmarking, ORCHID
  '2001:db8::/32', // documentation
  '3fff::/20', // documentation
].map((cidr) => ipaddr.IPv6.parseCIDR(cidr));
/** NAT64 (RFC 6052): the last 32 bits are the IPv4 address the translator connects to. */
const NAT64_WELL_KNOWN_PREFIX = ipaddr.IPv6.parseCIDR('64:ff9b::/96');
/** 6to4 (RFC 3056): bits 16 to 48 are the IPv4 address of the relay's far end. */
const SIX_TO_FOUR_PREFIX = ipaddr.IPv6.parseCIDR('2002::/16');

function isPublicIPv4(address: ipaddr.IPv4): boolean {
  return !REFUSED_IPV4_RANGES.some((range) => address.match(range));
}

function ipv4FromParts(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

function isPublicIPv6(address: ipaddr.IPv6): boolean {
  // Forms that carry an IPv4 address reach that address: judge it instead.
  if (address.isIPv4MappedAddress()) return isPublicIPv4(address.toIPv4Address());
  const parts = address.parts;
  if (address.match(NAT64_WELL_KNOWN_PREFIX)) return isPublicIPv4(ipv4FromParts(parts[6] ?? 0, parts[7] ?? 0));
  if (address.match(SIX_TO_FOUR_PREFIX)) return isPublicIPv4(ipv4FromParts(parts[1] ?? 0, parts[2] ?? 0));
  if (!address.match(GLOBAL_UNICAST_IPV6)) return false;
  return !REFUSED_GLOBAL_IPV6_RANGES.some((range) => address.match(range));
}

/**
 * Whether a webhook may connect to `ip`, an IPv4 or IPv6 address in text. Anything that is not
 * an address is not public.
 */
export function isPublicAddress(ip: string): boolean {
  if (isIP(ip) === 0) return false;
  const address = ipaddr.parse(ip);
  return address.kind() === 'ipv4' ? isPublicIPv4(address as ipaddr.IPv4) : isPublicIPv6(address as ipaddr.IPv6);
}

function refuse(detail: string): SaldoError {
  return new SaldoError('webhook_url_not_allowed', { detail, pointer: 'body.url' });
}

/** `[::1]` → `::1`; names and IPv4 addresses are returned as they are. */
function hostWithoutBrackets(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/** RFC 6761: `localhost` and every name under it are the machine itself. */
function isLocalhostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}

/**
 * Checks a webhook URL as given on create or update, and returns it parsed. Host names are not
 * resolved here: what they resolve to is judged when connecting.
 *
 * @throws SaldoError `webhook_url_not_allowed` (400) with `pointer: 'body.url'`
 */
export function checkWebhookUrl(text: string, options: WebhookUrlOptions): URL {
  if (text.length > WEBHOOK_URL_LENGTH_MAX) {
    throw refuse(`The URL is longer than ${WEBHOOK_URL_LENGTH_MAX} characters.`);
  }
  if (!URL.canParse(text)) throw refuse('The URL is not a valid absolute URL.');
  const url = new URL(text);
  const schemes = options.allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol)) {
    throw refuse(
      options.allowPrivate ? 'The URL must start with https:// or http://.' : 'The URL must start with https://.',
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw refuse('The URL may not carry a user name or password; authenticate deliveries by their signature.');
  }
  if (url.hostname === '') throw refuse('The URL has no host.');
  if (options.allowPrivate) return url;
  const host = hostWithoutBrackets(url.hostname);
  // The URL parser has already turned every spelling of an IPv4 address (0x7f.1, 2130706433) into dotted decimal.
  if (isIP(host) !== 0 && !isPublicAddress(host)) {
    throw refuse(`The URL's host ${host} is not a public address.`);
  }
  if (isLocalhostName(host)) throw refuse(`The URL's host ${host} is this machine.`);
  return url;
}
