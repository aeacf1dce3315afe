/**
 * The event catalogue: for every event type, what it means and when it happens, the schema of its
 * `data` (in the OpenAPI document's `webhooks` and docs/events.md) and how its domain object is
 * shown — as the native API shows it. One entry per type of `EventSubjects`: the compiler refuses
 * a type missing here.
 */
import { type TSchema, Type } from 'typebox';
import { ACCOUNT_STATUSES } from '../core/accounts/account.ts';
import type {
  DomainEvent,
  DunningLevelRef,
  EventSubjects,
  EventType,
  ScheduledPaymentStep,
} from '../core/events/domain-event.ts';
import { toMinorNumber } from '../core/money.ts';
import { AccountView, accountView } from '../http/org-api/views/account.ts';
import { CustomerView, customerView } from '../http/org-api/views/customer.ts';
import { EntryView, PaymentView, entryView, paymentView } from '../http/org-api/views/entry.ts';
import { FamilyView, familyView } from '../http/org-api/views/family.ts';
import {
  DunningRunView,
  InstallmentPlanView,
  ReceivablesAccountView,
  dunningRunView,
  installmentPlanView,
  receivablesAccountView,
} from '../http/org-api/views/receivables.ts';
import { ScheduledPaymentView, scheduledPaymentView } from '../http/org-api/views/scheduled-payment.ts';
import { WebhookEndpointView, webhookEndpointView } from '../http/org-api/views/webhook.ts';
import {
  BankLineView,
  BankStatementView,
  bankLineView,
  bankStatementView,
} from '../http/org-api/views/bank-statement.ts';

export interface EventTypeEntry<T extends EventType> {
  /** What happened: when the event is recorded, and what `data` is. */
  description: string;
  /** The schema of `data`. */
  data: TSchema;
  render(subject: EventSubjects[T]): unknown;
}

const Status = Type.Unsafe<string>({ type: 'string', enum: [...ACCOUNT_STATUSES] });
const LevelRef = Type.Union([Type.Object({ index: Type.Integer({ minimum: 0 }), name: Type.String() }), Type.Null()]);

const StatusChangedView = Type.Object({
  account_id: Type.String({ format: 'uuid' }),
  from: Status,
  to: Status,
  cause: Type.Unsafe<string>({
    type: 'string',
    enum: ['MANUAL', 'CLOSED', 'AUTO_CLOSED', 'REOPENED', 'DUNNING', 'DEBT_COLLECTION'],
    description:
      'MANUAL: POST …/status; CLOSED: the account was deleted (closed); AUTO_CLOSED: an account to close was settled; REOPENED: a booking made an automatically closed account owe again (ACCOUNT_TO_CLOSE); DUNNING: a dunning run blocked, unblocked or handed it over; DEBT_COLLECTION: handed over or recalled by hand.',
  }),
  version: Type.Union([Type.Integer(), Type.Null()], {
    description: "The account's version after the change; null when the ledger moved it (which keeps the version).",
  }),
});

const LevelChangedView = Type.Object({
  account_id: Type.String({ format: 'uuid' }),
  from: LevelRef,
  to: LevelRef,
  days_past_due: Type.Union([Type.Integer(), Type.Null()], {
    description: 'Of the oldest overdue charge, on the run’s as_of; null when nothing is overdue.',
  }),
  anchor_date: Type.Union([Type.String({ format: 'date' }), Type.Null()], {
    description: 'Due date of the oldest overdue charge.',
  }),
  overdue_amount: Type.Integer({ description: 'Minor units overdue on the run’s as_of.' }),
  dunning_run_id: Type.String({ description: 'The run that moved the level (dnr_…).' }),
});

const DebtCollectionView = Type.Object({
  account_id: Type.String({ format: 'uuid' }),
  trigger: Type.Union([Type.Literal('MANUAL'), Type.Literal('DUNNING')]),
  account: ReceivablesAccountView,
});

const ScheduledPaymentEventView = Type.Intersect([
  ScheduledPaymentView,
  Type.Object({
    payment_entry_id: Type.Union([Type.String(), Type.Null()], {
      description: 'The payment booked (trn_…), once collected; null otherwise.',
    }),
  }),
]);

const MembershipView = Type.Object({
  family_id: Type.String(),
  customer_id: Type.String({ format: 'uuid' }),
  family: FamilyView,
  at: Type.String({ format: 'date-time' }),
});

const EndpointDisabledView = Type.Object({
  endpoint: WebhookEndpointView,
  reason: Type.String(),
});

function levelRef(level: DunningLevelRef | null) {
  return level === null ? null : { index: level.index, name: level.name };
}

function scheduledPaymentEvent({ payment, paymentEntryPublicId }: ScheduledPaymentStep) {
  return { ...scheduledPaymentView(payment), payment_entry_id: paymentEntryPublicId ?? null };
}

export const EVENT_CATALOGUE: { [T in EventType]: EventTypeEntry<T> } = {
  'customer.created': {
    description:
      'A customer was created (POST /orgs/{org_id}/customers, the command line, the demo). `data` is the customer as GET /orgs/{org_id}/customers/{customer_id} shows it.',
    data: CustomerView,
    render: customerView,
  },
  'customer.updated': {
    description:
      'A customer was changed (PATCH /orgs/{org_id}/customers/{customer_id}). `data` is the customer after the change.',
    data: CustomerView,
    render: customerView,
  },
  'account.created': {
    description:
      'An account was opened for a customer. `data` is the account as GET /orgs/{org_id}/accounts/{account_id} shows it.',
    data: AccountView,
    render: accountView,
  },
  'account.updated': {
    description:
      'An account was changed by a person: name, credit limit, billing address, template or parent (PATCH), payment method, or dunning exemption. `data` is the account after the change. Status changes have their own event, and bookings change the figures without this one.',
    data: AccountView,
    render: accountView,
  },
  'account.status_changed': {
    description:
      "An account's status moved, whatever moved it (`cause` says what). `data` names the account, the status before and after, and the account's version.",
    data: StatusChangedView,
    render: (change) => ({
      account_id: change.accountPublicId,
      from: change.from,
      to: change.to,
      cause: change.cause,
      version: change.version,
    }),
  },
  'entry.posted': {
    description:
      'A booking entry was posted: a charge, a credit note, a dunning fee, interest, a refund or a write-off. `data` is the entry as GET /orgs/{org_id}/entries/{entry_id} shows it when it was booked.',
    data: EntryView,
    render: entryView,
  },
  'payment.recorded': {
    description:
      'A payment was booked (by a call, a batch item, a bank statement line or a collected scheduled payment). `data` is the payment with its allocations and what is left unallocated.',
    data: PaymentView,
    render: paymentView,
  },
  'entry.reversed': {
    description:
      'An entry was reversed. `data` is the reversal entry (kind REVERSAL, `reversal_of` the original); its allocations were released and settled again.',
    data: EntryView,
    render: entryView,
  },
  'dunning.level_changed': {
    description:
      "A dunning run moved an account's dunning level: up when an overdue charge passed a level's days past due, to null when nothing is overdue any more. `from` and `to` are `{index, name}` of the policy's level, or null for none.",
    data: LevelChangedView,
    render: (change) => ({
      account_id: change.accountPublicId,
      from: levelRef(change.from),
      to: levelRef(change.to),
      days_past_due: change.daysPastDue,
      anchor_date: change.anchorDate,
      overdue_amount: toMinorNumber(change.overdueMinor),
      dunning_run_id: change.runPublicId,
    }),
  },
  'debt_collection.handed_over': {
    description:
      'An account was handed over to debt collection, by hand (POST …/debt-collection) or by a dunning run at `debt_collection_after_days`. `data.account` is the account as the debt-collection call answers it.',
    data: DebtCollectionView,
    render: (step) => ({
      account_id: step.account.publicId,
      trigger: step.trigger,
      account: receivablesAccountView(step.account),
    }),
  },
  'debt_collection.recalled': {
    description:
      'An account was recalled from debt collection (DELETE …/debt-collection). `data.account` is the account after the recall.',
    data: DebtCollectionView,
    render: (step) => ({
      account_id: step.account.publicId,
      trigger: step.trigger,
      account: receivablesAccountView(step.account),
    }),
  },
  'installment_plan.created': {
    description:
      'An installment plan was created: the open amounts of its charges moved into installments (new charges of kind INSTALLMENT, which record no entry.posted of their own). `data` is the plan as GET /orgs/{org_id}/installment-plans/{plan_id} shows it.',
    data: InstallmentPlanView,
    render: installmentPlanView,
  },
  'installment_plan.cancelled': {
    description:
      'An installment plan was cancelled: what was open on its installments went back to the original charges. `data` is the plan after the cancellation.',
    data: InstallmentPlanView,
    render: installmentPlanView,
  },
  'scheduled_payment.created': {
    description:
      'A payment was scheduled into an account. `data` is the scheduled payment as GET /orgs/{org_id}/scheduled-payments/{id} shows it.',
    data: ScheduledPaymentEventView,
    render: scheduledPaymentEvent,
  },
  'scheduled_payment.due': {
    description:
      "A scheduled payment's date came (the daily job or a dunning run moved it from SCHEDULED to DUE): the payment integration collects it now and reports the result.",
    data: ScheduledPaymentEventView,
    render: scheduledPaymentEvent,
  },
  'scheduled_payment.collected': {
    description:
      'A scheduled payment was collected: its payment was booked (`payment_entry_id`; the payment records its own payment.recorded).',
    data: ScheduledPaymentEventView,
    render: scheduledPaymentEvent,
  },
  'scheduled_payment.failed': {
    description: 'Collecting a scheduled payment failed: nothing was booked.',
    data: ScheduledPaymentEventView,
    render: scheduledPaymentEvent,
  },
  'scheduled_payment.cancelled': {
    description: 'A scheduled payment was cancelled before it fell due.',
    data: ScheduledPaymentEventView,
    render: scheduledPaymentEvent,
  },
  'family.member_added': {
    description: 'A customer joined a family (PUT …/members/{customer_id}; adding a member again records nothing).',
    data: MembershipView,
    render: (change) => ({
      family_id: change.family.id,
      customer_id: change.customerPublicId,
      family: familyView(change.family),
      at: change.at,
    }),
  },
  'family.member_removed': {
    description: 'A customer left a family (DELETE …/members/{customer_id}).',
    data: MembershipView,
    render: (change) => ({
      family_id: change.family.id,
      customer_id: change.customerPublicId,
      family: familyView(change.family),
      at: change.at,
    }),
  },
  'dunning_run.completed': {
    description:
      "A dunning run completed (asked for, or the daily job's). `data` is the run as GET /orgs/{org_id}/dunning-runs/{run_id} shows it, with its counts.",
    data: DunningRunView,
    render: dunningRunView,
  },
  'webhook_endpoint.disabled': {
    description:
      'Saldo disabled a webhook endpoint whose every attempt had failed for days. `data.endpoint` is the endpoint (never its secret); enable it again with PATCH {enabled: true}, and replay what it missed.',
    data: EndpointDisabledView,
    render: (disabled) => ({ endpoint: webhookEndpointView(disabled.endpoint), reason: disabled.reason }),
  },
  'bank_statement.imported': {
    description:
      'A bank statement was imported (POST /orgs/{org_id}/bank-statements or `saldo statement import`); a file of several statements records one per statement imported, none for a statement imported before. `data` is the statement as GET /orgs/{org_id}/bank-statements/{id} shows it, with what the import did with its lines.',
    data: BankStatementView,
    render: bankStatementView,
  },
  'bank_line.matched': {
    description:
      'A credit line of a bank statement was matched to an account (`match`: the rule, or MANUAL) and its payment booked (`entry_id`; the payment records its own payment.recorded). `data` is the line as GET /orgs/{org_id}/bank-lines/{id} shows it.',
    data: BankLineView,
    render: bankLineView,
  },
  'bank_line.unmatched': {
    description:
      'A matched bank line went back to the unmatched queue: undone by hand (`cause` MANUAL, POST …/unmatch) or its payment was reversed through the entries API (`cause` PAYMENT_REVERSED). `payment_entry_id` is the payment it had booked (now reversed); `line` the line as it is now.',
    data: Type.Object({
      line: BankLineView,
      cause: Type.Unsafe<string>({ type: 'string', enum: ['MANUAL', 'PAYMENT_REVERSED'] }),
      payment_entry_id: Type.Union([Type.String(), Type.Null()]),
    }),
    render: (unmatched) => ({
      line: bankLineView(unmatched.line),
      cause: unmatched.cause,
      payment_entry_id: unmatched.paymentEntryPublicId,
    }),
  },
  'payment.returned': {
    description:
      'A bank returned a direct debit (a debit line with a return reason such as AM04, MD06, MS02): the payment Saldo booked for it was reversed (`reversal_entry_id`, its charges open again), the `returned_debit_fee` charged when the organization sets one (`fee_entry_id`), the scheduled payment RETURNED (`scheduled_payment_id`, when one collected it).',
    data: Type.Object({
      account_id: Type.String({ format: 'uuid' }),
      payment_entry_id: Type.String(),
      reversal_entry_id: Type.String(),
      fee_entry_id: Type.Union([Type.String(), Type.Null()]),
      amount: Type.Integer({ description: 'Minor units returned.' }),
      currency: Type.String(),
      reason_code: Type.String(),
      scheduled_payment_id: Type.Union([Type.String(), Type.Null()]),
      bank_line_id: Type.String(),
      statement_id: Type.String(),
    }),
    render: (returned) => ({
      account_id: returned.accountPublicId,
      payment_entry_id: returned.paymentEntryPublicId,
      reversal_entry_id: returned.reversalEntryPublicId,
      fee_entry_id: returned.feeEntryPublicId,
      amount: toMinorNumber(returned.amountMinor),
      currency: returned.currency,
      reason_code: returned.reasonCode,
      scheduled_payment_id: returned.scheduledPaymentPublicId,
      bank_line_id: returned.line.publicId,
      statement_id: returned.line.statementPublicId,
    }),
  },
};

export const EVENT_TYPES = Object.keys(EVENT_CATALOGUE) as EventType[];

export function isEventType(text: string): text is EventType {
  return Object.hasOwn(EVENT_CATALOGUE, text);
}

/** The `data` of an event, as its type shows its domain object. */
export function renderEventData(event: DomainEvent): unknown {
  const entry = EVENT_CATALOGUE[event.type] as EventTypeEntry<typeof event.type>;
  return (entry.render as (subject: unknown) => unknown)(event.subject);
}
