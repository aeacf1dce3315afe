/** Receivables processes in the native API's JSON: accounts' dunning state, runs, plans. */
import { Type } from 'typebox';
import { ACCOUNT_STATUSES, type AccountStatus } from '../../../core/accounts/account.ts';
import type { DunningRun, DunningRunChange, ReceivablesAccount } from '../../../core/dunning/dunning-store.ts';
import type { InstallmentPlanDetail } from '../../../core/installments/commands.ts';
import { toMinorNumber } from '../../../core/money.ts';

const Status = Type.Unsafe<AccountStatus>({ type: 'string', enum: [...ACCOUNT_STATUSES] });
const NullableInteger = Type.Union([Type.Integer(), Type.Null()]);
const NullableString = Type.Union([Type.String(), Type.Null()]);

export const ReceivablesAccountView = Type.Object({
  id: Type.String({ format: 'uuid', description: 'The account (003 `account_id`).' }),
  status: Status,
  version: Type.Integer(),
  balance: Type.Integer({ description: 'Minor units: credits − charges.' }),
  open_amount: Type.Integer({ description: 'Minor units still owed on charges.' }),
  dunning: Type.Object({
    level: Type.Union([Type.Integer(), Type.Null()], { description: 'Index into the policy levels; null = none.' }),
    anchor_date: Type.Union([Type.String({ format: 'date' }), Type.Null()], {
      description: 'Due date of the oldest overdue charge.',
    }),
    exempt: Type.Boolean(),
    blocked_by_dunning: Type.Boolean(),
  }),
  debt_collection: Type.Object({
    active: Type.Boolean(),
    since: NullableString,
  }),
  closed_at: NullableString,
});

export function receivablesAccountView(account: ReceivablesAccount) {
  return {
    id: account.publicId,
    status: account.status,
    version: account.version,
    balance: toMinorNumber(account.balanceMinor),
    open_amount: toMinorNumber(account.openMinor),
    dunning: {
      level: account.dunningLevel,
      anchor_date: account.dunningAnchorDate,
      exempt: account.dunningExempt,
      blocked_by_dunning: account.dunningBlocked,
    },
    debt_collection: { active: account.inDebtCollection, since: account.debtCollectionSince },
    closed_at: account.closedAt,
  };
}

export const DunningRunCounts = Type.Object({
  accounts_changed: Type.Integer(),
  escalated: Type.Integer(),
  reset: Type.Integer(),
  fees_posted: Type.Integer(),
  fees_amount: Type.Integer({ description: 'Minor units, summed over currencies as posted.' }),
  blocked: Type.Integer(),
  unblocked: Type.Integer(),
  handed_over: Type.Integer(),
  auto_closed: Type.Integer(),
  scheduled_payments_due: Type.Integer(),
  accounts_failed: Type.Integer({
    description: 'Accounts an expected refusal stopped; the next run tries them again.',
  }),
  interest_posted: Type.Integer({ description: 'INTEREST charges booked, at most one per account.' }),
  interest_amount: Type.Integer({ description: 'Minor units, summed over currencies as posted.' }),
});

export const DunningRunView = Type.Object({
  id: Type.String({ examples: ['dnr_01JD5Z4W6Y3B0H9Q8E2N4R7T5V'] }),
  as_of: Type.String({ format: 'date' }),
  trigger: Type.Union([Type.Literal('API'), Type.Literal('SCHEDULE')]),
  status: Type.Union([Type.Literal('RUNNING'), Type.Literal('COMPLETED'), Type.Literal('FAILED')]),
  accounts_evaluated: Type.Integer(),
  changes: DunningRunCounts,
  started_at: Type.String({ format: 'date-time' }),
  completed_at: NullableString,
});

export function dunningRunView(run: DunningRun) {
  const summary = run.summary;
  return {
    id: run.publicId,
    as_of: run.asOf,
    trigger: run.trigger,
    status: run.status,
    accounts_evaluated: run.accountsEvaluated,
    changes: {
      accounts_changed: summary.accountsChanged,
      escalated: summary.escalated,
      reset: summary.reset,
      fees_posted: summary.feesPosted,
      fees_amount: toMinorNumber(summary.feesMinor),
      blocked: summary.blocked,
      unblocked: summary.unblocked,
      handed_over: summary.handedOver,
      auto_closed: summary.autoClosed,
      scheduled_payments_due: summary.scheduledPaymentsDue,
      accounts_failed: summary.accountsFailed,
      interest_posted: summary.interestPosted,
      interest_amount: toMinorNumber(summary.interestMinor),
    },
    started_at: run.startedAt,
    completed_at: run.completedAt,
  };
}

export const DunningRunChangeView = Type.Object({
  account_id: Type.String({ format: 'uuid' }),
  from_level: NullableInteger,
  to_level: NullableInteger,
  days_past_due: NullableInteger,
  anchor_date: NullableString,
  overdue_amount: Type.Integer(),
  status_from: Status,
  status_to: Status,
  handed_over: Type.Boolean(),
  fees: Type.Array(Type.Object({ level: Type.Integer(), entry_id: Type.String(), amount: Type.Integer() })),
});

export function dunningRunChangeView(change: DunningRunChange) {
  return {
    account_id: change.accountPublicId,
    from_level: change.fromLevel,
    to_level: change.toLevel,
    days_past_due: change.daysPastDue,
    anchor_date: change.anchorDate,
    overdue_amount: toMinorNumber(change.overdueMinor),
    status_from: change.statusFrom,
    status_to: change.statusTo,
    handed_over: change.handedOver,
    fees: change.fees.map((fee) => ({
      level: fee.level,
      entry_id: fee.entryPublicId,
      amount: toMinorNumber(fee.amountMinor),
    })),
  };
}

export const InstallmentPlanView = Type.Object({
  id: Type.String({ examples: ['ipl_01JD5Z4W6Y3B0H9Q8E2N4R7T5V'] }),
  account_id: Type.String({ format: 'uuid' }),
  status: Type.Union([Type.Literal('ACTIVE'), Type.Literal('CANCELLED')]),
  currency: Type.String(),
  total: Type.Integer({ description: 'Minor units moved from the original charges.' }),
  first_due_date: Type.String({ format: 'date' }),
  interval_months: Type.Integer(),
  entry_ids: Type.Array(Type.String(), { description: 'The original charges.' }),
  originals: Type.Array(
    Type.Object({ entry_id: Type.String(), amount: Type.Integer({ description: 'What moved into the plan.' }) }),
  ),
  installments: Type.Array(
    Type.Object({
      entry_id: Type.String(),
      amount: Type.Integer(),
      open_amount: Type.Integer(),
      due_date: Type.String({ format: 'date' }),
    }),
  ),
  created_at: Type.String({ format: 'date-time' }),
  cancelled_at: NullableString,
});

export function installmentPlanView(detail: InstallmentPlanDetail) {
  const { plan } = detail;
  return {
    id: plan.publicId,
    account_id: detail.accountPublicId,
    status: plan.status,
    currency: detail.currency,
    total: toMinorNumber(plan.totalMinor),
    first_due_date: plan.firstDueDate,
    interval_months: plan.intervalMonths,
    entry_ids: plan.originals.map((o) => o.entryPublicId),
    originals: plan.originals.map((o) => ({ entry_id: o.entryPublicId, amount: toMinorNumber(o.movedMinor) })),
    installments: detail.installments.map((e) => ({
      entry_id: e.publicId,
      amount: toMinorNumber(e.amountMinor),
      open_amount: toMinorNumber(e.openMinor),
      due_date: e.dueDate,
    })),
    created_at: plan.createdAt,
    cancelled_at: plan.cancelledAt,
  };
}
