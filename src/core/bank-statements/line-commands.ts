/**
 * Working the unmatched queue by hand: match a line to an account (its payment booked with the
 * line's value date), ignore it, or undo a wrong match (the payment reversed, the line UNMATCHED
 * again). Each is one write through the pipeline; the line is read under the ledger row every
 * write takes first, so two people working one line are told `bank_line_not_open`.
 */
import type { Actor } from '../actor.ts';
import type { Clock } from '../clock.ts';
import { singleResult } from '../entries/commands.ts';
import { SaldoError, assert } from '../errors.ts';
import { type DomainEvent, domainEvent } from '../events/domain-event.ts';
import { bookInTransaction } from '../ledger/book-in-transaction.ts';
import { ledgerContext } from '../ledger/ledger-context.ts';
import { paymentBooking } from '../payments/commands.ts';
import type { Store } from '../store.ts';
import type { AuditNote, DomainCommand } from '../write-pipeline.ts';
import { BANK_LINE_REASON_MAX_LENGTH, type BankLine } from './bank-statement.ts';

export const IGNORED_BY_HAND_REASON = 'Ignored by hand.';
export const UNMATCHED_BY_HAND_REASON = 'Unmatched by hand.';

async function lineOf(tx: Store, organizationId: string, linePublicId: string): Promise<BankLine> {
  const line = await tx.bankStatements.findLineByPublicId(organizationId, linePublicId, { forUpdate: true });
  if (!line) throw new SaldoError('bank_line_not_found');
  return line;
}

function assertOpen(line: BankLine): void {
  if (line.status !== 'UNMATCHED') {
    throw new SaldoError('bank_line_not_open', {
      detail: `The bank line is ${line.status}; only an UNMATCHED line can be matched or ignored.`,
      facts: { status: line.status },
    });
  }
}

async function reread(tx: Store, organizationId: string, linePublicId: string): Promise<BankLine> {
  const line = await tx.bankStatements.findLineByPublicId(organizationId, linePublicId);
  assert(line, 'a bank line vanished');
  return line;
}

const lineAudit = (action: string, line: BankLine, details: Record<string, unknown> = {}): AuditNote => ({
  action,
  resourceType: 'bank_line',
  resourceId: line.publicId,
  details: {
    statement_id: line.statementPublicId,
    amount: line.amountMinor.toString(),
    currency: line.currency,
    ...details,
  },
});

export function matchBankLine(
  clock: Clock,
  actor: Actor,
  linePublicId: string,
  accountPublicId: string,
): DomainCommand<BankLine> {
  const organizationId = actor.organizationId;
  return {
    async execute(tx) {
      const line = await lineOf(tx, organizationId, linePublicId);
      assertOpen(line);
      const account = await tx.bankStatements.findAccountByPublicId(organizationId, accountPublicId);
      if (!account) throw new SaldoError('account_not_found', { field: 'accountId' });
      if (account.currency !== line.currency) {
        throw new SaldoError('currency_mismatch', {
          detail: `The line is in ${line.currency}; the account keeps ${account.currency}.`,
          field: 'accountId',
        });
      }
      const context = await ledgerContext(tx, clock, organizationId);
      const valueDate = line.valueDate > context.today ? context.today : line.valueDate;
      const booking = paymentBooking(
        { by: 'id', id: account.id },
        {
          amountMinor: line.amountMinor,
          currency: line.currency,
          valueDate,
          description: `Bank line ${line.publicId}`,
        },
      );
      const [outcome] = await bookInTransaction(tx, context, [{ actor, group: { atomic: true, bookings: [booking] } }]);
      const booked = singleResult(outcome!);
      await tx.bankStatements.updateLine(
        organizationId,
        line.id,
        { status: 'MATCHED', match: 'MANUAL', reason: null, accountId: account.id, entryId: booked.detail.entry.id },
        context.bookedAt,
      );
      return reread(tx, organizationId, linePublicId);
    },
    audit: (line) =>
      lineAudit('bank_line.matched', line, { account_id: line.accountPublicId, entry_id: line.entryPublicId }),
    events: (line) => [domainEvent('bank_line.matched', line)],
  };
}

export function ignoreBankLine(
  clock: Clock,
  actor: Actor,
  linePublicId: string,
  reason: string | undefined,
): DomainCommand<BankLine> {
  const organizationId = actor.organizationId;
  return {
    async execute(tx) {
      if (reason !== undefined && (reason.length === 0 || reason.length > BANK_LINE_REASON_MAX_LENGTH)) {
        throw new SaldoError('validation_failed', {
          detail: `'reason' must be 1 to ${BANK_LINE_REASON_MAX_LENGTH} characters.`,
          field: 'reason',
        });
      }
      const line = await lineOf(tx, organizationId, linePublicId);
      assertOpen(line);
      await tx.bankStatements.updateLine(
        organizationId,
        line.id,
        { status: 'IGNORED', match: null, reason: reason ?? IGNORED_BY_HAND_REASON, accountId: null, entryId: null },
        clock.now().toISOString(),
      );
      return reread(tx, organizationId, linePublicId);
    },
    audit: (line) => lineAudit('bank_line.ignored', line, { reason: line.reason }),
  };
}

export interface BankLineUnmatchResult {
  line: BankLine;
  paymentEntryPublicId: string | null;
}

export function unmatchBankLine(
  clock: Clock,
  actor: Actor,
  linePublicId: string,
): DomainCommand<BankLineUnmatchResult> {
  const organizationId = actor.organizationId;
  return {
    async execute(tx) {
      const line = await lineOf(tx, organizationId, linePublicId);
      if (line.status !== 'MATCHED' || line.entryId === null) {
        throw new SaldoError('bank_line_not_matched', {
          detail: `The bank line is ${line.status}; only a MATCHED line can be unmatched.`,
          facts: { status: line.status },
        });
      }
      const context = await ledgerContext(tx, clock, organizationId);
      const [outcome] = await bookInTransaction(tx, context, [
        {
          actor,
          group: {
            atomic: true,
            bookings: [
              {
                op: 'reverse',
                entry: { by: 'id', id: line.entryId },
                description: `Bank line ${line.publicId} unmatched`,
                releasesBankLine: false,
              },
            ],
          },
        },
      ]);
      singleResult(outcome!);
      await tx.bankStatements.updateLine(
        organizationId,
        line.id,
        { status: 'UNMATCHED', match: null, reason: UNMATCHED_BY_HAND_REASON, accountId: null, entryId: null },
        context.bookedAt,
      );
      return { line: await reread(tx, organizationId, linePublicId), paymentEntryPublicId: line.entryPublicId };
    },
    audit: ({ line, paymentEntryPublicId }) =>
      lineAudit('bank_line.unmatched', line, { payment_entry_id: paymentEntryPublicId }),
    events: ({ line, paymentEntryPublicId }): DomainEvent[] => [
      domainEvent('bank_line.unmatched', { line, cause: 'MANUAL', paymentEntryPublicId }),
    ],
  };
}
