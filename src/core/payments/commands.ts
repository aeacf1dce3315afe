/**
 * Payments: a credit of kind PAYMENT that settles open charges oldest due date first; what is
 * left stays unallocated on the account. A payment arrives for an account, or for the
 * organization with a payment reference that names the account.
 */
import type { Actor } from '../actor.ts';
import type { Clock } from '../clock.ts';
import { bookEntry } from '../entries/book-entry.ts';
import type { LedgerCommand, LedgerWriteResult } from '../entries/commands.ts';
import type { LedgerAccount } from '../entries/entry-store.ts';
import { bookedEntryDetail, findLedgerAccount } from '../entries/queries.ts';
import { SaldoError } from '../errors.ts';
import type { Store } from '../store.ts';

export const PAYMENT_REFERENCE_MAX_LENGTH = 64;

export interface PaymentInput {
  amountMinor: bigint;
  currency?: string | undefined;
  dueDate?: string | undefined;
  description?: string | null | undefined;
  externalId?: string | null | undefined;
}

/** Books a payment on an account inside the caller's transaction (scheduled-payment collection uses this too). */
export async function bookPayment(tx: Store, clock: Clock, actor: Actor, account: LedgerAccount, input: PaymentInput): Promise<LedgerWriteResult> {
  const booked = await bookEntry(tx, clock, actor, account, {
    type: 'CREDIT',
    kind: 'PAYMENT',
    amountMinor: input.amountMinor,
    currency: input.currency,
    dueDate: input.dueDate,
    description: input.description,
    externalId: input.externalId,
  });
  return { detail: await bookedEntryDetail(tx, booked), created: booked.created };
}

const paymentAudit = (reference?: string) => ({ detail }: LedgerWriteResult) => ({
  action: 'payment.recorded',
  resourceType: 'entry',
  resourceId: detail.entry.publicId,
  details: {
    account_id: detail.accountUuid,
    amount: String(detail.entry.amountMinor),
    currency: detail.currency,
    unallocated: String(detail.entry.openMinor),
    ...(reference === undefined ? {} : { reference }),
  },
});

export function recordPayment(clock: Clock, actor: Actor, input: PaymentInput & { accountUuid: string }): LedgerCommand<LedgerWriteResult> {
  return {
    async execute(tx: Store) {
      const account = await findLedgerAccount(tx, actor.organizationId, input.accountUuid);
      return bookPayment(tx, clock, actor, account, input);
    },
    audit: paymentAudit(),
  };
}

/** Spaces are for reading only (`RF18 5390 0754 7034`): dropped, letters upper-cased, as references are stored. */
export function normalizePaymentReference(reference: string): string {
  return reference.replace(/\s+/g, '').toUpperCase();
}

export function recordPaymentByReference(
  clock: Clock,
  actor: Actor,
  input: PaymentInput & { reference: string },
): LedgerCommand<LedgerWriteResult> {
  const reference = normalizePaymentReference(input.reference);
  return {
    async execute(tx: Store) {
      const account = reference.length === 0 ? undefined : await tx.entries.findAccountByPaymentReference(actor.organizationId, reference);
      if (!account) {
        throw new SaldoError('payment_reference_unmatched', { detail: `No account of this organization has the payment reference '${reference}'.`, pointer: 'body.reference' });
      }
      return bookPayment(tx, clock, actor, account, input);
    },
    audit: paymentAudit(reference),
  };
}
