// createAccount and closeAccount below HTTP, on both databases: defaults, the payment
// reference's uniqueness, a closed account's idempotent close, and refusals naming the core's field.
import { expect, it } from 'vitest';
import { closeAccount, createAccount } from '../../../src/core/accounts/commands.ts';
import { createCustomer } from '../../../src/core/customers/commands.ts';
import { coreSuite, refusal } from '../../support/core.ts';
import { describeEachDatabase } from '../../support/databases.ts';

const directDebit = { type: 'DIRECT_DEBIT' as const, details: { iban: 'DE89 3704 0044 0532 0130 00' } };

describeEachDatabase('createAccount and closeAccount', (kind) => {
  const core = coreSuite(kind, 'accounts-core');
  const newCustomer = () => core.perform(createCustomer(core.clock, core.actor.organizationId, { name: 'Holder' }));

  it('opens an account with the defaults, the IBAN in electronic format and a fresh public id', async () => {
    const customer = await newCustomer();
    const account = await core.perform(
      createAccount(core.clock, core.actor.organizationId, customer.publicId, {
        modality: 'POSTPAID',
        paymentMethod: directDebit,
      }),
    );
    expect(account.customerPublicId).toBe(customer.publicId);
    expect(account.customerNumber).toBe(customer.number);
    expect(account.status).toBe('ACCOUNT_OK');
    expect(account.currency).toBe('EUR');
    expect(account.paymentMethod).toEqual({ type: 'DIRECT_DEBIT', details: { iban: 'DE89370400440532013000' } });
    expect(account.balanceMinor).toBe(0n);
    expect(account.publicId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a bad IBAN and an unknown currency at their fields', async () => {
    const customer = await newCustomer();
    const iban = await refusal(
      core.perform(
        createAccount(core.clock, core.actor.organizationId, customer.publicId, {
          modality: 'POSTPAID',
          paymentMethod: { type: 'DIRECT_DEBIT', details: { iban: 'DE00' } },
        }),
      ),
    );
    expect([iban.code, iban.field]).toEqual(['iban_invalid', 'paymentMethod.details.iban']);
    const currency = await refusal(
      core.perform(
        createAccount(core.clock, core.actor.organizationId, customer.publicId, {
          modality: 'POSTPAID',
          paymentMethod: directDebit,
          currency: 'XXY',
        }),
      ),
    );
    expect([currency.code, currency.field]).toEqual(['currency_unknown', 'currency']);
  });

  it('keeps payment references unique in the organization', async () => {
    const customer = await newCustomer();
    const reference = { type: 'RF' as const, number: 'RF18539007547034' };
    await core.perform(
      createAccount(core.clock, core.actor.organizationId, customer.publicId, {
        modality: 'POSTPAID',
        paymentMethod: directDebit,
        paymentReference: reference,
      }),
    );
    const error = await refusal(
      core.perform(
        createAccount(core.clock, core.actor.organizationId, customer.publicId, {
          modality: 'POSTPAID',
          paymentMethod: directDebit,
          paymentReference: reference,
        }),
      ),
    );
    expect([error.code, error.field]).toEqual(['payment_reference_taken', 'paymentReference.number']);
  });

  it('closes a settled account once; a second close changes nothing', async () => {
    const customer = await newCustomer();
    const account = await core.perform(
      createAccount(core.clock, core.actor.organizationId, customer.publicId, {
        modality: 'POSTPAID',
        paymentMethod: directDebit,
      }),
    );
    const first = await core.perform(
      closeAccount(core.clock, core.actor.organizationId, customer.publicId, account.publicId),
    );
    expect([first.closedNow, first.account.status, first.from]).toEqual([true, 'ACCOUNT_CLOSED', 'ACCOUNT_OK']);
    const again = await core.perform(
      closeAccount(core.clock, core.actor.organizationId, customer.publicId, account.publicId),
    );
    expect(again.closedNow).toBe(false);
    expect(again.account.version).toBe(first.account.version);
  });

  it('does not find another customer’s account', async () => {
    const owner = await newCustomer();
    const stranger = await newCustomer();
    const account = await core.perform(
      createAccount(core.clock, core.actor.organizationId, owner.publicId, {
        modality: 'POSTPAID',
        paymentMethod: directDebit,
      }),
    );
    const error = await refusal(
      core.perform(closeAccount(core.clock, core.actor.organizationId, stranger.publicId, account.publicId)),
    );
    expect(error.code).toBe('account_not_found');
  });
});
