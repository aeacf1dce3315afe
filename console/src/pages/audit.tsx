/** The audit trail, newest first: who (operator, API key, end user), what, when, and the trace id. */
import { api, call } from '../api.ts';
import { useCursorPages, useLoad } from '../components/load.ts';
import { Loading, Pager, ProblemNote, Table } from '../components/ui.tsx';
import { formatInstant } from '../format.ts';
import { useOrganization } from '../session.tsx';

export function AuditPage() {
  const organization = useOrganization();
  const pages = useCursorPages([]);
  const events = useLoad(
    () =>
      call(
        api.GET('/orgs/{org_id}/audit-events', {
          params: {
            path: { org_id: organization.slug },
            query: { limit: 50, ...(pages.cursor ? { cursor: pages.cursor } : {}) },
          },
        }),
      ),
    [organization.slug, pages.cursor],
  );
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Audit trail</h1>
      {events.loading && !events.data && <Loading what="the audit trail" />}
      {events.problem && <ProblemNote problem={events.problem} />}
      {events.data && (
        <>
          <Table
            caption="Audit events, newest first"
            rows={events.data.data}
            rowKey={(event) => event.id}
            empty="Nothing has happened yet."
            columns={[
              {
                header: 'When',
                nowrap: true,
                cell: (event) => formatInstant(event.occurred_at, organization.time_zone),
              },
              {
                header: 'Who',
                cell: (event) =>
                  event.actor_operator
                    ? (event.actor_operator.email ?? event.actor_operator.id)
                    : event.actor_key_id
                      ? `API key ${event.actor_key_id}${event.audit_user ? ` for ${event.audit_user}` : ''}`
                      : 'Administration (root key or Saldo itself)',
              },
              { header: 'What', cell: (event) => <code>{event.action}</code> },
              {
                header: 'On',
                cell: (event) => `${event.resource_type}${event.resource_id ? ` ${event.resource_id}` : ''}`,
              },
              {
                header: 'Trace',
                cell: (event) =>
                  event.trace_id ? (
                    <code class="muted" title={event.trace_id}>
                      {event.trace_id.slice(0, 12)}…
                    </code>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
          <Pager
            label="Audit pages"
            page={pages.page}
            hasNext={events.data.next_cursor !== null}
            onNext={() => events.data && pages.next(events.data.next_cursor!)}
            onPrevious={pages.previous}
          />
        </>
      )}
    </section>
  );
}
