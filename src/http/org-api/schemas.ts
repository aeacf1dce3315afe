/** Schemas the native API routes share. */
import { Type } from 'typebox';
import type { Scope } from '../../core/scopes.ts';

export { AccountParams, OrgParams } from './path-params.ts';

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 100;

/** Cursor paging: `limit` bounded, `cursor` opaque (the `next_cursor` of the previous page). */
export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: PAGE_LIMIT_MAX, default: PAGE_LIMIT_DEFAULT })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
};

/** An API key, or the console's session cookie (see src/http/shared/auth.ts for what an operator may do). */
export const orgSecurity: Array<Record<string, string[]>> = [{ ApiKey: [] }, { Bearer: [] }, { Session: [] }];

/**
 * Route auth for a scope under /orgs/{org_id}: the key must hold it and belong to that
 * organization. `setup` marks a route that changes the organization-wide setup: an operator needs
 * the admin role for it (keys are judged by the scope alone).
 */
export function orgScope<S extends Scope>(scope: S, options: { setup?: boolean } = {}) {
  return {
    auth: { kind: 'key' as const, scope, organizationParam: 'org_id', ...(options.setup ? { setup: true } : {}) },
  };
}

export const accountReadScope = orgScope('CUSTOMER_ACCOUNT_READ');
export const accountWriteScope = orgScope('CUSTOMER_ACCOUNT_WRITE');
