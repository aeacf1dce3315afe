/**
 * What happened, as other systems learn it: every change Saldo commits records events in the same
 * transaction (nothing for what rolls back). The core names each event and the domain object it is
 * about; `src/events/catalogue.ts` says how each type's `data` shows that object, as the native API
 * shows it, and the compiler keeps the two lists one.
 */
import type { Account, AccountStatus } from '../accounts/account.ts';
import type { BankLine, BankLineUnmatched, BankStatement, PaymentReturned } from '../bank-statements/bank-statement.ts';
import type { Customer } from '../customers/customer.ts';
import type { DunningRun, ReceivablesAccount } from '../dunning/dunning-store.ts';
import type { EntryDetail } from '../entries/entry.ts';
import type { Family } from '../families/family.ts';
import type { InstallmentPlanDetail } from '../installments/commands.ts';
import type { ScheduledPayment } from '../scheduled-payments/scheduled-payment.ts';
import type { WebhookEndpoint } from '../webhooks/webhook-endpoint.ts';

/** Why an account's status moved. */
export type StatusChangeCause = 'MANUAL' | 'CLOSED' | 'AUTO_CLOSED' | 'REOPENED' | 'DUNNING' | 'DEBT_COLLECTION';

export interface AccountStatusChange {
  accountPublicId: string;
  from: AccountStatus;
  to: AccountStatus;
  cause: StatusChangeCause;
  /** The account's version after the change (null where the ledger moved it, which keeps the version). */
  version: number | null;
}

/** A dunning level: its position in the policy and its name. */
export interface DunningLevelRef {
  index: number;
  name: string;
}

export interface DunningLevelChange {
  accountPublicId: string;
  from: DunningLevelRef | null;
  to: DunningLevelRef | null;
  daysPastDue: number | null;
  anchorDate: string | null;
  overdueMinor: bigint;
  /** The run that moved it (dnr_…). */
  runPublicId: string;
}

export interface DebtCollectionStep {
  account: ReceivablesAccount;
  /** MANUAL: a person's call; DUNNING: a run reached `debt_collection_after_days`. */
  trigger: 'MANUAL' | 'DUNNING';
}

export interface ScheduledPaymentStep {
  payment: ScheduledPayment;
  /** The payment entry booked when it was collected. */
  paymentEntryPublicId?: string | null | undefined;
}

export interface FamilyMembershipChange {
  family: Family;
  customerPublicId: string;
  at: string;
}

export interface EndpointDisabled {
  endpoint: WebhookEndpoint;
  reason: string;
}

/** Each event type and the domain object its `data` is made from. */
export interface EventSubjects {
  'customer.created': Customer;
  'customer.updated': Customer;
  'account.created': Account;
  /** Fields a person changes: name, credit limit, billing address, template, parent, payment method, dunning exemption. */
  'account.updated': Account;
  'account.status_changed': AccountStatusChange;
  /** A charge, credit note, fee, interest, refund or write-off booked (not a payment, not a reversal). */
  'entry.posted': EntryDetail;
  /** A payment booked, with its allocations. */
  'payment.recorded': EntryDetail;
  /** The reversal entry of an entry reversed. */
  'entry.reversed': EntryDetail;
  'dunning.level_changed': DunningLevelChange;
  'debt_collection.handed_over': DebtCollectionStep;
  'debt_collection.recalled': DebtCollectionStep;
  'installment_plan.created': InstallmentPlanDetail;
  'installment_plan.cancelled': InstallmentPlanDetail;
  'scheduled_payment.created': ScheduledPaymentStep;
  'scheduled_payment.due': ScheduledPaymentStep;
  'scheduled_payment.collected': ScheduledPaymentStep;
  'scheduled_payment.failed': ScheduledPaymentStep;
  'scheduled_payment.cancelled': ScheduledPaymentStep;
  'family.member_added': FamilyMembershipChange;
  'family.member_removed': FamilyMembershipChange;
  'dunning_run.completed': DunningRun;
  'webhook_endpoint.disabled': EndpointDisabled;
  /** A statement of a file was imported (each statement of a file records one). */
  'bank_statement.imported': BankStatement;
  /** A credit line was matched to an account and its payment booked (by a rule or by hand). */
  'bank_line.matched': BankLine;
  'bank_line.unmatched': BankLineUnmatched;
  'payment.returned': PaymentReturned;
}

export type EventType = keyof EventSubjects;

export type DomainEvent = { [T in EventType]: { type: T; subject: EventSubjects[T] } }[EventType];

/** An event of a type about its subject (the compiler checks they belong together). */
export function domainEvent<T extends EventType>(type: T, subject: EventSubjects[T]): DomainEvent {
  return { type, subject } as DomainEvent;
}

/** The events a booked entry records: one per entry, by what it is. */
export function bookingEvent(detail: EntryDetail): DomainEvent {
  if (detail.entry.kind === 'REVERSAL') return { type: 'entry.reversed', subject: detail };
  if (detail.entry.kind === 'PAYMENT') return { type: 'payment.recorded', subject: detail };
  return { type: 'entry.posted', subject: detail };
}

/** The status change of an account, or nothing when the status stayed. */
export function statusChangeEvents(change: AccountStatusChange): DomainEvent[] {
  return change.from === change.to ? [] : [domainEvent('account.status_changed', change)];
}
