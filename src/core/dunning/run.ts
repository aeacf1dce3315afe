/**
 * A dunning run: evaluates the organization's accounts as of one day and applies the answer.
 *
 * Each account is handled in its own transaction (lock, evaluate, post fees, change level and
 * status, record the change), so a long run holds no lock for long and a run cut off half-way
 * leaves every account either done or untouched. Running again is safe: a done account has
 * nothing left to change, and a level's fee is recorded per account and anchor (dunning_fees),
 * so it is never posted twice. The same run marks scheduled payments due and closes settled
 * accounts to close. `as_of` moves the run's clock to that day: fees are due and booked then.
 */
import type { AccountStatus } from '../accounts/account.ts';
import type { Actor } from '../actor.ts';
import { type Clock, calendarDate } from '../clock.ts';
import { bookEntry } from '../entries/book-entry.ts';
import { SaldoError, assert } from '../errors.ts';
import { newPublicId } from '../ids.ts';
import { closeIfSettled } from '../lifecycle/commands.ts';
import { isClosedStatus } from '../lifecycle/transitions.ts';
import type { Organization } from '../organizations/organization.ts';
import { markScheduledPaymentsDue } from '../scheduled-payments/due.ts';
import type { Store } from '../store.ts';
import type { WriteCommand } from '../write-pipeline.ts';
import type { DunningRun, DunningRunSummary, DunningRunTrigger, PostedFee, ReceivablesAccount, ReceivablesAccountChanges } from './dunning-store.ts';
import { type DunningEvaluation, evaluateDunning } from './evaluate.ts';
import type { DunningPolicy } from './policy.ts';

/** Accounts read per query; each is then handled in its own transaction. */
export const DUNNING_BATCH_SIZE = 200;

const NO_POLICY: DunningPolicy = { levels: [], debtCollectionAfterDays: null };

export function emptySummary(): DunningRunSummary {
  return {
    accounts_changed: 0,
    escalated: 0,
    reset: 0,
    fees_posted: 0,
    fees_minor: '0',
    blocked: 0,
    unblocked: 0,
    handed_over: 0,
    auto_closed: 0,
    scheduled_payments_due: 0,
    accounts_failed: 0,
  };
}

/**
 * A clock standing on `asOf` in the organization's time zone, or the given one when `asOf` is
 * today. Every date a run decides (fee due dates, booking instants) then reads that day.
 */
export function clockOnDay(base: Clock, asOf: string, timeZone: string): Clock {
  if (calendarDate(base.now(), timeZone) === asOf) return base;
  const noon = Date.parse(`${asOf}T12:00:00Z`);
  for (let hours = 0; hours <= 14; hours++) {
    for (const sign of [1, -1]) {
      const instant = new Date(noon + sign * hours * 3_600_000);
      if (calendarDate(instant, timeZone) === asOf) return { now: () => new Date(instant.getTime()) };
    }
  }
  throw new Error(`invariant violated: no instant of ${asOf} in ${timeZone}`);
}

export interface PendingRun {
  run: DunningRun;
}

/** Policies by template name for one run (null: the organization's applies). */
class PolicyCache {
  private readonly templates = new Map<string, DunningPolicy | null>();
  constructor(private readonly organizationPolicy: DunningPolicy | null) {}

  async of(store: Store, organizationId: string, template: string | null): Promise<DunningPolicy> {
    if (template !== null) {
      if (!this.templates.has(template)) this.templates.set(template, (await store.dunning.templatePolicy(organizationId, template)).policy);
      const own = this.templates.get(template);
      if (own) return own;
    }
    return this.organizationPolicy ?? NO_POLICY;
  }
}

interface AccountOutcome {
  changed: boolean;
  escalated: boolean;
  reset: boolean;
  fees: PostedFee[];
  blocked: boolean;
  unblocked: boolean;
  handedOver: boolean;
}

const UNCHANGED: AccountOutcome = { changed: false, escalated: false, reset: false, fees: [], blocked: false, unblocked: false, handedOver: false };

/** What a run would do to an account: nothing to change means no lock and no transaction. */
function isUnchanged(account: ReceivablesAccount, evaluation: DunningEvaluation): boolean {
  if (evaluation.levelsPassed.length > 0 || evaluation.handOver) return false;
  if (evaluation.level !== account.dunningLevel || evaluation.anchorDate !== account.dunningAnchorDate) return false;
  if (evaluation.block && account.status === 'ACCOUNT_OK') return false;
  if (!evaluation.block && account.status === 'ACCOUNT_BLOCKED' && account.dunningBlocked) return false;
  return !(evaluation.anchorDate === null && account.debtCollectionRecalledAnchor !== null);
}

function stateOf(account: ReceivablesAccount) {
  return {
    level: account.dunningLevel,
    anchorDate: account.dunningAnchorDate,
    blockedByDunning: account.dunningBlocked,
    recalledAnchorDate: account.debtCollectionRecalledAnchor,
  };
}

async function dunAccount(
  store: Store,
  clock: Clock,
  actor: Actor,
  runId: number,
  policies: PolicyCache,
  accountId: number,
  asOf: string,
): Promise<AccountOutcome | undefined> {
  const organizationId = actor.organizationId;
  // A first look without locks: most accounts of a daily run have nothing to change.
  const seen = await store.dunning.findAccountById(organizationId, accountId);
  if (!seen || seen.dunningExempt || seen.inDebtCollection || isClosedStatus(seen.status)) return undefined;
  const seenPolicy = await policies.of(store, organizationId, seen.template);
  const seenOverdue = await store.dunning.overdueOf(organizationId, seen.id, asOf);
  if (isUnchanged(seen, evaluateDunning(seenPolicy, stateOf(seen), seenOverdue.oldestDueDate, asOf))) return UNCHANGED;
  return store.transaction(async (tx) => {
    // The ledger's lock order: the organization first (as a booking takes it), then the account.
    await tx.dunning.lockOrganization(organizationId);
    const account = await tx.dunning.findAccountById(organizationId, accountId, { forUpdate: true });
    // Read under the lock: the account may have changed since the candidates were listed.
    if (!account || account.dunningExempt || account.inDebtCollection || isClosedStatus(account.status)) return undefined;
    const policy = await policies.of(tx, organizationId, account.template);
    const overdue = await tx.dunning.overdueOf(organizationId, account.id, asOf);
    const evaluation = evaluateDunning(policy, stateOf(account), overdue.oldestDueDate, asOf);

    const fees: PostedFee[] = [];
    for (const level of evaluation.levelsPassed) {
      const feeMinor = policy.levels[level]!.feeMinor;
      if (feeMinor === undefined || feeMinor <= 0n) continue;
      assert(evaluation.anchorDate !== null, 'a level passed without an anchor');
      if ((await tx.dunning.findFee(organizationId, account.id, level, evaluation.anchorDate)) !== undefined) continue;
      const booked = await bookEntry(tx, clock, actor, { id: account.id, organizationId }, {
        type: 'CHARGE',
        kind: 'FEE',
        amountMinor: feeMinor,
        dueDate: asOf,
        description: `Dunning fee: ${policy.levels[level]!.name}`,
      });
      await tx.dunning.recordFee({
        organizationId,
        accountId: account.id,
        level,
        anchorDate: evaluation.anchorDate,
        entryId: booked.entry.id,
        runId,
        createdAt: clock.now().toISOString(),
      });
      fees.push({ level, entryId: booked.entry.id, entryPublicId: booked.entry.publicId, amountMinor: feeMinor });
    }

    let status: AccountStatus = account.status;
    let dunningBlocked = account.dunningBlocked;
    const changes: ReceivablesAccountChanges = {};
    if (evaluation.handOver) {
      status = 'ACCOUNT_COLLECTION';
      dunningBlocked = false;
      changes.inDebtCollection = true;
      changes.debtCollectionSince = clock.now().toISOString();
    } else if (evaluation.block && status === 'ACCOUNT_OK') {
      status = 'ACCOUNT_BLOCKED';
      dunningBlocked = true;
    } else if (!evaluation.block && status === 'ACCOUNT_BLOCKED' && account.dunningBlocked) {
      status = 'ACCOUNT_OK';
      dunningBlocked = false;
    }
    if (status !== account.status) changes.status = status;
    if (dunningBlocked !== account.dunningBlocked) changes.dunningBlocked = dunningBlocked;
    if (evaluation.level !== account.dunningLevel) changes.dunningLevel = evaluation.level;
    if (evaluation.anchorDate !== account.dunningAnchorDate) changes.dunningAnchorDate = evaluation.anchorDate;
    // A new overdue cycle forgets the recall of an old one.
    if (evaluation.anchorDate === null && account.debtCollectionRecalledAnchor !== null) changes.debtCollectionRecalledAnchor = null;

    const levelChanged = evaluation.level !== account.dunningLevel;
    const changed = levelChanged || status !== account.status || fees.length > 0;
    if (Object.keys(changes).length > 0) {
      // Fees went through the ledger, which may have moved the version: write on the current one.
      const current = await tx.dunning.findAccountById(organizationId, account.id);
      assert(current, 'account vanished under its lock');
      const at = clock.now().toISOString();
      assert(await tx.dunning.updateAccount(organizationId, account.id, current.version, changes, at), 'account version moved under its lock');
    }
    if (changed) {
      await tx.dunning.insertChange(organizationId, {
        runId,
        accountId: account.id,
        fromLevel: account.dunningLevel,
        toLevel: evaluation.level,
        daysPastDue: evaluation.daysPastDue,
        anchorDate: evaluation.anchorDate,
        overdueMinor: overdue.overdueMinor,
        statusFrom: account.status,
        statusTo: status,
        handedOver: evaluation.handOver,
        fees,
        createdAt: clock.now().toISOString(),
      });
    }
    return {
      changed,
      escalated: evaluation.level !== null && (account.dunningLevel === null || evaluation.level > account.dunningLevel),
      reset: evaluation.level === null && account.dunningLevel !== null,
      fees,
      blocked: status === 'ACCOUNT_BLOCKED' && account.status !== 'ACCOUNT_BLOCKED',
      unblocked: account.status === 'ACCOUNT_BLOCKED' && status === 'ACCOUNT_OK',
      handedOver: evaluation.handOver,
    };
  });
}

/**
 * Runs dunning for an organization as of a day and leaves the run RUNNING with its counts; the
 * caller completes it with `completeDunningRun` (through performWrite, so the audit trail and an
 * Idempotency-Key cover it).
 */
export async function executeDunningRun(
  store: Store,
  baseClock: Clock,
  actor: Actor,
  organization: Organization,
  options: { asOf?: string | undefined; trigger: DunningRunTrigger },
): Promise<PendingRun> {
  assert(organization.id === actor.organizationId, 'a run for another organization');
  const today = calendarDate(baseClock.now(), organization.timeZone);
  const asOf = options.asOf ?? today;
  const clock = clockOnDay(baseClock, asOf, organization.timeZone);
  const startedAt = baseClock.now().toISOString();
  const draft: Omit<DunningRun, 'id'> = {
    publicId: newPublicId('dnr_', baseClock.now()),
    organizationId: organization.id,
    asOf,
    trigger: options.trigger,
    status: 'RUNNING',
    accountsEvaluated: 0,
    summary: emptySummary(),
    actorKeyId: actor.keyId,
    startedAt,
    completedAt: null,
  };
  const runId = await store.transaction((tx) => tx.dunning.insertRun(draft));
  const summary = emptySummary();
  let feesMinor = 0n;

  summary.scheduled_payments_due = await markScheduledPaymentsDue(store, clock, organization.id, asOf);

  const settings = await store.organizations.settings(organization.id);
  const policies = new PolicyCache(settings.dunningPolicy);
  let evaluated = 0;
  let afterId = 0;
  for (;;) {
    const ids = await store.dunning.listRunCandidates(organization.id, asOf, afterId, DUNNING_BATCH_SIZE);
    if (ids.length === 0) break;
    for (const id of ids) {
      let outcome: AccountOutcome | undefined;
      try {
        outcome = await dunAccount(store, clock, actor, runId, policies, id, asOf);
      } catch (error) {
        // An expected refusal on one account (its transaction rolled back) must not stop the
        // others; the next run tries it again. Anything else is a bug and stops the run.
        if (!(error instanceof SaldoError)) throw error;
        summary.accounts_failed++;
        continue;
      }
      if (outcome === undefined) continue;
      evaluated++;
      if (outcome.changed) summary.accounts_changed++;
      if (outcome.escalated) summary.escalated++;
      if (outcome.reset) summary.reset++;
      if (outcome.blocked) summary.blocked++;
      if (outcome.unblocked) summary.unblocked++;
      if (outcome.handedOver) summary.handed_over++;
      summary.fees_posted += outcome.fees.length;
      for (const fee of outcome.fees) feesMinor += fee.amountMinor;
    }
    afterId = ids[ids.length - 1]!;
  }
  summary.fees_minor = feesMinor.toString();

  afterId = 0;
  for (;;) {
    const ids = await store.dunning.listAccountsToClose(organization.id, afterId, DUNNING_BATCH_SIZE);
    if (ids.length === 0) break;
    for (const id of ids) {
      if (await store.transaction((tx) => closeIfSettled(tx, clock, organization.id, id))) summary.auto_closed++;
    }
    afterId = ids[ids.length - 1]!;
  }

  return { run: { ...draft, id: runId, accountsEvaluated: evaluated, summary } };
}

/** Marks the run completed with its counts: the write the audit trail and idempotency record. */
export function completeDunningRun(clock: Clock, pending: PendingRun): Omit<WriteCommand<DunningRun>, 'reply'> {
  return {
    async execute(tx) {
      const completedAt = clock.now().toISOString();
      const { run } = pending;
      await tx.dunning.completeRun(run.organizationId, run.id, run.accountsEvaluated, run.summary, completedAt);
      return { ...run, status: 'COMPLETED', completedAt };
    },
    audit: (run) => ({
      action: 'dunning_run.completed',
      resourceType: 'dunning_run',
      resourceId: run.publicId,
      details: { as_of: run.asOf, trigger: run.trigger, accounts_evaluated: run.accountsEvaluated, ...run.summary },
    }),
  };
}

export async function getDunningRun(store: Store, organizationId: string, publicId: string): Promise<DunningRun> {
  const run = await store.dunning.findRun(organizationId, publicId);
  if (!run) throw new SaldoError('dunning_run_not_found');
  return run;
}
