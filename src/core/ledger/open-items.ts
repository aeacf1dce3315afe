/**
 * The write path's picture of what is open on an account while it books a batch: the entries it
 * knows (read from the database or booked in this batch) and, per account, the open charges and
 * open credits in settling order. Only what settling reaches is read, a page at a time; what the
 * batch changed is the truth over what the database still holds.
 */
import { assert } from '../errors.ts';
import type { Entry, EntryType } from '../entries/entry.ts';
import type { OpenItemKey, SettlingEntry, OpenSideName } from './ledger-store.ts';

/** Ranks new entries after every stored one (their ids, given at insert, will be greater). */
const NEW_ENTRY_RANK_BASE = 1n << 62n;

/** An entry as the batch sees it: stored (with its id) or booked in this batch (id given at insert). */
export class EntryState {
  /** The database id; undefined for a new entry until the batch inserts it. */
  id: number | undefined;
  openMinor: bigint;
  reversedBy: EntryState | null = null;
  /** The full stored entry, when it was read whole (reversal targets, external-id hits). */
  stored: Entry | undefined;

  constructor(
    readonly publicId: string,
    readonly accountId: number,
    readonly type: EntryType,
    readonly dueDate: string,
    readonly sequence: bigint,
    /** What the database holds; for a new entry, zero (it is inserted with its final open amount). */
    readonly storedOpenMinor: bigint,
    /** Ties among charges due the same day: stored entries by id, new ones after, in booking order. */
    readonly rank: bigint,
    readonly isNew: boolean,
  ) {
    this.id = isNew ? undefined : Number(rank);
    this.openMinor = storedOpenMinor;
  }

  static fromRow(row: SettlingEntry): EntryState {
    return new EntryState(
      row.publicId,
      row.accountId,
      row.type,
      row.dueDate,
      row.sequence,
      row.openMinor,
      BigInt(row.id),
      false,
    );
  }

  static fromEntry(entry: Entry): EntryState {
    const state = new EntryState(
      entry.publicId,
      entry.accountId,
      entry.type,
      entry.dueDate,
      entry.sequence,
      entry.openMinor,
      BigInt(entry.id),
      false,
    );
    state.stored = entry;
    return state;
  }

  static booked(
    publicId: string,
    accountId: number,
    type: EntryType,
    dueDate: string,
    sequence: bigint,
    openMinor: bigint,
  ): EntryState {
    const state = new EntryState(
      publicId,
      accountId,
      type,
      dueDate,
      sequence,
      0n,
      NEW_ENTRY_RANK_BASE + sequence,
      true,
    );
    state.openMinor = openMinor;
    return state;
  }

  get requireId(): number {
    assert(this.id !== undefined, 'entry used by id before it was inserted');
    return this.id;
  }
}

function compareKeys(side: OpenSideName, a: EntryState, b: EntryState): number {
  if (side === 'CHARGE') {
    if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
    return a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0;
  }
  return a.sequence < b.sequence ? -1 : a.sequence > b.sequence ? 1 : 0;
}

export function keyOf(side: OpenSideName, entry: EntryState): OpenItemKey {
  return side === 'CHARGE' ? { dueDate: entry.dueDate, id: Number(entry.rank) } : { sequence: entry.sequence };
}

/** Reads a page of an account's open items on one side after a key (null: from the start). */
export type OpenPageReader = (
  side: OpenSideName,
  accountId: number,
  after: OpenItemKey | null,
) => Promise<SettlingEntry[]>;

/** Looks up or registers the batch's state of a stored entry, so that one entry has one state. */
export type EntryRegistry = (row: SettlingEntry) => EntryState;

/**
 * One side of an account's open items, in settling order. Items known to the batch are kept
 * sorted; stored items are read a page at a time as settling reaches past what was read. Every
 * stored open item up to `readThrough` is known, so the first open item known at or below it is
 * the account's first open item.
 */
export class OpenSide {
  private readonly items: EntryState[] = [];
  private readonly known = new Set<EntryState>();
  private readThrough: EntryState | undefined;
  private exhausted: boolean;

  constructor(
    readonly side: OpenSideName,
    readonly accountId: number,
    /** Nothing of this side is open in the database (the account's figure is zero). */
    storedEmpty: boolean,
    private readonly readPage: OpenPageReader,
    private readonly register: EntryRegistry,
  ) {
    this.exhausted = storedEmpty;
  }

  /** Adds an item that is (or may become) open: a new entry, or one a reversal reopened. */
  track(entry: EntryState): void {
    if (this.known.has(entry)) return;
    this.known.add(entry);
    // Most items arrive in order (a new entry sorts last among its due date): search from the end.
    let index = this.items.length;
    while (index > 0 && compareKeys(this.side, this.items[index - 1]!, entry) > 0) index--;
    this.items.splice(index, 0, entry);
  }

  /** The first item with something open, in settling order; undefined when nothing is open. */
  async first(): Promise<EntryState | undefined> {
    for (;;) {
      const candidate = this.items.find((item) => item.openMinor > 0n);
      if (this.exhausted) return candidate;
      const covered =
        this.readThrough !== undefined &&
        candidate !== undefined &&
        compareKeys(this.side, candidate, this.readThrough) <= 0;
      if (covered) return candidate;
      await this.readNextPage();
    }
  }

  private async readNextPage(): Promise<void> {
    const after = this.readThrough === undefined ? null : keyOf(this.side, this.readThrough);
    const rows = await this.readPage(this.side, this.accountId, after);
    for (const row of rows) {
      assert(row.accountId === this.accountId && row.type === this.side, 'open item of another account or side');
      this.track(this.register(row));
    }
    if (rows.length === 0) {
      this.exhausted = true;
      return;
    }
    this.readThrough = this.register(rows[rows.length - 1]!);
    if (rows.length < OPEN_ITEMS_PAGE_SIZE) this.exhausted = true;
  }
}

/** Open items read per account and side at a time: most bookings settle a few. */
export const OPEN_ITEMS_PAGE_SIZE = 16;
