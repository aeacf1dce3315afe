/** Creating families and changing their members; each runs inside performWrite. */
import type { Clock } from '../clock.ts';
import { SaldoError } from '../errors.ts';
import { domainEvent } from '../events/domain-event.ts';
import { familyId } from '../ids.ts';
import { assertCurrency } from '../money.ts';
import type { DomainCommand } from '../write-pipeline.ts';
import { FAMILY_MEMBERS_MAX, type Family } from './family.ts';

export function createFamily(
  clock: Clock,
  organizationId: string,
  input: { name: string; currency: string },
): DomainCommand<Family> {
  return {
    async execute(tx) {
      const currency = assertCurrency(input.currency, 'currency');
      const now = clock.now();
      const family: Family = {
        id: familyId(now),
        organizationId,
        name: input.name,
        currency,
        createdAt: now.toISOString(),
      };
      await tx.families.insert(family);
      return family;
    },
    audit: (family) => ({
      action: 'family.created',
      resourceType: 'family',
      resourceId: family.id,
      details: { name: family.name, currency: family.currency },
    }),
  };
}

interface MembershipChange {
  familyId: string;
  customerPublicId: string;
  changed: boolean;
  family: Family;
  at: string;
}

/**
 * Adds a customer to a family. Adding a member again changes nothing (204 either way). The
 * refusals, in order: unknown family, unknown customer, member of another family, an account in
 * another currency, a full family.
 */
export function addFamilyMember(
  clock: Clock,
  organizationId: string,
  id: string,
  customerPublicId: string,
): DomainCommand<MembershipChange> {
  return {
    async execute(tx) {
      const family = await tx.families.findById(organizationId, id);
      if (!family) throw new SaldoError('family_not_found');
      const customer = await tx.families.findCustomer(organizationId, customerPublicId);
      if (!customer) throw new SaldoError('customer_not_found');
      // The ledger position is taken first: it serializes membership changes of the organization.
      const ledgerPosition = await tx.ledger.lockLedger(organizationId);
      const current = await tx.families.familyOf(organizationId, customerPublicId);
      const at = clock.now().toISOString();
      if (current === family.id) return { familyId: family.id, customerPublicId, changed: false, family, at };
      if (current !== undefined) throw new SaldoError('customer_in_other_family');
      const foreign = (await tx.families.accountCurrencies(organizationId, customerPublicId)).filter(
        (c) => c !== family.currency,
      );
      if (foreign.length > 0) {
        throw new SaldoError('currency_mismatch', {
          detail: `The family keeps ${family.currency}; the customer has accounts in ${[...new Set(foreign)].sort().join(', ')}.`,
        });
      }
      if ((await tx.families.memberCount(organizationId, family.id)) >= FAMILY_MEMBERS_MAX) {
        throw new SaldoError('family_member_limit_reached', {
          detail: `A family has at most ${FAMILY_MEMBERS_MAX} members.`,
        });
      }
      await tx.families.addMember({ organizationId, familyId: family.id, customerPublicId, at, ledgerPosition });
      return { familyId: family.id, customerPublicId, changed: true, family, at };
    },
    audit: (change) => ({
      action: change.changed ? 'family.member_added' : 'family.member_kept',
      resourceType: 'family',
      resourceId: change.familyId,
      details: { customer_id: change.customerPublicId },
    }),
    events: (change) =>
      change.changed
        ? [
            domainEvent('family.member_added', {
              family: change.family,
              customerPublicId: change.customerPublicId,
              at: change.at,
            }),
          ]
        : [],
  };
}

/** Removes a member; a customer who is not a member of this family is not found here. */
export function removeFamilyMember(
  clock: Clock,
  organizationId: string,
  id: string,
  customerPublicId: string,
): DomainCommand<MembershipChange> {
  return {
    async execute(tx) {
      const family = await tx.families.findById(organizationId, id);
      if (!family) throw new SaldoError('family_not_found');
      const ledgerPosition = await tx.ledger.lockLedger(organizationId);
      const at = clock.now().toISOString();
      const removed = await tx.families.removeMember({
        organizationId,
        familyId: family.id,
        customerPublicId,
        at,
        ledgerPosition,
      });
      if (!removed)
        throw new SaldoError('customer_not_found', { detail: 'The customer is not a member of this family.' });
      return { familyId: family.id, customerPublicId, changed: true, family, at };
    },
    audit: (change) => ({
      action: 'family.member_removed',
      resourceType: 'family',
      resourceId: change.familyId,
      details: { customer_id: change.customerPublicId },
    }),
    events: (change) => [
      domainEvent('family.member_removed', {
        family: change.family,
        customerPublicId: change.customerPublicId,
        at: change.at,
      }),
    ],
  };
}
