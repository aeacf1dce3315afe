/**
 * A dunning run: evaluates the organization's accounts as of one day and applies the answer.
 *
 * Accounts are read a page at a time without locks; those with something to change are then
 * handled in one transaction per page (lock, read again, evaluate, post fees, change level and
 * status, record the changes). A long run so holds no lock for long, commits once per page
 * instead of once per account, and a run cut off half-way leaves every account either done or
 * untouched. Running again is safe: a done account has
 * nothing left to change, and a level's fee is recorded per account and anchor (dunning_fees),
 * so it is never posted twice. The same run marks scheduled payments due and closes settled
 * accounts to close. `as_of` moves the run's clock to that day: fees are due and booked then.
 */
import { summaryDocument } from './run-summary.ts';
import type { Actor } from '../actor.ts';
import { type Clock, calendarDate } from '../clock.ts';
import type { PostBooking } from '../ledger/booking.ts';
import { bookInTransaction } from '../ledger/book-in-transaction.ts';
import { ledgerContext } from '../ledger/ledger-context.ts';
import { SaldoError, assert } from '../errors.ts';
import { type DomainEvent, type DunningLevelRef, domainEvent } from '../events/domain-event.ts';
import { newPublicId } from '../ids.ts';
import { chargeInterest } from '../interest/interest-run.ts';
import { closeIfSettled } from '../lifecycle/commands.ts';
import { isClosedStatus } from '../accounts/account.ts';
import type { Organization } from '../organizations/organization.ts';
import { markScheduledPaymentsDue } from '../scheduled-payments/due.ts';
import type { Store } from '../store.ts';
import type { LongWriteCommand } from '../write-pipeline.ts';
import type {
  DunningRun,
  DunningRunSummary,
  DunningRunTrigger,
  DunningStateUpdate,
  NewDunningRunChange,
  OverdueSummary,
  PostedFee,
  DunningAccount,
} from './dunning-store.ts';
import { type DunningEvaluation, type DunningState, evaluateDunning } from './evaluate.ts';
import type { DunningPolicy } from './policy.ts';

/** Accounts read per page; a page's changes are made in one transaction. */
export const DUNNING_PAGE_SIZE = 500;
/** Accounts to close read per query; each is closed in its own transaction. */
const CLOSING_BATCH_SIZE = 200;

const NO_POLICY: DunningPolicy = { levels: [], debtCollectionAfterDays: null };

export function emptySummary(): DunningRunSummary {
  return {
    accountsChanged: 0,
    escalated: 0,
    reset: 0,
    feesPosted: 0,
    feesMinor: 0n,
    blocked: 0,
    unblocked: 0,
    handedOver: 0,
    autoClosed: 0,
    scheduledPaymentsDue: 0,
    accountsFailed: 0,
    interestPosted: 0,
    interestMinor: 0n,
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

/** Policies by template name for one run (null: the organization's applies). */
class PolicyCache {
  private readonly templates = new Map<string, DunningPolicy | null>();
  constructor(private readonly organizationPolicy: DunningPolicy | null) {}

  async of(store: Store, organizationId: string, template: string | null): Promise<DunningPolicy> {
    if (template !== null) {
      if (!this.templates.has(template))
        this.templates.set(template, (await store.dunning.templatePolicy(organizationId, template)).policy);
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

/** What a run would do to an account: nothing to change means no lock and no transaction. */
function isUnchanged(account: DunningAccount, evaluation: DunningEvaluation): boolean {
  if (evaluation.levelsPassed.length > 0 || evaluation.handOver) return false;
  if (evaluation.level !== account.dunningLevel || evaluation.anchorDate !== account.dunningAnchorDate) return false;
  if (evaluation.block && account.status === 'ACCOUNT_OK') return false;
  if (!evaluation.block && account.status === 'ACCOUNT_BLOCKED' && account.dunningBlocked) return false;
  return !(evaluation.anchorDate === null && account.debtCollectionRecalledAnchor !== null);
}

const NOT_OVERDUE: OverdueSummary = { oldestDueDate: null, overdueMinor: 0n };

/** Whether a run looks at the account at all. */
function mayDun(account: DunningAccount): boolean {
  return !account.dunningExempt && !account.inDebtCollection && !isClosedStatus(account.status);
}

/** Whether a run evaluates the account: overdue, or carrying a level or a block to lift. */
function isCandidate(account: DunningAccount, overdue: OverdueSummary | undefined): boolean {
  return overdue !== undefined || account.dunningLevel !== null || account.dunningBlocked;
}

/** What one run does, shared by its pages. */
interface RunContext {
  store: Store;
  clock: Clock;
  actor: Actor;
  runId: number;
  runPublicId: string;
  policies: PolicyCache;
  asOf: string;
}

/** The fee bookings of each level the evaluation passed, unless this anchor already has its fee. */
async function feesDue(
  tx: Store,
  run: RunContext,
  account: DunningAccount,
  policy: DunningPolicy,
  evaluation: DunningEvaluation,
): Promise<FeeDue[]> {
  const organizationId = run.actor.organizationId;
  const fees: FeeDue[] = [];
  for (const level of evaluation.levelsPassed) {
    const feeMinor = policy.levels[level]!.feeMinor;
    if (feeMinor === undefined || feeMinor <= 0n) continue;
    assert(evaluation.anchorDate !== null, 'a level passed without an anchor');
    if ((await tx.dunning.findFee(organizationId, account.id, level, evaluation.anchorDate)) !== undefined) continue;
    fees.push({
      level,
      anchorDate: evaluation.anchorDate,
      booking: {
        op: 'post',
        account: { by: 'id', id: account.id },
        type: 'CHARGE',
        kind: 'FEE',
        amountMinor: feeMinor,
        dueDate: run.asOf,
        description: `Dunning fee: ${policy.levels[level]!.name}`,
        bookOnClosed: true,
      },
    });
  }
  return fees;
}

interface FeeDue {
  level: number;
  anchorDate: string;
  booking: PostBooking;
}

/** Books the page's fees through the write path: one group per account, so a refused fee holds back only its account. */
async function postFees(
  tx: Store,
  run: RunContext,
  due: Map<number, FeeDue[]>,
): Promise<Map<number, PostedFee[] | undefined>> {
  const accountIds = [...due.keys()].filter((id) => due.get(id)!.length > 0);
  const posted = new Map<number, PostedFee[] | undefined>([...due.keys()].map((id) => [id, []]));
  if (accountIds.length === 0) return posted;
  const organizationId = run.actor.organizationId;
  const context = await ledgerContext(tx, run.clock, organizationId);
  const outcomes = await bookInTransaction(
    tx,
    context,
    accountIds.map((id) => ({
      actor: run.actor,
      group: { atomic: true, bookings: due.get(id)!.map((fee) => fee.booking) },
    })),
  );
  for (const [index, accountId] of accountIds.entries()) {
    const outcome = outcomes[index]!;
    if (outcome.refused) {
      posted.set(accountId, undefined);
      continue;
    }
    const fees = due.get(accountId)!.map((fee, position): PostedFee => {
      const booked = outcome.outcomes[position]!;
      assert(booked.ok, 'a fee refused in a group that went through');
      return {
        level: fee.level,
        entryId: booked.result.detail.entry.id,
        entryPublicId: booked.result.detail.entry.publicId,
        amountMinor: booked.result.detail.entry.amountMinor,
      };
    });
    for (const [position, fee] of fees.entries()) {
      await tx.dunning.recordFee({
        organizationId,
        accountId,
        level: fee.level,
        anchorDate: due.get(accountId)![position]!.anchorDate,
        entryId: fee.entryId,
        runId: run.runId,
        createdAt: context.bookedAt,
      });
    }
    posted.set(accountId, fees);
  }
  return posted;
}

/** The account's dunning state after the evaluation. */
function nextState(account: DunningAccount, evaluation: DunningEvaluation, now: string): DunningState {
  const state: DunningState = {
    status: account.status,
    dunningLevel: evaluation.level,
    dunningAnchorDate: evaluation.anchorDate,
    dunningBlocked: account.dunningBlocked,
    inDebtCollection: account.inDebtCollection,
    debtCollectionSince: account.debtCollectionSince,
    // A new overdue cycle forgets the recall of an old one.
    debtCollectionRecalledAnchor: evaluation.anchorDate === null ? null : account.debtCollectionRecalledAnchor,
  };
  if (evaluation.handOver) {
    return {
      ...state,
      status: 'ACCOUNT_COLLECTION',
      dunningBlocked: false,
      inDebtCollection: true,
      debtCollectionSince: now,
    };
  }
  if (evaluation.block && account.status === 'ACCOUNT_OK')
    return { ...state, status: 'ACCOUNT_BLOCKED', dunningBlocked: true };
  if (!evaluation.block && account.status === 'ACCOUNT_BLOCKED' && account.dunningBlocked)
    return { ...state, status: 'ACCOUNT_OK', dunningBlocked: false };
  return state;
}

function stateChanged(account: DunningAccount, state: DunningState): boolean {
  return (
    state.status !== account.status ||
    state.dunningLevel !== account.dunningLevel ||
    state.dunningAnchorDate !== account.dunningAnchorDate ||
    state.dunningBlocked !== account.dunningBlocked ||
    state.inDebtCollection !== account.inDebtCollection ||
    state.debtCollectionSince !== account.debtCollectionSince ||
    state.debtCollectionRecalledAnchor !== account.debtCollectionRecalledAnchor
  );
}

/**
 * Dunning for a page of accounts in one transaction: lock, read again, evaluate, post fees,
 * then write the accounts' states and the run's changes together. Answers per account handled
 * (one the lock shows exempt, closed or handed over meanwhile is left out) and how many accounts
 * the ledger refused a fee (left as they were; the next run tries again).
 */
function dunAccounts(run: RunContext, ids: number[]): Promise<{ outcomes: AccountOutcome[]; failed: number }> {
  const organizationId = run.actor.organizationId;
  return run.store.transaction(async (tx) => {
    // The ledger's lock order: the organization first (as a booking takes it), then the accounts.
    await tx.ledger.lockLedger(organizationId);
    const accounts = (await tx.dunning.findAccountsById(organizationId, ids, { forUpdate: true })).filter(mayDun);
    if (accounts.length === 0) return { outcomes: [], failed: 0 };
    const overdue = await tx.dunning.overdueBetween(
      organizationId,
      accounts[0]!.id,
      accounts[accounts.length - 1]!.id,
      run.asOf,
    );
    const evaluations = new Map<number, DunningEvaluation>();
    const due = new Map<number, FeeDue[]>();
    for (const account of accounts) {
      const policy = await run.policies.of(tx, organizationId, account.template);
      const evaluation = evaluateDunning(
        policy,
        account,
        (overdue.get(account.id) ?? NOT_OVERDUE).oldestDueDate,
        run.asOf,
      );
      evaluations.set(account.id, evaluation);
      due.set(account.id, await feesDue(tx, run, account, policy, evaluation));
    }
    const posted = await postFees(tx, run, due);
    const outcomes: AccountOutcome[] = [];
    const states: DunningStateUpdate[] = [];
    const changes: NewDunningRunChange[] = [];
    const now = run.clock.now().toISOString();
    let failed = 0;
    for (const account of accounts) {
      const accountOverdue = overdue.get(account.id) ?? NOT_OVERDUE;
      const evaluation = evaluations.get(account.id)!;
      const fees = posted.get(account.id);
      if (fees === undefined) {
        failed++;
        continue;
      }
      const state = nextState(account, evaluation, now);
      // A booking moves no version (only a status the ledger changes does, never a dunned account's).
      if (stateChanged(account, state))
        states.push({ accountId: account.id, expectedVersion: account.version, ...state });
      const changed = state.dunningLevel !== account.dunningLevel || state.status !== account.status || fees.length > 0;
      if (changed) {
        changes.push({
          runId: run.runId,
          accountId: account.id,
          fromLevel: account.dunningLevel,
          toLevel: state.dunningLevel,
          daysPastDue: evaluation.daysPastDue,
          anchorDate: evaluation.anchorDate,
          overdueMinor: accountOverdue.overdueMinor,
          statusFrom: account.status,
          statusTo: state.status,
          handedOver: evaluation.handOver,
          fees,
          createdAt: now,
        });
      }
      outcomes.push({
        changed,
        escalated:
          state.dunningLevel !== null && (account.dunningLevel === null || state.dunningLevel > account.dunningLevel),
        reset: state.dunningLevel === null && account.dunningLevel !== null,
        fees,
        blocked: state.status === 'ACCOUNT_BLOCKED' && account.status !== 'ACCOUNT_BLOCKED',
        unblocked: account.status === 'ACCOUNT_BLOCKED' && state.status === 'ACCOUNT_OK',
        handedOver: evaluation.handOver,
      });
    }
    const written = await tx.dunning.updateDunningStates(organizationId, states, now);
    assert(written === states.length, 'account version moved under its lock');
    await tx.dunning.insertChanges(organizationId, changes);
    await tx.events.record(organizationId, now, await pageEvents(tx, run, accounts, states, changes));
    return { outcomes, failed };
  });
}

/** A level of the account's policy by index (a policy that lost the level still names it). */
function levelRefOf(policy: DunningPolicy, level: number | null): DunningLevelRef | null {
  if (level === null) return null;
  return { index: level, name: policy.levels[level]?.name ?? `Level ${level + 1}` };
}

/**
 * The events of a page, set-based: its level changes, status changes and hand-overs, with the
 * accounts read once for all of them. Recorded with the page, in its transaction.
 */
async function pageEvents(
  tx: Store,
  run: RunContext,
  accounts: DunningAccount[],
  states: DunningStateUpdate[],
  changes: NewDunningRunChange[],
): Promise<DomainEvent[]> {
  if (states.length === 0) return [];
  const organizationId = run.actor.organizationId;
  const before = new Map(accounts.map((account) => [account.id, account]));
  const changeOf = new Map(changes.map((change) => [change.accountId, change]));
  const after = new Map(
    (
      await tx.dunning.findReceivablesAccounts(
        organizationId,
        states.map((state) => state.accountId),
      )
    ).map((account) => [account.id, account]),
  );
  const events: DomainEvent[] = [];
  for (const state of states) {
    const account = before.get(state.accountId)!;
    const now = after.get(state.accountId);
    assert(now, 'a dunned account vanished');
    if (state.dunningLevel !== account.dunningLevel) {
      const policy = await run.policies.of(tx, organizationId, account.template);
      const change = changeOf.get(account.id);
      events.push(
        domainEvent('dunning.level_changed', {
          accountPublicId: now.publicId,
          from: levelRefOf(policy, account.dunningLevel),
          to: levelRefOf(policy, state.dunningLevel),
          daysPastDue: change?.daysPastDue ?? null,
          anchorDate: state.dunningAnchorDate,
          overdueMinor: change?.overdueMinor ?? 0n,
          runPublicId: run.runPublicId,
        }),
      );
    }
    if (state.status !== account.status) {
      events.push(
        domainEvent('account.status_changed', {
          accountPublicId: now.publicId,
          from: account.status,
          to: state.status,
          cause: 'DUNNING',
          version: now.version,
        }),
      );
    }
    if (state.inDebtCollection && !account.inDebtCollection)
      events.push(domainEvent('debt_collection.handed_over', { account: now, trigger: 'DUNNING' }));
  }
  return events;
}

/**
 * A first look at a page of accounts, without locks: most accounts of a daily run have nothing
 * to change. Answers the candidates with nothing to change (counted as evaluated) and those with
 * something, or undefined past the last account.
 */
async function lookAtPage(
  run: RunContext,
  afterId: number,
  pageSize: number,
): Promise<{ lastId: number; unchanged: number; toChange: number[] } | undefined> {
  const { store, asOf } = run;
  const organizationId = run.actor.organizationId;
  const accounts = await store.dunning.listRunAccounts(organizationId, afterId, pageSize);
  if (accounts.length === 0) return undefined;
  const overdue = await store.dunning.overdueBetween(
    organizationId,
    accounts[0]!.id,
    accounts[accounts.length - 1]!.id,
    asOf,
  );
  let unchanged = 0;
  const toChange: number[] = [];
  for (const account of accounts) {
    const accountOverdue = overdue.get(account.id);
    if (!isCandidate(account, accountOverdue)) continue;
    const policy = await run.policies.of(store, organizationId, account.template);
    const evaluation = evaluateDunning(policy, account, accountOverdue?.oldestDueDate ?? null, asOf);
    if (isUnchanged(account, evaluation)) unchanged++;
    else toChange.push(account.id);
  }
  return { lastId: accounts[accounts.length - 1]!.id, unchanged, toChange };
}

/**
 * Handles one page of candidates: those with something to change in one transaction. When an
 * account refuses (a fee the ledger will not take), that transaction rolls back and each
 * account goes again in its own, so one refusal does not hold back the others; the next run
 * tries the refused one again.
 */
async function dunPage(run: RunContext, ids: number[]): Promise<{ outcomes: AccountOutcome[]; failed: number }> {
  if (ids.length === 0) return { outcomes: [], failed: 0 };
  try {
    return await dunAccounts(run, ids);
  } catch (error) {
    // Anything but an expected refusal is a bug and stops the run.
    if (!(error instanceof SaldoError)) throw error;
    if (ids.length === 1) return { outcomes: [], failed: 1 };
  }
  const outcomes: AccountOutcome[] = [];
  let failed = 0;
  for (const id of ids) {
    try {
      const done = await dunAccounts(run, [id]);
      outcomes.push(...done.outcomes);
      failed += done.failed;
    } catch (error) {
      if (!(error instanceof SaldoError)) throw error;
      failed++;
    }
  }
  return { outcomes, failed };
}

/** What a finished run reports to whoever watches (metrics). */
export interface DunningRunReport {
  organizationId: string;
  trigger: DunningRunTrigger;
  status: 'COMPLETED' | 'FAILED';
  accountsEvaluated: number;
  durationMs: number;
}

export interface DunningRunOptions {
  asOf?: string | undefined;
  trigger: DunningRunTrigger;
  pageSize?: number;
  onFinished?: ((report: DunningRunReport) => void) | undefined;
}

/**
 * A dunning run as a long write (write-pipeline.ts): the run is recorded RUNNING with the
 * Idempotency-Key's claim, the pages follow in transactions of their own, and the run is completed
 * with its counts, its audit row and the stored reply — or marked FAILED, the key released.
 */
export function dunningRun(
  store: Store,
  baseClock: Clock,
  actor: Actor,
  organization: Organization,
  options: DunningRunOptions,
): Omit<LongWriteCommand<DunningRun, DunningRun>, 'reply'> {
  assert(organization.id === actor.organizationId, 'a run for another organization');
  const asOf = options.asOf ?? calendarDate(baseClock.now(), organization.timeZone);
  let startedMs = 0;
  const finished = (run: DunningRun, status: DunningRunReport['status']) =>
    options.onFinished?.({
      organizationId: run.organizationId,
      trigger: run.trigger,
      status,
      accountsEvaluated: run.accountsEvaluated,
      durationMs: performance.now() - startedMs,
    });
  return {
    async start(tx) {
      startedMs = performance.now();
      const draft: Omit<DunningRun, 'id'> = {
        publicId: newPublicId('dnr_', baseClock.now()),
        organizationId: organization.id,
        asOf,
        trigger: options.trigger,
        status: 'RUNNING',
        accountsEvaluated: 0,
        summary: emptySummary(),
        actorKeyId: actor.keyId,
        startedAt: baseClock.now().toISOString(),
        completedAt: null,
      };
      return { ...draft, id: await tx.dunning.insertRun(draft) };
    },
    run: (started) => runDunningPages(store, baseClock, actor, organization, started, options.pageSize),
    async complete(tx, run) {
      const completedAt = baseClock.now().toISOString();
      await tx.dunning.completeRun(
        run.organizationId,
        run.id,
        'COMPLETED',
        run.accountsEvaluated,
        run.summary,
        completedAt,
      );
      finished(run, 'COMPLETED');
      return { ...run, status: 'COMPLETED', completedAt };
    },
    async fail(tx, run) {
      await tx.dunning.completeRun(
        run.organizationId,
        run.id,
        'FAILED',
        run.accountsEvaluated,
        run.summary,
        baseClock.now().toISOString(),
      );
      finished(run, 'FAILED');
    },
    audit: (run) => ({
      action: 'dunning_run.completed',
      resourceType: 'dunning_run',
      resourceId: run.publicId,
      details: {
        as_of: run.asOf,
        trigger: run.trigger,
        accounts_evaluated: run.accountsEvaluated,
        ...summaryDocument(run.summary),
      },
    }),
    events: (run) => [domainEvent('dunning_run.completed', run)],
  };
}

/** Evaluates every account page by page, then closes settled accounts to close; answers the run with its counts. */
export async function runDunningPages(
  store: Store,
  baseClock: Clock,
  actor: Actor,
  organization: Organization,
  started: DunningRun,
  pageSize = DUNNING_PAGE_SIZE,
): Promise<DunningRun> {
  const asOf = started.asOf;
  const clock = clockOnDay(baseClock, asOf, organization.timeZone);
  const summary = emptySummary();
  let feesMinor = 0n;

  summary.scheduledPaymentsDue = await markScheduledPaymentsDue(store, clock, actor, asOf);

  const settings = await store.organizations.settings(organization.id);
  const run: RunContext = {
    store,
    clock,
    actor,
    runId: started.id,
    runPublicId: started.publicId,
    policies: new PolicyCache(settings.dunningPolicy),
    asOf,
  };
  let evaluated = 0;
  let next = lookAtPage(run, 0, pageSize);
  for (let page = await next; page !== undefined; page = await next) {
    // The next page is read while this one's changes are written (on PostgreSQL over two
    // connections): its accounts are others, and it takes no locks.
    next = lookAtPage(run, page.lastId, pageSize);
    // Awaited in the next round; marked handled now, should this page's work throw first.
    next.catch(() => undefined);
    evaluated += page.unchanged;
    const done = await dunPage(run, page.toChange);
    summary.accountsFailed += done.failed;
    for (const outcome of done.outcomes) {
      evaluated++;
      if (outcome.changed) summary.accountsChanged++;
      if (outcome.escalated) summary.escalated++;
      if (outcome.reset) summary.reset++;
      if (outcome.blocked) summary.blocked++;
      if (outcome.unblocked) summary.unblocked++;
      if (outcome.handedOver) summary.handedOver++;
      summary.feesPosted += outcome.fees.length;
      for (const fee of outcome.fees) feesMinor += fee.amountMinor;
    }
  }
  summary.feesMinor = feesMinor;

  // Interest after the levels and fees: its own pages, since it reaches accounts dunning leaves
  // alone (closed ones that still owe) and books on any of them, whatever their level.
  const interest = await chargeInterest(
    {
      organizationCharges: settings.dunningPolicy?.interest !== undefined,
      store,
      clock,
      actor,
      runId: started.id,
      asOf,
      timeZone: organization.timeZone,
      interestOf: async (tx, template) => (await run.policies.of(tx, organization.id, template)).interest,
    },
    pageSize,
  );
  summary.interestPosted = interest.posted;
  summary.interestMinor = interest.amountMinor;
  summary.accountsFailed += interest.failed;

  let afterId = 0;
  for (;;) {
    const ids = await store.dunning.listAccountsToClose(organization.id, afterId, CLOSING_BATCH_SIZE);
    if (ids.length === 0) break;
    for (const id of ids) {
      if (await closeIfSettled(store, clock, actor, id)) summary.autoClosed++;
    }
    afterId = ids[ids.length - 1]!;
  }
  return { ...started, accountsEvaluated: evaluated, summary };
}

export async function getDunningRun(store: Store, organizationId: string, publicId: string): Promise<DunningRun> {
  const run = await store.dunning.findRun(organizationId, publicId);
  if (!run) throw new SaldoError('dunning_run_not_found');
  return run;
}
