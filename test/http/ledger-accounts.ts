// Temporary: opens an account by inserting rows, until the customers/accounts fixtures exist.
import { randomUUID } from 'node:crypto';
import type { TestSaldo } from '../support/harness.ts';

let counter = 0;

export async function openAccount(
  saldo: TestSaldo,
  org: { id: string },
  input: { currency?: string; status?: string; modality?: string; payment_reference?: string } = {},
): Promise<{ id: string; customerId: string }> {
  const now = new Date().toISOString();
  const customerId = randomUUID();
  counter++;
  await saldo.store.db
    .insertInto('customers')
    .values({ id: customerId, organization_id: org.id, number: BigInt(counter), name: 'C', created_at: now, updated_at: now } as never)
    .execute();
  const id = randomUUID();
  await saldo.store.db
    .insertInto('accounts')
    .values({
      uuid: id,
      organization_id: org.id,
      customer_id: customerId,
      number: `A${counter}`,
      currency: input.currency ?? 'EUR',
      status: input.status ?? 'ACCOUNT_OK',
      modality: input.modality ?? 'POSTPAID',
      payment_method_type: 'DIRECT_DEBIT',
      payment_reference_number: input.payment_reference ?? null,
      created_at: now,
      updated_at: now,
    } as never)
    .execute();
  return { id, customerId };
}
