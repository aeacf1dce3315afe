/**
 * Creating and cancelling installment plans. The open amounts of the chosen charges move to new
 * charges of kind INSTALLMENT; nothing is billed or credited anew, so the account's balance and
 * its charged and credited totals stay as they were (docs/receivables.md). Both steps run in
 * the caller's transaction under the account's lock, taken after the ledger sequence like every
 * booking.
 */
import type { Actor } from '../actor.ts';
import { type Clock, addMonths, isCalendarDate } from '../clock.ts';
import type { Entry } from '../entries/entry.ts';
import { findLedgerAccount } from '../entries/queries.ts';
import { SaldoError, assert } from '../errors.ts';
import { domainEvent } from '../events/domain-event.ts';
import { entryPublicId, isEntryPublicId, newPublicId } from '../ids.ts';
import { isClosedStatus } from '../accounts/account.ts';
import type { Store } from '../store.ts';
import type { DomainCommand } from '../write-pipeline.ts';
import {
  INSTALLMENT_INTERVAL_MONTHS_MAX,
  INSTALLMENT_PLAN_ENTRIES_MAX,
  INSTALLMENTS_MAX,
  type InstallmentPlan,
  splitAmount,
} from './installment-plan.ts';

export interface InstallmentPlanInput {
  accountPublicId: string;
  entryIds: string[];
  installments: number;
  firstDueDate: string;
  intervalMonths?: number | undefined;
}

export interface InstallmentPlanDetail {
  plan: InstallmentPlan;
  accountPublicId: string;
  currency: string;
  installments: Entry[];
}

function invalid(detail: string, field?: string): SaldoError {
  return new SaldoError('installment_plan_invalid', { detail, field });
}

function checkInput(input: InstallmentPlanInput): number {
  const interval = input.intervalMonths ?? 1;
  if (input.entryIds.length === 0 || input.entryIds.length > INSTALLMENT_PLAN_ENTRIES_MAX) {
    throw new SaldoError('validation_failed', {
      detail: `entry_ids holds 1 to ${INSTALLMENT_PLAN_ENTRIES_MAX} ids.`,
      field: 'entryIds',
    });
  }
  if (new Set(input.entryIds).size !== input.entryIds.length) {
    throw new SaldoError('validation_failed', { detail: 'entry_ids names an entry twice.', field: 'entryIds' });
  }
  if (!Number.isInteger(input.installments) || input.installments < 1 || input.installments > INSTALLMENTS_MAX) {
    throw new SaldoError('validation_failed', {
      detail: `installments is a whole number from 1 to ${INSTALLMENTS_MAX}.`,
      field: 'installments',
    });
  }
  if (!isCalendarDate(input.firstDueDate)) {
    throw new SaldoError('validation_failed', {
      detail: "'first_due_date' must be a calendar date YYYY-MM-DD.",
      field: 'firstDueDate',
    });
  }
  if (!Number.isInteger(interval) || interval < 1 || interval > INSTALLMENT_INTERVAL_MONTHS_MAX) {
    throw new SaldoError('validation_failed', {
      detail: `interval_months is a whole number from 1 to ${INSTALLMENT_INTERVAL_MONTHS_MAX}.`,
      field: 'intervalMonths',
    });
  }
  return interval;
}

/** The charges to move, checked under the account's lock in a flat ladder. */
async function originalsOf(tx: Store, organizationId: string, accountId: number, ids: string[]): Promise<Entry[]> {
  const originals: Entry[] = [];
  for (const [index, publicId] of ids.entries()) {
    const field = `entryIds[${index}]`;
    const entry = isEntryPublicId(publicId)
      ? await tx.entries.findEntryByPublicId(organizationId, publicId)
      : undefined;
    if (!entry || entry.accountId !== accountId) {
      throw new SaldoError('entry_not_found', { detail: `No entry '${publicId}' on this account.`, field });
    }
    if (entry.installmentPlanId !== null || entry.installmentOfPlanId !== null) {
      throw new SaldoError('entry_in_installment_plan', {
        detail: `Entry '${publicId}' belongs to an installment plan already.`,
        field,
      });
    }
    if (entry.type !== 'CHARGE' || entry.reversalOf !== null)
      throw invalid(`Entry '${publicId}' is not a charge.`, field);
    if (entry.reversedBy !== null) throw invalid(`Entry '${publicId}' was reversed.`, field);
    if (entry.openMinor <= 0n) throw invalid(`Entry '${publicId}' has nothing open.`, field);
    originals.push(entry);
  }
  return originals;
}

export function createInstallmentPlan(
  clock: Clock,
  actor: Actor,
  input: InstallmentPlanInput,
): DomainCommand<InstallmentPlanDetail> {
  return {
    async execute(tx) {
      const interval = checkInput(input);
      const organizationId = actor.organizationId;
      const account = await findLedgerAccount(tx, organizationId, input.accountPublicId);
      // The ledger's lock order: the organization's sequence first, then the account.
      let sequence = await tx.organizations.nextEntrySequence(organizationId);
      const locked = await tx.entries.lockAccount(organizationId, account.id);
      if (!locked) throw new SaldoError('account_not_found');
      if (isClosedStatus(locked.status))
        throw new SaldoError('account_closed', { detail: 'A closed account takes no new charges.' });

      const originals = await originalsOf(tx, organizationId, locked.id, input.entryIds);
      const totalMinor = originals.reduce((sum, entry) => sum + entry.openMinor, 0n);
      if (totalMinor < BigInt(input.installments)) {
        throw invalid(
          `The open amount (${totalMinor} minor units) cannot be split into ${input.installments} installments.`,
          'installments',
        );
      }
      // Open charges and unallocated credit never stand side by side (the ledger settles them).
      assert(locked.unallocatedMinor === 0n, 'open charges beside unallocated credit');

      const now = clock.now();
      const plan: Omit<InstallmentPlan, 'id'> = {
        publicId: newPublicId('ipl_', now),
        organizationId,
        accountId: locked.id,
        status: 'ACTIVE',
        installmentCount: input.installments,
        firstDueDate: input.firstDueDate,
        intervalMonths: interval,
        totalMinor,
        originals: originals.map((entry) => ({
          entryId: entry.id,
          entryPublicId: entry.publicId,
          movedMinor: entry.openMinor,
        })),
        createdAt: now.toISOString(),
        cancelledAt: null,
      };
      const planId = await tx.installments.insertPlan(plan);
      for (const entry of originals)
        await tx.entries.adjustOpenAmount(organizationId, entry.id, -entry.openMinor, plan.createdAt);
      await tx.installments.markOriginals(
        organizationId,
        originals.map((entry) => entry.id),
        planId,
      );

      const amounts = splitAmount(totalMinor, input.installments);
      for (const [index, amountMinor] of amounts.entries()) {
        if (index > 0) sequence = await tx.organizations.nextEntrySequence(organizationId);
        // The open amount moves; charged, credited and balance stay: the figures after are today's.
        await tx.entries.insertEntry({
          publicId: entryPublicId(sequence),
          organizationId,
          accountId: locked.id,
          sequence,
          type: 'CHARGE',
          kind: 'INSTALLMENT',
          amountMinor,
          openMinor: amountMinor,
          dueDate: addMonths(input.firstDueDate, index * interval),
          valueDate: null,
          description: `Installment ${index + 1}/${input.installments} of ${plan.publicId}`,
          externalId: null,
          reversalOf: null,
          reversedBy: null,
          installmentPlanId: null,
          installmentOfPlanId: planId,
          balanceAfterMinor: locked.balanceMinor,
          chargedAfterMinor: locked.chargedMinor,
          creditedAfterMinor: locked.creditedMinor,
          bookedAt: now.toISOString(),
          createdByKeyId: actor.keyId,
        });
      }
      const installments = await tx.installments.installmentsOf(organizationId, planId);
      assert(
        installments.reduce((sum, e) => sum + e.openMinor, 0n) === totalMinor,
        'installments do not add up to the moved amount',
      );
      return {
        plan: { ...plan, id: planId },
        accountPublicId: locked.publicId,
        currency: locked.currency,
        installments,
      };
    },
    audit: (result) => ({
      action: 'installment_plan.created',
      resourceType: 'installment_plan',
      resourceId: result.plan.publicId,
      details: {
        account_id: result.accountPublicId,
        total: String(result.plan.totalMinor),
        installments: result.plan.installmentCount,
        entry_ids: result.plan.originals.map((o) => o.entryPublicId),
      },
    }),
    events: (result) => [domainEvent('installment_plan.created', result)],
  };
}

/**
 * Cancels a plan: what is still open on its installments goes back to the original charges.
 * What was paid on installments stays paid, counted against the originals oldest due date first.
 */
export function cancelInstallmentPlan(
  clock: Clock,
  actor: Actor,
  planPublicId: string,
): DomainCommand<InstallmentPlanDetail> {
  return {
    async execute(tx) {
      const organizationId = actor.organizationId;
      const found = await tx.installments.findPlan(organizationId, planPublicId);
      if (!found) throw new SaldoError('installment_plan_not_found');
      // Only the account is locked: no entry is booked, so no ledger sequence is taken.
      const locked = await tx.entries.lockAccount(organizationId, found.accountId);
      assert(locked, 'account of a plan is gone');
      // Read again under the lock: a concurrent cancel has committed by now.
      const plan = await tx.installments.findPlan(organizationId, planPublicId);
      assert(plan, 'plan vanished under the lock');
      if (plan.status !== 'ACTIVE') throw invalid('The installment plan was cancelled already.');

      const installments = await tx.installments.installmentsOf(organizationId, plan.id);
      let paidMinor = installments.reduce((sum, e) => sum + (e.amountMinor - e.openMinor), 0n);
      const at = clock.now().toISOString();
      for (const installment of installments) {
        if (installment.openMinor !== 0n)
          await tx.entries.adjustOpenAmount(organizationId, installment.id, -installment.openMinor, at);
      }
      const originals = await Promise.all(
        plan.originals.map(async (o) => ({ moved: o, entry: await tx.entries.findEntry(organizationId, o.entryId) })),
      );
      originals.sort((a, b) =>
        a.entry!.dueDate < b.entry!.dueDate
          ? -1
          : a.entry!.dueDate > b.entry!.dueDate
            ? 1
            : a.moved.entryId - b.moved.entryId,
      );
      for (const { moved } of originals) {
        const paidHere = paidMinor < moved.movedMinor ? paidMinor : moved.movedMinor;
        paidMinor -= paidHere;
        const restored = moved.movedMinor - paidHere;
        if (restored !== 0n) await tx.entries.adjustOpenAmount(organizationId, moved.entryId, restored, at);
      }
      assert(paidMinor === 0n, 'more paid on installments than the plan moved');
      await tx.installments.markOriginals(
        organizationId,
        plan.originals.map((o) => o.entryId),
        null,
      );
      await tx.installments.cancelPlan(organizationId, plan.id, at);
      return {
        plan: { ...plan, status: 'CANCELLED', cancelledAt: at },
        accountPublicId: locked.publicId,
        currency: locked.currency,
        installments: await tx.installments.installmentsOf(organizationId, plan.id),
      };
    },
    audit: (result) => ({
      action: 'installment_plan.cancelled',
      resourceType: 'installment_plan',
      resourceId: result.plan.publicId,
      details: { account_id: result.accountPublicId },
    }),
    events: (result) => [domainEvent('installment_plan.cancelled', result)],
  };
}

export async function getInstallmentPlan(
  store: Store,
  organizationId: string,
  publicId: string,
): Promise<InstallmentPlanDetail> {
  const plan = await store.installments.findPlan(organizationId, publicId);
  if (!plan) throw new SaldoError('installment_plan_not_found');
  const account = await store.entries.findAccountById(organizationId, plan.accountId);
  assert(account, 'account of a plan is gone');
  return {
    plan,
    accountPublicId: account.publicId,
    currency: account.currency,
    installments: await store.installments.installmentsOf(organizationId, plan.id),
  };
}
