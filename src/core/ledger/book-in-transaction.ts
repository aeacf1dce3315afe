/**
 * The one write path of the ledger: books groups of bookings inside the caller's transaction,
 * set-based. Every money movement comes here — gathered per organization from concurrent requests
 * by `ledger-writer.ts`, or from a long-running write that holds its own transaction (a dunning
 * page, an interest run, a bank statement).
 *
 * 1. take the organization's ledger row (every booking transaction takes it first, so sequence
 *    order is commit order, across processes), then lock the named accounts in id order;
 * 2. read what the bookings name, set-based (`ledger-snapshot.ts`);
 * 3. apply the bookings in memory, in order (`ledger-pass.ts`); a refusal is decided before the
 *    booking changes anything, so it never fails the others; an atomic group refused after some of
 *    its bookings applied is left out and the pass starts again without it;
 * 4. write the pass, one statement per table (`write-pass.ts`).
 */
import type { Actor } from '../actor.ts';
import type { Entry } from '../entries/entry.ts';
import { type DomainEvent, bookingEvent, domainEvent } from '../events/domain-event.ts';
import { SaldoError, assert } from '../errors.ts';
import type { Store } from '../store.ts';
import { releaseLinesOfReversedPayments } from '../bank-statements/release-lines.ts';
import type { BookingGroup, BookingOutcome, BookingResult, GroupOutcome } from './booking.ts';
import { type BookingRecord, type LedgerContext, LedgerPass } from './ledger-pass.ts';
import { LedgerSnapshot } from './ledger-snapshot.ts';
import { writePass } from './write-pass.ts';

export interface GroupRequest {
  actor: Actor;
  group: BookingGroup;
}

type Evaluated = Array<{ ok: true; record: BookingRecord } | { ok: false; error: SaldoError }>;

/**
 * Books the groups in order and answers each group's outcome. The ledger row is taken here unless
 * the caller took it already (and passes the last sequence it answered).
 */
export async function bookInTransaction(
  tx: Store,
  context: LedgerContext,
  requests: GroupRequest[],
  lockedSequence?: bigint,
): Promise<GroupOutcome[]> {
  const lastSequence = lockedSequence ?? (await tx.ledger.lockLedger(context.organizationId));
  const snapshot = new LedgerSnapshot(tx.ledger, context.organizationId);
  await snapshot.read(requests.map((request) => request.group));

  const refused = new Map<number, Evaluated>();
  let pass: LedgerPass;
  let evaluated: Array<Evaluated | undefined>;
  passes: for (;;) {
    pass = new LedgerPass(snapshot, context, lastSequence);
    evaluated = [];
    for (const [index, { actor, group }] of requests.entries()) {
      if (refused.has(index)) continue;
      const booked = pass.newEntries.length;
      const outcomes: Evaluated = [];
      for (const booking of group.bookings) {
        try {
          outcomes.push({ ok: true, record: await pass.apply(booking, actor) });
        } catch (error) {
          if (!(error instanceof SaldoError)) throw error;
          outcomes.push({ ok: false, error });
        }
      }
      if (group.atomic && outcomes.some((outcome) => !outcome.ok)) {
        refused.set(index, outcomes);
        // What the group booked before its refusal is in the pass: start again without it.
        if (pass.newEntries.length !== booked) continue passes;
        continue;
      }
      evaluated[index] = outcomes;
    }
    break;
  }

  await writePass(tx.ledger, context, pass, lastSequence);
  const answers = requests.map((_request, index): GroupOutcome => {
    const failed = refused.get(index);
    if (failed)
      return {
        refused: true,
        outcomes: failed.map((outcome) =>
          outcome.ok ? { ok: true, result: resultOf(context, outcome.record) } : outcome,
        ),
      };
    const outcomes = evaluated[index];
    assert(outcomes, 'a group neither booked nor refused');
    return {
      refused: false,
      outcomes: outcomes.map((outcome): BookingOutcome =>
        outcome.ok ? { ok: true, result: resultOf(context, outcome.record) } : outcome,
      ),
    };
  });
  // One event per entry booked, in ledger order (groups are booked in order), in this transaction.
  const events: DomainEvent[] = answers.flatMap((answer) =>
    answer.refused
      ? []
      : answer.outcomes.flatMap((outcome) =>
          outcome.ok && outcome.result.created ? [bookingEvent(outcome.result.detail)] : [],
        ),
  );
  // A reversed payment of a bank line sends the line back to the unmatched queue.
  const reversedPayments: number[] = [];
  requests.forEach(({ group }, index) => {
    const answer = answers[index]!;
    if (answer.refused) return;
    group.bookings.forEach((booking, position) => {
      const outcome = answer.outcomes[position];
      if (booking.op !== 'reverse' || booking.releasesBankLine === false || !outcome?.ok || !outcome.result.created)
        return;
      const reversed = outcome.result.detail.entry.reversalOf;
      if (reversed !== null) reversedPayments.push(reversed);
    });
  });
  events.push(
    ...(await releaseLinesOfReversedPayments(tx, context.organizationId, reversedPayments, context.bookedAt)),
  );
  // An automatically closed account that owes again went back to ACCOUNT_TO_CLOSE.
  for (const work of pass.accounts.values()) {
    if (work.stored.status !== work.current.status) {
      events.push(
        domainEvent('account.status_changed', {
          accountPublicId: work.current.publicId,
          from: work.stored.status,
          to: work.current.status,
          cause: 'REOPENED',
          version: null,
        }),
      );
    }
  }
  await tx.events.record(context.organizationId, context.bookedAt, events);
  return answers;
}

/** The entry as the single call shows it, now that the batch's ids are known. */
function resultOf(context: LedgerContext, record: BookingRecord): BookingResult {
  const { entry: state, newEntry, replayed } = record;
  let entry: Entry;
  if (replayed !== undefined) {
    entry = { ...replayed, openMinor: record.openMinor, reversedBy: state.reversedBy?.id ?? replayed.reversedBy };
  } else {
    assert(newEntry, 'a booking record without its entry');
    entry = {
      // An atomic group refused after its pass is shown as it would have been, without an id.
      id: state.id ?? 0,
      publicId: state.publicId,
      organizationId: context.organizationId,
      accountId: state.accountId,
      sequence: state.sequence,
      type: state.type,
      kind: newEntry.kind,
      amountMinor: newEntry.amountMinor,
      openMinor: record.openMinor,
      dueDate: state.dueDate,
      valueDate: newEntry.valueDate,
      description: newEntry.description,
      externalId: newEntry.externalId,
      reversalOf: newEntry.reversalOf?.id ?? null,
      reversedBy: null,
      installmentPlanId: null,
      installmentOfPlanId: newEntry.installmentOfPlanId,
      balanceAfterMinor: newEntry.figuresAfter.balanceMinor,
      chargedAfterMinor: newEntry.figuresAfter.chargedMinor,
      creditedAfterMinor: newEntry.figuresAfter.creditedMinor,
      bookedAt: context.bookedAt,
    };
  }
  return {
    created: record.created,
    account: record.account,
    detail: {
      entry,
      accountPublicId: record.account.publicId,
      currency: record.account.currency,
      reversalOfPublicId: record.reversalOfPublicId,
      reversedByPublicId: record.reversedByPublicId,
      allocations: record.allocations.map(({ allocation, counterpart, releasedByPublicId }) => ({
        allocation: {
          id: allocation.id ?? 0,
          creditEntryId: allocation.credit.id ?? 0,
          chargeEntryId: allocation.charge.id ?? 0,
          amountMinor: allocation.amountMinor,
          createdAt: allocation.createdAt,
          releasedByEntryId: releasedByPublicId === null ? null : (allocation.releasedBy?.id ?? null),
        },
        counterpartEntryId: counterpart.id ?? 0,
        counterpartPublicId: counterpart.publicId,
        releasedByPublicId,
      })),
    },
  };
}
