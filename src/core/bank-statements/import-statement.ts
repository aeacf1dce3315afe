/**
 * Importing a bank statement file: its statements and lines stored, credit lines matched and
 * their payments booked, returned direct debits undone, other debits ignored.
 *
 * One file is one write (one database transaction, through the write pipeline): a file is
 * imported whole or not at all, and a re-import — of the same statement, or of a line another
 * file reported already — finds what the first import committed and books nothing. The bookings
 * go through the ledger's one write path (`bookInTransaction`), set-based, in passes of at most
 * `LEDGER_BATCH_BOOKINGS_MAX` bookings: a 10,000-line statement is three passes in one transaction,
 * not 10,000 transactions (docs/bank-statements.md, "Importing").
 */
import type { Actor } from '../actor.ts';
import type { Clock } from '../clock.ts';
import type { EntryDetail } from '../entries/entry.ts';
import { assert } from '../errors.ts';
import { type DomainEvent, domainEvent } from '../events/domain-event.ts';
import { newPublicId } from '../ids.ts';
import { bookInTransaction, type GroupRequest } from '../ledger/book-in-transaction.ts';
import type { BookingGroup, GroupOutcome } from '../ledger/booking.ts';
import { ledgerContext } from '../ledger/ledger-context.ts';
import { LEDGER_BATCH_BOOKINGS_MAX } from '../ledger/ledger-writer.ts';
import { paymentBooking } from '../payments/commands.ts';
import type { ScheduledPayment } from '../scheduled-payments/scheduled-payment.ts';
import type { Store } from '../store.ts';
import type { DomainCommand } from '../write-pipeline.ts';
import type { BankLine, BankStatement, NewBankLine, PaymentReturned, StatementCounts } from './bank-statement.ts';
import { lineIdentity } from './line-identity.ts';
import { matchCreditLines } from './matching.ts';
import { findReturnTarget, isReturnedDebit, returnBookings, returnCandidates } from './returned-debits.ts';
import type { ParsedBankLine, ParsedStatementFile } from './statement-file.ts';

export const OTHER_DEBIT_REASON = 'A debit that returns no direct debit: nothing to reconcile.';

export interface StatementImport {
  /** False when every statement of the file was imported before: the answer is the first import's. */
  created: boolean;
  /** The file's statements in file order; `skipped` ones were imported before. */
  statements: Array<{ statement: BankStatement; skipped: boolean }>;
  /** The lines this import stored. */
  lines: BankLine[];
  returns: PaymentReturned[];
  collected: Array<{ payment: ScheduledPayment; paymentEntryPublicId: string }>;
}

/** A line on its way: what the file says, and what reconciliation decided. */
interface LineWork {
  parsed: ParsedBankLine;
  statementIndex: number;
  publicId: string;
  identity: string;
  line?: NewBankLine & { accountPublicId: string | null; entryPublicId: string | null };
}

const bookedDetail = (outcome: GroupOutcome, position: number): EntryDetail | { reason: string } => {
  const result = outcome.outcomes[position];
  if (!result) return { reason: 'Not booked.' };
  if (!result.ok) return { reason: `Not booked: ${result.error.detail}` };
  return result.result.detail;
};

/** Books the groups in passes of at most LEDGER_BATCH_BOOKINGS_MAX bookings, all in this transaction. */
async function bookInPasses(tx: Store, clock: Clock, actor: Actor, groups: BookingGroup[]): Promise<GroupOutcome[]> {
  const outcomes: GroupOutcome[] = [];
  let pass: GroupRequest[] = [];
  let bookings = 0;
  const flush = async () => {
    if (pass.length === 0) return;
    outcomes.push(...(await bookInTransaction(tx, await ledgerContext(tx, clock, actor.organizationId), pass)));
    pass = [];
    bookings = 0;
  };
  for (const group of groups) {
    if (bookings + group.bookings.length > LEDGER_BATCH_BOOKINGS_MAX) await flush();
    pass.push({ actor, group });
    bookings += group.bookings.length;
  }
  await flush();
  return outcomes;
}

export function importStatementFile(
  clock: Clock,
  actor: Actor,
  file: ParsedStatementFile,
): DomainCommand<StatementImport> {
  const organizationId = actor.organizationId;
  return {
    async execute(tx) {
      const context = await ledgerContext(tx, clock, organizationId);
      const at = context.bookedAt;
      const now = clock.now();

      // Statements imported before are skipped; with none new, the first import answers.
      const earlier = await Promise.all(
        file.statements.map((statement) =>
          tx.bankStatements.findStatement(organizationId, statement.accountIban, statement.bankStatementId),
        ),
      );
      const fresh = file.statements.map((_statement, index) => index).filter((index) => earlier[index] === undefined);
      if (fresh.length === 0) {
        const first = earlier[0];
        assert(first, 'a statement file without statements');
        const statements = await tx.bankStatements.listStatementsOfImport(organizationId, first.importPublicId);
        return {
          created: false,
          statements: statements.map((statement) => ({ statement, skipped: false })),
          lines: [],
          returns: [],
          collected: [],
        };
      }

      const statementIds = file.statements.map(() => newPublicId('bst_', now));
      const importPublicId = statementIds[fresh[0]!]!;
      const works: LineWork[] = fresh.flatMap((statementIndex) => {
        const statement = file.statements[statementIndex]!;
        return statement.lines.map((parsed) => ({
          parsed,
          statementIndex,
          publicId: newPublicId('bsl_', now),
          identity: lineIdentity(statement.accountIban, parsed),
        }));
      });

      // A line reported before (a camt.054, then the camt.053) or twice in this file is booked once.
      const known = await tx.bankStatements.knownIdentities(organizationId, [
        ...new Set(works.map((work) => work.identity)),
      ]);
      const freshLines: LineWork[] = [];
      const counts: StatementCounts[] = file.statements.map((statement) => ({
        lines: statement.lines.length,
        matched: 0,
        unmatched: 0,
        returned: 0,
        ignored: 0,
        known: 0,
      }));
      for (const work of works) {
        if (known.has(work.identity)) {
          counts[work.statementIndex]!.known++;
          continue;
        }
        known.add(work.identity);
        freshLines.push(work);
      }

      const settle = (
        work: LineWork,
        change: Pick<NewBankLine, 'status' | 'match' | 'reason' | 'accountId' | 'entryId'> & {
          accountPublicId: string | null;
          entryPublicId: string | null;
        },
      ) => {
        const parsed = work.parsed;
        work.line = {
          publicId: work.publicId,
          organizationId,
          statementId: 0,
          position: parsed.position,
          identity: work.identity,
          bankReference: parsed.bankReference,
          bookingDate: parsed.bookingDate,
          valueDate: parsed.valueDate,
          amountMinor: parsed.amountMinor,
          currency: parsed.currency,
          direction: parsed.direction,
          reversal: parsed.reversal,
          reference: parsed.reference,
          remittanceInfo: parsed.remittanceInfo,
          debtorName: parsed.debtorName,
          debtorIban: parsed.debtorIban,
          endToEndId: parsed.endToEndId,
          returnReasonCode: parsed.returnReasonCode,
          bankTransactionCode: parsed.bankTransactionCode,
          createdAt: at,
          updatedAt: at,
          ...change,
        };
        const count = counts[work.statementIndex]!;
        if (change.status === 'MATCHED') count.matched++;
        else if (change.status === 'UNMATCHED') count.unmatched++;
        else if (change.status === 'RETURNED') count.returned++;
        else count.ignored++;
      };
      const unmatched = (reason: string) => ({
        status: 'UNMATCHED' as const,
        match: null,
        reason,
        accountId: null,
        entryId: null,
        accountPublicId: null,
        entryPublicId: null,
      });
      const ignored = (reason: string) => ({
        status: 'IGNORED' as const,
        match: null,
        reason,
        accountId: null,
        entryId: null,
        accountPublicId: null,
        entryPublicId: null,
      });

      // Credits: matched by the rules, then booked as payments with the line's value date.
      const credits = freshLines.filter((work) => work.parsed.direction === 'CREDIT');
      const decisions = await matchCreditLines(
        tx,
        organizationId,
        credits.map((work) => work.parsed),
      );
      const groups: BookingGroup[] = [];
      const booked: Array<() => void> = [];
      const collected: StatementImport['collected'] = [];
      const collectingEntries: number[] = [];
      const returns: PaymentReturned[] = [];
      let groupOutcomes: GroupOutcome[] = [];
      credits.forEach((work, index) => {
        const decision = decisions[index]!;
        if (!decision.matched) return settle(work, unmatched(decision.reason));
        const valueDate = work.parsed.valueDate > context.today ? context.today : work.parsed.valueDate;
        const group = groups.length;
        groups.push({
          atomic: true,
          bookings: [
            paymentBooking(
              { by: 'id', id: decision.account.id },
              {
                amountMinor: work.parsed.amountMinor,
                currency: work.parsed.currency,
                valueDate,
                description: `Bank line ${work.publicId}`,
              },
            ),
          ],
        });
        booked.push(() => {
          const detail = bookedDetail(groupOutcomes[group]!, 0);
          if ('reason' in detail) return settle(work, unmatched(detail.reason));
          settle(work, {
            status: 'MATCHED',
            match: decision.match,
            reason: null,
            accountId: decision.account.id,
            entryId: detail.entry.id,
            accountPublicId: detail.accountPublicId,
            entryPublicId: detail.entry.publicId,
          });
          if (decision.scheduledPayment) {
            collected.push({ payment: decision.scheduledPayment, paymentEntryPublicId: detail.entry.publicId });
            collectingEntries.push(detail.entry.id);
          }
        });
      });

      // Debits: a returned direct debit undoes its payment; any other debit is not ours to reconcile.
      const settings = await tx.organizations.settings(organizationId);
      const taken = new Set<number>();
      const candidates = await returnCandidates(
        tx,
        organizationId,
        freshLines.map((work) => work.parsed),
      );
      for (const work of freshLines) {
        if (work.parsed.direction !== 'DEBIT') continue;
        if (!isReturnedDebit(work.parsed)) {
          settle(work, ignored(OTHER_DEBIT_REASON));
          continue;
        }
        const reasonCode = work.parsed.returnReasonCode!;
        const target = findReturnTarget(candidates, work.parsed, taken);
        if ('reason' in target) {
          settle(work, ignored(target.reason));
          continue;
        }
        const group = groups.length;
        groups.push({
          atomic: true,
          bookings: returnBookings(target, reasonCode, settings.returnedDebitFeeMinor, work.publicId),
        });
        booked.push(() => {
          const reversal = bookedDetail(groupOutcomes[group]!, 0);
          if ('reason' in reversal)
            return settle(work, ignored(`Returned direct debit (${reasonCode}): ${reversal.reason}`));
          const fee = settings.returnedDebitFeeMinor > 0n ? bookedDetail(groupOutcomes[group]!, 1) : null;
          settle(work, {
            status: 'RETURNED',
            match: null,
            reason: reasonCode,
            accountId: target.accountId,
            entryId: reversal.entry.id,
            accountPublicId: reversal.accountPublicId,
            entryPublicId: reversal.entry.publicId,
          });
          returns.push({
            line: { ...work.line!, id: 0, statementPublicId: statementIds[work.statementIndex]! },
            accountPublicId: reversal.accountPublicId,
            paymentEntryPublicId: reversal.reversalOfPublicId ?? '',
            reversalEntryPublicId: reversal.entry.publicId,
            feeEntryPublicId: fee === null || 'reason' in fee ? null : fee.entry.publicId,
            amountMinor: -reversal.entry.amountMinor,
            currency: reversal.currency,
            reasonCode,
            scheduledPaymentPublicId: target.scheduledPayment?.publicId ?? null,
          });
        });
      }

      groupOutcomes = await bookInPasses(tx, clock, actor, groups);
      for (const settleBooked of booked) settleBooked();

      // The scheduled payments the lines collected, and those their returns undid.
      for (const [index, { payment }] of collected.entries()) {
        const moved = await tx.scheduledPayments.transition(
          organizationId,
          payment.id,
          'DUE',
          'COLLECTED',
          at,
          collectingEntries[index]!,
        );
        assert(moved, 'a scheduled payment moved under its lock');
      }
      // Read back once for the file, as the transitions left them.
      const readBack = new Map<string, ScheduledPayment>();
      for (const payment of await tx.scheduledPayments.findByPublicIds(
        organizationId,
        collected.map((entry) => entry.payment.publicId),
      ))
        readBack.set(payment.publicId, payment);
      const collectedPayments = collected.map((entry) => ({
        ...entry,
        payment: readBack.get(entry.payment.publicId)!,
      }));
      for (const returned of returns) {
        if (returned.scheduledPaymentPublicId === null) continue;
        const payment = candidates.scheduled.get(returned.scheduledPaymentPublicId);
        if (payment) await tx.scheduledPayments.markReturned(organizationId, payment.id, returned.reasonCode, at);
      }

      const statements: StatementImport['statements'] = [];
      const internalIds = new Map<number, number>();
      for (const [index, parsed] of file.statements.entries()) {
        const before = earlier[index];
        if (before) {
          statements.push({ statement: before, skipped: true });
          continue;
        }
        const statement: Omit<BankStatement, 'id'> = {
          publicId: statementIds[index]!,
          organizationId,
          format: file.format,
          bankStatementId: parsed.bankStatementId,
          accountIban: parsed.accountIban,
          currency: parsed.accountCurrency,
          bankCreatedAt: parsed.createdAt,
          openingBalanceMinor: parsed.openingBalanceMinor,
          closingBalanceMinor: parsed.closingBalanceMinor,
          importPublicId,
          positionInFile: index,
          counts: counts[index]!,
          importedAt: at,
        };
        const id = await tx.bankStatements.insertStatement(statement);
        internalIds.set(index, id);
        statements.push({ statement: { ...statement, id }, skipped: false });
      }
      const stored = freshLines.map((work) => {
        assert(work.line, 'a bank line left undecided');
        return { ...work.line, statementId: internalIds.get(work.statementIndex)! };
      });
      await tx.bankStatements.insertLines(
        stored.map(({ accountPublicId: _account, entryPublicId: _entry, ...line }) => line),
      );
      const lines: BankLine[] = stored.map((line, index) => ({
        ...line,
        id: 0,
        statementPublicId: statementIds[freshLines[index]!.statementIndex]!,
      }));
      return { created: true, statements, lines, returns, collected: collectedPayments };
    },
    audit: (result) => {
      const first = result.statements.find((entry) => !entry.skipped) ?? result.statements[0]!;
      return result.created
        ? {
            action: 'bank_statement.imported',
            resourceType: 'bank_statement',
            resourceId: first.statement.publicId,
            details: {
              format: first.statement.format,
              statements: result.statements
                .filter((entry) => !entry.skipped)
                .map((entry) => entry.statement.bankStatementId),
              ...totalsOf(result),
            },
          }
        : null;
    },
    events: (result) => {
      const events: DomainEvent[] = [];
      for (const entry of result.statements)
        if (!entry.skipped && result.created) events.push(domainEvent('bank_statement.imported', entry.statement));
      for (const line of result.lines)
        if (line.status === 'MATCHED') events.push(domainEvent('bank_line.matched', line));
      for (const entry of result.collected) events.push(domainEvent('scheduled_payment.collected', entry));
      for (const returned of result.returns) events.push(domainEvent('payment.returned', returned));
      return events;
    },
  };
}

/** The file's totals over the statements this import stored (all of them when it answers a replay). */
export function totalsOf(result: StatementImport): StatementCounts {
  const counted = result.statements.filter((entry) => !entry.skipped);
  const sum = (pick: (counts: StatementCounts) => number) =>
    counted.reduce((total, entry) => total + pick(entry.statement.counts), 0);
  return {
    lines: sum((c) => c.lines),
    matched: sum((c) => c.matched),
    unmatched: sum((c) => c.unmatched),
    returned: sum((c) => c.returned),
    ignored: sum((c) => c.ignored),
    known: sum((c) => c.known),
  };
}
