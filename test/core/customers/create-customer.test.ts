// createCustomer below HTTP, on both databases: numbers handed out and taken, references kept
// unique, the event and audit row written with the customer, and refusals naming the core's field.
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../src/core/customers/commands.ts';
import { coreSuite, refusal } from '../../support/core.ts';
import { describeEachDatabase } from '../../support/databases.ts';

describeEachDatabase('createCustomer', (kind) => {
  const core = coreSuite(kind, 'customers-core');

  describe('numbers', () => {
    it('hands out the next number when none is given, and keeps a given one', async () => {
      const first = await core.perform(createCustomer(core.clock, core.actor.organizationId, { name: 'Ada' }));
      const chosen = await core.perform(
        createCustomer(core.clock, core.actor.organizationId, { name: 'Grace', number: 5000n }),
      );
      const next = await core.perform(createCustomer(core.clock, core.actor.organizationId, { name: 'Edsger' }));
      expect(chosen.number).toBe(5000n);
      expect(next.number > first.number).toBe(true);
      expect(next.number).not.toBe(5000n);
    });

    it('refuses a number that is taken, naming the field, and writes nothing', async () => {
      const before = await core.store.db
        .selectFrom('customers')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const error = await refusal(
        core.perform(createCustomer(core.clock, core.actor.organizationId, { name: 'Twin', number: 5000n })),
      );
      expect(error.code).toBe('customer_number_taken');
      expect(error.field).toBe('number');
      const after = await core.store.db
        .selectFrom('customers')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });
  });

  it('records the customer.created event and an audit row in the same write', async () => {
    const customer = await core.perform(
      createCustomer(core.clock, core.actor.organizationId, { name: 'Barbara', email: 'b@example.org' }),
    );
    const events = await core.store.db
      .selectFrom('events')
      .select(['type', 'data'])
      .where('organization_id', '=', core.actor.organizationId)
      .execute();
    expect(
      events.some((event) => event.type === 'customer.created' && String(event.data).includes(customer.publicId)),
    ).toBe(true);
    const audit = await core.store.db
      .selectFrom('audit_events')
      .select(['action', 'resource_id'])
      .where('resource_id', '=', customer.publicId)
      .execute();
    expect(audit.map((row) => row.action)).toContain('customer.created');
  });

  it('refuses an external reference another customer holds', async () => {
    const reference = { source: 'crm', externalId: 'C-1' };
    await core.perform(
      createCustomer(core.clock, core.actor.organizationId, { name: 'One', externalReferences: [reference] }),
    );
    const error = await refusal(
      core.perform(
        createCustomer(core.clock, core.actor.organizationId, { name: 'Two', externalReferences: [reference] }),
      ),
    );
    expect(error.code).toBe('external_reference_taken');
    expect(error.field).toBe('externalReferences[0]');
  });
});
