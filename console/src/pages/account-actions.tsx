/**
 * What a clerk does on an account: record a payment, a credit note or a charge, write off what
 * is owed, refund unallocated credit, set up an installment plan, change the status, hand over to
 * debt collection or recall, reverse an entry. Each action is one entry of ACCOUNT_ACTIONS (a
 * button and its form). Every booking carries an Idempotency-Key made when its form opens, so a
 * double submit books once.
 */
import { useState } from 'preact/hooks';
import type { paths } from '../../../clients/typescript/src/index.ts';
import { api, call } from '../api.ts';
import { ActionForm, type FieldSpec, type Values } from '../components/action-form.tsx';
import { Dialog } from '../components/ui.tsx';
import { formatDate, formatMoney, kindLabel, statusLabel, today } from '../format.ts';
import { useOrganization } from '../session.tsx';

type Account = paths['/orgs/{org_id}/accounts/{account_id}']['get']['responses'][200]['content']['application/json'];
type Entry =
  paths['/orgs/{org_id}/accounts/{account_id}/entries']['get']['responses'][200]['content']['application/json']['data'][number];

interface ActionContext {
  account: Account;
  slug: string;
  idempotencyKey: string;
  timeZone: string;
  inDebtCollection: boolean;
  openItems: Entry[];
}

interface AccountAction {
  id: string;
  label: string;
  title: string;
  submitLabel: string;
  shown(context: ActionContext): boolean;
  fields(context: ActionContext): FieldSpec[];
  run(context: ActionContext, values: Values): Promise<unknown>;
}

const path = (context: ActionContext) => ({ org_id: context.slug, account_id: context.account.id });
const header = (context: ActionContext) => ({ 'idempotency-key': context.idempotencyKey });
const text = (value: Values[string]) => (typeof value === 'string' ? value : undefined);
const open = (account: Account) => account.status !== 'ACCOUNT_CLOSED' && account.status !== 'ACCOUNT_AUTO_CLOSED';

/** The statuses an operator may move an account to by hand (debt collection has its own action). */
const STATUS_CHOICES = ['ACCOUNT_OK', 'ACCOUNT_BLOCKED', 'ACCOUNT_TO_CLOSE', 'ACCOUNT_CLOSED'] as const;

export const ACCOUNT_ACTIONS: AccountAction[] = [
  {
    id: 'payment',
    label: 'Record payment',
    title: 'Record a payment',
    submitLabel: 'Record payment',
    shown: () => true,
    fields: () => [
      { name: 'amount', label: 'Amount', kind: 'amount', required: true },
      { name: 'description', label: 'Description', kind: 'text' },
    ],
    run: (context, values) =>
      call(
        api.POST('/orgs/{org_id}/accounts/{account_id}/payments', {
          params: { path: path(context), header: header(context) },
          body: {
            amount: values.amount as number,
            ...(text(values.description) ? { description: text(values.description)! } : {}),
          },
        }),
      ),
  },
  {
    id: 'credit-note',
    label: 'Credit note',
    title: 'Book a credit note',
    submitLabel: 'Book credit note',
    shown: () => true,
    fields: () => [
      { name: 'amount', label: 'Amount', kind: 'amount', required: true },
      { name: 'description', label: 'Description', kind: 'text' },
    ],
    run: (context, values) =>
      call(
        api.POST('/orgs/{org_id}/accounts/{account_id}/entries', {
          params: { path: path(context), header: header(context) },
          body: {
            type: 'CREDIT',
            amount: values.amount as number,
            ...(text(values.description) ? { description: text(values.description)! } : {}),
          },
        }),
      ),
  },
  {
    id: 'charge',
    label: 'Charge',
    title: 'Book a charge',
    submitLabel: 'Book charge',
    shown: ({ account }) => open(account),
    fields: (context) => [
      { name: 'amount', label: 'Amount', kind: 'amount', required: true },
      { name: 'due_date', label: 'Due date', kind: 'date', initial: today(context.timeZone) },
      { name: 'description', label: 'Description', kind: 'text' },
    ],
    run: (context, values) =>
      call(
        api.POST('/orgs/{org_id}/accounts/{account_id}/entries', {
          params: { path: path(context), header: header(context) },
          body: {
            type: 'CHARGE',
            amount: values.amount as number,
            ...(text(values.due_date) ? { due_date: text(values.due_date)! } : {}),
            ...(text(values.description) ? { description: text(values.description)! } : {}),
          },
        }),
      ),
  },
  {
    id: 'write-off',
    label: 'Write off',
    title: 'Write off what the account owes',
    submitLabel: 'Write off',
    shown: ({ account }) => account.open_amount > 0,
    fields: (context) => [
      {
        name: 'amount',
        label: 'Amount',
        kind: 'amount',
        hint: `Leave empty to write off everything open (${formatMoney(context.account.open_amount, context.account.currency)}).`,
      },
      { name: 'reason', label: 'Reason', kind: 'text', required: true },
    ],
    run: (context, values) =>
      call(
        api.POST('/orgs/{org_id}/accounts/{account_id}/write-offs', {
          params: { path: path(context), header: header(context) },
          body: {
            reason: text(values.reason)!,
            ...(typeof values.amount === 'number' ? { amount: values.amount } : {}),
          },
        }),
      ),
  },
  {
    id: 'refund',
    label: 'Refund',
    title: 'Refund unallocated credit',
    submitLabel: 'Refund',
    shown: ({ account }) => account.unallocated > 0,
    fields: (context) => [
      {
        name: 'amount',
        label: 'Amount',
        kind: 'amount',
        required: true,
        hint: `At most ${formatMoney(context.account.unallocated, context.account.currency)}.`,
      },
      { name: 'description', label: 'Description', kind: 'text' },
    ],
    run: (context, values) =>
      call(
        api.POST('/orgs/{org_id}/accounts/{account_id}/refunds', {
          params: { path: path(context), header: header(context) },
          body: {
            amount: values.amount as number,
            ...(text(values.description) ? { description: text(values.description)! } : {}),
          },
        }),
      ),
  },
  {
    id: 'installment-plan',
    label: 'Installment plan',
    title: 'Set up an installment plan',
    submitLabel: 'Create plan',
    shown: ({ account }) => open(account),
    fields: (context) => [
      {
        name: 'entry_ids',
        label: 'Charges to spread',
        kind: 'checkboxes',
        options: context.openItems
          .filter((entry) => !entry.installment_plan)
          .map((entry) => ({
            value: entry.id,
            label: `${kindLabel(entry.kind)} due ${formatDate(entry.due_date)}, ${formatMoney(entry.open_amount, context.account.currency)} open`,
          })),
      },
      { name: 'installments', label: 'Installments', kind: 'number', required: true, initial: '3' },
      {
        name: 'first_due_date',
        label: 'First due date',
        kind: 'date',
        required: true,
        initial: today(context.timeZone),
      },
    ],
    run: (context, values) =>
      call(
        api.POST('/orgs/{org_id}/accounts/{account_id}/installment-plans', {
          params: { path: path(context), header: header(context) },
          body: {
            entry_ids: values.entry_ids as string[],
            installments: values.installments as number,
            first_due_date: text(values.first_due_date)!,
          },
        }),
      ),
  },
  {
    id: 'status',
    label: 'Change status',
    title: 'Change the status',
    submitLabel: 'Change status',
    shown: () => true,
    fields: ({ account }) => [
      {
        name: 'status',
        label: 'New status',
        kind: 'select',
        options: STATUS_CHOICES.filter((status) => status !== account.status).map((status) => ({
          value: status,
          label: statusLabel(status),
        })),
      },
    ],
    run: (context, values) =>
      call(
        api.POST('/orgs/{org_id}/accounts/{account_id}/status', {
          params: { path: path(context), header: header(context) },
          body: { status: text(values.status) as (typeof STATUS_CHOICES)[number] },
        }),
      ),
  },
  {
    id: 'hand-over',
    label: 'Hand over to debt collection',
    title: 'Hand over to debt collection',
    submitLabel: 'Hand over',
    shown: (context) => !context.inDebtCollection && open(context.account),
    fields: () => [],
    run: (context) =>
      call(
        api.POST('/orgs/{org_id}/accounts/{account_id}/debt-collection', {
          params: { path: path(context), header: header(context) },
        }),
      ),
  },
  {
    id: 'recall',
    label: 'Recall from debt collection',
    title: 'Recall from debt collection',
    submitLabel: 'Recall',
    shown: (context) => context.inDebtCollection,
    fields: () => [],
    run: (context) =>
      call(
        api.DELETE('/orgs/{org_id}/accounts/{account_id}/debt-collection', {
          params: { path: path(context), header: header(context) },
        }),
      ),
  },
];

export function AccountActions({
  account,
  inDebtCollection,
  openItems,
  onChanged,
}: {
  account: Account;
  inDebtCollection: boolean;
  openItems: Entry[];
  onChanged: () => void;
}) {
  const organization = useOrganization();
  const [active, setActive] = useState<{ action: AccountAction; idempotencyKey: string } | undefined>();
  const context = (idempotencyKey: string): ActionContext => ({
    account,
    slug: organization.slug,
    idempotencyKey,
    timeZone: organization.time_zone,
    inDebtCollection,
    openItems,
  });
  const shown = ACCOUNT_ACTIONS.filter((action) => action.shown(context('')));
  return (
    <div class="actions" role="group" aria-label="Account actions">
      {shown.map((action) => (
        <button
          type="button"
          key={action.id}
          onClick={() => setActive({ action, idempotencyKey: crypto.randomUUID() })}
        >
          {action.label}
        </button>
      ))}
      <Dialog title={active?.action.title ?? 'Action'} open={active !== undefined} onClose={() => setActive(undefined)}>
        {active && (
          <ActionForm
            idPrefix={active.action.id}
            fields={active.action.fields(context(active.idempotencyKey))}
            currency={account.currency}
            submitLabel={active.action.submitLabel}
            onCancel={() => setActive(undefined)}
            onSubmit={async (values) => {
              await active.action.run(context(active.idempotencyKey), values);
              setActive(undefined);
              onChanged();
            }}
          />
        )}
      </Dialog>
    </div>
  );
}

/** Reverse one entry (not a reversal, not one reversed already). */
export function ReverseButton({
  entry,
  currency,
  onChanged,
}: {
  entry: Entry;
  currency: string;
  onChanged: () => void;
}) {
  const organization = useOrganization();
  const [idempotencyKey, setKey] = useState<string | undefined>();
  if (entry.reversed_by !== null || entry.reversal_of !== null) return null;
  const label = `Reverse ${kindLabel(entry.kind).toLowerCase()} of ${formatMoney(entry.amount, currency)}`;
  return (
    <>
      <button type="button" class="small" aria-label={label} onClick={() => setKey(crypto.randomUUID())}>
        Reverse
      </button>
      <Dialog
        title={`Reverse this ${kindLabel(entry.kind).toLowerCase()}`}
        open={idempotencyKey !== undefined}
        onClose={() => setKey(undefined)}
      >
        {idempotencyKey && (
          <>
            <p>
              Books the opposite of the {kindLabel(entry.kind).toLowerCase()} of {formatMoney(entry.amount, currency)}{' '}
              booked {formatDate(entry.booked_at.slice(0, 10))}. The original stays in the ledger.
            </p>
            <ActionForm
              idPrefix={`reverse-${entry.id}`}
              fields={[{ name: 'description', label: 'Reason', kind: 'text' }]}
              currency={currency}
              submitLabel="Reverse entry"
              onCancel={() => setKey(undefined)}
              onSubmit={async (values) => {
                await call(
                  api.POST('/orgs/{org_id}/entries/{entry_id}/reversal', {
                    params: {
                      path: { org_id: organization.slug, entry_id: entry.id },
                      header: { 'idempotency-key': idempotencyKey },
                    },
                    body: typeof values.description === 'string' ? { description: values.description } : {},
                  }),
                );
                setKey(undefined);
                onChanged();
              }}
            />
          </>
        )}
      </Dialog>
    </>
  );
}
