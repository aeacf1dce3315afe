/**
 * Opening, changing and closing accounts; each runs inside performWrite. Numbers and payment
 * references are assigned here when the client gives none (docs/accounts.md says how and why).
 */
import type { Clock } from '../clock.ts';
import { SaldoError } from '../errors.ts';
import { domainEvent, statusChangeEvents } from '../events/domain-event.ts';
import { uuid } from '../ids.ts';
import { AMOUNT_MINOR_MAX, assertCurrency, toMinorNumber } from '../money.ts';
import { assertReference, canDeriveFrom, deriveReference } from '../payment-references/payment-reference.ts';
import type { Store } from '../store.ts';
import type { DomainCommand } from '../write-pipeline.ts';
import type {
  Account,
  AccountChanges,
  AccountTemplate,
  BillingAddress,
  Modality,
  NewAccount,
  PaymentReference,
  PaymentReferenceType,
} from './account.ts';
import { assertPaymentMethod, assertPaymentMethodAllowed, type PaymentMethodInput } from './payment-method.ts';
import { getAccount, getCustomerAccount, isClosed } from './queries.ts';

/** Bound on ancestors walked when checking a parent chain; deeper hierarchies are refused. */
export const ACCOUNT_HIERARCHY_DEPTH_MAX = 32;
/** Assigned account numbers are 9 digits from 100000001 on: long enough to carry any reference type. */
const ACCOUNT_NUMBER_OFFSET = 100_000_000n;
/** Bound on numbers skipped when an assigned number collides with one a client chose. */
const ASSIGNMENT_ATTEMPTS_MAX = 1000;

export interface AccountInput {
  modality?: Modality | undefined;
  paymentMethod: PaymentMethodInput;
  billingAddress?: BillingAddress | null | undefined;
  currency?: string | undefined;
  name?: string | null | undefined;
  number?: string | undefined;
  creditLimitMinor?: bigint | undefined;
  paymentReference?: { type: PaymentReferenceType; number?: string | undefined } | undefined;
  template?: string | undefined;
  /** The parent account's public id. */
  parentId?: string | null | undefined;
}

export interface AccountUpdate {
  name?: string | null | undefined;
  creditLimitMinor?: bigint | undefined;
  billingAddress?: BillingAddress | null | undefined;
  template?: string | null | undefined;
  parentId?: string | null | undefined;
}

function assertCreditLimit(creditLimitMinor: bigint, field = 'creditLimit'): bigint {
  if (creditLimitMinor < 0n || creditLimitMinor > AMOUNT_MINOR_MAX) {
    throw new SaldoError('amount_out_of_range', {
      detail: `The credit limit must be 0 to ${AMOUNT_MINOR_MAX} minor units.`,
      field,
    });
  }
  return creditLimitMinor;
}

async function findTemplate(store: Store, organizationId: string, name: string): Promise<AccountTemplate> {
  const template = await store.accounts.findTemplate(organizationId, name);
  if (!template)
    throw new SaldoError('template_not_found', {
      detail: `There is no account template '${name}'.`,
      field: 'template',
    });
  return template;
}

/**
 * The parent for `accountId` (null for a new account): an open account of the organization that
 * is not the account itself nor one of its descendants.
 */
async function resolveParent(
  store: Store,
  organizationId: string,
  parentPublicId: string,
  accountId: number | null,
): Promise<Account> {
  const invalid = (detail: string) => new SaldoError('parent_account_invalid', { detail, field: 'parentId' });
  const parent = await store.accounts.findByPublicId(organizationId, parentPublicId);
  if (!parent) throw invalid('The parent account does not exist.');
  if (isClosed(parent)) throw invalid('The parent account is closed.');
  let ancestor: Account | undefined = parent;
  for (let depth = 0; ancestor; depth++) {
    if (ancestor.id === accountId) throw invalid('An account cannot be its own ancestor.');
    if (depth >= ACCOUNT_HIERARCHY_DEPTH_MAX)
      throw invalid(`Account hierarchies are at most ${ACCOUNT_HIERARCHY_DEPTH_MAX} levels deep.`);
    ancestor =
      ancestor.parentId === null ? undefined : await store.accounts.findById(organizationId, ancestor.parentId);
  }
  return parent;
}

async function assignAccountNumber(store: Store, organizationId: string): Promise<string> {
  for (let attempt = 0; attempt < ASSIGNMENT_ATTEMPTS_MAX; attempt++) {
    const number = (
      ACCOUNT_NUMBER_OFFSET + (await store.accounts.nextCounter(organizationId, 'account_number'))
    ).toString();
    if (!(await store.accounts.findByNumber(organizationId, number))) return number;
  }
  throw new Error('invariant violated: no free account number found');
}

async function referenceFree(store: Store, organizationId: string, number: string): Promise<boolean> {
  return !(await store.accounts.findByPaymentReference(organizationId, number));
}

/** Derived from the account number when it can carry the type's check, else from a counter. */
async function assignReference(
  store: Store,
  organizationId: string,
  type: PaymentReferenceType,
  accountNumber: string,
): Promise<PaymentReference> {
  const base = accountNumber.toUpperCase();
  if (canDeriveFrom(type, base)) {
    const reference = deriveReference(type, base);
    if (await referenceFree(store, organizationId, reference.number)) return reference;
  }
  for (let attempt = 0; attempt < ASSIGNMENT_ATTEMPTS_MAX; attempt++) {
    // Counter values get a leading 9 so that every base is long enough for FINNISH_7_3_1.
    const counted = `9${(await store.accounts.nextCounter(organizationId, 'payment_reference')).toString().padStart(5, '0')}`;
    const reference = deriveReference(type, counted);
    if (await referenceFree(store, organizationId, reference.number)) return reference;
  }
  throw new Error('invariant violated: no free payment reference found');
}

export function createAccount(
  clock: Clock,
  organizationId: string,
  customerPublicId: string,
  input: AccountInput,
): DomainCommand<Account> {
  return {
    async execute(tx) {
      // Locking the customer serializes its account openings: exactly one is the default.
      const customer = await tx.customers.findByPublicId(organizationId, customerPublicId, { forUpdate: true });
      if (!customer) throw new SaldoError('customer_not_found');
      const template =
        input.template === undefined ? undefined : await findTemplate(tx, organizationId, input.template);
      const modality = input.modality ?? template?.modality ?? undefined;
      if (modality === undefined) {
        throw new SaldoError('validation_failed', {
          detail: "'modality' is required (the template sets none).",
          field: 'modality',
        });
      }
      const settings = await tx.organizations.settings(organizationId);
      const currency = assertCurrency(input.currency ?? template?.currency ?? settings.defaultCurrency, 'currency');
      const paymentMethod = assertPaymentMethod(input.paymentMethod);
      assertPaymentMethodAllowed(settings, modality, paymentMethod.type);
      const creditLimitMinor = assertCreditLimit(input.creditLimitMinor ?? template?.creditLimitMinor ?? 0n);
      const referenceType = input.paymentReference?.type ?? template?.paymentReferenceType ?? undefined;

      let number: string;
      if (input.number !== undefined) {
        number = input.number;
        if ((referenceType === 'MOD10' || referenceType === 'FINNISH_7_3_1') && !/^[0-9]+$/.test(number)) {
          throw new SaldoError('validation_failed', {
            detail: `The account number must be numeric with a ${referenceType} payment reference.`,
            field: 'number',
          });
        }
        if (await tx.accounts.findByNumber(organizationId, number)) {
          throw new SaldoError('account_number_taken', {
            detail: `Account number ${number} is taken.`,
            field: 'number',
          });
        }
      } else {
        number = await assignAccountNumber(tx, organizationId);
      }

      let paymentReference: PaymentReference | null = null;
      if (input.paymentReference?.number !== undefined) {
        paymentReference = assertReference(input.paymentReference.type, input.paymentReference.number);
        if (!(await referenceFree(tx, organizationId, paymentReference.number))) {
          throw new SaldoError('payment_reference_taken', { field: 'paymentReference.number' });
        }
      } else if (referenceType !== undefined) {
        paymentReference = await assignReference(tx, organizationId, referenceType, number);
      }

      const parent = input.parentId == null ? null : await resolveParent(tx, organizationId, input.parentId, null);
      const existing = await tx.accounts.listByCustomer(organizationId, customer.publicId);
      const now = clock.now().toISOString();
      const account: NewAccount = {
        publicId: uuid(),
        organizationId,
        customerPublicId: customer.publicId,
        number,
        name: input.name ?? null,
        currency,
        creditLimitMinor,
        status: 'ACCOUNT_OK',
        modality,
        parentId: parent?.id ?? null,
        template: template?.name ?? null,
        paymentReference,
        billingAddress: input.billingAddress ?? null,
        paymentMethod,
        isDefault: existing.length === 0,
        dunningLevel: null,
        dunningExempt: false,
        inDebtCollection: false,
        version: 1,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
      };
      const id = await tx.accounts.insert(account);
      const created = await tx.accounts.findById(organizationId, id);
      if (!created) throw new Error('invariant violated: the account just inserted is missing');
      return created;
    },
    audit: (account) => ({
      action: 'account.created',
      resourceType: 'account',
      resourceId: account.publicId,
      details: {
        customer_id: account.customerPublicId,
        number: account.number,
        currency: account.currency,
        modality: account.modality,
      },
    }),
    events: (account) => [domainEvent('account.created', account)],
  };
}

function assertVersion(account: Account, expectedVersion: number): void {
  if (account.version !== expectedVersion)
    throw new SaldoError('version_mismatch', { facts: { current_version: account.version } });
}

export function updateAccount(
  clock: Clock,
  organizationId: string,
  accountPublicId: string,
  expectedVersion: number,
  update: AccountUpdate,
): DomainCommand<Account> {
  return {
    async execute(tx) {
      const account = await tx.accounts.findByPublicId(organizationId, accountPublicId, { forUpdate: true });
      if (!account) throw new SaldoError('account_not_found');
      assertVersion(account, expectedVersion);
      const changes: AccountChanges = {};
      if (update.name !== undefined) changes.name = update.name;
      if (update.creditLimitMinor !== undefined) changes.creditLimitMinor = assertCreditLimit(update.creditLimitMinor);
      if (update.billingAddress !== undefined) changes.billingAddress = update.billingAddress;
      if (update.template !== undefined)
        changes.template =
          update.template === null ? null : (await findTemplate(tx, organizationId, update.template)).name;
      if (update.parentId !== undefined) {
        changes.parentId =
          update.parentId === null ? null : (await resolveParent(tx, organizationId, update.parentId, account.id)).id;
      }
      if (
        !(await tx.accounts.update(organizationId, account.id, expectedVersion, changes, clock.now().toISOString()))
      ) {
        throw new SaldoError('version_mismatch');
      }
      return getAccount(tx, organizationId, accountPublicId);
    },
    audit: (account) => ({
      action: 'account.updated',
      resourceType: 'account',
      resourceId: account.publicId,
      details: {
        changed: Object.keys(update).filter((k) => update[k as keyof AccountUpdate] !== undefined),
        version: account.version,
      },
    }),
    events: (account) => [domainEvent('account.updated', account)],
  };
}

export function changePaymentMethod(
  clock: Clock,
  organizationId: string,
  accountPublicId: string,
  input: PaymentMethodInput,
): DomainCommand<Account> {
  return {
    async execute(tx) {
      const account = await tx.accounts.findByPublicId(organizationId, accountPublicId, { forUpdate: true });
      if (!account) throw new SaldoError('account_not_found');
      const paymentMethod = assertPaymentMethod(input, '');
      // The seed's PATCH knows no 409: a closed account simply has no payment method to switch to.
      if (isClosed(account)) {
        throw new SaldoError('payment_method_not_allowed', {
          detail: 'A closed account keeps its last payment method.',
          field: 'type',
          facts: { allowed: [] },
        });
      }
      assertPaymentMethodAllowed(
        await tx.organizations.settings(organizationId),
        account.modality,
        paymentMethod.type,
        'type',
      );
      await tx.accounts.update(
        organizationId,
        account.id,
        account.version,
        { paymentMethod },
        clock.now().toISOString(),
      );
      return getAccount(tx, organizationId, accountPublicId);
    },
    audit: (account) => ({
      action: 'account.payment_method_changed',
      resourceType: 'account',
      resourceId: account.publicId,
      details: { type: account.paymentMethod.type },
    }),
    events: (account) => [domainEvent('account.updated', account)],
  };
}

/**
 * Closes an account whose balance, open amount and unallocated credit are all zero. Its history
 * stays; closing a closed account again changes nothing and succeeds (a retried DELETE).
 */
export function closeAccount(
  clock: Clock,
  organizationId: string,
  customerPublicId: string,
  accountPublicId: string,
): DomainCommand<{ account: Account; closedNow: boolean; from: Account['status'] }> {
  return {
    async execute(tx) {
      await getCustomerAccount(tx, organizationId, customerPublicId, accountPublicId);
      const account = await tx.accounts.findByPublicId(organizationId, accountPublicId, { forUpdate: true });
      if (!account) throw new SaldoError('account_not_found');
      if (isClosed(account)) return { account, closedNow: false, from: account.status };
      if (account.balanceMinor !== 0n || account.openMinor !== 0n || account.unallocatedMinor !== 0n) {
        throw new SaldoError('account_has_open_items', {
          detail: 'The account can be closed once its balance, open amount and unallocated credit are all zero.',
          facts: {
            balance: toMinorNumber(account.balanceMinor),
            open_amount: toMinorNumber(account.openMinor),
            unallocated: toMinorNumber(account.unallocatedMinor),
          },
        });
      }
      const closedAt = clock.now().toISOString();
      await tx.accounts.update(
        organizationId,
        account.id,
        account.version,
        { status: 'ACCOUNT_CLOSED', closedAt },
        closedAt,
      );
      return {
        account: { ...account, status: 'ACCOUNT_CLOSED', closedAt, version: account.version + 1 },
        closedNow: true,
        from: account.status,
      };
    },
    audit: ({ account, closedNow }) => ({
      action: closedNow ? 'account.closed' : 'account.close_repeated',
      resourceType: 'account',
      resourceId: account.publicId,
      details: { customer_id: account.customerPublicId },
    }),
    events: ({ account, closedNow, from }) =>
      closedNow
        ? statusChangeEvents({
            accountPublicId: account.publicId,
            from,
            to: account.status,
            cause: 'CLOSED',
            version: account.version,
          })
        : [],
  };
}
