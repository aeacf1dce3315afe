/** The scopes an API key can carry (see docs/decisions.md for what each one opens). */
export const SCOPES = [
  'CUSTOMER_READ',
  'CUSTOMER_WRITE',
  'CUSTOMER_ACCOUNT_READ',
  'CUSTOMER_ACCOUNT_WRITE',
  'FAMILY_READ',
  'FAMILY_WRITE',
  /** The events feed (GET /orgs/{org_id}/events). */
  'EVENTS_READ',
  /** Webhook endpoints, their secrets and deliveries: administration, read and written alike. */
  'WEBHOOKS_MANAGE',
] as const;

export type Scope = (typeof SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}
