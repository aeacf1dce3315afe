/**
 * What a batch reads before it books, read once and set-based: the accounts its bookings name
 * (locked, in id order), the entries its reversals and external ids name, their allocations, and
 * the first page of open items where settling may reach. A pass reads only from here (and, should
 * settling reach further, a next page, kept here too), so a fresh pass after a refused atomic group
 * sees exactly the same database.
 */
import type { LedgerAccount } from '../entries/entry-store.ts';
import type { Entry } from '../entries/entry.ts';
import { isEntryPublicId } from '../ids.ts';
import type { AccountRef, BookingGroup, EntryRef } from './booking.ts';
import { externalIdKey } from './ledger-pass.ts';
import type { AllocationRow, LedgerStore, OpenItemKey, SettlingEntry, OpenSideName } from './ledger-store.ts';
import { OPEN_ITEMS_PAGE_SIZE, type OpenPageReader } from './open-items.ts';

const pageKey = (side: OpenSideName, accountId: number, after: OpenItemKey | null) =>
  `${side}:${accountId}:${after === null ? '' : 'sequence' in after ? String(after.sequence) : `${after.dueDate}/${after.id}`}`;

export class LedgerSnapshot {
  private readonly accounts = new Map<number, LedgerAccount>();
  private readonly accountByPublicId = new Map<string, number>();
  private readonly accountByReference = new Map<string, number>();
  private readonly entriesById = new Map<number, Entry>();
  private readonly entriesByPublicId = new Map<string, Entry>();
  private readonly entriesByExternalId = new Map<string, Entry>();
  private readonly allocationsByEntry = new Map<number, AllocationRow[]>();
  private readonly publicIds = new Map<number, string>();
  private readonly pages = new Map<string, SettlingEntry[]>();

  constructor(
    private readonly ledger: LedgerStore,
    private readonly organizationId: string,
  ) {}

  account(accountId: number): LedgerAccount | undefined {
    return this.accounts.get(accountId);
  }

  accountIdOf(ref: AccountRef): number | undefined {
    if (ref.by === 'id') return this.accounts.has(ref.id) ? ref.id : undefined;
    if (ref.by === 'publicId') return this.accountByPublicId.get(ref.publicId);
    return this.accountByReference.get(ref.reference);
  }

  entryOf(ref: EntryRef): Entry | undefined {
    return ref.by === 'id' ? this.entriesById.get(ref.id) : this.entriesByPublicId.get(ref.publicId);
  }

  entryByExternalId(key: string): Entry | undefined {
    return this.entriesByExternalId.get(key);
  }

  allocationsOf(entryId: number): AllocationRow[] {
    return this.allocationsByEntry.get(entryId) ?? [];
  }

  publicIdOf(entryId: number): string | null {
    return this.publicIds.get(entryId) ?? this.entriesById.get(entryId)?.publicId ?? null;
  }

  /** Reads through the pages read so far; a page not read yet costs one statement. */
  openPageReader(): OpenPageReader {
    return async (side, accountId, after) => {
      const key = pageKey(side, accountId, after);
      let rows = this.pages.get(key);
      if (rows === undefined) {
        rows = await this.ledger.openItems(this.organizationId, side, [{ accountId, after }], OPEN_ITEMS_PAGE_SIZE);
        this.pages.set(key, rows);
      }
      return rows;
    };
  }

  /** Reads (and locks) everything the groups' bookings name. */
  async read(groups: BookingGroup[]): Promise<void> {
    const organizationId = this.organizationId;
    const ids = new Set<number>();
    const accountPublicIds = new Set<string>();
    const references = new Set<string>();
    const entryIds = new Set<number>();
    const entryPublicIds = new Set<string>();
    for (const group of groups) {
      for (const booking of group.bookings) {
        if (booking.op === 'post') {
          const ref = booking.account;
          if (ref.by === 'id') ids.add(ref.id);
          else if (ref.by === 'publicId') accountPublicIds.add(ref.publicId);
          else if (ref.reference.length > 0) references.add(ref.reference);
        } else if (booking.entry.by === 'id') entryIds.add(booking.entry.id);
        else if (isEntryPublicId(booking.entry.publicId)) entryPublicIds.add(booking.entry.publicId);
      }
    }
    const reversing = entryIds.size > 0 || entryPublicIds.size > 0;
    const entryKeys = { ids: [...entryIds], publicIds: [...entryPublicIds] };
    // The reversed entries' accounts join the lock; the entries are read again under it below.
    if (reversing)
      for (const entry of await this.ledger.findEntries(organizationId, entryKeys)) ids.add(entry.accountId);

    const locked = await this.ledger.lockAccounts(organizationId, {
      ids: [...ids],
      publicIds: [...accountPublicIds],
      paymentReferences: [...references],
    });
    for (const account of locked) {
      this.accounts.set(account.id, account);
      this.accountByPublicId.set(account.publicId, account.id);
      if (account.paymentReferenceNumber !== null)
        this.accountByReference.set(account.paymentReferenceNumber, account.id);
    }
    if (reversing) this.remember(await this.ledger.findEntries(organizationId, entryKeys));

    const externalKeys: Array<{ accountId: number; externalId: string }> = [];
    for (const group of groups) {
      for (const booking of group.bookings) {
        if (booking.op !== 'post' || booking.externalId == null) continue;
        const accountId = this.accountIdOf(booking.account);
        if (accountId !== undefined) externalKeys.push({ accountId, externalId: booking.externalId });
      }
    }
    const replayed =
      externalKeys.length === 0 ? [] : await this.ledger.findEntriesByExternalId(organizationId, externalKeys);
    for (const entry of replayed)
      this.entriesByExternalId.set(externalIdKey(entry.accountId, entry.externalId!), entry);
    this.remember(replayed);

    const withAllocations = [...this.entriesById.keys()];
    if (withAllocations.length > 0) {
      for (const row of await this.ledger.allocationsOf(organizationId, withAllocations, { liveOnly: false })) {
        for (const entryId of [row.credit.id, row.charge.id]) {
          const list = this.allocationsByEntry.get(entryId) ?? [];
          list.push(row);
          this.allocationsByEntry.set(entryId, list);
        }
      }
    }
    const reversedBy = replayed.flatMap((entry) =>
      entry.reversedBy === null || this.entriesById.has(entry.reversedBy) ? [] : [entry.reversedBy],
    );
    if (reversedBy.length > 0) {
      for (const entry of await this.ledger.findEntries(organizationId, { ids: reversedBy, publicIds: [] }))
        this.publicIds.set(entry.id, entry.publicId);
    }
    await this.readFirstPages(groups);
  }

  private remember(entries: Entry[]): void {
    for (const entry of entries) {
      this.entriesById.set(entry.id, entry);
      this.entriesByPublicId.set(entry.publicId, entry);
    }
  }

  /**
   * The first page of each side settling may reach: open charges where a credit arrives, open
   * credits where a charge does (an account never holds both), both where an entry is reversed.
   */
  private async readFirstPages(groups: BookingGroup[]): Promise<void> {
    const charges = new Set<number>();
    const credits = new Set<number>();
    for (const group of groups) {
      for (const booking of group.bookings) {
        const accountId =
          booking.op === 'post' ? this.accountIdOf(booking.account) : this.entryOf(booking.entry)?.accountId;
        const account = accountId === undefined ? undefined : this.accounts.get(accountId);
        if (account === undefined) continue;
        const reaches = (side: OpenSideName) => booking.op === 'reverse' || booking.type !== side;
        if (account.openMinor > 0n && reaches('CHARGE')) charges.add(account.id);
        if (account.unallocatedMinor > 0n && reaches('CREDIT')) credits.add(account.id);
      }
    }
    for (const [side, accountIds] of [
      ['CHARGE', charges],
      ['CREDIT', credits],
    ] as const) {
      if (accountIds.size === 0) continue;
      const rows = await this.ledger.openItems(
        this.organizationId,
        side,
        [...accountIds].map((accountId) => ({ accountId, after: null })),
        OPEN_ITEMS_PAGE_SIZE,
      );
      const byAccount = new Map<number, SettlingEntry[]>([...accountIds].map((id) => [id, []]));
      for (const row of rows) byAccount.get(row.accountId)!.push(row);
      for (const [accountId, page] of byAccount) this.pages.set(pageKey(side, accountId, null), page);
    }
  }
}
