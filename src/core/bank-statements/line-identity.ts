/**
 * The key that makes a bank line unique: reconciliation books a line once per identity, so the
 * same entry reported twice (in a camt.054 notification during the day, then in the evening's
 * camt.053; or a statement imported again) is one line and one payment.
 */
import { createHash } from 'node:crypto';
import type { ParsedBankLine } from './statement-file.ts';

export const LINE_IDENTITY_BANK_REFERENCE_PREFIX = 'ref:';
export const LINE_IDENTITY_HASH_PREFIX = 'sha256:';

type IdentifiedLine = Pick<
  ParsedBankLine,
  | 'position'
  | 'bankReference'
  | 'bookingDate'
  | 'valueDate'
  | 'amountMinor'
  | 'currency'
  | 'direction'
  | 'endToEndId'
  | 'remittanceInfo'
>;

/**
 * With a bank reference the identity is that reference within the bank account: the bank gives
 * each entry its own, in every report of it. (An account identifier never holds a ':', so the
 * first one after the prefix ends it.)
 *
 * Without one it is a SHA-256 over what describes the entry, and its position in the statement.
 * Why the position, and only here: two entries can agree in every field (two 10.00 payments by
 * one payer on one day with the same text and no end-to-end id) and are still two payments;
 * without the position they would collapse into one line and one payment would be lost. With a
 * bank reference the bank already tells them apart, and the position must stay out: an entry
 * sits at a different position in the camt.054 that announced it than in the camt.053 that
 * lists it, and both must give one identity. The price without a reference is that the same
 * entry in two different files gets two identities; importing one statement twice stays safe
 * because imports are recognised by statement id.
 */
export function lineIdentity(accountIban: string, line: IdentifiedLine): string {
  if (line.bankReference !== null) {
    return `${LINE_IDENTITY_BANK_REFERENCE_PREFIX}${accountIban}:${line.bankReference}`;
  }
  // A JSON array is an unambiguous encoding: no field's text can shift into the next one.
  const described = JSON.stringify([
    accountIban,
    line.bookingDate,
    line.valueDate,
    line.amountMinor.toString(),
    line.currency,
    line.direction,
    line.endToEndId,
    line.remittanceInfo,
    line.position,
  ]);
  return `${LINE_IDENTITY_HASH_PREFIX}${createHash('sha256').update(described).digest('hex')}`;
}
