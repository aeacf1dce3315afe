/**
 * Writing the dunning policy (the organization's, or a template's own) and exempting accounts.
 * Each is a `performWrite` command without its reply: the HTTP dialect adds that.
 */
import type { Actor } from '../actor.ts';
import type { Clock } from '../clock.ts';
import type { Account } from '../accounts/account.ts';
import { getAccount } from '../accounts/queries.ts';
import { SaldoError } from '../errors.ts';
import { domainEvent } from '../events/domain-event.ts';
import type { Store } from '../store.ts';
import type { DomainCommand } from '../write-pipeline.ts';
import type { ReceivablesAccount } from './dunning-store.ts';
import { type DunningPolicy, type DunningPolicyInput, dunningPolicyDocument, validateDunningPolicy } from './policy.ts';

/** The receivables writes (dunning, lifecycle, collections) are domain commands like any other. */

export function setDunningPolicy(actor: Actor, input: DunningPolicyInput): DomainCommand<DunningPolicy> {
  const policy = validateDunningPolicy(input);
  return {
    async execute(tx) {
      // The settings are one document: read it whole, change the policy, write it whole.
      const settings = await tx.organizations.settings(actor.organizationId, { forUpdate: true });
      await tx.organizations.updateSettings(actor.organizationId, { ...settings, dunningPolicy: policy });
      return policy;
    },
    audit: (result) => ({
      action: 'dunning_policy.updated',
      resourceType: 'dunning_policy',
      resourceId: null,
      details: dunningPolicyDocument(result),
    }),
  };
}

export async function getDunningPolicy(store: Store, organizationId: string): Promise<DunningPolicy | null> {
  return (await store.organizations.settings(organizationId)).dunningPolicy;
}

/** A template's own policy; `null` input removes it, so the organization's applies again. */
export function setTemplateDunningPolicy(
  actor: Actor,
  templateName: string,
  input: DunningPolicyInput | null,
): DomainCommand<DunningPolicy | null> {
  const policy = input === null ? null : validateDunningPolicy(input);
  return {
    async execute(tx) {
      // A template named in the path is a resource: not found is 404 (template_not_found, 400, is a body's reference).
      if (!(await tx.dunning.setTemplatePolicy(actor.organizationId, templateName, policy)))
        throw new SaldoError('account_template_not_found');
      return policy;
    },
    audit: (result) => ({
      action: result === null ? 'template_dunning_policy.removed' : 'template_dunning_policy.updated',
      resourceType: 'account_template',
      resourceId: templateName,
      details: result === null ? {} : dunningPolicyDocument(result),
    }),
  };
}

export async function getTemplateDunningPolicy(
  store: Store,
  organizationId: string,
  templateName: string,
): Promise<DunningPolicy | null> {
  const found = await store.dunning.templatePolicy(organizationId, templateName);
  if (!found.exists) throw new SaldoError('account_template_not_found');
  return found.policy;
}

/** The policy that applies to an account: its template's own, else the organization's. */
export async function policyForAccount(
  store: Store,
  organizationId: string,
  template: string | null,
): Promise<DunningPolicy | null> {
  if (template !== null) {
    const own = await store.dunning.templatePolicy(organizationId, template);
    if (own.policy !== null) return own.policy;
  }
  return (await store.organizations.settings(organizationId)).dunningPolicy;
}

/** Reads an account for an update, holding its row; another organization's is not found. */
export async function lockReceivablesAccount(
  tx: Store,
  organizationId: string,
  accountPublicId: string,
): Promise<ReceivablesAccount> {
  const account = await tx.dunning.findAccount(organizationId, accountPublicId, { forUpdate: true });
  if (!account) throw new SaldoError('account_not_found');
  return account;
}

/** Applies changes under the version the caller read; a version that moved on is a conflict. */
export async function updateReceivablesAccount(
  tx: Store,
  clock: Clock,
  account: ReceivablesAccount,
  changes: Parameters<Store['dunning']['updateAccount']>[3],
): Promise<ReceivablesAccount> {
  const at = clock.now().toISOString();
  if (!(await tx.dunning.updateAccount(account.organizationId, account.id, account.version, changes, at))) {
    throw new SaldoError('version_mismatch');
  }
  const updated = await tx.dunning.findAccountById(account.organizationId, account.id);
  if (!updated) throw new SaldoError('account_not_found');
  return updated;
}

/** The exemption as it stands, and the account when it changed now (for its event). */
export interface ExemptionChange {
  account: ReceivablesAccount;
  changed: Account | null;
}

export function setDunningExemption(
  clock: Clock,
  actor: Actor,
  accountPublicId: string,
  exempt: boolean,
): DomainCommand<ExemptionChange> {
  return {
    async execute(tx) {
      const account = await lockReceivablesAccount(tx, actor.organizationId, accountPublicId);
      if (account.dunningExempt === exempt) return { account, changed: null };
      const updated = await updateReceivablesAccount(tx, clock, account, { dunningExempt: exempt });
      return { account: updated, changed: await getAccount(tx, actor.organizationId, accountPublicId) };
    },
    events: ({ changed }) => (changed === null ? [] : [domainEvent('account.updated', changed)]),
    audit: ({ account }) => ({
      action: account.dunningExempt ? 'account.dunning_exempted' : 'account.dunning_exemption_lifted',
      resourceType: 'account',
      resourceId: account.publicId,
    }),
  };
}
