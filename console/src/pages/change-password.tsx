/** Change one's password; the only page open while a one-time password is in use. */
import { useState } from 'preact/hooks';
import { type Problem, api, call, isProblem } from '../api.ts';
import { Field, FormProblem, fieldErrors } from '../components/ui.tsx';
import { BASE, navigate } from '../router.tsx';
import { useSession } from '../session.tsx';

export function ChangePasswordPage({ forced }: { forced?: boolean }) {
  const { refresh } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setProblem(undefined);
    if (next !== repeat) {
      setProblem({
        status: 400,
        code: 'validation_failed',
        detail: 'The new passwords differ.',
        field: 'repeat_password',
      });
      return;
    }
    setBusy(true);
    try {
      await call(api.PUT('/console/api/session/password', { body: { current_password: current, new_password: next } }));
      setDone(true);
      setCurrent('');
      setNext('');
      setRepeat('');
      await refresh();
      // The one-time password is gone: on to the work.
      if (forced) navigate(`${BASE}/customers`);
    } catch (error) {
      if (isProblem(error)) setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  const errors = fieldErrors(problem, ['current_password', 'new_password', 'repeat_password']);

  return (
    <section aria-labelledby="password-title" class="narrow">
      <h1 id="password-title">Change your password</h1>
      {forced && (
        <p class="notice">Your password was set by an administrator for one use. Choose your own to continue.</p>
      )}
      {done && (
        <p class="notice" role="status">
          Your password is changed.
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <Field id="current-password" label="Current password" error={errors.byField.current_password}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              value={current}
              onInput={(e) => setCurrent(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field
          id="new-password"
          label="New password"
          hint="At least 12 characters."
          error={errors.byField.new_password}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={next}
              onInput={(e) => setNext(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field id="repeat-password" label="New password again" error={errors.byField.repeat_password}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onInput={(e) => setRepeat(e.currentTarget.value)}
            />
          )}
        </Field>
        <FormProblem message={errors.general} />
        <button type="submit" class="primary" disabled={busy}>
          Change password
        </button>
      </form>
    </section>
  );
}
