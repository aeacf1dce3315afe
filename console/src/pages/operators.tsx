/** Operators (admins only): who signs in, with which role; add one, change a role, disable, set a one-time password. */
import { useState } from 'preact/hooks';
import { api, call } from '../api.ts';
import { ActionForm } from '../components/action-form.tsx';
import { useCursorPages, useLoad } from '../components/load.ts';
import { Badge, Dialog, Loading, Pager, ProblemNote, Table } from '../components/ui.tsx';
import { formatInstant } from '../format.ts';
import { useOrganization, useRights, useSession } from '../session.tsx';

const ROLES = [
  { value: 'viewer', label: 'Viewer: reads' },
  { value: 'clerk', label: 'Clerk: also books and works accounts' },
  { value: 'admin', label: 'Admin: also the setup and the operators' },
];

type Dialogs =
  { kind: 'create' } | { kind: 'role' | 'password' | 'disable' | 'enable'; id: string; email: string; role: string };

export function OperatorsPage() {
  const organization = useOrganization();
  const { session } = useSession();
  const allowed = useRights();
  const pages = useCursorPages([]);
  const [dialog, setDialog] = useState<Dialogs | undefined>();
  const operators = useLoad(
    () =>
      call(
        api.GET('/orgs/{org_id}/operators', {
          params: {
            path: { org_id: organization.slug },
            query: { limit: 50, ...(pages.cursor ? { cursor: pages.cursor } : {}) },
          },
        }),
      ),
    [organization.slug, pages.cursor],
  );
  if (!allowed.operators) {
    return (
      <section aria-labelledby="operators-title">
        <h1 id="operators-title">Operators</h1>
        <p class="notice">Only admins manage operators.</p>
      </section>
    );
  }
  const path = (id: string) => ({ org_id: organization.slug, operator_id: id });
  const done = () => {
    setDialog(undefined);
    operators.reload();
  };
  return (
    <section aria-labelledby="operators-title">
      <h1 id="operators-title">Operators</h1>
      <button type="button" onClick={() => setDialog({ kind: 'create' })}>
        Add an operator
      </button>
      {operators.loading && !operators.data && <Loading what="operators" />}
      {operators.problem && <ProblemNote problem={operators.problem} />}
      {operators.data && (
        <>
          <Table
            caption="Operators by email"
            rows={operators.data.data}
            rowKey={(operator) => operator.id}
            empty="No operators."
            columns={[
              {
                header: 'Email',
                cell: (operator) => operator.email + (operator.id === session.operator.id ? ' (you)' : ''),
              },
              { header: 'Role', cell: (operator) => operator.role },
              {
                header: 'State',
                cell: (operator) =>
                  operator.disabled ? (
                    <Badge tone="bad">Disabled</Badge>
                  ) : operator.must_change_password ? (
                    <Badge tone="warn">One-time password</Badge>
                  ) : (
                    <Badge tone="ok">Active</Badge>
                  ),
              },
              { header: 'Since', cell: (operator) => formatInstant(operator.created_at, organization.time_zone) },
              {
                header: 'Actions',
                cell: (operator) => {
                  const who = { id: operator.id, email: operator.email, role: operator.role };
                  return (
                    <div class="row-actions">
                      <button
                        type="button"
                        class="small"
                        aria-label={`Change the role of ${operator.email}`}
                        onClick={() => setDialog({ kind: 'role', ...who })}
                      >
                        Role
                      </button>
                      <button
                        type="button"
                        class="small"
                        aria-label={`Set a one-time password for ${operator.email}`}
                        onClick={() => setDialog({ kind: 'password', ...who })}
                      >
                        Password
                      </button>
                      {operator.disabled ? (
                        <button
                          type="button"
                          class="small"
                          aria-label={`Enable ${operator.email}`}
                          onClick={() => setDialog({ kind: 'enable', ...who })}
                        >
                          Enable
                        </button>
                      ) : (
                        <button
                          type="button"
                          class="small"
                          aria-label={`Disable ${operator.email}`}
                          onClick={() => setDialog({ kind: 'disable', ...who })}
                        >
                          Disable
                        </button>
                      )}
                    </div>
                  );
                },
              },
            ]}
          />
          <Pager
            label="Operator pages"
            page={pages.page}
            hasNext={operators.data.next_cursor !== null}
            onNext={() => operators.data && pages.next(operators.data.next_cursor!)}
            onPrevious={pages.previous}
          />
        </>
      )}
      <Dialog title={dialogTitle(dialog)} open={dialog !== undefined} onClose={() => setDialog(undefined)}>
        {dialog?.kind === 'create' && (
          <ActionForm
            idPrefix="operator-create"
            currency="EUR"
            fields={[
              { name: 'email', label: 'Email', kind: 'text', required: true },
              { name: 'role', label: 'Role', kind: 'select', options: ROLES },
              {
                name: 'password',
                label: 'One-time password',
                kind: 'text',
                required: true,
                hint: 'At least 12 characters; the operator chooses their own at first sign-in.',
              },
            ]}
            submitLabel="Add operator"
            onCancel={() => setDialog(undefined)}
            onSubmit={async (values) => {
              await call(
                api.POST('/orgs/{org_id}/operators', {
                  params: { path: { org_id: organization.slug } },
                  body: {
                    email: values.email as string,
                    role: values.role as 'viewer',
                    password: values.password as string,
                  },
                }),
              );
              done();
            }}
          />
        )}
        {dialog?.kind === 'role' && (
          <ActionForm
            idPrefix="operator-role"
            currency="EUR"
            fields={[
              { name: 'role', label: `Role of ${dialog.email}`, kind: 'select', options: ROLES, initial: dialog.role },
            ]}
            submitLabel="Change role"
            onCancel={() => setDialog(undefined)}
            onSubmit={async (values) => {
              await call(
                api.PATCH('/orgs/{org_id}/operators/{operator_id}', {
                  params: { path: path(dialog.id) },
                  body: { role: values.role as 'viewer' },
                }),
              );
              done();
            }}
          />
        )}
        {dialog?.kind === 'password' && (
          <ActionForm
            idPrefix="operator-password"
            currency="EUR"
            fields={[
              {
                name: 'password',
                label: `One-time password for ${dialog.email}`,
                kind: 'text',
                required: true,
                hint: 'Their sessions end; at next sign-in they choose their own.',
              },
            ]}
            submitLabel="Set password"
            onCancel={() => setDialog(undefined)}
            onSubmit={async (values) => {
              await call(
                api.POST('/orgs/{org_id}/operators/{operator_id}/password', {
                  params: { path: path(dialog.id) },
                  body: { password: values.password as string },
                }),
              );
              done();
            }}
          />
        )}
        {(dialog?.kind === 'disable' || dialog?.kind === 'enable') && (
          <>
            <p>
              {dialog.kind === 'disable'
                ? `${dialog.email} can no longer sign in, and their open sessions end now.`
                : `${dialog.email} can sign in again.`}
            </p>
            <ActionForm
              idPrefix={`operator-${dialog.kind}`}
              currency="EUR"
              fields={[]}
              submitLabel={dialog.kind === 'disable' ? 'Disable operator' : 'Enable operator'}
              onCancel={() => setDialog(undefined)}
              onSubmit={async () => {
                await call(
                  api.PATCH('/orgs/{org_id}/operators/{operator_id}', {
                    params: { path: path(dialog.id) },
                    body: { disabled: dialog.kind === 'disable' },
                  }),
                );
                done();
              }}
            />
          </>
        )}
      </Dialog>
    </section>
  );
}

function dialogTitle(dialog: Dialogs | undefined): string {
  switch (dialog?.kind) {
    case 'create':
      return 'Add an operator';
    case 'role':
      return 'Change the role';
    case 'password':
      return 'Set a one-time password';
    case 'disable':
      return 'Disable the operator';
    case 'enable':
      return 'Enable the operator';
    default:
      return 'Operator';
  }
}
