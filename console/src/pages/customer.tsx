/** A customer: who, its accounts with balances and dunning levels, and its family. */
import { api, call } from '../api.ts';
import { useLoad } from '../components/load.ts';
import { Badge, Loading, Money, ProblemNote, Table } from '../components/ui.tsx';
import { formatInstant, statusLabel } from '../format.ts';
import { BASE, Link } from '../router.tsx';
import { useOrganization } from '../session.tsx';

export function CustomerPage({ id }: { id: string }) {
  const organization = useOrganization();
  const path = { org_id: organization.slug, customer_id: id };
  const customer = useLoad(() => call(api.GET('/orgs/{org_id}/customers/{customer_id}', { params: { path } })), [id]);
  const accounts = useLoad(async () => {
    const { account_ids } = await call(
      api.GET('/orgs/{org_id}/customers/{customer_id}/accounts', { params: { path } }),
    );
    const [policy, ...rows] = await Promise.all([
      call(api.GET('/orgs/{org_id}/dunning-policy', { params: { path: { org_id: organization.slug } } })),
      ...account_ids.map((account_id) =>
        call(
          api.GET('/orgs/{org_id}/accounts/{account_id}', {
            params: { path: { org_id: organization.slug, account_id } },
          }),
        ),
      ),
    ]);
    return { levels: policy.levels, rows };
  }, [id]);
  const family = useLoad(async () => {
    const { family: found } = await call(
      api.GET('/orgs/{org_id}/customers/{customer_id}/family', { params: { path } }),
    );
    if (!found) return undefined;
    const members = await call(
      api.GET('/orgs/{org_id}/families/{family_id}/members', {
        params: { path: { org_id: organization.slug, family_id: found.id } },
      }),
    );
    return { family: found, members: members.data };
  }, [id]);

  if (customer.loading) return <Loading what="the customer" />;
  if (customer.problem || !customer.data) {
    return (
      <section aria-labelledby="customer-title">
        <h1 id="customer-title">Customer</h1>
        {customer.problem && <ProblemNote problem={customer.problem} />}
      </section>
    );
  }
  const c = customer.data;
  return (
    <section aria-labelledby="customer-title">
      <p class="crumbs">
        <Link href={`${BASE}/customers`}>Customers</Link> / {c.number}
      </p>
      <h1 id="customer-title">{c.name}</h1>
      <dl class="facts">
        <div>
          <dt>Customer number</dt>
          <dd>{c.number}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{c.email ?? '—'}</dd>
        </div>
        <div>
          <dt>Customer since</dt>
          <dd>{formatInstant(c.created_at, organization.time_zone)}</dd>
        </div>
        {c.categories.length > 0 && (
          <div>
            <dt>Categories</dt>
            <dd>{c.categories.join(', ')}</dd>
          </div>
        )}
      </dl>

      <h2>Accounts</h2>
      {accounts.loading && <Loading what="accounts" />}
      {accounts.problem && <ProblemNote problem={accounts.problem} />}
      {accounts.data && (
        <Table
          caption="Accounts of the customer"
          rows={accounts.data.rows}
          rowKey={(account) => account.id}
          empty="This customer has no accounts."
          columns={[
            {
              header: 'Account',
              cell: (account) => <Link href={`${BASE}/accounts/${account.id}`}>{account.number}</Link>,
            },
            { header: 'Name', cell: (account) => account.name ?? '—' },
            { header: 'Status', cell: (account) => <StatusBadge status={account.status} /> },
            { header: 'Dunning level', cell: (account) => levelName(accounts.data!.levels, account.dunning_level) },
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
      )}

      <h2>Family</h2>
      {family.loading && <Loading what="the family" />}
      {family.problem && <ProblemNote problem={family.problem} />}
      {!family.loading && !family.problem && !family.data && <p class="state empty">Not in a family.</p>}
      {family.data && (
        <>
          <p>
            {family.data.family.name} ({family.data.family.currency}), {family.data.members.length}{' '}
            {family.data.members.length === 1 ? 'member' : 'members'}:
          </p>
          <ul class="members">
            {family.data.members.map((member) => (
              <li key={member.customer_id}>
                {member.customer_id === c.id ? (
                  <span>
                    {member.name} ({member.customer_number}, this customer)
                  </span>
                ) : (
                  <Link href={`${BASE}/customers/${member.customer_id}`}>
                    {member.name} ({member.customer_number})
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function levelName(levels: Array<{ name: string }>, level: number | null): string {
  if (level === null) return '—';
  return levels[level]?.name ?? `Level ${level + 1}`;
}

export function StatusBadge({ status }: { status: string }) {
  const tone =
    status === 'ACCOUNT_OK'
      ? 'ok'
      : status === 'ACCOUNT_BLOCKED' || status === 'ACCOUNT_COLLECTION'
        ? 'bad'
        : status === 'ACCOUNT_TO_CLOSE'
          ? 'warn'
          : 'plain';
  return <Badge tone={tone}>{statusLabel(status)}</Badge>;
}
