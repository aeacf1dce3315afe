/** Account templates: named defaults (currency, credit limit, modality, reference type) for new accounts. */
import type { Clock } from '../clock.ts';
import { SaldoError } from '../errors.ts';
import { AMOUNT_MINOR_MAX, assertCurrency } from '../money.ts';
import type { Store } from '../store.ts';
import type { DomainCommand } from '../write-pipeline.ts';
import type { AccountTemplate, Modality, PaymentReferenceType } from './account.ts';

export interface AccountTemplateInput {
  name: string;
  currency?: string | undefined;
  creditLimitMinor?: bigint | undefined;
  modality?: Modality | undefined;
  paymentReferenceType?: PaymentReferenceType | undefined;
}

export function createAccountTemplate(
  clock: Clock,
  organizationId: string,
  input: AccountTemplateInput,
): DomainCommand<AccountTemplate> {
  return {
    async execute(tx) {
      if (
        input.creditLimitMinor !== undefined &&
        (input.creditLimitMinor < 0n || input.creditLimitMinor > AMOUNT_MINOR_MAX)
      ) {
        throw new SaldoError('amount_out_of_range', {
          detail: `The credit limit must be 0 to ${AMOUNT_MINOR_MAX} minor units.`,
          field: 'creditLimit',
        });
      }
      const template: AccountTemplate = {
        organizationId,
        name: input.name,
        currency: input.currency === undefined ? null : assertCurrency(input.currency, 'currency'),
        creditLimitMinor: input.creditLimitMinor ?? null,
        modality: input.modality ?? null,
        paymentReferenceType: input.paymentReferenceType ?? null,
        createdAt: clock.now().toISOString(),
      };
      if (await tx.accounts.findTemplate(organizationId, template.name)) {
        throw new SaldoError('account_template_taken', {
          detail: `The template '${template.name}' exists already.`,
          field: 'name',
        });
      }
      await tx.accounts.insertTemplate(template);
      return template;
    },
    audit: (template) => ({
      action: 'account_template.created',
      resourceType: 'account_template',
      resourceId: template.name,
    }),
  };
}

export async function getAccountTemplate(store: Store, organizationId: string, name: string): Promise<AccountTemplate> {
  const template = await store.accounts.findTemplate(organizationId, name);
  // Read by its own path, an unknown template is not found; named in a body it is a bad request.
  if (!template) throw new SaldoError('account_template_not_found');
  return template;
}

export function listAccountTemplates(store: Store, organizationId: string): Promise<AccountTemplate[]> {
  return store.accounts.listTemplates(organizationId);
}
