/**
 * Bank reconciliation: the statements imported, and the unmatched queue — credit lines no rule
 * could place. A clerk matches a line to an account found by search (its payment is booked) or
 * ignores it; the reason a line stayed unmatched (no rule, two candidates, another currency) is
 * shown beside it.
 */
import { useState } from 'preact/hooks';
import { type Problem, api, call, isProblem, problemOf } from '../api.ts';
import { ActionForm } from '../components/action-form.tsx';
import { useCursorPages, useLoad } from '../components/load.ts';
import { Dialog, Field, FormProblem, Loading, Money, Pager, ProblemNote, Table } from '../components/ui.tsx';
import { formatDate, formatInstant, minorToDecimal } from '../format.ts';
import { BASE, Link } from '../router.tsx';
import { useOrganization, useRights } from '../session.tsx';
import { StatusBadge } from './customer.tsx';

const LINES_PAGE_SIZE = 20;
const STATEMENTS_SHOWN = 10;
const CUSTOMERS_SHOWN = 5;

interface Line {
  id: string;
  value_date: string;
  amount: number;
  currency: string;
  debtor_name: string | null;
  debtor_iban: string | null;
  reference: string | null;
  remittance_info: string | null;
  reason: string | null;
}

export function ReconciliationPage() {
  const organization = useOrganization();
  const allowed = useRights();
  const org = { org_id: organization.slug };
  const [changed, setChanged] = useState(0);
  const [matching, setMatching] = useState<Line | undefined>();
  const [ignoring, setIgnoring] = useState<Line | undefined>();
  const pages = useCursorPages([changed]);
  const statements = useLoad(
    () =>
      call(api.GET('/orgs/{org_id}/bank-statements', { params: { path: org, query: { limit: STATEMENTS_SHOWN } } })),
    [organization.slug, changed],
  );
  const lines = useLoad(
    () =>
      call(
        api.GET('/orgs/{org_id}/bank-lines', {
          params: {
            path: org,
            query: { status: 'UNMATCHED', limit: LINES_PAGE_SIZE, ...(pages.cursor ? { cursor: pages.cursor } : {}) },
          },
        }),
      ),
    [organization.slug, pages.cursor, changed],
  );
  const done = () => {
    setMatching(undefined);
    setIgnoring(undefined);
    setChanged((count) => count + 1);
  };

  return (
    <section aria-labelledby="reconciliation-title">
      <h1 id="reconciliation-title">Bank reconciliation</h1>

      <h2>Unmatched lines</h2>
      {lines.loading && !lines.data && <Loading what="unmatched lines" />}
      {lines.problem && <ProblemNote problem={lines.problem} />}
      {lines.data && (
        <>
          <Table
            caption="Credit lines no rule could match, oldest first"
            rows={lines.data.data}
            rowKey={(line) => line.id}
            empty="Nothing to match: every line of the imported statements is worked."
            columns={[
              { header: 'Value date', cell: (line) => formatDate(line.value_date) },
              {
                header: 'Amount',
                numeric: true,
                cell: (line) => <Money minor={line.amount} currency={line.currency} />,
              },
              { header: 'Payer', cell: (line) => line.debtor_name ?? line.debtor_iban ?? '—' },
              { header: 'Reference or text', cell: (line) => line.reference ?? line.remittance_info ?? '—' },
              { header: 'Why unmatched', cell: (line) => line.reason ?? '—' },
              ...(allowed.write
                ? [
                    {
                      header: 'Actions',
                      cell: (line: Line) => (
                        <span class="actions">
                          <button
                            type="button"
                            onClick={() => setMatching(line)}
                            aria-label={`Match the line of ${minorToDecimal(line.amount, line.currency)} ${line.currency}`}
                          >
                            Match…
                          </button>{' '}
                          <button
                            type="button"
                            onClick={() => setIgnoring(line)}
                            aria-label={`Ignore the line of ${minorToDecimal(line.amount, line.currency)} ${line.currency}`}
                          >
                            Ignore…
                          </button>
                        </span>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <Pager
            label="Unmatched line pages"
            page={pages.page}
            hasNext={lines.data.next_cursor !== null}
            onNext={() => pages.next(lines.data!.next_cursor!)}
            onPrevious={pages.previous}
          />
        </>
      )}
      <Dialog
        title="Match a bank line to an account"
        open={matching !== undefined}
        onClose={() => setMatching(undefined)}
      >
        {matching && <MatchForm line={matching} onCancel={() => setMatching(undefined)} onMatched={done} />}
      </Dialog>
      <Dialog title="Ignore a bank line" open={ignoring !== undefined} onClose={() => setIgnoring(undefined)}>
        {ignoring && (
          <ActionForm
            idPrefix="ignore-line"
            currency={ignoring.currency}
            fields={[
              {
                name: 'reason',
                label: 'Why it needs no payment',
                kind: 'text',
                hint: 'Optional, e.g. a refund from a supplier.',
              },
            ]}
            submitLabel="Ignore the line"
            onCancel={() => setIgnoring(undefined)}
            onSubmit={async (values) => {
              const reason =
                typeof values.reason === 'string' && values.reason.trim() !== '' ? values.reason.trim() : undefined;
              await call(
                api.POST('/orgs/{org_id}/bank-lines/{line_id}/ignore', {
                  params: { path: { ...org, line_id: ignoring.id } },
                  body: reason ? { reason } : {},
                }),
              );
              done();
            }}
          />
        )}
      </Dialog>

      <h2>Statements</h2>
      {statements.loading && !statements.data && <Loading what="statements" />}
      {statements.problem && <ProblemNote problem={statements.problem} />}
      {statements.data && (
        <Table
          caption="Imported statements, newest first, with what the import did with their lines"
          rows={statements.data.data}
          rowKey={(statement) => statement.id}
          empty="No statement imported yet: POST one to /orgs/{org_id}/bank-statements, or run saldo statement import."
          columns={[
            { header: 'Imported', cell: (statement) => formatInstant(statement.imported_at, organization.time_zone) },
            { header: 'Statement', cell: (statement) => `${statement.bank_statement_id} (${statement.format})` },
            { header: 'Bank account', cell: (statement) => statement.account_iban },
            { header: 'Lines', numeric: true, cell: (statement) => statement.lines },
            { header: 'Matched at import', numeric: true, cell: (statement) => statement.matched },
            { header: 'Left unmatched', numeric: true, cell: (statement) => statement.unmatched },
            { header: 'Returned', numeric: true, cell: (statement) => statement.returned },
            { header: 'Ignored', numeric: true, cell: (statement) => statement.ignored },
          ]}
        />
      )}
    </section>
  );
}

interface Candidate {
  id: string;
  number: string;
  name: string | null;
  customerName: string;
  currency: string;
  status: string;
  open_amount: number;
}

/** Finds accounts by their customer (number, name, email, account number or payment reference) and matches the line to one. */
function MatchForm({ line, onCancel, onMatched }: { line: Line; onCancel: () => void; onMatched: () => void }) {
  const organization = useOrganization();
  const [text, setText] = useState('');
  const [candidates, setCandidates] = useState<Candidate[] | undefined>();
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const org = { org_id: organization.slug };

  const search = async (event: Event) => {
    event.preventDefault();
    setProblem(undefined);
    setBusy(true);
    try {
      const customers = await call(
        api.GET('/orgs/{org_id}/customers', {
          params: { path: org, query: { limit: CUSTOMERS_SHOWN, q: text.trim() } },
        }),
      );
      const found: Candidate[] = [];
      for (const customer of customers.data) {
        const { account_ids } = await call(
          api.GET('/orgs/{org_id}/customers/{customer_id}/accounts', {
            params: { path: { ...org, customer_id: customer.id } },
          }),
        );
        for (const account_id of account_ids) {
          const account = await call(
            api.GET('/orgs/{org_id}/accounts/{account_id}', { params: { path: { ...org, account_id } } }),
          );
          found.push({
            id: account.id,
            number: account.number,
            name: account.name,
            customerName: customer.name,
            currency: account.currency,
            status: account.status,
            open_amount: account.open_amount,
          });
        }
      }
      setCandidates(found);
    } catch (error) {
      setProblem(isProblem(error) ? error : problemOf(undefined, 0));
    } finally {
      setBusy(false);
    }
  };

  const match = async (accountId: string) => {
    setProblem(undefined);
    setBusy(true);
    try {
      await call(
        api.POST('/orgs/{org_id}/bank-lines/{line_id}/match', {
          params: { path: { ...org, line_id: line.id } },
          body: { account_id: accountId },
        }),
      );
      onMatched();
    } catch (error) {
      setProblem(isProblem(error) ? error : problemOf(undefined, 0));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="match-form">
      <p>
        <Money minor={line.amount} currency={line.currency} /> on {formatDate(line.value_date)} from{' '}
        {line.debtor_name ?? 'an unknown payer'}
        {line.remittance_info ? `: “${line.remittance_info}”` : ''}. The payment is booked on the account you choose,
        with the line’s value date.
      </p>
      <form role="search" class="search" onSubmit={search}>
        <Field
          id="match-search"
          label="Find the account"
          hint="Customer number, name, email, account number or payment reference."
        >
          {(props) => (
            <input {...props} type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} required />
          )}
        </Field>
        <button type="submit" class="primary" disabled={busy}>
          Search
        </button>
      </form>
      <FormProblem message={problem?.detail} />
      {candidates && (
        <Table
          caption="Accounts found"
          rows={candidates}
          rowKey={(account) => account.id}
          empty="No account found: try another search."
          columns={[
            {
              header: 'Account',
              cell: (account) => <Link href={`${BASE}/accounts/${account.id}`}>{account.number}</Link>,
            },
            { header: 'Customer', cell: (account) => account.customerName },
            { header: 'Status', cell: (account) => <StatusBadge status={account.status} /> },
            {
              header: 'Open',
              numeric: true,
              cell: (account) => <Money minor={account.open_amount} currency={account.currency} />,
            },
            {
              header: 'Match',
              cell: (account) => (
                <button
                  type="button"
                  class="primary"
                  disabled={busy || account.currency !== line.currency}
                  onClick={() => void match(account.id)}
                >
                  Match to {account.number}
                </button>
              ),
            },
          ]}
        />
      )}
      <p>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </div>
  );
}
