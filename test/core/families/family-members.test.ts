// Families below HTTP, on both databases: members join and leave at a ledger position, a customer
// belongs to one family at a time, and adding a member twice changes nothing.
import { expect, it } from 'vitest';
import { createCustomer } from '../../../src/core/customers/commands.ts';
import { addFamilyMember, createFamily, removeFamilyMember } from '../../../src/core/families/commands.ts';
import { coreSuite, refusal } from '../../support/core.ts';
import { describeEachDatabase } from '../../support/databases.ts';

describeEachDatabase('family members', (kind) => {
  const core = coreSuite(kind, 'families-core');
  const org = () => core.actor.organizationId;

  it('adds a member once, refuses them to a second family, and lets them go', async () => {
    const family = await core.perform(createFamily(core.clock, org(), { name: 'Lovelace', currency: 'EUR' }));
    const other = await core.perform(createFamily(core.clock, org(), { name: 'Hopper', currency: 'EUR' }));
    const customer = await core.perform(createCustomer(core.clock, org(), { name: 'Ada' }));

    const added = await core.perform(addFamilyMember(core.clock, org(), family.id, customer.publicId));
    expect(added.changed).toBe(true);
    const repeated = await core.perform(addFamilyMember(core.clock, org(), family.id, customer.publicId));
    expect(repeated.changed).toBe(false);

    const refused = await refusal(core.perform(addFamilyMember(core.clock, org(), other.id, customer.publicId)));
    expect(refused.code).toBe('customer_in_other_family');

    await core.perform(removeFamilyMember(core.clock, org(), family.id, customer.publicId));
    const joined = await core.perform(addFamilyMember(core.clock, org(), other.id, customer.publicId));
    expect(joined.changed).toBe(true);
  });

  it('refuses a family in an unknown currency, naming the field', async () => {
    const refused = await refusal(core.perform(createFamily(core.clock, org(), { name: 'Nowhere', currency: 'ABC' })));
    expect(refused.code).toBe('currency_unknown');
    expect(refused.field).toBe('currency');
  });
});
