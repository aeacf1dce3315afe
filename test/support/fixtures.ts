/**
 * Over-HTTP helpers that set up customers and accounts the way a client would, with sensible
 * defaults (a POSTPAID EUR account paid by direct debit). They throw on any unexpected answer.
 */
import type { TestSaldo } from './harness.ts';
import type { AccountJson, CustomerJson } from './views.ts';

export interface OrgCredentials {
  slug: string;
  key: string;
}

export const VALID_IBAN = 'DE89370400440532013000';

/** An account as the fixtures answer it: the account's JSON, with its id also as `account_id` (003's name). */
export type CreatedAccount = AccountJson & { account_id: string };

let customerCounter = 0;

export async function createCustomer(
  saldo: TestSaldo,
  org: OrgCredentials,
  input: Record<string, unknown> = {},
): Promise<CustomerJson> {
  customerCounter += 1;
  const answer = await saldo.request<CustomerJson>('POST', `/orgs/${org.slug}/customers`, {
    key: org.key,
    body: { name: `Customer ${customerCounter}`, ...input },
  });
  if (answer.status !== 201) throw new Error(`createCustomer: ${answer.status} ${answer.text}`);
  return answer.body;
}

export async function createAccount(
  saldo: TestSaldo,
  org: OrgCredentials,
  customerPublicId: string,
  input: Record<string, unknown> = {},
): Promise<CreatedAccount> {
  const created = await saldo.request<{ account_id: string }>(
    'POST',
    `/orgs/${org.slug}/customers/${customerPublicId}/accounts`,
    {
      key: org.key,
      body: {
        modality: 'POSTPAID',
        currency: 'EUR',
        payment_method: { type: 'DIRECT_DEBIT', details: { iban: VALID_IBAN } },
        ...input,
      },
    },
  );
  if (created.status !== 201) throw new Error(`createAccount: ${created.status} ${created.text}`);
  const accountId = created.body.account_id;
  const read = await saldo.request<AccountJson>('GET', `/orgs/${org.slug}/accounts/${accountId}`, { key: org.key });
  if (read.status !== 200) throw new Error(`createAccount (read): ${read.status} ${read.text}`);
  return { account_id: accountId, ...read.body };
}

/** A customer with one (default) account: the most common starting point. */
export async function createCustomerWithAccount(
  saldo: TestSaldo,
  org: OrgCredentials,
  accountInput: Record<string, unknown> = {},
): Promise<{ customer: CustomerJson; account: CreatedAccount }> {
  const customer = await createCustomer(saldo, org);
  const account = await createAccount(saldo, org, customer.id, accountInput);
  return { customer, account };
}

/**
 * A new organization with one customer and account, the clock at the harness's start date, and
 * the account's native path: where most receivables scenarios begin.
 */
export async function organizationWithAccount(
  saldo: TestSaldo,
  slug: string,
): Promise<{ org: OrgCredentials; account: CreatedAccount; base: string }> {
  saldo.clock.set('2026-03-15T10:00:00Z');
  const org = await saldo.organization(slug);
  const { account } = await createCustomerWithAccount(saldo, org);
  return { org, account, base: `/orgs/${slug}/accounts/${account.account_id}` };
}
