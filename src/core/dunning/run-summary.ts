/**
 * A dunning run's summary as a document: what the audit trail records and the run's row keeps,
 * snake_case counts with the sums as decimal strings (exact whatever their size). Runs stored
 * before a count existed read it as 0.
 */
import type { DunningRunSummary } from './dunning-store.ts';

export type SummaryDocument = Record<string, number | string>;

export function summaryDocument(summary: DunningRunSummary): SummaryDocument {
  return {
    accounts_changed: summary.accountsChanged,
    escalated: summary.escalated,
    reset: summary.reset,
    fees_posted: summary.feesPosted,
    fees_minor: summary.feesMinor.toString(),
    blocked: summary.blocked,
    unblocked: summary.unblocked,
    handed_over: summary.handedOver,
    auto_closed: summary.autoClosed,
    scheduled_payments_due: summary.scheduledPaymentsDue,
    accounts_failed: summary.accountsFailed,
    interest_posted: summary.interestPosted,
    interest_minor: summary.interestMinor.toString(),
  };
}

export function summaryFromDocument(document: Record<string, unknown>): DunningRunSummary {
  const count = (name: string) => Number(document[name] ?? 0);
  const sum = (name: string) => BigInt((document[name] as string | undefined) ?? '0');
  return {
    accountsChanged: count('accounts_changed'),
    escalated: count('escalated'),
    reset: count('reset'),
    feesPosted: count('fees_posted'),
    feesMinor: sum('fees_minor'),
    blocked: count('blocked'),
    unblocked: count('unblocked'),
    handedOver: count('handed_over'),
    autoClosed: count('auto_closed'),
    scheduledPaymentsDue: count('scheduled_payments_due'),
    accountsFailed: count('accounts_failed'),
    interestPosted: count('interest_posted'),
    interestMinor: sum('interest_minor'),
  };
}
