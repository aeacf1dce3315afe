/**
 * Webhooks (admins): the organization's endpoints, a new one (its secret shown once), and an
 * endpoint's deliveries by status with their last answer, each retried on demand.
 */
import { useState } from 'preact/hooks';
import { api, call, isProblem, type Problem } from '../api.ts';
import { ActionForm, type Values } from '../components/action-form.tsx';
import { useCursorPages, useLoad } from '../components/load.ts';
import { Badge, Dialog, Loading, Pager, ProblemNote, Table } from '../components/ui.tsx';
import { formatInstant } from '../format.ts';
import { useOrganization } from '../session.tsx';

const STATUSES = ['PENDING', 'FAILED', 'SUCCEEDED'] as const;
type Status = (typeof STATUSES)[number];

export function WebhooksPage() {
  const organization = useOrganization();
  const org = { org_id: organization.slug };
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<string | undefined>();
  const [selected, setSelected] = useState<string | undefined>();
  const endpoints = useLoad(
    () => call(api.GET('/orgs/{org_id}/webhook-endpoints', { params: { path: org, query: { limit: 100 } } })),
    [organization.slug],
  );

  const create = async (values: Values) => {
    const types = String(values.event_types ?? '*')
      .split(',')
      .map((type) => type.trim())
      .filter((type) => type.length > 0);
    const created = await call(
      api.POST('/orgs/{org_id}/webhook-endpoints', {
        params: { path: org },
        body: {
          url: String(values.url ?? ''),
          event_types: types,
          description: values.description ? String(values.description) : null,
        },
      }),
    );
    setAdding(false);
    setSecret(created.secret);
    setSelected(created.id);
    endpoints.reload();
  };

  return (
    <section aria-labelledby="webhooks-title">
      <h1 id="webhooks-title">Webhooks</h1>
      <p class="muted">
        Saldo posts each event an endpoint wants to its URL, signed with the endpoint's secret, and retries for about a
        day.
      </p>
      <p>
        <button type="button" onClick={() => setAdding(true)}>
          Add endpoint
        </button>
      </p>
      {secret && (
        <p class="notice" role="status">
          The endpoint's signing secret, shown this once: <code>{secret}</code>
        </p>
      )}
      {endpoints.loading && !endpoints.data && <Loading what="the webhook endpoints" />}
      {endpoints.problem && <ProblemNote problem={endpoints.problem} />}
      {endpoints.data && (
        <Table
          caption="Webhook endpoints"
          rows={endpoints.data.data}
          rowKey={(endpoint) => endpoint.id}
          empty="No webhook endpoint yet."
          columns={[
            { header: 'URL', cell: (endpoint) => <code>{endpoint.url}</code> },
            { header: 'Events', cell: (endpoint) => endpoint.event_types.join(', ') },
            {
              header: 'State',
              cell: (endpoint) =>
                endpoint.enabled ? (
                  <Badge tone="ok">enabled</Badge>
                ) : (
                  <Badge tone="bad">
                    {endpoint.disabled_reason ? `disabled: ${endpoint.disabled_reason}` : 'disabled'}
                  </Badge>
                ),
            },
            { header: 'Description', cell: (endpoint) => endpoint.description ?? '—' },
            {
              header: 'Deliveries',
              cell: (endpoint) => (
                <button
                  type="button"
                  class="link-button"
                  aria-pressed={selected === endpoint.id}
                  onClick={() => setSelected(endpoint.id)}
                >
                  Deliveries of {endpoint.url}
                </button>
              ),
            },
          ]}
        />
      )}
      {selected && <Deliveries endpointId={selected} />}
      <Dialog title="Add a webhook endpoint" open={adding} onClose={() => setAdding(false)}>
        <ActionForm
          idPrefix="endpoint"
          currency="EUR"
          submitLabel="Add endpoint"
          fields={[
            { name: 'url', label: 'URL', kind: 'text', required: true, hint: 'https:// and a public address' },
            {
              name: 'event_types',
              label: 'Event types',
              kind: 'text',
              initial: '*',
              hint: '* for every type, or types separated by commas',
            },
            { name: 'description', label: 'Description', kind: 'text' },
          ]}
          onSubmit={create}
          onCancel={() => setAdding(false)}
        />
      </Dialog>
    </section>
  );
}

function Deliveries({ endpointId }: { endpointId: string }) {
  const organization = useOrganization();
  const [status, setStatus] = useState<Status | ''>('');
  const pages = useCursorPages([endpointId, status]);
  const [note, setNote] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | undefined>();
  const path = { org_id: organization.slug, endpoint_id: endpointId };
  const deliveries = useLoad(
    () =>
      call(
        api.GET('/orgs/{org_id}/webhook-endpoints/{endpoint_id}/deliveries', {
          params: {
            path,
            query: { limit: 25, ...(status ? { status } : {}), ...(pages.cursor ? { cursor: pages.cursor } : {}) },
          },
        }),
      ),
    [organization.slug, endpointId, status, pages.cursor],
  );
  const retry = async (deliveryId: string) => {
    setNote(undefined);
    setProblem(undefined);
    try {
      await call(
        api.POST('/orgs/{org_id}/webhook-endpoints/{endpoint_id}/deliveries/{delivery_id}/retry', {
          params: { path: { ...path, delivery_id: deliveryId } },
        }),
      );
      setNote(`Delivery ${deliveryId} is attempted again now.`);
      deliveries.reload();
    } catch (error) {
      if (isProblem(error)) setProblem(error);
    }
  };
  return (
    <section aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">Deliveries</h2>
      <p>
        <label for="delivery-status">Status</label>{' '}
        <select
          id="delivery-status"
          value={status}
          onChange={(event) => setStatus((event.target as HTMLSelectElement).value as Status | '')}
        >
          <option value="">Any</option>
          {STATUSES.map((value) => (
            <option value={value} key={value}>
              {value}
            </option>
          ))}
        </select>{' '}
        <button type="button" onClick={deliveries.reload}>
          Refresh
        </button>
      </p>
      {note && (
        <p class="notice" role="status">
          {note}
        </p>
      )}
      {problem && <ProblemNote problem={problem} />}
      {deliveries.loading && !deliveries.data && <Loading what="the deliveries" />}
      {deliveries.problem && <ProblemNote problem={deliveries.problem} />}
      {deliveries.data && (
        <>
          <Table
            caption="Deliveries, newest first"
            rows={deliveries.data.data}
            rowKey={(delivery) => delivery.id}
            empty="No delivery yet."
            columns={[
              { header: 'Event', cell: (delivery) => <code>{delivery.event_type}</code> },
              {
                header: 'Status',
                cell: (delivery) => (
                  <Badge tone={delivery.status === 'SUCCEEDED' ? 'ok' : delivery.status === 'FAILED' ? 'bad' : 'warn'}>
                    {delivery.status}
                  </Badge>
                ),
              },
              { header: 'Attempts', numeric: true, cell: (delivery) => delivery.attempts },
              { header: 'Last answer', cell: (delivery) => delivery.last_status_code ?? delivery.last_error ?? '—' },
              {
                header: 'Next attempt',
                nowrap: true,
                cell: (delivery) =>
                  delivery.next_attempt_at ? formatInstant(delivery.next_attempt_at, organization.time_zone) : '—',
              },
              {
                header: 'Created',
                nowrap: true,
                cell: (delivery) => formatInstant(delivery.created_at, organization.time_zone),
              },
              {
                header: 'Action',
                cell: (delivery) => (
                  <button type="button" onClick={() => void retry(delivery.id)}>
                    Retry {delivery.event_type} {delivery.id.slice(-6)}
                  </button>
                ),
              },
            ]}
          />
          <Pager
            label="Delivery pages"
            page={pages.page}
            hasNext={deliveries.data.next_cursor !== null}
            onNext={() => deliveries.data && pages.next(deliveries.data.next_cursor!)}
            onPrevious={pages.previous}
          />
        </>
      )}
    </section>
  );
}
