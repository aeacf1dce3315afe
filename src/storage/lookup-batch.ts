/**
 * Look-ups by key gathered into one statement. On PostgreSQL every statement is a round trip,
 * and its cost to Saldo's process (a socket write, the server's wake-up, the answer's parsing) is
 * most of what a single-row read costs: many requests reading the same kind of row at once each
 * paid it. A batch collects the keys asked for during one turn of the event loop and reads them
 * all with one statement per group (an organization), so the turn's requests share one round trip.
 *
 * A key asked for alone still waits only for the end of the turn it was asked in (`setImmediate`),
 * then runs as a batch of one. Keys asked twice in one turn are read once.
 */

/** Reads a group's keys in one statement: the rows found, by key (a key missing from the map was not found). */
export type ReadKeys<K, V> = (group: string, keys: readonly K[]) => Promise<Map<K, V>>;

interface Waiting<V> {
  resolve: (value: V | undefined) => void;
  reject: (error: unknown) => void;
}

/** Bound on the keys of one statement: a turn asking for more runs several. */
export const LOOKUP_BATCH_MAX = 500;

export class LookupBatch<K, V> {
  /** Per group, per key: the callers waiting for the turn's statement. */
  private pending = new Map<string, Map<K, Array<Waiting<V>>>>();
  private scheduled = false;

  constructor(private readonly read: ReadKeys<K, V>) {}

  load(group: string, key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      let keys = this.pending.get(group);
      if (keys === undefined) this.pending.set(group, (keys = new Map()));
      const waiting = keys.get(key);
      if (waiting === undefined) keys.set(key, [{ resolve, reject }]);
      else waiting.push({ resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const pending = this.pending;
    this.pending = new Map();
    for (const [group, keys] of pending) {
      const all = [...keys.keys()];
      for (let start = 0; start < all.length; start += LOOKUP_BATCH_MAX) {
        const chunk = all.slice(start, start + LOOKUP_BATCH_MAX);
        this.read(group, chunk).then(
          (found) => {
            for (const key of chunk) for (const caller of keys.get(key)!) caller.resolve(found.get(key));
          },
          (error: unknown) => {
            for (const key of chunk) for (const caller of keys.get(key)!) caller.reject(error);
          },
        );
      }
    }
  }
}
