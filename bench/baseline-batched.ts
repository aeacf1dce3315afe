/**
 * The database ceiling of bookings in Saldo's batched shape: concurrent booking requests are
 * gathered and written in one transaction with one statement per table, as Saldo's write path
 * does (src/core/ledger), but with nothing around them — no validation, idempotency records,
 * audit rows, refusals or views. The ledger row, the accounts locked in id order, the first page
 * of open counter-items where settling may reach, then entries, allocations, open amounts,
 * account figures and the sequence, each one statement whatever the number of bookings.
 */
import { entryPublicId } from '../src/core/ids.ts';

type Row = Record<string, unknown>;
export type Query = (statement: string, parameters?: unknown[]) => Promise<Row[]>;

export interface CeilingBooking {
  accountPublicId: string;
  type: 'CHARGE' | 'CREDIT';
  amountMinor: bigint;
  dueDate: string;
}

interface Pending {
  bookings: CeilingBooking[];
  resolve: (booked: number) => void;
  reject: (error: unknown) => void;
}

/** As Saldo's bounds (src/core/ledger/ledger-writer.ts). */
const BATCH_BOOKINGS_MAX = 4000;
const OPEN_ITEMS_PAGE = 16;

const big = (value: unknown) => BigInt(value as bigint | number | string);
const json = (rows: object[]) =>
  JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));

interface OpenItem {
  id: bigint | undefined;
  index: number;
  open: bigint;
  dueDate: string;
  rank: bigint;
}

/** One organization's bookings, gathered while the previous batch commits. */
export class BatchedCeiling {
  private readonly queue: Pending[] = [];
  private draining = false;

  constructor(
    private readonly kind: 'sqlite' | 'postgres',
    private readonly organizationId: string,
    private readonly write: <T>(work: (query: Query) => Promise<T>) => Promise<T>,
  ) {}

  book(bookings: CeilingBooking[]): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ bookings, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        await new Promise((resolve) => setImmediate(resolve));
        const batch: Pending[] = [];
        let size = 0;
        while (
          this.queue.length > 0 &&
          (batch.length === 0 || size + this.queue[0]!.bookings.length <= BATCH_BOOKINGS_MAX)
        ) {
          const next = this.queue.shift()!;
          size += next.bookings.length;
          batch.push(next);
        }
        try {
          await this.write((query) =>
            this.bookAll(
              query,
              batch.flatMap((pending) => pending.bookings),
            ),
          );
          for (const pending of batch) pending.resolve(pending.bookings.length);
        } catch (error) {
          for (const pending of batch) pending.reject(error);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  private rows(columns: Array<[string, string]>): string {
    const names = columns.map(([name]) => name).join(', ');
    if (this.kind === 'postgres') {
      return `rows from (jsonb_to_recordset(?::jsonb) as (${columns.map(([name, type]) => `${name} ${type}`).join(', ')})) with ordinality as v(${names}, position)`;
    }
    return `(select ${columns.map(([name]) => `value ->> '${name}' as ${name}`).join(', ')}, key as position from jsonb_each(?)) as v`;
  }

  private async bookAll(query: Query, bookings: CeilingBooking[]): Promise<void> {
    const postgres = this.kind === 'postgres';
    const organizationId = this.organizationId;
    const now = new Date().toISOString();
    const [ledger] = await query(
      `select entry_sequence from organizations where id = ?${postgres ? ' for update' : ''}`,
      [organizationId],
    );
    let sequence = big(ledger!.entry_sequence);
    const uuids = [...new Set(bookings.map((booking) => booking.accountPublicId))];
    const accountRows = postgres
      ? await query(
          'select id, uuid, balance_minor, charged_minor, credited_minor, open_minor, unallocated_minor from accounts where organization_id = ? and uuid = any(?::text[]) order by id for update',
          [organizationId, uuids],
        )
      : await query(
          'select id, uuid, balance_minor, charged_minor, credited_minor, open_minor, unallocated_minor from accounts where +organization_id = ? and uuid in (select value from json_each(?))',
          [organizationId, JSON.stringify(uuids)],
        );
    const accounts = new Map(
      accountRows.map((row) => [
        row.uuid as string,
        {
          id: big(row.id),
          charged: big(row.charged_minor),
          credited: big(row.credited_minor),
          open: big(row.open_minor),
          unallocated: big(row.unallocated_minor),
          charges: [] as OpenItem[],
          credits: [] as OpenItem[],
        },
      ]),
    );
    // The first page of the side each account's bookings may settle against.
    const reach = { CHARGE: new Set<bigint>(), CREDIT: new Set<bigint>() };
    for (const booking of bookings) {
      const account = accounts.get(booking.accountPublicId)!;
      if (booking.type === 'CREDIT' && account.open > 0n) reach.CHARGE.add(account.id);
      if (booking.type === 'CHARGE' && account.unallocated > 0n) reach.CREDIT.add(account.id);
    }
    const byId = new Map([...accounts.values()].map((account) => [account.id, account]));
    for (const side of ['CHARGE', 'CREDIT'] as const) {
      const ids = [...reach[side]];
      if (ids.length === 0) continue;
      const order = side === 'CHARGE' ? 'due_date, id' : 'sequence';
      const select = `select id, account_id, due_date, open_minor from entries e where e.organization_id = ? and e.account_id = a.id and type = '${side}' and open_minor > 0 order by ${order} limit ${OPEN_ITEMS_PAGE}`;
      const found = postgres
        ? await query(`select o.* from unnest(?::bigint[]) as a(id) cross join lateral (${select}) o`, [
            ids.map(String),
            organizationId,
          ])
        : (
            await Promise.all(
              ids.map((id) =>
                query(
                  `select id, account_id, due_date, open_minor from entries where account_id = ? and organization_id = ? and type = '${side}' and open_minor > 0 order by ${order} limit ${OPEN_ITEMS_PAGE}`,
                  [id, organizationId],
                ),
              ),
            )
          ).flat();
      for (const row of found) {
        const account = byId.get(big(row.account_id))!;
        (side === 'CHARGE' ? account.charges : account.credits).push({
          id: big(row.id),
          index: -1,
          open: big(row.open_minor),
          dueDate: row.due_date as string,
          rank: big(row.id),
        });
      }
    }

    const entries: Array<Record<string, unknown>> = [];
    const allocations: Array<{ account: bigint; credit: OpenItem; charge: OpenItem; amount: bigint }> = [];
    const touched = new Set<OpenItem>();
    for (const booking of bookings) {
      const account = accounts.get(booking.accountPublicId)!;
      sequence += 1n;
      const item: OpenItem = {
        id: undefined,
        index: entries.length,
        open: booking.amountMinor,
        dueDate: booking.dueDate,
        rank: (1n << 62n) + sequence,
      };
      if (booking.type === 'CHARGE') {
        account.charged += booking.amountMinor;
        account.open += booking.amountMinor;
        account.charges.push(item);
        account.charges.sort((a, b) =>
          a.dueDate === b.dueDate ? (a.rank < b.rank ? -1 : 1) : a.dueDate < b.dueDate ? -1 : 1,
        );
      } else {
        account.credited += booking.amountMinor;
        account.unallocated += booking.amountMinor;
        account.credits.push(item);
      }
      while (account.open > 0n && account.unallocated > 0n) {
        const credit = account.credits.find((candidate) => candidate.open > 0n);
        const charge = account.charges.find((candidate) => candidate.open > 0n);
        // Past the first page: the ceiling stops settling (Saldo would read the next page).
        if (!credit || !charge) break;
        const amount = credit.open < charge.open ? credit.open : charge.open;
        credit.open -= amount;
        charge.open -= amount;
        account.open -= amount;
        account.unallocated -= amount;
        allocations.push({ account: account.id, credit, charge, amount });
        touched.add(credit).add(charge);
      }
      entries.push({
        public_id: entryPublicId(sequence),
        organization_id: organizationId,
        account_id: account.id,
        sequence,
        type: booking.type,
        kind: booking.type === 'CHARGE' ? 'CHARGE' : 'PAYMENT',
        amount_minor: booking.amountMinor,
        open_minor: 0n,
        due_date: booking.dueDate,
        description: 'baseline',
        balance_after_minor: account.credited - account.charged,
        charged_after_minor: account.charged,
        credited_after_minor: account.credited,
        booked_at: now,
        item,
      });
    }
    for (const entry of entries) entry.open_minor = (entry.item as OpenItem).open;

    const entryColumns: Array<[string, string]> = [
      ['public_id', 'text'],
      ['organization_id', 'text'],
      ['account_id', 'bigint'],
      ['sequence', 'bigint'],
      ['type', 'text'],
      ['kind', 'text'],
      ['amount_minor', 'bigint'],
      ['open_minor', 'bigint'],
      ['due_date', 'text'],
      ['description', 'text'],
      ['balance_after_minor', 'bigint'],
      ['charged_after_minor', 'bigint'],
      ['credited_after_minor', 'bigint'],
      ['booked_at', 'text'],
    ];
    const names = entryColumns.map(([name]) => name).join(', ');
    const inserted = await query(
      `insert into entries (${names}) select ${names} from ${this.rows(entryColumns)} order by v.position returning id, sequence`,
      [json(entries.map(({ item: _item, ...row }) => row))],
    );
    const idBySequence = new Map(inserted.map((row) => [big(row.sequence), big(row.id)]));
    for (const entry of entries) (entry.item as OpenItem).id = idBySequence.get(entry.sequence as bigint);

    if (allocations.length > 0) {
      const columns: Array<[string, string]> = [
        ['organization_id', 'text'],
        ['account_id', 'bigint'],
        ['credit_entry_id', 'bigint'],
        ['charge_entry_id', 'bigint'],
        ['amount_minor', 'bigint'],
        ['created_at', 'text'],
      ];
      const list = columns.map(([name]) => name).join(', ');
      await query(`insert into allocations (${list}) select ${list} from ${this.rows(columns)} order by v.position`, [
        json(
          allocations.map((a) => ({
            organization_id: organizationId,
            account_id: a.account,
            credit_entry_id: a.credit.id,
            charge_entry_id: a.charge.id,
            amount_minor: a.amount,
            created_at: now,
          })),
        ),
      ]);
    }
    const stored = [...touched].filter((item) => item.index === -1);
    if (stored.length > 0) {
      await query(
        `update entries set open_minor = v.open_minor from ${this.rows([
          ['id', 'bigint'],
          ['open_minor', 'bigint'],
        ])} where entries.id = v.id and ${postgres ? '' : '+'}entries.organization_id = ?`,
        [json(stored.map((item) => ({ id: item.id, open_minor: item.open }))), organizationId],
      );
    }
    const figures = [...accounts.values()].map((account) => ({
      id: account.id,
      balance_minor: account.credited - account.charged,
      charged_minor: account.charged,
      credited_minor: account.credited,
      open_minor: account.open,
      unallocated_minor: account.unallocated,
    }));
    await query(
      `update accounts set balance_minor = v.balance_minor, charged_minor = v.charged_minor, credited_minor = v.credited_minor, open_minor = v.open_minor,
         unallocated_minor = v.unallocated_minor, updated_at = ?
       from ${this.rows([
         ['id', 'bigint'],
         ['balance_minor', 'bigint'],
         ['charged_minor', 'bigint'],
         ['credited_minor', 'bigint'],
         ['open_minor', 'bigint'],
         ['unallocated_minor', 'bigint'],
       ])}
       where accounts.id = v.id and ${postgres ? '' : '+'}accounts.organization_id = ?`,
      [now, json(figures), organizationId],
    );
    await query('update organizations set entry_sequence = ? where id = ?', [sequence, organizationId]);
  }
}
