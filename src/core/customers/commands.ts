/** Creating and changing customers; every one runs inside performWrite. */
import type { Clock } from '../clock.ts';
import { SaldoError } from '../errors.ts';
import { domainEvent } from '../events/domain-event.ts';
import { uuid } from '../ids.ts';
import type { Store } from '../store.ts';
import type { DomainCommand } from '../write-pipeline.ts';
import { CUSTOMER_NUMBER_MAX, CUSTOMER_NUMBER_MIN, type Customer, type ExternalReference } from './customer.ts';
import { getCustomer } from './queries.ts';

export interface CustomerInput {
  number?: bigint | undefined;
  name: string;
  email?: string | null | undefined;
  categories?: string[] | undefined;
  externalReferences?: ExternalReference[] | undefined;
}

export interface CustomerChanges {
  name?: string | undefined;
  /** null clears the email; undefined keeps it. */
  email?: string | null | undefined;
  categories?: string[] | undefined;
  externalReferences?: ExternalReference[] | undefined;
}

export function assertCustomerNumber(number: bigint, field = 'number'): bigint {
  if (number < CUSTOMER_NUMBER_MIN || number > CUSTOMER_NUMBER_MAX) {
    throw new SaldoError('validation_failed', {
      detail: `The customer number must be from ${CUSTOMER_NUMBER_MIN} to ${CUSTOMER_NUMBER_MAX}.`,
      field,
    });
  }
  return number;
}

const uniqueCategories = (categories: string[]) => [...new Set(categories)].sort();

function uniqueReferences(references: ExternalReference[]): ExternalReference[] {
  const seen = new Map<string, ExternalReference>();
  for (const reference of references) seen.set(JSON.stringify([reference.source, reference.externalId]), reference);
  return [...seen.values()];
}

async function assertReferencesFree(
  store: Store,
  organizationId: string,
  references: ExternalReference[],
  customerPublicId: string | null,
) {
  for (const [index, reference] of references.entries()) {
    const owner = await store.customers.findByExternalReference(organizationId, reference);
    if (owner && owner.publicId !== customerPublicId) {
      throw new SaldoError('external_reference_taken', {
        detail: `The external reference ${reference.source}/${reference.externalId} belongs to another customer.`,
        field: `externalReferences[${index}]`,
      });
    }
  }
}

export function createCustomer(clock: Clock, organizationId: string, input: CustomerInput): DomainCommand<Customer> {
  return {
    async execute(tx) {
      let number: bigint;
      if (input.number !== undefined) {
        number = assertCustomerNumber(input.number);
        if (await tx.customers.findByNumber(organizationId, number)) {
          throw new SaldoError('customer_number_taken', {
            detail: `Customer number ${number} is taken.`,
            field: 'number',
          });
        }
      } else {
        number = assertCustomerNumber(await tx.customers.nextNumber(organizationId));
      }
      const externalReferences = uniqueReferences(input.externalReferences ?? []);
      await assertReferencesFree(tx, organizationId, externalReferences, null);
      const now = clock.now().toISOString();
      const customer: Customer = {
        publicId: uuid(),
        organizationId,
        number,
        name: input.name,
        email: input.email ?? null,
        categories: uniqueCategories(input.categories ?? []),
        externalReferences,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      await tx.customers.insert(customer);
      return customer;
    },
    audit: (customer) => ({
      action: 'customer.created',
      resourceType: 'customer',
      resourceId: customer.publicId,
      details: { number: customer.number.toString() },
    }),
    events: (customer) => [domainEvent('customer.created', customer)],
  };
}

export function updateCustomer(
  clock: Clock,
  organizationId: string,
  customerPublicId: string,
  expectedVersion: number,
  changes: CustomerChanges,
): DomainCommand<Customer> {
  return {
    async execute(tx) {
      const current = await getCustomer(tx, organizationId, customerPublicId);
      if (current.version !== expectedVersion)
        throw new SaldoError('version_mismatch', { facts: { current_version: current.version } });
      const externalReferences =
        changes.externalReferences === undefined
          ? current.externalReferences
          : uniqueReferences(changes.externalReferences);
      if (changes.externalReferences !== undefined)
        await assertReferencesFree(tx, organizationId, externalReferences, current.publicId);
      const updated: Customer = {
        ...current,
        name: changes.name ?? current.name,
        email: changes.email === undefined ? current.email : changes.email,
        categories: changes.categories === undefined ? current.categories : uniqueCategories(changes.categories),
        externalReferences,
        version: current.version + 1,
        updatedAt: clock.now().toISOString(),
      };
      if (!(await tx.customers.update(updated, expectedVersion))) throw new SaldoError('version_mismatch');
      return updated;
    },
    audit: (customer) => ({
      action: 'customer.updated',
      resourceType: 'customer',
      resourceId: customer.publicId,
      details: {
        changed: Object.keys(changes).filter((k) => changes[k as keyof CustomerChanges] !== undefined),
        version: customer.version,
      },
    }),
    events: (customer) => [domainEvent('customer.updated', customer)],
  };
}
