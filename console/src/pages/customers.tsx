/** Customers: find one by number, name, email, account number or payment reference. */
import { useState } from 'preact/hooks';
import { api, call } from '../api.ts';
import { useCursorPages, useLoad } from '../components/load.ts';
import { Field, Loading, Pager, ProblemNote, Table } from '../components/ui.tsx';
import { BASE, Link, navigate, useLocation } from '../router.tsx';
import { useOrganization } from '../session.tsx';

const PAGE_SIZE = 25;

export function CustomersPage() {
  const organization = useOrganization();
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const [text, setText] = useState(q);
  const pages = useCursorPages([q]);
  const loaded = useLoad(
    () =>
      call(
        api.GET('/orgs/{org_id}/customers', {
          params: {
            path: { org_id: organization.slug },
            query: { limit: PAGE_SIZE, ...(q ? { q } : {}), ...(pages.cursor ? { cursor: pages.cursor } : {}) },
          },
        }),
      ),
    [organization.slug, q, pages.cursor],
  );

  const search = (event: Event) => {
    event.preventDefault();
    const trimmed = text.trim();
    navigate(trimmed ? `${BASE}/customers?q=${encodeURIComponent(trimmed)}` : `${BASE}/customers`);
  };

  return (
    <section aria-labelledby="customers-title">
      <h1 id="customers-title">Customers</h1>
      <form role="search" class="search" onSubmit={search}>
        <Field
          id="customer-search"
          label="Search"
          hint="Customer number, name, email, account number or payment reference."
        >
          {(props) => (
            <input {...props} type="search" name="q" value={text} onInput={(e) => setText(e.currentTarget.value)} />
          )}
        </Field>
        <button type="submit" class="primary">
          Search
        </button>
      </form>
      {loaded.loading && <Loading what="customers" />}
      {loaded.problem && <ProblemNote problem={loaded.problem} />}
      {loaded.data && (
        <>
          <Table
            caption={q ? `Customers matching ${q}` : 'Customers'}
            rows={loaded.data.data}
            rowKey={(customer) => customer.id}
            empty={q ? `No customer matches “${q}”.` : 'No customers yet.'}
            columns={[
              {
                header: 'Number',
                cell: (customer) => <Link href={`${BASE}/customers/${customer.id}`}>{customer.number}</Link>,
              },
              { header: 'Name', cell: (customer) => customer.name },
              { header: 'Email', cell: (customer) => customer.email ?? '—' },
            ]}
          />
          <Pager
            label="Customer pages"
            page={pages.page}
            hasNext={loaded.data.next_cursor !== null}
            onNext={() => pages.next(loaded.data!.next_cursor!)}
            onPrevious={pages.previous}
          />
        </>
      )}
    </section>
  );
}
