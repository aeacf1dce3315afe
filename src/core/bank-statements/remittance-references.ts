/**
 * Payment references hidden in unstructured remittance text ("Invoice 123, ref RF18 5390 0754
 * 7034"): the second matching rule looks for an account's reference there. Only numbers whose
 * check digit is valid are candidates, so most stray numbers (amounts, dates, invoice numbers)
 * drop out; whatever remains still has to equal an account's reference to match.
 */
import {
  MOD10_MAX_LENGTH,
  isValidReference,
  normalizeReferenceNumber,
} from '../payment-references/payment-reference.ts';
import { RF_BODY_MAX_LENGTH } from '../payment-references/check-digits.ts';

/** Only the start of a text is read: remittance text is at most a few hundred characters. */
export const REMITTANCE_TEXT_SCAN_LENGTH_MAX = 4096;
/**
 * Shorter numbers are not taken from free text: one in ten numbers has a valid check digit, and
 * two- or three-digit numbers (amounts, quantities, days) would be found everywhere.
 */
export const REMITTANCE_NUMERIC_REFERENCE_LENGTH_MIN = 4;
export const REMITTANCE_REFERENCES_MAX = 20;

// A reference printed in groups (RF in fours, Finnish references in fives from the right).
const GROUP_LENGTH_MIN = 3;
const GROUP_LENGTH_MAX = 5;
const RF_GROUP_LENGTH = 4;
const RF_TOKEN = /^RF[0-9]{2}[A-Z0-9]*$/i;
const DIGITS = /^[0-9]+$/;

interface Token {
  readonly text: string;
  /** Whether exactly one space separates this token from the one after it. */
  readonly spaceAfter: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /[A-Za-z0-9]+/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    tokens.push({ text: match[0], spaceAfter: text[end] === ' ' && /[A-Za-z0-9]/.test(text[end + 1] ?? '') });
  }
  return tokens;
}

function isRfValid(candidate: string): boolean {
  return isValidReference('RF', candidate);
}

function isNumericReferenceValid(candidate: string): boolean {
  return (
    candidate.length >= REMITTANCE_NUMERIC_REFERENCE_LENGTH_MIN &&
    candidate.length <= MOD10_MAX_LENGTH &&
    (isValidReference('FINNISH_7_3_1', candidate) || isValidReference('MOD10', candidate))
  );
}

/**
 * At an RF head (`RF` and two digits) at token `start`: the longest valid RF reference there, or
 * null, and how many tokens the head and its groups of four span. Those groups belong to the RF
 * reference even when its check fails, so they are not offered as numbers of their own.
 */
function rfAt(tokens: readonly Token[], start: number): { reference: string | null; tokenCount: number } | null {
  const head = tokens[start]!.text.toUpperCase();
  if (!RF_TOKEN.test(head)) return null;
  let reference = isRfValid(head) ? head : null;
  let tokenCount = 1;
  if (head.length !== RF_GROUP_LENGTH) return { reference, tokenCount };
  // "RF18 5390 0754 7034": every group after the head has four characters but the last.
  let joined = head;
  for (let index = start; tokens[index]!.spaceAfter; index++) {
    const group = tokens[index + 1]!.text.toUpperCase();
    if (group.length > RF_GROUP_LENGTH || joined.length - 4 + group.length > RF_BODY_MAX_LENGTH) break;
    joined += group;
    tokenCount = index + 2 - start;
    if (isRfValid(joined)) reference = joined;
    if (group.length < RF_GROUP_LENGTH) break;
  }
  return { reference, tokenCount };
}

/** A number printed in groups ("12345 67897", "1 23453") starting at token `start`, if valid. */
function groupedNumberAt(tokens: readonly Token[], start: number): { reference: string; tokenCount: number } | null {
  const head = tokens[start]!.text;
  if (!DIGITS.test(head) || !tokens[start]!.spaceAfter) return null;
  const groupLength = tokens[start + 1]!.text.length;
  if (groupLength < GROUP_LENGTH_MIN || groupLength > GROUP_LENGTH_MAX || head.length > groupLength) return null;
  let joined = head;
  let tokenCount = 1;
  // spaceAfter promises a next token: it is set only when a letter or digit follows the space.
  while (tokens[start + tokenCount - 1]!.spaceAfter) {
    const group = tokens[start + tokenCount]!.text;
    if (!DIGITS.test(group) || group.length !== groupLength || joined.length + group.length > MOD10_MAX_LENGTH) break;
    joined += group;
    tokenCount++;
  }
  if (tokenCount < 2 || !isNumericReferenceValid(joined)) return null;
  return { reference: joined, tokenCount };
}

/**
 * The RF creditor references (ISO 11649), Finnish references (7-3-1) and MOD10 (Luhn) numbers
 * in `text` whose check digits are valid: normalised (spaces dropped, upper case), each once, in
 * order of appearance. A number printed in groups is found whole, and its groups are then not
 * offered again on their own.
 */
export function findRemittanceReferences(text: string): string[] {
  const tokens = tokenize(text.slice(0, REMITTANCE_TEXT_SCAN_LENGTH_MAX));
  const found = new Set<string>();
  for (let index = 0; index < tokens.length && found.size < REMITTANCE_REFERENCES_MAX; index++) {
    const token = tokens[index]!.text;
    const rf = rfAt(tokens, index);
    const spanning = rf ?? groupedNumberAt(tokens, index);
    if (spanning !== null) {
      if (spanning.reference !== null) found.add(normalizeReferenceNumber(spanning.reference));
      index += spanning.tokenCount - 1;
    } else if (DIGITS.test(token) && isNumericReferenceValid(token)) {
      found.add(token);
    }
  }
  return [...found];
}
