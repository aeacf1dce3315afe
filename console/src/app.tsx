/**
 * The console's frame: finds out who is signed in, sends everyone else to the sign-in page (and
 * one with a one-time password to change it), and shows the page the address names.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { SESSION_ENDED, api, call } from './api.ts';
import { BASE, Link, match, navigate, useLocation } from './router.tsx';
import { type Session, SessionContext, rights } from './session.tsx';
import { AccountPage } from './pages/account.tsx';
import { AgingPage } from './pages/aging.tsx';
import { AuditPage } from './pages/audit.tsx';
import { ChangePasswordPage } from './pages/change-password.tsx';
import { CustomerPage } from './pages/customer.tsx';
import { CustomersPage } from './pages/customers.tsx';
import { DunningPage } from './pages/dunning.tsx';
import { NotFoundPage } from './pages/not-available.tsx';
import { WebhooksPage } from './pages/webhooks.tsx';
import { OperatorsPage } from './pages/operators.tsx';
import { ReconciliationPage } from './pages/reconciliation.tsx';
import { SignInPage } from './pages/sign-in.tsx';

type Known = { state: 'loading' } | { state: 'signed-out'; notice?: string } | { state: 'signed-in'; session: Session };

export function App() {
  const [known, setKnown] = useState<Known>({ state: 'loading' });
  const { path } = useLocation();
  // Where to go after signing in: the page asked for, if it was one.
  const returnTo = useRef(
    path.startsWith(`${BASE}/sign-in`) || path === BASE || path === `${BASE}/password` ? `${BASE}/customers` : path,
  );

  const refresh = useCallback(async () => {
    const answer = await api.GET('/console/api/session').catch(() => undefined);
    if (answer?.data) setKnown({ state: 'signed-in', session: answer.data });
    else setKnown({ state: 'signed-out' });
  }, []);

  useEffect(() => {
    void refresh();
    const ended = () => {
      returnTo.current = currentPath(window.location.pathname);
      setKnown({ state: 'signed-out', notice: 'Your session has ended. Sign in again.' });
    };
    window.addEventListener(SESSION_ENDED, ended);
    return () => window.removeEventListener(SESSION_ENDED, ended);
  }, [refresh]);

  const signOut = useCallback(async () => {
    await call(api.DELETE('/console/api/session')).catch(() => undefined);
    returnTo.current = `${BASE}/customers`;
    setKnown({ state: 'signed-out', notice: 'You have signed out.' });
  }, []);

  const redirect = redirectFor(known, path);
  useEffect(() => {
    if (redirect !== undefined) navigate(redirect, { replace: true });
  }, [redirect]);

  if (known.state === 'loading') return <p class="state">Loading…</p>;
  if (known.state === 'signed-out') {
    return (
      <SignInPage
        notice={known.notice}
        onSignedIn={(session) => {
          setKnown({ state: 'signed-in', session });
          navigate(session.operator.must_change_password ? `${BASE}/password` : returnTo.current);
        }}
      />
    );
  }
  const session = known.session;
  return (
    <SessionContext.Provider value={{ session, refresh, signOut }}>
      <Frame session={session} onSignOut={signOut}>
        {session.operator.must_change_password ? <ChangePasswordPage forced /> : <Page path={currentPath(path)} />}
      </Frame>
    </SessionContext.Provider>
  );
}

/** The address the page should have for what is known (the sign-in page when signed out, …). */
function redirectFor(known: Known, path: string): string | undefined {
  if (known.state === 'loading') return undefined;
  if (known.state === 'signed-out') return path.startsWith(`${BASE}/sign-in`) ? undefined : `${BASE}/sign-in`;
  if (known.session.operator.must_change_password) return path === `${BASE}/password` ? undefined : `${BASE}/password`;
  return path === BASE || path.startsWith(`${BASE}/sign-in`) ? `${BASE}/customers` : undefined;
}

const currentPath = (path: string) =>
  path === BASE || path.startsWith(`${BASE}/sign-in`) ? `${BASE}/customers` : path;

function Page({ path }: { path: string }) {
  let params: Record<string, string> | undefined;
  if (path === `${BASE}/customers`) return <CustomersPage />;
  if ((params = match(`${BASE}/customers/:id`, path))) return <CustomerPage id={params.id!} />;
  if ((params = match(`${BASE}/accounts/:id`, path))) return <AccountPage id={params.id!} />;
  if (path === `${BASE}/dunning`) return <DunningPage />;
  if (path === `${BASE}/reconciliation`) return <ReconciliationPage />;
  if (path === `${BASE}/audit`) return <AuditPage />;
  if (path === `${BASE}/operators`) return <OperatorsPage />;
  if (path === `${BASE}/password`) return <ChangePasswordPage />;
  // Pages whose API is still to come: they keep their addresses, and say so.
  if (path === `${BASE}/aging`) return <AgingPage />;
  if (path === `${BASE}/webhooks`) return <WebhooksPage />;
  return <NotFoundPage />;
}

const NAVIGATION: Array<{ href: string; label: string; when?: (r: ReturnType<typeof rights>) => boolean }> = [
  { href: `${BASE}/customers`, label: 'Customers' },
  { href: `${BASE}/dunning`, label: 'Dunning' },
  { href: `${BASE}/reconciliation`, label: 'Reconciliation' },
  { href: `${BASE}/aging`, label: 'Aging' },
  { href: `${BASE}/webhooks`, label: 'Webhooks', when: (r) => r.setup },
  { href: `${BASE}/audit`, label: 'Audit trail' },
  { href: `${BASE}/operators`, label: 'Operators', when: (r) => r.operators },
];

function Frame({
  session,
  onSignOut,
  children,
}: {
  session: Session;
  onSignOut: () => void;
  children: ComponentChildren;
}) {
  const { path } = useLocation();
  const allowed = rights(session.operator.role);
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <div class="brand">
          <span class="logo" aria-hidden="true">
            S
          </span>
          <span>
            Saldo <span class="organization">{session.organization.name}</span>
          </span>
        </div>
        <nav aria-label="Main">
          <ul>
            {NAVIGATION.filter((item) => !item.when || item.when(allowed)).map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={path === item.href || path.startsWith(`${item.href}/`) ? 'page' : undefined}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div class="who">
          <span>
            {session.operator.email} <span class="role">({session.operator.role})</span>
          </span>
          <button type="button" class="link-button" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
