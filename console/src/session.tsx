/** Who is signed in, to which organization, and what the role lets the console show. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { paths } from '../../clients/typescript/src/index.ts';

export type Session = paths['/console/api/session']['get']['responses'][200]['content']['application/json'];
export type Role = Session['operator']['role'];

export interface SessionState {
  session: Session;
  /** Ask Saldo again (after a password change, say). */
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

export const SessionContext = createContext<SessionState | undefined>(undefined);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside a signed-in page');
  return state;
}

/** What a role may do, as the native API decides it (src/core/operators/roles.ts). */
export const rights = (role: Role) => ({
  write: role === 'clerk' || role === 'admin',
  setup: role === 'admin',
  operators: role === 'admin',
});

export function useRights() {
  return rights(useSession().session.operator.role);
}

export function useOrganization() {
  return useSession().session.organization;
}
