/**
 * An account: its figures, dunning and debt-collection state, open items, and its booking entries
 * (newest first, with allocations and the balance after each), with the actions a clerk takes.
 */
import { useState } from 'preact/hooks';
import { api, call } from '../api.ts';
import { useCursorPages, useLoad } from '../components/load.ts';
import { Badge, Loading, Money, Pager, ProblemNote, Table } from '../components/ui.tsx';
import { formatDate, formatInstant, kindLabel } from '../format.ts';
import { BASE, Link } from '../router.tsx';
import { useOrganization, useRights } from '../session.tsx';
import { AccountActions, ReverseButton } from './account-actions.tsx';
import { StatusBadge, levelName } from './customer.tsx';

const ENTRY_PAGE_SIZE = 25;
const OPEN_ITEMS_MAX = 100;

export function AccountPage({ id }: { id: string }) {
  const organization = useOrganization();
  const allowed = useRights();
  const path = { org_id: organization.slug, account_id: id };
  // Every booking changes figures, entries and open items alike: one version reloads all.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const account = useLoad(async () => {
    const [figures, dunning, policy] = await Promise.all([
      call(api.GET('/orgs/{org_id}/accounts/{account_id}', { params: { path } })),
      call(api.GET('/orgs/{org_id}/accounts/{account_id}/dunning', { params: { path } })),
      call(api.GET('/orgs/{org_id}/dunning-policy', { params: { path: { org_id: organization.slug } } })),
    ]);
    return { figures, dunning, levels: policy.levels };
  }, [id, version]);
  const openItems = useLoad(
    () =>
      call(
        api.GET('/orgs/{org_id}/accounts/{account_id}/entries', {
          params: { path, query: { open: true, type: 'CHARGE', limit: OPEN_ITEMS_MAX } },
        }),
      ),
    [id, version],
  );
  const pages = useCursorPages([id]);
  const entries = useLoad(
    () =>
      call(
        api.GET('/orgs/{org_id}/accounts/{account_id}/entries', {
          params: {
            path,
            query: { order: 'desc', limit: ENTRY_PAGE_SIZE, ...(pages.cursor ? { cursor: pages.cursor } : {}) },
          },
        }),
      ),
    [id, version, pages.cursor],
  );

  if (account.loading && !account.data) return <Loading what="the account" />;
  if (!account.data) {
    return (
      <section aria-labelledby="account-title">
        <h1 id="account-title">Account</h1>
        {account.problem && <ProblemNote problem={account.problem} />}
      </section>
    );
  }
  const { figures: a, dunning, levels } = account.data;
  // The other side of an allocation, named as it is listed when it is on this page or open.
  const named = new Map(
    [...(entries.data?.data ?? []), ...(openItems.data?.data ?? [])].map((entry) => [
      entry.id,
      entry.description ?? `${kindLabel(entry.kind)} due ${formatDate(entry.due_date)}`,
    ]),
  );
  const describe = (entryId: string) => named.get(entryId) ?? <code title={entryId}>…{entryId.slice(-6)}</code>;
  const currency = a.currency;
  return (
    <section aria-labelledby="account-title">
      <p class="crumbs">
        <Link href={`${BASE}/customers`}>Customers</Link> /{' '}
        <Link href={`${BASE}/customers/${a.customer_id}`}>Customer {a.customer_number}</Link> / Account {a.number}
      </p>
      <h1 id="account-title">
        Account {a.number}
        {a.name ? ` — ${a.name}` : ''} <StatusBadge status={a.status} />
      </h1>
      <dl class="figures" aria-label="Figures">
        <div>
          <dt>Balance</dt>
          <dd data-figure="balance">
            <Money minor={a.balance} currency={currency} signed />
          </dd>
        </div>
        <div>
          <dt>Open</dt>
          <dd data-figure="open">
            <Money minor={a.open_amount} currency={currency} />
          </dd>
        </div>
        <div>
          <dt>Unallocated credit</dt>
          <dd data-figure="unallocated">
            <Money minor={a.unallocated} currency={currency} />
          </dd>
        </div>
        <div>
          <dt>Available</dt>
          <dd>
            <Money minor={a.available} currency={currency} />
          </dd>
        </div>
      </dl>
      <dl class="facts">
        <div>
          <dt>Dunning level</dt>
          <dd data-fact="dunning-level">
            {levelName(levels, dunning.dunning.level)}
            {dunning.dunning.exempt ? ' (exempt)' : ''}
          </dd>
        </div>
        <div>
          <dt>Debt collection</dt>
          <dd>
            {dunning.debt_collection.active
              ? `Handed over${dunning.debt_collection.since ? ` ${formatInstant(dunning.debt_collection.since, organization.time_zone)}` : ''}`
              : 'No'}
          </dd>
        </div>
        <div>
          <dt>Payment reference</dt>
          <dd>{a.payment_reference ? a.payment_reference.number : '—'}</dd>
        </div>
        <div>
          <dt>Payment method</dt>
          <dd>{kindLabel(a.payment_method.type)}</dd>
        </div>
        <div>
          <dt>Modality</dt>
          <dd>{kindLabel(a.modality)}</dd>
        </div>
        <div>
          <dt>Credit limit</dt>
          <dd>
            <Money minor={a.credit_limit} currency={currency} />
          </dd>
        </div>
      </dl>

      {allowed.write && (
        <AccountActions
          account={a}
          inDebtCollection={dunning.debt_collection.active}
          openItems={openItems.data?.data ?? []}
          onChanged={changed}
        />
      )}

      <h2>Open items</h2>
      {openItems.loading && !openItems.data && <Loading what="open items" />}
      {openItems.problem && <ProblemNote problem={openItems.problem} />}
      {openItems.data && (
        <Table
          caption="Open items"
          rows={openItems.data.data}
          rowKey={(entry) => entry.id}
          empty="Nothing is open."
          columns={[
            { header: 'Due', cell: (entry) => formatDate(entry.due_date) },
            { header: 'Kind', cell: (entry) => kindLabel(entry.kind) },
            { header: 'Description', cell: (entry) => entry.description ?? '—' },
            { header: 'Amount', numeric: true, cell: (entry) => <Money minor={entry.amount} currency={currency} /> },
            { header: 'Open', numeric: true, cell: (entry) => <Money minor={entry.open_amount} currency={currency} /> },
          ]}
        />
      )}

      <h2>Booking entries</h2>
      {entries.loading && !entries.data && <Loading what="booking entries" />}
      {entries.problem && <ProblemNote problem={entries.problem} />}
      {entries.data && (
        <>
          <Table
            caption="Booking entries, newest first"
            rows={entries.data.data}
            rowKey={(entry) => entry.id}
            empty="No booking entries yet."
            columns={[
              {
                header: 'Booked',
                nowrap: true,
                cell: (entry) => formatInstant(entry.booked_at, organization.time_zone),
              },
              {
                header: 'Entry',
                cell: (entry) => (
                  <>
                    {kindLabel(entry.kind)} {entry.reversed_by && <Badge tone="plain">Reversed</Badge>}
                    {entry.installment_plan && <Badge tone="plain">In plan</Badge>}
                    <br />
                    <span class="muted">{entry.description ?? entry.id}</span>
                  </>
                ),
              },
              { header: 'Due', nowrap: true, cell: (entry) => formatDate(entry.due_date) },
              {
                header: 'Amount',
                numeric: true,
                cell: (entry) => (
                  <Money minor={entry.type === 'CHARGE' ? -entry.amount : entry.amount} currency={currency} signed />
                ),
              },
              {
                header: 'Open',
                numeric: true,
                cell: (entry) => <Money minor={entry.open_amount} currency={currency} />,
              },
              {
                header: 'Balance',
                numeric: true,
                cell: (entry) => <Money minor={entry.balance_after} currency={currency} signed />,
              },
              {
                header: 'Allocations',
                cell: (entry) =>
                  entry.allocations.length === 0 ? (
                    '—'
                  ) : (
                    <ul class="allocations">
                      {entry.allocations.map((allocation) => (
                        <li
                          key={`${allocation.entry_id}-${allocation.released_by ?? ''}`}
                          class={allocation.released_by ? 'released' : undefined}
                        >
                          <Money minor={allocation.amount} currency={currency} />{' '}
                          {entry.type === 'CHARGE' ? 'from' : 'to'} {describe(allocation.entry_id)}
                          {allocation.released_by ? ' (released)' : ''}
                        </li>
                      ))}
                    </ul>
                  ),
              },
              ...(allowed.write
                ? [
                    {
                      header: 'Actions',
                      cell: (entry: (typeof entries.data.data)[number]) => (
                        <ReverseButton entry={entry} currency={currency} onChanged={changed} />
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <Pager
            label="Booking entry pages"
            page={pages.page}
            hasNext={entries.data.next_cursor !== null}
            onNext={() => pages.next(entries.data!.next_cursor!)}
            onPrevious={pages.previous}
          />
        </>
      )}
    </section>
  );
}
