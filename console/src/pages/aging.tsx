/**
 * The aging report: what is open, by days past due, as it stood at the end of a day — totals per
 * currency with a bar chart, the accounts that owe (paged), and the page as CSV.
 */
import { useState } from 'preact/hooks';
import type { paths } from '../../../clients/typescript/src/index.ts';
import { api, call } from '../api.ts';
import { useCursorPages, useLoad } from '../components/load.ts';
import { Field, Loading, Money, Pager, ProblemNote, Table } from '../components/ui.tsx';
import { formatMoney } from '../format.ts';
import { BASE, Link } from '../router.tsx';
import { useOrganization } from '../session.tsx';

const BUCKETS = [
  { key: 'current', label: 'Not yet due' },
  { key: 'days_1_30', label: '1–30 days' },
  { key: 'days_31_60', label: '31–60 days' },
  { key: 'days_61_90', label: '61–90 days' },
  { key: 'days_over_90', label: 'Over 90 days' },
] as const;

type Amounts = Record<(typeof BUCKETS)[number]['key'] | 'total', number>;
type AgingReport = paths['/orgs/{org_id}/reports/aging']['get']['responses'][200]['content']['application/json'];
type TotalRow = AgingReport['totals'][number];
type AccountRow = AgingReport['accounts'][number];

const PAGE_SIZE = 50;

/** One currency's buckets as bars: plain SVG, each bar labelled with its amount. */
function AgingChart({ currency, amounts }: { currency: string; amounts: Amounts }) {
  const width = 560;
  const barArea = 150;
  const top = 24;
  const slot = width / BUCKETS.length;
  const highest = Math.max(1, ...BUCKETS.map((bucket) => amounts[bucket.key]));
  return (
    <figure class="aging-chart">
      <svg viewBox={`0 0 ${width} ${top + barArea + 40}`} role="img" aria-label={`Open ${currency} by days past due`}>
        {BUCKETS.map((bucket, index) => {
          const height = Math.round((amounts[bucket.key] / highest) * barArea);
          const x = index * slot + slot * 0.2;
          const y = top + barArea - height;
          return (
            <g key={bucket.key}>
              <rect x={x} y={y} width={slot * 0.6} height={Math.max(height, 1)} class={`bar ${bucket.key}`} />
              <text x={x + slot * 0.3} y={y - 6} text-anchor="middle" class="value">
                {formatMoney(amounts[bucket.key], currency)}
              </text>
              <text x={x + slot * 0.3} y={top + barArea + 18} text-anchor="middle" class="label">
                {bucket.label}
              </text>
            </g>
          );
        })}
        <line x1="0" x2={width} y1={top + barArea} y2={top + barArea} class="axis" />
      </svg>
      <figcaption>
        {currency}: {formatMoney(amounts.total, currency)} open
      </figcaption>
    </figure>
  );
}

export function AgingPage() {
  const organization = useOrganization();
  // Unset: Saldo's today in the organization's time zone (the browser's clock may differ).
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const pages = useCursorPages([asOf]);
  const report = useLoad(
    () =>
      // JSON unless format=csv, which this page asks for by link only.
      call(
        api.GET('/orgs/{org_id}/reports/aging', {
          params: {
            path: { org_id: organization.slug },
            query: {
              limit: PAGE_SIZE,
              ...(asOf ? { as_of: asOf } : {}),
              ...(pages.cursor ? { cursor: pages.cursor } : {}),
            },
          },
        }),
      ) as Promise<AgingReport>,
    [organization.slug, asOf, pages.cursor],
  );
  const shownDay = asOf ?? report.data?.as_of;
  const csvHref = `/orgs/${encodeURIComponent(organization.slug)}/reports/aging?format=csv&limit=1000${shownDay ? `&as_of=${shownDay}` : ''}${pages.cursor ? `&cursor=${pages.cursor}` : ''}`;

  return (
    <section aria-labelledby="aging-title">
      <h1 id="aging-title">Aging report</h1>
      <form class="inline" onSubmit={(event) => event.preventDefault()}>
        <Field id="aging-as-of" label="As of">
          {(props) => (
            <input
              {...props}
              type="date"
              value={shownDay ?? ''}
              onChange={(event) => {
                const value = (event.target as HTMLInputElement).value;
                if (value) setAsOf(value);
              }}
            />
          )}
        </Field>
        <a class="button" href={csvHref} download={`aging-${shownDay ?? 'today'}.csv`}>
          Download CSV
        </a>
      </form>
      {report.loading && <Loading what="the aging report" />}
      {report.problem && <ProblemNote problem={report.problem} />}
      {report.data && (
        <>
          <h2>Totals</h2>
          {report.data.totals.length === 0 && <p class="state empty">Nothing was open at the end of this day.</p>}
          <div class="aging-charts">
            {report.data.totals.map((total) => (
              <AgingChart key={total.currency} currency={total.currency} amounts={total} />
            ))}
          </div>
          <Table<TotalRow>
            caption="Totals per currency"
            rows={report.data.totals}
            rowKey={(total) => total.currency}
            empty="No totals."
            columns={[
              { header: 'Currency', cell: (total) => total.currency },
              ...BUCKETS.map((bucket) => ({
                header: bucket.label,
                numeric: true,
                cell: (total: TotalRow) => <Money minor={total[bucket.key]} currency={total.currency} />,
              })),
              {
                header: 'Total',
                numeric: true,
                cell: (total) => <Money minor={total.total} currency={total.currency} />,
              },
            ]}
          />
          <h2>Accounts</h2>
          <Table<AccountRow>
            caption="Accounts with open amounts"
            rows={report.data.accounts}
            rowKey={(row) => row.account_id}
            empty="No account had anything open."
            columns={[
              {
                header: 'Customer',
                cell: (row) => (
                  <Link
                    href={`${BASE}/accounts/${row.account_id}`}
                  >{`${row.customer_name} (${row.customer_number})`}</Link>
                ),
              },
              ...BUCKETS.map((bucket) => ({
                header: bucket.label,
                numeric: true,
                cell: (row: AccountRow) => <Money minor={row[bucket.key]} currency={row.currency} />,
              })),
              { header: 'Total', numeric: true, cell: (row) => <Money minor={row.total} currency={row.currency} /> },
            ]}
          />
          <Pager
            label="Accounts"
            page={pages.page}
            hasNext={report.data.next_cursor !== null}
            onNext={() => report.data?.next_cursor && pages.next(report.data.next_cursor)}
            onPrevious={pages.previous}
          />
        </>
      )}
    </section>
  );
}
