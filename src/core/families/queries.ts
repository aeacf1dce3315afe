/**
 * Reading families, and a family's balance (seed 004) now or at a point of the ledger.
 *
 * Figures are never summed over history: now, they are the members' accounts' maintained
 * figures; before entry X, each member account's figures after its latest entry below X (one
 * index lookup per account). Members are those of that ledger position, so an answer once given
 * does not change.
 */
import { type Clock, calendarDate } from '../clock.ts';
import { SaldoError } from '../errors.ts';
import { isEntryPublicId } from '../ids.ts';
import type { Organization } from '../organizations/organization.ts';
import type { Store } from '../store.ts';
import type { Family, FamilyMember } from './family.ts';

export async function getFamily(store: Store, organizationId: string, familyId: string): Promise<Family> {
  const family = await store.families.findById(organizationId, familyId);
  if (!family) throw new SaldoError('family_not_found');
  return family;
}

/** The family a customer belongs to now, or null; 404 customer_not_found for an unknown customer. */
export async function familyOfCustomer(
  store: Store,
  organizationId: string,
  customerPublicId: string,
): Promise<Family | null> {
  if (!(await store.families.findCustomer(organizationId, customerPublicId)))
    throw new SaldoError('customer_not_found');
  const familyId = await store.families.familyOf(organizationId, customerPublicId);
  return familyId === undefined ? null : getFamily(store, organizationId, familyId);
}

export async function listFamilyMembers(
  store: Store,
  organizationId: string,
  familyId: string,
): Promise<FamilyMember[]> {
  await getFamily(store, organizationId, familyId);
  return store.families.members(organizationId, familyId);
}

export interface FamilyBalance {
  organizationId: string;
  familyId: string;
  currency: string;
  /** Sum of the members' charges. */
  debitMinor: bigint;
  /** Sum of the members' credits. */
  creditMinor: bigint;
  /** credit − debit; negative means the family owes. */
  balanceMinor: bigint;
  /** max(0, debit − credit). */
  totalToPayMinor: bigint;
  /** The earliest date on or after today with SCHEDULED payments, and their sum that day. */
  nextScheduledPayment: { date: string; amountMinor: bigint } | null;
  beforeEntryId: string | null;
}

/**
 * The family's figures; with `beforeEntryId` (a `trn_` id of the organization), only entries
 * booked before that one count. The next scheduled payment always looks ahead from today.
 */
export async function familyBalance(
  store: Store,
  clock: Clock,
  organization: Organization,
  familyId: string,
  beforeEntryId?: string | undefined,
): Promise<FamilyBalance> {
  if (beforeEntryId !== undefined && !isEntryPublicId(beforeEntryId)) {
    throw new SaldoError('validation_failed', {
      detail: 'where[transactionId][lessThan] must be a transaction id (trn_ and 26 characters).',
      field: 'where.transactionId.lessThan',
    });
  }
  const today = calendarDate(clock.now(), organization.timeZone);
  // One statement: the family, its figures and the next scheduled payment (which always looks
  // ahead from today, over the current members).
  const found =
    beforeEntryId === undefined
      ? await store.families.familyFigures(organization.id, familyId, today)
      : await store.families.familyFiguresBefore(organization.id, familyId, beforeEntryId, today);
  if (!found) throw new SaldoError('family_not_found');
  if ('pointFound' in found && !found.pointFound) throw new SaldoError('transaction_not_found');
  const { family, totals } = found;
  const balanceMinor = totals.creditedMinor - totals.chargedMinor;
  return {
    organizationId: organization.id,
    familyId: family.id,
    currency: family.currency,
    debitMinor: totals.chargedMinor,
    creditMinor: totals.creditedMinor,
    balanceMinor,
    totalToPayMinor: balanceMinor < 0n ? -balanceMinor : 0n,
    nextScheduledPayment: found.next,
    beforeEntryId: beforeEntryId ?? null,
  };
}
