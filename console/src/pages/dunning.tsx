/**
 * Dunning: the policy (admins change it), the runs (clerks start one), and the accounts at each
 * level.
 */
import { useState } from 'preact/hooks';
import { type Problem, api, call, isProblem } from '../api.ts';
import { ActionForm } from '../components/action-form.tsx';
import { useCursorPages, useLoad } from '../components/load.ts';
import {
  Dialog,
  Field,
  FormProblem,
  Loading,
  Money,
  Pager,
  ProblemNote,
  Table,
  fieldErrors,
} from '../components/ui.tsx';
import { formatDate, formatInstant, today } from '../format.ts';
import { BASE, Link } from '../router.tsx';
import { useOrganization, useRights } from '../session.tsx';
import { StatusBadge } from './customer.tsx';

interface Level {
  name: string;
  days_past_due: number;
  fee: number;
  block_account: boolean;
}

export function DunningPage() {
  const organization = useOrganization();
  const allowed = useRights();
  const org = { org_id: organization.slug };
  const policy = useLoad(
    () => call(api.GET('/orgs/{org_id}/dunning-policy', { params: { path: org } })),
    [organization.slug],
  );
  const [editing, setEditing] = useState(false);
  const [running, setRunning] = useState<string | undefined>();
  const runPages = useCursorPages([]);
  const runs = useLoad(
    () =>
      call(
        api.GET('/orgs/{org_id}/dunning-runs', {
          params: { path: org, query: { limit: 10, ...(runPages.cursor ? { cursor: runPages.cursor } : {}) } },
        }),
      ),
    [organization.slug, runPages.cursor, running],
  );

  return (
    <section aria-labelledby="dunning-title">
      <h1 id="dunning-title">Dunning</h1>
      <h2>Policy</h2>
      {policy.loading && <Loading what="the policy" />}
      {policy.problem && <ProblemNote problem={policy.problem} />}
      {policy.data && (
        <>
          <Table
            caption="Dunning levels"
            rows={policy.data.levels.map((level, index) => ({ ...level, index }))}
            rowKey={(level) => String(level.index)}
            empty="No dunning policy is set: accounts are not dunned."
            columns={[
              { header: 'Level', cell: (level) => `${level.index + 1}. ${level.name}` },
              { header: 'Days past due', numeric: true, cell: (level) => level.days_past_due },
              { header: 'Fee (minor units)', numeric: true, cell: (level) => level.fee },
              { header: 'Blocks the account', cell: (level) => (level.block_account ? 'Yes' : 'No') },
            ]}
          />
          <p>
            Debt collection:{' '}
            {policy.data.debt_collection_after_days === null
              ? 'never automatically'
              : `after ${policy.data.debt_collection_after_days} days past due`}
            .
          </p>
          {allowed.setup && (
            <button type="button" onClick={() => setEditing(true)}>
              Edit policy
            </button>
          )}
          <Dialog title="Edit the dunning policy" open={editing} onClose={() => setEditing(false)}>
            {editing && (
              <PolicyForm
                levels={policy.data.levels}
                debtCollectionAfterDays={policy.data.debt_collection_after_days}
                onCancel={() => setEditing(false)}
                onSaved={() => {
                  setEditing(false);
                  policy.reload();
                }}
              />
            )}
          </Dialog>
        </>
      )}

      <h2>Runs</h2>
      {allowed.write && (
        <>
          <button type="button" onClick={() => setRunning(crypto.randomUUID())}>
            Run dunning now
          </button>
          <Dialog title="Run dunning" open={running !== undefined} onClose={() => setRunning(undefined)}>
            {running && (
              <ActionForm
                idPrefix="dunning-run"
                currency="EUR"
                fields={[
                  {
                    name: 'as_of',
                    label: 'As of',
                    kind: 'date',
                    required: true,
                    initial: today(organization.time_zone),
                  },
                ]}
                submitLabel="Run dunning"
                onCancel={() => setRunning(undefined)}
                onSubmit={async (values) => {
                  await call(
                    api.POST('/orgs/{org_id}/dunning-runs', {
                      params: { path: org, header: { 'idempotency-key': running } },
                      body: { as_of: values.as_of as string },
                    }),
                  );
                  setRunning(undefined);
                }}
              />
            )}
          </Dialog>
        </>
      )}
      {runs.loading && !runs.data && <Loading what="dunning runs" />}
      {runs.problem && <ProblemNote problem={runs.problem} />}
      {runs.data && (
        <>
          <Table
            caption="Dunning runs, newest first"
            rows={runs.data.data}
            rowKey={(run) => run.id}
            empty="No dunning has run yet."
            columns={[
              { header: 'As of', cell: (run) => formatDate(run.as_of) },
              { header: 'Started', cell: (run) => formatInstant(run.started_at, organization.time_zone) },
              { header: 'By', cell: (run) => (run.trigger === 'SCHEDULE' ? 'Schedule' : 'Request') },
              { header: 'Status', cell: (run) => (run.status === 'COMPLETED' ? 'Completed' : 'Running') },
              { header: 'Accounts evaluated', numeric: true, cell: (run) => run.accounts_evaluated },
              { header: 'Escalated', numeric: true, cell: (run) => run.changes.escalated },
              { header: 'Fees posted', numeric: true, cell: (run) => run.changes.fees_posted },
              { header: 'Handed over', numeric: true, cell: (run) => run.changes.handed_over },
            ]}
          />
          <Pager
            label="Dunning run pages"
            page={runPages.page}
            hasNext={runs.data.next_cursor !== null}
            onNext={() => runs.data && runPages.next(runs.data.next_cursor!)}
            onPrevious={runPages.previous}
          />
        </>
      )}

      <h2>Accounts by level</h2>
      {policy.data && <AccountsByLevel levels={policy.data.levels} />}
    </section>
  );
}

function AccountsByLevel({ levels }: { levels: Level[] }) {
  const organization = useOrganization();
  const [level, setLevel] = useState(levels.length > 0 ? '0' : 'none');
  const pages = useCursorPages([level]);
  const accounts = useLoad(
    () =>
      call(
        api.GET('/orgs/{org_id}/accounts', {
          params: {
            path: { org_id: organization.slug },
            query: { dunning_level: level, limit: 25, ...(pages.cursor ? { cursor: pages.cursor } : {}) },
          },
        }),
      ),
    [organization.slug, level, pages.cursor],
  );
  return (
    <>
      <Field id="dunning-level" label="Level">
        {(props) => (
          <select {...props} value={level} onChange={(e) => setLevel(e.currentTarget.value)}>
            {levels.map((each, index) => (
              <option key={index} value={String(index)}>
                {index + 1}. {each.name}
              </option>
            ))}
            <option value="none">No level</option>
          </select>
        )}
      </Field>
      {accounts.loading && !accounts.data && <Loading what="accounts" />}
      {accounts.problem && <ProblemNote problem={accounts.problem} />}
      {accounts.data && (
        <>
          <Table
            caption="Accounts at the level"
            rows={accounts.data.data}
            rowKey={(account) => account.id}
            empty="No account is at this level."
            columns={[
              {
                header: 'Account',
                cell: (account) => <Link href={`${BASE}/accounts/${account.id}`}>{account.number}</Link>,
              },
              {
                header: 'Customer',
                cell: (account) => (
                  <Link href={`${BASE}/customers/${account.customer_id}`}>{account.customer_number}</Link>
                ),
              },
              { header: 'Status', cell: (account) => <StatusBadge status={account.status} /> },
              {
                header: 'Open',
                numeric: true,
                cell: (account) => <Money minor={account.open_amount} currency={account.currency} />,
              },
              {
                header: 'Balance',
                numeric: true,
                cell: (account) => <Money minor={account.balance} currency={account.currency} signed />,
              },
            ]}
          />
          <Pager
            label="Account pages"
            page={pages.page}
            hasNext={accounts.data.next_cursor !== null}
            onNext={() => accounts.data && pages.next(accounts.data.next_cursor!)}
            onPrevious={pages.previous}
          />
        </>
      )}
    </>
  );
}

function PolicyForm({
  levels,
  debtCollectionAfterDays,
  onCancel,
  onSaved,
}: {
  levels: Level[];
  debtCollectionAfterDays: number | null;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const organization = useOrganization();
  const [rows, setRows] = useState(
    levels.map((level) => ({
      name: level.name,
      days: String(level.days_past_due),
      fee: String(level.fee),
      block: level.block_account,
    })),
  );
  const [afterDays, setAfterDays] = useState(debtCollectionAfterDays === null ? '' : String(debtCollectionAfterDays));
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const update = (index: number, change: Partial<(typeof rows)[number]>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      await call(
        api.PUT('/orgs/{org_id}/dunning-policy', {
          params: { path: { org_id: organization.slug } },
          body: {
            levels: rows.map((row) => ({
              name: row.name.trim(),
              days_past_due: Number(row.days),
              fee: Number(row.fee || 0),
              block_account: row.block,
            })),
            debt_collection_after_days: afterDays.trim() === '' ? null : Number(afterDays),
          },
        }),
      );
      onSaved();
    } catch (error) {
      if (isProblem(error)) setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  const errors = fieldErrors(problem, ['debt_collection_after_days']);
  return (
    <form onSubmit={submit} noValidate>
      {rows.map((row, index) => (
        <fieldset key={index} class="level">
          <legend>Level {index + 1}</legend>
          <Field id={`level-${index}-name`} label="Name">
            {(props) => (
              <input {...props} value={row.name} onInput={(e) => update(index, { name: e.currentTarget.value })} />
            )}
          </Field>
          <Field id={`level-${index}-days`} label="Days past due">
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                value={row.days}
                onInput={(e) => update(index, { days: e.currentTarget.value })}
              />
            )}
          </Field>
          <Field id={`level-${index}-fee`} label="Fee (minor units)">
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                value={row.fee}
                onInput={(e) => update(index, { fee: e.currentTarget.value })}
              />
            )}
          </Field>
          <label class="check">
            <input
              type="checkbox"
              checked={row.block}
              onChange={(e) => update(index, { block: e.currentTarget.checked })}
            />{' '}
            Blocks the account
          </label>
          <button type="button" class="small" onClick={() => setRows(rows.filter((_, i) => i !== index))}>
            Remove level {index + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => setRows([...rows, { name: '', days: '', fee: '0', block: false }])}>
        Add a level
      </button>
      <Field
        id="debt-collection-after-days"
        label="Debt collection after days (empty: never)"
        error={errors.byField.debt_collection_after_days}
      >
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={afterDays}
            onInput={(e) => setAfterDays(e.currentTarget.value)}
          />
        )}
      </Field>
      <FormProblem message={errors.general} />
      <div class="buttons">
        <button type="submit" class="primary" disabled={busy}>
          Save policy
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
