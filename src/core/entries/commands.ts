/**
 * Ledger writes as `performWrite` commands. Each carries `execute` and `audit`; the HTTP dialect
 * adds `reply`, because only it knows the JSON its clients read.
 */
import type { Actor } from '../actor.ts';
import type { Clock } from '../clock.ts';
import type { Store } from '../store.ts';
import type { WriteCommand } from '../write-pipeline.ts';
import { type BookEntryInput, bookEntry, bookReversal } from './book-entry.ts';
import type { EntryDetail, EntryType } from './entry.ts';
import { bookedEntryDetail, findEntryByPublicId, findLedgerAccount } from './queries.ts';

/** A write command without its reply: the dialect supplies that. */
export type LedgerCommand<T> = Omit<WriteCommand<T>, 'reply'>;

export interface LedgerWriteResult {
  detail: EntryDetail;
  /** False when the entry existed already under the same external id (nothing was booked). */
  created: boolean;
}

export interface PostEntryInput {
  accountUuid: string;
  type: EntryType;
  amountMinor: bigint;
  currency?: string | undefined;
  dueDate?: string | undefined;
  description?: string | null | undefined;
  externalId?: string | null | undefined;
}

export function postEntry(clock: Clock, actor: Actor, input: PostEntryInput): LedgerCommand<LedgerWriteResult> {
  return {
    async execute(tx: Store) {
      const account = await findLedgerAccount(tx, actor.organizationId, input.accountUuid);
      const booking: BookEntryInput = {
        type: input.type,
        amountMinor: input.amountMinor,
        currency: input.currency,
        dueDate: input.dueDate,
        description: input.description,
        externalId: input.externalId,
      };
      const booked = await bookEntry(tx, clock, actor, account, booking);
      return { detail: await bookedEntryDetail(tx, booked), created: booked.created };
    },
    audit: ({ detail, created }) => ({
      action: 'entry.posted',
      resourceType: 'entry',
      resourceId: detail.entry.publicId,
      details: {
        account_id: detail.accountUuid,
        type: detail.entry.type,
        amount: String(detail.entry.amountMinor),
        currency: detail.currency,
        external_id: detail.entry.externalId,
        ...(created ? {} : { existing: true }),
      },
    }),
  };
}

export const postCharge = (clock: Clock, actor: Actor, input: Omit<PostEntryInput, 'type'>) =>
  postEntry(clock, actor, { ...input, type: 'CHARGE' });

export const postCredit = (clock: Clock, actor: Actor, input: Omit<PostEntryInput, 'type'>) =>
  postEntry(clock, actor, { ...input, type: 'CREDIT' });

export interface ReverseEntryInput {
  entryPublicId: string;
  description?: string | null | undefined;
}

export function reverseEntry(clock: Clock, actor: Actor, input: ReverseEntryInput): LedgerCommand<LedgerWriteResult> {
  return {
    async execute(tx: Store) {
      const original = await findEntryByPublicId(tx, actor.organizationId, input.entryPublicId);
      const booked = await bookReversal(tx, clock, actor, original, { description: input.description });
      return { detail: await bookedEntryDetail(tx, booked), created: true };
    },
    audit: ({ detail }) => ({
      action: 'entry.reversed',
      resourceType: 'entry',
      resourceId: detail.entry.publicId,
      details: {
        account_id: detail.accountUuid,
        reversal_of: detail.reversalOfPublicId,
        type: detail.entry.type,
        amount: String(detail.entry.amountMinor),
      },
    }),
  };
}
