/**
 * An installment plan: the open amounts of some charges of an account, moved into a number of
 * installments due month by month. See docs/receivables.md for how the move keeps the balance
 * and the debit and credit totals unchanged.
 */
import type { Entry } from '../entries/entry.ts';

export const INSTALLMENTS_MAX = 120;
export const INSTALLMENT_PLAN_ENTRIES_MAX = 100;
export const INSTALLMENT_INTERVAL_MONTHS_MAX = 12;

export type InstallmentPlanStatus = 'ACTIVE' | 'CANCELLED';

export interface InstallmentPlanOriginal {
  entryId: number;
  entryPublicId: string;
  /** What the charge had open when it moved into the plan. */
  movedMinor: bigint;
}

export interface InstallmentPlan {
  id: number;
  publicId: string; // ipl_…
  organizationId: string;
  accountId: number;
  status: InstallmentPlanStatus;
  installmentCount: number;
  firstDueDate: string;
  intervalMonths: number;
  totalMinor: bigint;
  originals: InstallmentPlanOriginal[];
  createdAt: string;
  cancelledAt: string | null;
}

export interface InstallmentStore {
  insertPlan(plan: Omit<InstallmentPlan, 'id'>): Promise<number>;
  findPlan(organizationId: string, publicId: string): Promise<InstallmentPlan | undefined>;
  listPlans(organizationId: string, accountId: number): Promise<InstallmentPlan[]>;
  cancelPlan(organizationId: string, id: number, at: string): Promise<boolean>;
  /** Sets (or with null clears) installment_plan_id on the original charges. */
  markOriginals(organizationId: string, entryIds: number[], planId: number | null): Promise<void>;
  /** The installments of a plan, by due date. */
  installmentsOf(organizationId: string, planId: number): Promise<Entry[]>;
}

/** Splits exactly: every installment the same, the remainder's minor units on the last one. */
export function splitAmount(totalMinor: bigint, count: number): bigint[] {
  const n = BigInt(count);
  const base = totalMinor / n;
  const parts = Array.from({ length: count }, () => base);
  parts[count - 1] = base + (totalMinor - base * n);
  return parts;
}
