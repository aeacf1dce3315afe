/**
 * Where an account stands in dunning on a given day: a pure function of the policy, the
 * account's dunning state and its oldest overdue charge. The run (run.ts) applies the answer.
 *
 * - Days past due count from the due date of the oldest charge still open and due before the
 *   day (the anchor); a charge moved into an installment plan does not count, its installments do.
 * - Levels only rise while something stays overdue: a partial payment keeps the level and moves
 *   the anchor to the oldest charge still open, from which further escalation is measured.
 * - Every level passed on the way up is named, so its fee is posted even when a run jumps over it.
 * - Nothing overdue resets the level; a block that dunning set is lifted.
 */
import type { AccountStatus } from '../accounts/account.ts';
import { daysBetween } from '../clock.ts';
import type { DunningPolicy } from './policy.ts';

/**
 * Where an account stands in dunning: the account columns a dunning run decides (exemption is a
 * person's, so it is not among them). The run reads them with the account and writes them back.
 */
export interface DunningState {
  status: AccountStatus;
  dunningLevel: number | null;
  /** The due date of the oldest overdue charge the current level counts from. */
  dunningAnchorDate: string | null;
  /** Blocked by dunning (not by a person): lifted when nothing is overdue any more. */
  dunningBlocked: boolean;
  inDebtCollection: boolean;
  debtCollectionSince: string | null;
  /** The anchor of the last debt-collection recall: no automatic hand-over again on it. */
  debtCollectionRecalledAnchor: string | null;
}

export interface DunningEvaluation {
  level: number | null;
  anchorDate: string | null;
  daysPastDue: number | null;
  /** The levels entered now, lowest first, whose fee (when the level has one) is due. */
  levelsPassed: number[];
  /** Whether the account should be blocked by dunning from now on. */
  block: boolean;
  handOver: boolean;
}

export function evaluateDunning(
  policy: DunningPolicy,
  state: DunningState,
  oldestOverdueDueDate: string | null,
  asOf: string,
): DunningEvaluation {
  if (oldestOverdueDueDate === null || oldestOverdueDueDate >= asOf) {
    return { level: null, anchorDate: null, daysPastDue: null, levelsPassed: [], block: false, handOver: false };
  }
  const daysPastDue = daysBetween(oldestOverdueDueDate, asOf);
  let reached = -1;
  policy.levels.forEach((level, index) => {
    if (level.daysPastDue <= daysPastDue) reached = index;
  });
  // A policy may have lost levels since the account reached one: stay within the policy.
  const current = state.dunningLevel === null ? -1 : Math.min(state.dunningLevel, policy.levels.length - 1);
  const target = Math.max(current, reached);
  const levelsPassed: number[] = [];
  for (let index = current + 1; index <= target; index++) levelsPassed.push(index);
  const block = policy.levels.some((level, index) => index <= target && level.blockAccount === true);
  const after = policy.debtCollectionAfterDays;
  const handOver =
    after !== null && daysPastDue >= after && state.debtCollectionRecalledAnchor !== oldestOverdueDueDate;
  return {
    level: target < 0 ? null : target,
    anchorDate: oldestOverdueDueDate,
    daysPastDue,
    levelsPassed,
    block,
    handOver,
  };
}

/** Whether an account at this level is blocked by the policy (a level at or below it blocks). */
export function levelBlocks(policy: DunningPolicy | null, level: number | null): boolean {
  if (policy === null || level === null) return false;
  return policy.levels.some((candidate, index) => index <= level && candidate.blockAccount === true);
}
