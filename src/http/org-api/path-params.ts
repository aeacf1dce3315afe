/**
 * The native API's path parameters, one declaration each. An id has its form (a uuid, or a prefix
 * and 26 Crockford base32 characters): one that is malformed is 400 at the parameter, one that is
 * well formed but names nothing of the organization is 404 — whatever the route, so that a client
 * learns the same from `/accounts/x` as from `/accounts/x/dunning`.
 */
import { Type } from 'typebox';

export const PATH_NAME_MAX_LENGTH = 64;

const uuid = (description: string) => Type.String({ format: 'uuid', description });
const prefixed = (prefix: string, description: string) =>
  Type.String({ pattern: `^${prefix}[0-9A-HJKMNP-TV-Z]{26}$`, description });

export const OrgParams = Type.Object({
  org_id: Type.String({ minLength: 1, maxLength: PATH_NAME_MAX_LENGTH, description: 'The organization (its slug).' }),
});
export const AccountParams = Type.Object({ ...OrgParams.properties, account_id: uuid('The account.') });
export const CustomerParams = Type.Object({ ...OrgParams.properties, customer_id: uuid('The customer.') });
export const CustomerAccountParams = Type.Object({ ...CustomerParams.properties, account_id: uuid('The account.') });
export const EntryParams = Type.Object({
  ...OrgParams.properties,
  entry_id: prefixed('trn_', 'The booking entry (trn_…).'),
});
export const FamilyParams = Type.Object({
  ...OrgParams.properties,
  family_id: prefixed('fml_', 'The family (fml_…).'),
});
export const FamilyMemberParams = Type.Object({ ...FamilyParams.properties, customer_id: uuid('The customer.') });
export const ScheduledPaymentParams = Type.Object({
  ...OrgParams.properties,
  scheduled_payment_id: prefixed('spm_', 'The scheduled payment (spm_…).'),
});
export const InstallmentPlanParams = Type.Object({
  ...OrgParams.properties,
  plan_id: prefixed('ipl_', 'The installment plan (ipl_…).'),
});
export const DunningRunParams = Type.Object({
  ...OrgParams.properties,
  run_id: prefixed('dnr_', 'The dunning run (dnr_…).'),
});
export const TemplateParams = Type.Object({
  ...OrgParams.properties,
  name: Type.String({ minLength: 1, maxLength: PATH_NAME_MAX_LENGTH, description: 'The account template (its name).' }),
});
export const OperatorParams = Type.Object({
  ...OrgParams.properties,
  operator_id: prefixed('opr_', 'The operator (opr_…).'),
});
export const WebhookEndpointParams = Type.Object({
  ...OrgParams.properties,
  endpoint_id: prefixed('whe_', 'The webhook endpoint (whe_…).'),
});
export const WebhookDeliveryParams = Type.Object({
  ...WebhookEndpointParams.properties,
  delivery_id: prefixed('whd_', 'The delivery (whd_…).'),
});
