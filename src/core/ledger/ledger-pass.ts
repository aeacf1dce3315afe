/**
 * One pass of a batch through the ledger's rules, in memory: bookings applied in order, each
 * checked completely before it changes anything (a flat ladder of refusals), then booked and
 * settled — charges oldest due date first, credits in ledger order. The pass only reads (through
 * the snapshot); what it decided is written afterwards, set-based (`write-batch.ts`).
 */
import type { Actor } from '../actor.ts';
import { type LedgerAccount } from '../entries/entry-store.ts';
import { ENTRY_DESCRIPTION_MAX_LENGTH, type Entry, type EntryKind } from '../entries/entry.ts';
import { SaldoError, assert } from '../errors.ts';
import { entryPublicId } from '../ids.ts';
import { type AccountFigures, isClosedStatus } from '../accounts/account.ts';
import type { AccountRef, Booking, PostBooking, ReversalBooking } from './booking.ts';
import type { LedgerSnapshot } from './ledger-snapshot.ts';
import { EntryState, OpenSide } from './open-items.ts';

/**
 * Bound on an account's running totals: they travel as JSON integers, so they stay exact
 * doubles. A booking that would pass it is refused rather than rounded.
 */
export const ACCOUNT_FIGURE_MINOR_MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** What every booking of a batch shares. */
export interface LedgerContext {
  organizationId: string;
  /** Today in the organization's time zone: the default due date, the latest value date. */
  today: string;
  /** The instant the batch books at. */
  bookedAt: string;
}

/** An allocation the batch knows: stored (read for a reversal or a replay) or made by the batch. */
export class AllocationState {
  id: number | undefined;
  releasedBy: EntryState | null = null;

  constructor(
    readonly accountId: number,
    readonly credit: EntryState,
    readonly charge: EntryState,
    readonly amountMinor: bigint,
    readonly createdAt: string,
    readonly isNew: boolean,
    /** For a stored allocation released before this batch: the reversal's public id. */
    readonly storedReleasedByPublicId: string | null,
    storedId?: number,
  ) {
    this.id = storedId;
  }

  get isLive(): boolean {
    return this.releasedBy === null && this.storedReleasedByPublicId === null;
  }

  get releasedByPublicId(): string | null {
    return this.releasedBy?.publicId ?? this.storedReleasedByPublicId;
  }
}

/** An account as the batch changes it. */
export interface AccountWork {
  stored: LedgerAccount;
  current: LedgerAccount;
  charges: OpenSide;
  credits: OpenSide;
}

/** A new entry with everything its row needs besides the figures. */
export interface NewEntry {
  state: EntryState;
  kind: EntryKind;
  amountMinor: bigint;
  valueDate: string | null;
  description: string | null;
  externalId: string | null;
  reversalOf: EntryState | null;
  installmentOfPlanId: number | null;
  figuresAfter: AccountFigures;
  createdByKeyId: string | null;
}

/** How an allocation looked from one entry at the moment its booking was answered. */
export interface AllocationSeen {
  allocation: AllocationState;
  counterpart: EntryState;
  releasedByPublicId: string | null;
}

/** What a booking answered, kept until the batch's ids are known. */
export interface BookingRecord {
  /** The entry shown: the new one, or the existing one an external id named again. */
  entry: EntryState;
  newEntry: NewEntry | undefined;
  /** The stored entry an external id named again (nothing was booked). */
  replayed: Entry | undefined;
  openMinor: bigint;
  account: LedgerAccount;
  allocations: AllocationSeen[];
  reversalOfPublicId: string | null;
  reversedByPublicId: string | null;
  /** False when an equal entry with the same external id existed (nothing was booked). */
  created: boolean;
}

const figuresOf = (account: LedgerAccount): AccountFigures => ({
  balanceMinor: account.balanceMinor,
  chargedMinor: account.chargedMinor,
  creditedMinor: account.creditedMinor,
  openMinor: account.openMinor,
  unallocatedMinor: account.unallocatedMinor,
});

function assertSettled(figures: AccountFigures): void {
  assert(figures.openMinor >= 0n, 'open amount of an account below zero');
  assert(figures.unallocatedMinor >= 0n, 'unallocated credit of an account below zero');
  assert(figures.balanceMinor === figures.creditedMinor - figures.chargedMinor, 'balance is not credits minus charges');
  assert(
    figures.balanceMinor === figures.unallocatedMinor - figures.openMinor,
    'balance is not unallocated minus open',
  );
  assert(
    figures.openMinor === 0n || figures.unallocatedMinor === 0n,
    'open charges beside unallocated credit after settling',
  );
}

/** Same external id: the same request again when the content agrees, a conflict when it does not. */
function sameContent(
  existing: { type: string; kind: string; amountMinor: bigint; dueDate: string; description: string | null },
  booking: PostBooking,
  amountMinor: bigint,
): boolean {
  return (
    existing.type === booking.type &&
    existing.kind === booking.kind &&
    existing.amountMinor === amountMinor &&
    (booking.dueDate === undefined || existing.dueDate === booking.dueDate) &&
    (booking.description === undefined || existing.description === (booking.description ?? null))
  );
}

export const externalIdKey = (accountId: number, externalId: string) => `${accountId}\u0000${externalId}`;

export class LedgerPass {
  readonly newEntries: NewEntry[] = [];
  readonly newAllocations: AllocationState[] = [];
  readonly accounts = new Map<number, AccountWork>();
  /** Stored entries and allocations the pass touched, by id: one state per row. */
  readonly entries = new Map<number, EntryState>();
  readonly allocations = new Map<number, AllocationState>();
  private readonly newByExternalId = new Map<string, NewEntry>();
  private sequence: bigint;

  constructor(
    private readonly snapshot: LedgerSnapshot,
    private readonly context: LedgerContext,
    lastSequence: bigint,
  ) {
    this.sequence = lastSequence;
  }

  get lastSequence(): bigint {
    return this.sequence;
  }

  /** Whether the pass changed anything yet (a refusal after a change needs a fresh pass). */
  get changed(): boolean {
    return this.newEntries.length > 0;
  }

  apply(booking: Booking, actor: Actor): Promise<BookingRecord> {
    assert(actor.organizationId === this.context.organizationId, 'booking for another organization');
    return booking.op === 'post' ? this.post(booking, actor) : this.reverse(booking, actor);
  }

  /** The batch's state of a stored entry (registering it on first sight). */
  entryState(entry: Entry): EntryState {
    let state = this.entries.get(entry.id);
    if (state === undefined) {
      state = EntryState.fromEntry(entry);
      this.entries.set(entry.id, state);
    }
    state.stored ??= entry;
    return state;
  }

  private account(accountId: number): AccountWork {
    let work = this.accounts.get(accountId);
    if (work === undefined) {
      const stored = this.snapshot.account(accountId);
      assert(stored, 'account of a booking was not read');
      const register = (row: Parameters<typeof EntryState.fromRow>[0]) => {
        let state = this.entries.get(row.id);
        if (state === undefined) {
          state = EntryState.fromRow(row);
          this.entries.set(row.id, state);
        }
        return state;
      };
      const read = this.snapshot.openPageReader();
      work = {
        stored,
        current: { ...stored },
        charges: new OpenSide('CHARGE', accountId, stored.openMinor === 0n, read, register),
        credits: new OpenSide('CREDIT', accountId, stored.unallocatedMinor === 0n, read, register),
      };
      this.accounts.set(accountId, work);
    }
    return work;
  }

  private resolveAccount(ref: AccountRef): number {
    const id = this.snapshot.accountIdOf(ref);
    if (id !== undefined) return id;
    if (ref.by === 'paymentReference') {
      throw new SaldoError('payment_reference_unmatched', {
        detail: `No account of this organization has the payment reference '${ref.reference}'.`,
        field: 'reference',
      });
    }
    throw new SaldoError('account_not_found');
  }

  private nextSequence(): bigint {
    this.sequence += 1n;
    return this.sequence;
  }

  private async post(booking: PostBooking, actor: Actor): Promise<BookingRecord> {
    const work = this.account(this.resolveAccount(booking.account));
    const account = work.current;
    const amountMinor = this.amountOf(booking, account);

    if (booking.externalId != null) {
      const replay = this.replayOf(work, booking, amountMinor);
      if (replay) return replay;
    }
    if (booking.currency !== undefined && booking.currency !== account.currency) {
      throw new SaldoError('currency_mismatch', {
        detail: `The account keeps ${account.currency}; the entry says ${booking.currency}.`,
        field: 'currency',
      });
    }
    if (booking.type === 'CHARGE' && isClosedStatus(account.status) && booking.bookOnClosed !== true) {
      throw new SaldoError('account_closed', { detail: 'A closed account takes no new charges.' });
    }
    const figures = figuresOf(account);
    if (booking.type === 'CHARGE') {
      figures.chargedMinor += amountMinor;
      figures.openMinor += amountMinor;
    } else {
      figures.creditedMinor += amountMinor;
      figures.unallocatedMinor += amountMinor;
    }
    figures.balanceMinor = figures.creditedMinor - figures.chargedMinor;
    if (figures.chargedMinor > ACCOUNT_FIGURE_MINOR_MAX || figures.creditedMinor > ACCOUNT_FIGURE_MINOR_MAX) {
      throw new SaldoError('amount_out_of_range', {
        detail: `The account's totals would pass ${ACCOUNT_FIGURE_MINOR_MAX} minor units.`,
        field: 'amount',
      });
    }

    // Checked: from here on the booking changes the pass.
    const sequence = this.nextSequence();
    const state = EntryState.booked(
      entryPublicId(sequence),
      account.id,
      booking.type,
      booking.dueDate ?? this.context.today,
      sequence,
      amountMinor,
    );
    const entry: NewEntry = {
      state,
      kind: booking.kind,
      amountMinor,
      valueDate: booking.valueDate ?? null,
      description: booking.description ?? null,
      externalId: booking.externalId ?? null,
      reversalOf: null,
      installmentOfPlanId: booking.installmentOfPlanId ?? null,
      figuresAfter: { ...figures },
      createdByKeyId: actor.keyId,
    };
    this.newEntries.push(entry);
    if (entry.externalId !== null) this.newByExternalId.set(externalIdKey(account.id, entry.externalId), entry);
    Object.assign(account, figures);
    // An automatically closed account that owes again waits to close again, so dunning sees it.
    if (account.status === 'ACCOUNT_AUTO_CLOSED' && account.openMinor > 0n) account.status = 'ACCOUNT_TO_CLOSE';
    (booking.type === 'CHARGE' ? work.charges : work.credits).track(state);

    const made = await this.settle(work);
    assertSettled(account);
    return {
      entry: state,
      newEntry: entry,
      replayed: undefined,
      openMinor: state.openMinor,
      account: { ...account },
      allocations: made
        .filter((a) => a.credit === state || a.charge === state)
        .map((a) => ({
          allocation: a,
          counterpart: a.credit === state ? a.charge : a.credit,
          releasedByPublicId: null,
        })),
      reversalOfPublicId: null,
      reversedByPublicId: null,
      created: true,
    };
  }

  /** The amount a booking takes, with the rules of its kind (write-offs and refunds are bounded). */
  private amountOf(booking: PostBooking, account: LedgerAccount): bigint {
    if (booking.kind === 'WRITE_OFF') {
      const amountMinor = booking.amountMinor ?? account.openMinor;
      if (amountMinor <= 0n || amountMinor > account.openMinor) {
        throw new SaldoError('write_off_exceeds_open_amount', {
          detail:
            account.openMinor === 0n
              ? 'The account has nothing open to write off.'
              : `The account has ${account.openMinor} minor units open; a write-off of ${amountMinor} is more.`,
          field: 'amount',
          facts: { open_amount: Number(account.openMinor) },
        });
      }
      return amountMinor;
    }
    assert(booking.amountMinor !== null, 'a booking without an amount');
    if (booking.kind === 'REFUND' && booking.amountMinor > account.unallocatedMinor) {
      throw new SaldoError('refund_exceeds_credit', {
        detail: `The account has ${account.unallocatedMinor} minor units of unallocated credit; a refund of ${booking.amountMinor} is more.`,
        field: 'amount',
        facts: { unallocated: Number(account.unallocatedMinor) },
      });
    }
    return booking.amountMinor;
  }

  /** The answer for an external id seen before, or undefined when it is new to the account. */
  private replayOf(work: AccountWork, booking: PostBooking, amountMinor: bigint): BookingRecord | undefined {
    const externalId = booking.externalId!;
    const key = externalIdKey(work.stored.id, externalId);
    const booked = this.newByExternalId.get(key);
    const stored = booked === undefined ? this.snapshot.entryByExternalId(key) : undefined;
    if (booked === undefined && stored === undefined) return undefined;
    const existing = booked
      ? {
          type: booked.state.type,
          kind: booked.kind,
          amountMinor: booked.amountMinor,
          dueDate: booked.state.dueDate,
          description: booked.description,
        }
      : stored!;
    if (!sameContent(existing, booking, amountMinor)) {
      throw new SaldoError('entry_external_id_taken', {
        detail: `An entry with external id '${externalId}' and other content exists on this account.`,
        field: 'externalId',
        facts: { entry_id: booked ? booked.state.publicId : stored!.publicId },
      });
    }
    const state = booked ? booked.state : this.entryState(stored!);
    const seen = [
      ...this.storedAllocationsOf(state),
      ...this.newAllocations.filter((a) => a.credit === state || a.charge === state),
    ];
    return {
      entry: state,
      newEntry: booked,
      replayed: stored,
      openMinor: state.openMinor,
      account: { ...work.current },
      allocations: seen.map((a) => ({
        allocation: a,
        counterpart: a.credit === state ? a.charge : a.credit,
        releasedByPublicId: a.releasedByPublicId,
      })),
      reversalOfPublicId: null,
      reversedByPublicId:
        state.reversedBy?.publicId ?? (stored?.reversedBy != null ? this.snapshot.publicIdOf(stored.reversedBy) : null),
      created: false,
    };
  }

  /** The stored allocations of an entry the snapshot read, as the batch's states. */
  private storedAllocationsOf(entry: EntryState): AllocationState[] {
    if (entry.isNew) return [];
    return this.snapshot.allocationsOf(entry.requireId).map((row) => {
      let state = this.allocations.get(row.id);
      if (state === undefined) {
        const credit = this.entries.get(row.credit.id) ?? this.registerRow(row.credit);
        const charge = this.entries.get(row.charge.id) ?? this.registerRow(row.charge);
        state = new AllocationState(
          row.accountId,
          credit,
          charge,
          row.amountMinor,
          row.createdAt,
          false,
          row.releasedByPublicId,
          row.id,
        );
        this.allocations.set(row.id, state);
      }
      return state;
    });
  }

  private registerRow(row: Parameters<typeof EntryState.fromRow>[0]): EntryState {
    const state = EntryState.fromRow(row);
    this.entries.set(row.id, state);
    return state;
  }

  private async reverse(booking: ReversalBooking, actor: Actor): Promise<BookingRecord> {
    const original = this.snapshot.entryOf(booking.entry);
    if (!original || (booking.accountId !== undefined && original.accountId !== booking.accountId))
      throw new SaldoError('entry_not_found');
    const target = this.entryState(original);
    if (original.reversalOf !== null)
      throw new SaldoError('entry_not_reversible', {
        detail: 'A reversal cannot be reversed; book a new entry instead.',
      });
    if (target.reversedBy !== null || original.reversedBy !== null) throw new SaldoError('entry_already_reversed');
    // A plan moved the open amount of its originals onto installments that count in no total:
    // reversing either side would count twice. Cancelling the plan comes first.
    if (original.installmentPlanId !== null || original.installmentOfPlanId !== null) {
      throw new SaldoError('entry_in_installment_plan', {
        detail: 'Cancel the installment plan before reversing its entries.',
      });
    }
    if (booking.description != null && booking.description.length > ENTRY_DESCRIPTION_MAX_LENGTH) {
      throw new SaldoError('validation_failed', {
        detail: `'description' must be at most ${ENTRY_DESCRIPTION_MAX_LENGTH} characters.`,
        field: 'description',
      });
    }
    const work = this.account(original.accountId);
    const account = work.current;

    const figures = figuresOf(account);
    if (target.type === 'CHARGE') {
      figures.chargedMinor -= original.amountMinor;
      figures.openMinor -= target.openMinor;
    } else {
      figures.creditedMinor -= original.amountMinor;
      figures.unallocatedMinor -= target.openMinor;
    }
    figures.balanceMinor = figures.creditedMinor - figures.chargedMinor;

    const sequence = this.nextSequence();
    // The reversal takes the original's due date, so the pair nets out in every due-date window.
    const state = EntryState.booked(entryPublicId(sequence), account.id, target.type, target.dueDate, sequence, 0n);
    const reversal: NewEntry = {
      state,
      kind: 'REVERSAL',
      amountMinor: -original.amountMinor,
      valueDate: null,
      description: booking.description ?? `Reversal of ${original.publicId}`,
      externalId: null,
      reversalOf: target,
      installmentOfPlanId: null,
      figuresAfter: { ...figures },
      createdByKeyId: actor.keyId,
    };
    this.newEntries.push(reversal);
    target.reversedBy = state;
    target.openMinor = 0n;

    const live = [
      ...this.storedAllocationsOf(target),
      ...this.newAllocations.filter((a) => a.credit === target || a.charge === target),
    ].filter((a) => a.isLive);
    for (const allocation of live) {
      allocation.releasedBy = state;
      // The other side gets back what this entry had taken from it or given to it.
      const counterpart = allocation.credit === target ? allocation.charge : allocation.credit;
      counterpart.openMinor += allocation.amountMinor;
      if (target.type === 'CHARGE') {
        figures.unallocatedMinor += allocation.amountMinor;
        work.credits.track(counterpart);
      } else {
        figures.openMinor += allocation.amountMinor;
        work.charges.track(counterpart);
      }
    }
    Object.assign(account, figures);
    if (account.status === 'ACCOUNT_AUTO_CLOSED' && account.openMinor > 0n) account.status = 'ACCOUNT_TO_CLOSE';
    await this.settle(work);
    assertSettled(account);
    return {
      entry: state,
      newEntry: reversal,
      replayed: undefined,
      openMinor: 0n,
      account: { ...account },
      allocations: [],
      reversalOfPublicId: original.publicId,
      reversedByPublicId: null,
      created: true,
    };
  }

  /**
   * Matches unallocated credit with open charges until one side runs out. Nothing to do, and
   * nothing read, when one side is zero.
   */
  private async settle(work: AccountWork): Promise<AllocationState[]> {
    const account = work.current;
    const made: AllocationState[] = [];
    while (account.openMinor > 0n && account.unallocatedMinor > 0n) {
      const credit = await work.credits.first();
      const charge = await work.charges.first();
      // The account's figures are the sums of its open items; a side running out first means they disagree.
      assert(credit !== undefined && charge !== undefined, 'account figures disagree with its open items');
      const amountMinor = credit.openMinor < charge.openMinor ? credit.openMinor : charge.openMinor;
      const allocation = new AllocationState(
        account.id,
        credit,
        charge,
        amountMinor,
        this.context.bookedAt,
        true,
        null,
      );
      this.newAllocations.push(allocation);
      made.push(allocation);
      credit.openMinor -= amountMinor;
      charge.openMinor -= amountMinor;
      account.openMinor -= amountMinor;
      account.unallocatedMinor -= amountMinor;
    }
    return made;
  }
}
