/**
 * Public identifiers. Prefixed ids (`co_`, `fml_`, `trn_`, …) carry 26 characters of Crockford
 * base32 so they read like the seeds' examples. Booking-entry ids put the organization's ledger
 * sequence first, so that comparing two `trn_` ids as strings compares their ledger order.
 */
import { randomBytes, randomUUID } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const PUBLIC_ID_BODY_LENGTH = 26;
/** 13 base32 characters hold 65 bits: every int64 sequence number fits. */
const SEQUENCE_CHARS = 13;

/**
 * Random bytes drawn from a pool refilled a few kilobytes at a time: a batch of a thousand bookings
 * makes two thousand ids, and a system call for each took a twentieth of the batch's time.
 */
const RANDOM_POOL_BYTES = 4096;
let randomPool = randomBytes(RANDOM_POOL_BYTES);
let randomPoolOffset = 0;

function randomBase32(length: number): string {
  if (randomPoolOffset + length > RANDOM_POOL_BYTES) {
    randomPool = randomBytes(RANDOM_POOL_BYTES);
    randomPoolOffset = 0;
  }
  let out = '';
  for (let i = 0; i < length; i++) out += CROCKFORD[randomPool[randomPoolOffset + i]! & 31];
  randomPoolOffset += length;
  return out;
}

function encodeBase32(value: bigint, width: number): string {
  // Through a number while the value fits one exactly (every sequence in practice): bigint
  // shifts cost more than the rest of the id.
  if (value <= BigInt(Number.MAX_SAFE_INTEGER)) {
    let rest = Number(value);
    let out = '';
    for (let i = 0; i < width; i++) {
      out = CROCKFORD[rest % 32] + out;
      rest = Math.floor(rest / 32);
    }
    return out;
  }
  let out = '';
  let rest = value;
  for (let i = 0; i < width; i++) {
    out = CROCKFORD[Number(rest & 31n)] + out;
    rest >>= 5n;
  }
  return out;
}

function decodeBase32(text: string): bigint | undefined {
  let value = 0n;
  for (const char of text) {
    const digit = CROCKFORD.indexOf(char);
    if (digit < 0) return undefined;
    value = (value << 5n) | BigInt(digit);
  }
  return value;
}

/** A time-ordered id (like a ULID): 10 characters of milliseconds, 16 random. */
export function newPublicId(prefix: string, now: Date = new Date()): string {
  return `${prefix}${encodeBase32(BigInt(now.getTime()), 10)}${randomBase32(16)}`;
}

export const organizationId = (now?: Date) => newPublicId('co_', now);
export const familyId = (now?: Date) => newPublicId('fml_', now);
export const uuid = () => randomUUID();

/** `trn_` + ledger sequence (13 chars) + 13 random chars: sorts in ledger order. */
export function entryPublicId(sequence: bigint): string {
  return `trn_${encodeBase32(sequence, SEQUENCE_CHARS)}${randomBase32(PUBLIC_ID_BODY_LENGTH - SEQUENCE_CHARS)}`;
}

/** `evt_` + the organization's event sequence (13 chars) + 13 random chars: sorts in commit order. */
export function eventPublicId(sequence: bigint): string {
  return `evt_${encodeBase32(sequence, SEQUENCE_CHARS)}${randomBase32(PUBLIC_ID_BODY_LENGTH - SEQUENCE_CHARS)}`;
}

/** The event sequence an `evt_` id carries, or undefined when the text is not one. */
export function sequenceOfEventId(text: string): bigint | undefined {
  if (!isPrefixedId('evt_', text)) return undefined;
  return decodeBase32(text.slice(4, 4 + SEQUENCE_CHARS));
}

const ENTRY_ID_PATTERN = /^trn_[0-9A-HJKMNP-TV-Z]{26}$/;

export function isEntryPublicId(text: string): boolean {
  return ENTRY_ID_PATTERN.test(text);
}

/** The ledger sequence a `trn_` id carries, or undefined when the text is not one. */
export function sequenceOfEntryId(text: string): bigint | undefined {
  if (!isEntryPublicId(text)) return undefined;
  return decodeBase32(text.slice(4, 4 + SEQUENCE_CHARS));
}

export function isPrefixedId(prefix: string, text: string): boolean {
  return new RegExp(`^${prefix}[0-9A-HJKMNP-TV-Z]{26}$`).test(text);
}

export const randomToken = (bytes: number) => randomBytes(bytes).toString('base64url');
