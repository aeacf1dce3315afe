/**
 * What each operator role may do on the native API, decided from what the route declares once:
 * its scope, and whether it changes the organization-wide setup (`setup: true` — settings,
 * account templates, the dunning policy, webhook endpoints). A viewer reads, a clerk also
 * writes, an admin also changes the setup and manages the operators.
 */
import type { Scope } from '../scopes.ts';
import type { OperatorRole } from './operator.ts';

export interface RouteRight {
  scope: Scope;
  setup?: boolean | undefined;
}

const isReadScope = (scope: Scope) => scope.endsWith('_READ');

export function roleAllows(role: OperatorRole, right: RouteRight): boolean {
  switch (role) {
    case 'viewer':
      return isReadScope(right.scope) && right.setup !== true;
    case 'clerk':
      return right.setup !== true;
    case 'admin':
      return true;
  }
}

/** Managing operators is the admin's alone. */
export const mayManageOperators = (role: OperatorRole) => role === 'admin';
