/**
 * The building blocks every money movement is made of. Each runs inside the caller's
 * transaction (a Store from `store.transaction` or a `performWrite` command), so other features
 * (dunning fees, installment plans, scheduled-payment collection) book through the same rules:
 *
 * 1. take the organization's next ledger sequence (its row lock orders commits on PostgreSQL and
 *    is always taken before any account lock, so two bookings never wait on each other in a circle);
 * 2. lock the account row and read its figures;
 * 3. insert the entry with the figures right after it;
 * 4. settle: match open credits with open charges (charges oldest due date first, credits in
 *    ledger order), recording every allocation;
 * 5. write the figures back to the account row.
 */
import type { AccountFigures } from '../accounts/account.ts';
import type { Actor } from '../actor.ts';
import { type Clock, calendarDate, isCalendarDate } from '../clock.ts';
import { SaldoError, assert } from '../errors.ts';
import { entryPublicId } from '../ids.ts';
import { assertAmount } from '../money.ts';
import type { Store } from '../store.ts';
import type { LedgerAccount, OpenItem } from './entry-store.ts';
import {
  type Allocation,
  CLOSED_ACCOUNT_STATUSES,
  ENTRY_DESCRIPTION_MAX_LENGTH,
  ENTRY_EXTERNAL_ID_MAX_LENGTH,
  type Entry,
  type EntryKind,
  type EntryType,
} from './entry.ts';

/**
 * Bound on an account's running totals: they travel as JSON integers, so they stay exact
 * doubles. A booking that would pass it is refused rather than rounded.
 */
export const ACCOUNT_FIGURE_MINOR_MAX = BigInt(Number.MAX_SAFE_INTEGER);

export interface BookEntryInput {
  type: EntryType;
  /** Why the entry exists; defaults to the type. */
  kind?: EntryKind | undefined;
  /** Positive minor units; a reversal is booked with `bookReversal`, never a negative amount. */
  amountMinor: bigint;
  /** When given, must equal the account's currency. */
  currency?: string | undefined;
  /** YYYY-MM-DD; defaults to today in the organization's time zone. */
  dueDate?: string | undefined;
  description?: string | null | undefined;
  /** The client's own id for the entry, unique per account: a repeat with the same content returns the first. */
  externalId?: string | null | undefined;
  /** Set on the installments of a plan. */
  installmentOfPlanId?: number | null | undefined;
}

export interface BookedEntry {
  entry: Entry;
  account: LedgerAccount;
  /** Allocations this booking made: the entry's own and those of any re-allocation it set off. */
  allocations: Allocation[];
  /** False when an entry with the same external id and content existed already (nothing was booked). */
  created: boolean;
}

type AccountRef = Pick<LedgerAccount, 'id' | 'organizationId'>;

function assertEntryText(input: Pick<BookEntryInput, 'description' | 'externalId' | 'dueDate'>): void {
  if (input.dueDate !== undefined && !isCalendarDate(input.dueDate)) {
    throw new SaldoError('validation_failed', { detail: "'due_date' must be a calendar date YYYY-MM-DD.", pointer: 'body.due_date' });
  }
  if (input.description != null && input.description.length > ENTRY_DESCRIPTION_MAX_LENGTH) {
    throw new SaldoError('validation_failed', {
      detail: `'description' must be at most ${ENTRY_DESCRIPTION_MAX_LENGTH} characters.`,
      pointer: 'body.description',
    });
  }
  if (input.externalId != null && (input.externalId.length === 0 || input.externalId.length > ENTRY_EXTERNAL_ID_MAX_LENGTH)) {
    throw new SaldoError('validation_failed', {
      detail: `'external_id' must be 1 to ${ENTRY_EXTERNAL_ID_MAX_LENGTH} characters.`,
      pointer: 'body.external_id',
    });
  }
}

/** Same external id: the same request again when the content agrees, a conflict when it does not. */
function sameContent(existing: Entry, input: BookEntryInput): boolean {
  return (
    existing.type === input.type &&
    existing.kind === (input.kind ?? input.type) &&
    existing.amountMinor === input.amountMinor &&
    (input.dueDate === undefined || existing.dueDate === input.dueDate) &&
    (input.description === undefined || existing.description === (input.description ?? null))
  );
}

async function duplicateOf(tx: Store, account: AccountRef, input: BookEntryInput): Promise<Entry | undefined> {
  if (input.externalId == null) return undefined;
  const existing = await tx.entries.findEntryByExternalId(account.organizationId, account.id, input.externalId);
  if (existing === undefined) return undefined;
  if (!sameContent(existing, input)) {
    throw new SaldoError('entry_external_id_taken', {
      detail: `An entry with external id '${input.externalId}' and other content exists on this account.`,
      pointer: 'body.external_id',
      facts: { entry_id: existing.publicId },
    });
  }
  return existing;
}

/** Takes the sequence, then the account lock: the one order every booking follows. */
async function openBooking(tx: Store, account: AccountRef): Promise<{ sequence: bigint; locked: LedgerAccount }> {
  const sequence = await tx.organizations.nextEntrySequence(account.organizationId);
  const locked = await tx.entries.lockAccount(account.organizationId, account.id);
  if (!locked) throw new SaldoError('account_not_found');
  return { sequence, locked };
}

function assertFigures(figures: AccountFigures): void {
  if (figures.chargedMinor > ACCOUNT_FIGURE_MINOR_MAX || figures.creditedMinor > ACCOUNT_FIGURE_MINOR_MAX) {
    throw new SaldoError('amount_out_of_range', {
      detail: `The account's totals would pass ${ACCOUNT_FIGURE_MINOR_MAX} minor units.`,
      pointer: 'body.amount',
    });
  }
}

function assertSettled(figures: AccountFigures): void {
  assert(figures.openMinor >= 0n, 'open amount of an account below zero');
  assert(figures.unallocatedMinor >= 0n, 'unallocated credit of an account below zero');
  assert(figures.balanceMinor === figures.creditedMinor - figures.chargedMinor, 'balance is not credits minus charges');
  assert(figures.balanceMinor === figures.unallocatedMinor - figures.openMinor, 'balance is not unallocated minus open');
  assert(figures.openMinor === 0n || figures.unallocatedMinor === 0n, 'open charges beside unallocated credit after settling');
}

const figuresOf = (account: LedgerAccount): AccountFigures => ({
  balanceMinor: account.balanceMinor,
  chargedMinor: account.chargedMinor,
  creditedMinor: account.creditedMinor,
  openMinor: account.openMinor,
  unallocatedMinor: account.unallocatedMinor,
});

/** Open items read per query while settling: most bookings settle a few. */
export const SETTLE_PAGE_SIZE = 16;

/**
 * One side of a settlement (open charges or open credits), read a page at a time in its order.
 * What a page consumed is written back before the next page is read, so the next page starts
 * with what is still open: the cost follows what a booking settles, not the account's history.
 */
class OpenSide {
  private items: OpenItem[] = [];
  private open: bigint[] = [];
  private index = 0;
  private exhausted = false;

  constructor(
    private readonly tx: Store,
    private readonly organizationId: string,
    private readonly fetch: (limit: number) => Promise<OpenItem[]>,
  ) {}

  /** The oldest item still open, with what is open of it; undefined when nothing is. */
  async current(): Promise<{ entry: OpenItem; openMinor: bigint } | undefined> {
    if (this.index >= this.items.length) {
      if (this.exhausted) return undefined;
      await this.writeBack();
      this.items = await this.fetch(SETTLE_PAGE_SIZE);
      this.open = this.items.map((item) => item.openMinor);
      this.index = 0;
      this.exhausted = this.items.length < SETTLE_PAGE_SIZE;
      if (this.items.length === 0) return undefined;
    }
    return { entry: this.items[this.index]!, openMinor: this.open[this.index]! };
  }

  take(amountMinor: bigint): void {
    this.open[this.index] = this.open[this.index]! - amountMinor;
    if (this.open[this.index] === 0n) this.index++;
  }

  async writeBack(): Promise<void> {
    for (const [k, item] of this.items.entries()) {
      if (this.open[k] !== item.openMinor) await this.tx.entries.adjustOpenAmount(this.organizationId, item.id, this.open[k]! - item.openMinor);
    }
    this.items = [];
    this.open = [];
    this.index = 0;
  }
}

/**
 * Matches unallocated credit with open charges until one side runs out, updating open amounts
 * and `figures` (open and unallocated) in place. Charges go oldest due date first (ties by id),
 * credits in ledger order. Nothing to do, and no query, when one side is zero.
 */
export async function settleAccount(tx: Store, clock: Clock, account: AccountRef, figures: AccountFigures): Promise<Allocation[]> {
  if (figures.openMinor === 0n || figures.unallocatedMinor === 0n) return [];
  const { organizationId, id: accountId } = account;
  const credits = new OpenSide(tx, organizationId, (limit) => tx.entries.openCredits(organizationId, accountId, limit));
  const charges = new OpenSide(tx, organizationId, (limit) => tx.entries.openCharges(organizationId, accountId, limit));
  const at = clock.now().toISOString();
  const allocations: Allocation[] = [];
  while (figures.openMinor > 0n && figures.unallocatedMinor > 0n) {
    const credit = await credits.current();
    const charge = await charges.current();
    // The account's figures are the sums of its open items; a side running out first means they disagree.
    assert(credit !== undefined && charge !== undefined, 'account figures disagree with its open items');
    const amountMinor = credit.openMinor < charge.openMinor ? credit.openMinor : charge.openMinor;
    allocations.push(
      await tx.entries.insertAllocation({
        organizationId,
        accountId,
        creditEntryId: credit.entry.id,
        chargeEntryId: charge.entry.id,
        amountMinor,
        createdAt: at,
      }),
    );
    credits.take(amountMinor);
    charges.take(amountMinor);
    figures.openMinor -= amountMinor;
    figures.unallocatedMinor -= amountMinor;
  }
  await credits.writeBack();
  await charges.writeBack();
  return allocations;
}

async function finish(tx: Store, account: LedgerAccount, figures: AccountFigures): Promise<LedgerAccount> {
  assertSettled(figures);
  await tx.entries.updateAccountFigures(account.organizationId, account.id, figures);
  return { ...account, ...figures };
}

/**
 * Books one charge or credit on an account and settles it. Refusals, in order: invalid input,
 * account not found, currency mismatch, charge on a closed account, external id taken by
 * other content, totals out of range.
 */
export async function bookEntry(tx: Store, clock: Clock, actor: Actor, account: AccountRef, input: BookEntryInput): Promise<BookedEntry> {
  assertAmount(input.amountMinor);
  assertEntryText(input);
  assert(account.organizationId === actor.organizationId, 'booking on another organization’s account');

  const earlier = await duplicateOf(tx, account, input);
  if (earlier) {
    const current = await tx.entries.findAccountById(account.organizationId, account.id);
    assert(current, 'account of an existing entry is gone');
    return { entry: earlier, account: current, allocations: [], created: false };
  }

  const { sequence, locked } = await openBooking(tx, account);
  if (input.currency !== undefined && input.currency !== locked.currency) {
    throw new SaldoError('currency_mismatch', {
      detail: `The account keeps ${locked.currency}; the entry says ${input.currency}.`,
      pointer: 'body.currency',
    });
  }
  if (input.type === 'CHARGE' && (CLOSED_ACCOUNT_STATUSES as readonly string[]).includes(locked.status)) {
    throw new SaldoError('account_closed', { detail: 'A closed account takes no new charges.' });
  }
  // Under the lock, a concurrent request with the same external id is visible now.
  const raced = await duplicateOf(tx, account, input);
  if (raced) return { entry: raced, account: locked, allocations: [], created: false };

  const figures = figuresOf(locked);
  if (input.type === 'CHARGE') {
    figures.chargedMinor += input.amountMinor;
    figures.openMinor += input.amountMinor;
  } else {
    figures.creditedMinor += input.amountMinor;
    figures.unallocatedMinor += input.amountMinor;
  }
  figures.balanceMinor = figures.creditedMinor - figures.chargedMinor;
  assertFigures(figures);

  const bookedAt = clock.now();
  const dueDate = input.dueDate ?? (await todayOf(tx, clock, account.organizationId));
  const inserted = await tx.entries.insertEntry({
    publicId: entryPublicId(sequence),
    organizationId: account.organizationId,
    accountId: account.id,
    sequence,
    type: input.type,
    kind: input.kind ?? input.type,
    amountMinor: input.amountMinor,
    openMinor: input.amountMinor,
    dueDate,
    description: input.description ?? null,
    externalId: input.externalId ?? null,
    reversalOf: null,
    reversedBy: null,
    installmentPlanId: null,
    installmentOfPlanId: input.installmentOfPlanId ?? null,
    balanceAfterMinor: figures.balanceMinor,
    chargedAfterMinor: figures.chargedMinor,
    creditedAfterMinor: figures.creditedMinor,
    bookedAt: bookedAt.toISOString(),
    createdByKeyId: actor.keyId,
  });
  const allocations = await settleAccount(tx, clock, account, figures);
  const after = await finish(tx, locked, figures);
  // What settling took from the new entry itself, instead of reading it back.
  const settledMinor = allocations
    .filter((a) => a.creditEntryId === inserted.id || a.chargeEntryId === inserted.id)
    .reduce((sum, a) => sum + a.amountMinor, 0n);
  return { entry: { ...inserted, openMinor: inserted.openMinor - settledMinor }, account: after, allocations, created: true };
}

/**
 * Reverses an entry: a new entry of the same type with the opposite amount, kind REVERSAL. The
 * original's allocations are released (each remembers the reversal that undid it), its open
 * amount drops to zero, and whatever that frees is settled again, oldest charge first. The
 * reversal takes the original's due date, so the pair nets out in every due-date window.
 */
export async function bookReversal(
  tx: Store,
  clock: Clock,
  actor: Actor,
  original: Pick<Entry, 'id' | 'organizationId' | 'accountId'>,
  input: { description?: string | null | undefined } = {},
): Promise<BookedEntry> {
  assertEntryText(input);
  assert(original.organizationId === actor.organizationId, 'reversing another organization’s entry');
  const account = { id: original.accountId, organizationId: original.organizationId };
  const { sequence, locked } = await openBooking(tx, account);
  // Read again under the lock: a concurrent reversal of the same entry has committed by now.
  const entry = await tx.entries.findEntry(original.organizationId, original.id);
  if (!entry) throw new SaldoError('entry_not_found');
  if (entry.reversalOf !== null) throw new SaldoError('entry_not_reversible', { detail: 'A reversal cannot be reversed; book a new entry instead.' });
  if (entry.reversedBy !== null) throw new SaldoError('entry_already_reversed');
  // A plan moved the open amount of its originals onto installments that count in no total:
  // reversing either side would count twice. Cancelling the plan comes first.
  if (entry.installmentPlanId !== null || entry.installmentOfPlanId !== null) {
    throw new SaldoError('entry_in_installment_plan', { detail: 'Cancel the installment plan before reversing its entries.' });
  }

  const figures = figuresOf(locked);
  if (entry.type === 'CHARGE') {
    figures.chargedMinor -= entry.amountMinor;
    figures.openMinor -= entry.openMinor;
  } else {
    figures.creditedMinor -= entry.amountMinor;
    figures.unallocatedMinor -= entry.openMinor;
  }
  figures.balanceMinor = figures.creditedMinor - figures.chargedMinor;

  const reversal = await tx.entries.insertEntry({
    publicId: entryPublicId(sequence),
    organizationId: entry.organizationId,
    accountId: entry.accountId,
    sequence,
    type: entry.type,
    kind: 'REVERSAL',
    amountMinor: -entry.amountMinor,
    openMinor: 0n,
    dueDate: entry.dueDate,
    description: input.description ?? `Reversal of ${entry.publicId}`,
    externalId: null,
    reversalOf: entry.id,
    reversedBy: null,
    installmentPlanId: null,
    installmentOfPlanId: null,
    balanceAfterMinor: figures.balanceMinor,
    chargedAfterMinor: figures.chargedMinor,
    creditedAfterMinor: figures.creditedMinor,
    bookedAt: clock.now().toISOString(),
    createdByKeyId: actor.keyId,
  });
  await tx.entries.setReversedBy(entry.organizationId, entry.id, reversal.id);
  if (entry.openMinor !== 0n) await tx.entries.adjustOpenAmount(entry.organizationId, entry.id, -entry.openMinor);

  const released = await tx.entries.liveAllocationsOf(entry.organizationId, entry.id);
  if (released.length > 0) {
    await tx.entries.releaseAllocations(entry.organizationId, released.map((a) => a.id), reversal.id);
    for (const allocation of released) {
      // The other side gets back what this entry had taken from it or given to it.
      if (entry.type === 'CHARGE') {
        await tx.entries.adjustOpenAmount(entry.organizationId, allocation.creditEntryId, allocation.amountMinor);
        figures.unallocatedMinor += allocation.amountMinor;
      } else {
        await tx.entries.adjustOpenAmount(entry.organizationId, allocation.chargeEntryId, allocation.amountMinor);
        figures.openMinor += allocation.amountMinor;
      }
    }
  }
  const allocations = await settleAccount(tx, clock, account, figures);
  const after = await finish(tx, locked, figures);
  return { entry: reversal, account: after, allocations, created: true };
}

/** Today in the organization's time zone: the default due date. */
export async function todayOf(store: Store, clock: Clock, organizationId: string): Promise<string> {
  const organization = await store.organizations.findById(organizationId);
  assert(organization, 'organization of an actor is gone');
  return calendarDate(clock.now(), organization.timeZone);
}
