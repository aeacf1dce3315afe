/** Sign in: Email, Password, Sign in. A wrong password and an unknown email read the same. */
import { useState } from 'preact/hooks';
import { type Problem, api, call, isProblem } from '../api.ts';
import { Field, FormProblem } from '../components/ui.tsx';
import type { Session } from '../session.tsx';

export function SignInPage({
  notice,
  onSignedIn,
}: {
  notice?: string | undefined;
  onSignedIn: (session: Session) => void;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const session = await call(api.POST('/console/api/session', { body: { email, password } }));
      onSignedIn(session);
    } catch (error) {
      if (isProblem(error)) setProblem(error);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  const message =
    problem === undefined
      ? undefined
      : problem.code === 'sign_in_failed'
        ? 'The email or the password is not right.'
        : problem.code === 'rate_limited'
          ? 'Too many attempts. Wait a few minutes, then try again.'
          : problem.detail;

  return (
    <main id="main" class="sign-in">
      <div class="card">
        <p class="brand-large">
          <span class="logo" aria-hidden="true">
            S
          </span>{' '}
          Saldo
        </p>
        <h1>Sign in to the console</h1>
        {notice && !problem && (
          <p class="notice" role="status">
            {notice}
          </p>
        )}
        <form onSubmit={submit} noValidate>
          <Field id="sign-in-email" label="Email">
            {(props) => (
              <input
                {...props}
                type="email"
                name="email"
                autoComplete="username"
                required
                value={email}
                onInput={(e) => setEmail(e.currentTarget.value)}
              />
            )}
          </Field>
          <Field id="sign-in-password" label="Password">
            {(props) => (
              <input
                {...props}
                type="password"
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onInput={(e) => setPassword(e.currentTarget.value)}
              />
            )}
          </Field>
          <FormProblem message={message} />
          <button type="submit" class="primary" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
}
