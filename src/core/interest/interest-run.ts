/**
 * The interest pass of a dunning run: for each account whose policy charges interest, one
 * INTEREST charge due on `as_of` for the days its overdue charges stood open and were not yet
 * charged (docs/interest.md). A page of accounts is one transaction in the ledger's lock order
 * (the ledger row, then the accounts): the coverage read under those locks is what a concurrent
 * run wrote before, so no day is ever charged twice. The booking and its coverage rows commit
 * together; an amount that rounds to 0 books and records nothing.
 */
import type { Actor } from '../actor.ts';
import { type Clock, calendarDate, addDays } from '../clock.ts';
import type { InterestPolicy } from '../organizations/settings.ts';
import { bookInTransaction } from '../ledger/book-in-transaction.ts';
import type { PostBooking } from '../ledger/booking.ts';
import { ledgerContext } from '../ledger/ledger-context.ts';
import { assert } from '../errors.ts';
import type { Store } from '../store.ts';
import {
  type OpenAmountStep,
  type OverdueChargeInterestInput,
  accrueAccountInterest,
  type AccountInterest,
} from './accrue-interest.ts';
import { isInterestPostingDue } from './interest-posting.ts';
import { interestRateText } from './interest-rate.ts';
import type { InterestAccount, InterestCharge, InterestSettlement, NewInterestCoverage } from './interest-store.ts';

export interface InterestPassContext {
  /** Whether the organization's own policy charges interest (else only templates may). */
  organizationCharges: boolean;
  store: Store;
  clock: Clock;
  actor: Actor;
  runId: number | null;
  asOf: string;
  timeZone: string;
  /** The interest part of the policy that applies to an account of this template, if any. */
  interestOf(store: Store, template: string | null): Promise<InterestPolicy | undefined>;
}

export interface InterestPassTotals {
  posted: number;
  amountMinor: bigint;
  failed: number;
}

/**
 * A charge's open amount over time: its amount from its due date, lowered on the day of each
 * settlement — the paying credit's value date (the day the customer paid), else the day the
 * allocation was booked. Settlements on or before the due date lower the first step.
 */
export function openAmountTimeline(
  charge: Pick<InterestCharge, 'dueDate' | 'amountMinor'>,
  settlements: readonly InterestSettlement[],
  timeZone: string,
): OpenAmountStep[] {
  const byDay = new Map<string, bigint>();
  for (const settlement of settlements) {
    const settled = settlement.valueDate ?? calendarDate(new Date(settlement.bookedAt), timeZone);
    const day = settled > charge.dueDate ? settled : charge.dueDate;
    byDay.set(day, (byDay.get(day) ?? 0n) + settlement.amountMinor);
  }
  let open = charge.amountMinor - (byDay.get(charge.dueDate) ?? 0n);
  const steps: OpenAmountStep[] = [{ from: charge.dueDate, openMinor: open > 0n ? open : 0n }];
  for (const day of [...byDay.keys()].filter((d) => d > charge.dueDate).sort()) {
    open -= byDay.get(day)!;
    steps.push({ from: day, openMinor: open > 0n ? open : 0n });
  }
  return steps;
}

interface AccountDue {
  accountId: number;
  policy: InterestPolicy;
  interest: AccountInterest;
}

/** The interest each locked account owes now (those with nothing to book are left out). */
async function interestDue(
  tx: Store,
  pass: InterestPassContext,
  accounts: Array<{ account: InterestAccount; policy: InterestPolicy }>,
): Promise<AccountDue[]> {
  const organizationId = pass.actor.organizationId;
  const ids = accounts.map(({ account }) => account.id);
  const lastBooked = await tx.interest.lastBookedOn(organizationId, ids);
  const posting = accounts.filter(({ account, policy }) =>
    isInterestPostingDue(policy.posting, lastBooked.get(account.id) ?? null, pass.asOf),
  );
  if (posting.length === 0) return [];
  const charges = await tx.interest.chargesOf(
    organizationId,
    posting.map(({ account }) => account.id),
    addDays(pass.asOf, -1),
  );
  const open = charges.filter((charge) => charge.chargedThrough === null || charge.chargedThrough < pass.asOf);
  const settlements = await tx.interest.settlementsOf(
    organizationId,
    open.map((charge) => charge.entryId),
  );
  const settlementsOf = new Map<number, InterestSettlement[]>();
  for (const settlement of settlements)
    settlementsOf.set(settlement.chargeEntryId, [...(settlementsOf.get(settlement.chargeEntryId) ?? []), settlement]);
  const chargesOf = new Map<number, InterestCharge[]>();
  for (const charge of open) chargesOf.set(charge.accountId, [...(chargesOf.get(charge.accountId) ?? []), charge]);

  const due: AccountDue[] = [];
  for (const { account, policy } of posting) {
    const inputs: OverdueChargeInterestInput[] = (chargesOf.get(account.id) ?? []).map((charge) => ({
      chargeId: String(charge.entryId),
      dueDate: charge.dueDate,
      graceDays: policy.graceDays,
      interestChargedThrough: charge.chargedThrough,
      openAmountTimeline: openAmountTimeline(charge, settlementsOf.get(charge.entryId) ?? [], pass.timeZone),
    }));
    if (inputs.length === 0) continue;
    const interest = accrueAccountInterest(inputs, {
      asOf: pass.asOf,
      annualRateMillionths: policy.annualRateMillionths,
    });
    if (interest.amountMinor > 0n) due.push({ accountId: account.id, policy, interest });
  }
  return due;
}

function interestBooking(accountId: number, asOf: string, policy: InterestPolicy, amountMinor: bigint): PostBooking {
  return {
    op: 'post',
    account: { by: 'id', id: accountId },
    type: 'CHARGE',
    kind: 'INTEREST',
    amountMinor,
    dueDate: asOf,
    description: `Interest at ${interestRateText(policy.annualRateMillionths)} % a year through ${asOf}`,
    // Like fees: a closed account that still owes is still charged.
    bookOnClosed: true,
  };
}

/** One page of accounts in one transaction: lock, read coverage, accrue, book, record coverage. */
async function chargePage(
  pass: InterestPassContext,
  accounts: Array<{ account: InterestAccount; policy: InterestPolicy }>,
): Promise<InterestPassTotals> {
  const organizationId = pass.actor.organizationId;
  return pass.store.transaction(async (tx) => {
    await tx.ledger.lockLedger(organizationId);
    await tx.dunning.findAccountsById(
      organizationId,
      accounts.map(({ account }) => account.id),
      { forUpdate: true },
    );
    const due = await interestDue(tx, pass, accounts);
    const totals: InterestPassTotals = { posted: 0, amountMinor: 0n, failed: 0 };
    if (due.length === 0) return totals;
    const context = await ledgerContext(tx, pass.clock, organizationId);
    const outcomes = await bookInTransaction(
      tx,
      context,
      due.map(({ accountId, policy, interest }) => ({
        actor: pass.actor,
        group: { atomic: true, bookings: [interestBooking(accountId, pass.asOf, policy, interest.amountMinor)] },
      })),
    );
    const coverage: NewInterestCoverage[] = [];
    for (const [index, { accountId, interest }] of due.entries()) {
      const outcome = outcomes[index]!;
      const booked = outcome.outcomes[0];
      if (outcome.refused || booked === undefined || !booked.ok) {
        // Nothing booked, nothing covered: the next run tries again.
        totals.failed++;
        continue;
      }
      const entryId = booked.result.detail.entry.id;
      assert(entryId > 0, 'an interest booking without an id');
      totals.posted++;
      totals.amountMinor += interest.amountMinor;
      for (const charge of interest.charges) {
        coverage.push({
          organizationId,
          accountId,
          chargeEntryId: Number(charge.chargeId),
          firstDay: charge.firstDay,
          lastDay: charge.lastDay,
          interestEntryId: entryId,
          asOf: pass.asOf,
          runId: pass.runId,
          createdAt: context.bookedAt,
        });
      }
    }
    await tx.interest.recordCoverage(coverage);
    return totals;
  });
}

/** Charges interest on every account of the organization whose policy asks for it, page by page. */
export async function chargeInterest(pass: InterestPassContext, pageSize: number): Promise<InterestPassTotals> {
  const organizationId = pass.actor.organizationId;
  const totals: InterestPassTotals = { posted: 0, amountMinor: 0n, failed: 0 };
  if (!pass.organizationCharges && !(await pass.store.interest.anyTemplateWithInterest(organizationId))) return totals;
  let afterId = 0;
  for (;;) {
    const accounts = await pass.store.interest.listAccounts(organizationId, afterId, pageSize);
    if (accounts.length === 0) break;
    afterId = accounts[accounts.length - 1]!.id;
    const charged: Array<{ account: InterestAccount; policy: InterestPolicy }> = [];
    for (const account of accounts) {
      const policy = await pass.interestOf(pass.store, account.template);
      if (policy !== undefined) charged.push({ account, policy });
    }
    if (charged.length === 0) continue;
    const page = await chargePage(pass, charged);
    totals.posted += page.posted;
    totals.amountMinor += page.amountMinor;
    totals.failed += page.failed;
  }
  return totals;
}
