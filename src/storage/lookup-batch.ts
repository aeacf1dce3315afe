/**
 * Look-ups by key gathered into one statement. On PostgreSQL every statement is a round trip,
 * and its cost to Saldo's process (a socket write that wakes the server, the answer's parsing) is
 * most of what a single-row read costs: many requests reading the same kind of row at once each
 * paid it. A batch collects the keys asked for during one turn of the event loop and reads them
 * all with one statement per group (an organization, and whatever else the statement's text or
 * values share), so the turn's requests share one round trip.
 *
 * A key asked for alone still waits only for the end of the turn it was asked in (`setImmediate`),
 * then runs as a batch of one. Keys asked twice in one turn are read once. Groups and keys are
 * plain values (strings, bigints, objects of them); two are the same when their values are.
 */

/** Reads a group's keys in one statement: per key, in the same order, its answer (undefined: not found). */
export type ReadKeys<G, K, V> = (group: G, keys: readonly K[]) => Promise<ReadonlyArray<V | undefined>>;

interface Waiting<V> {
  resolve: (value: V | undefined) => void;
  reject: (error: unknown) => void;
}

interface PendingGroup<G, K, V> {
  group: G;
  keys: Map<string, { key: K; waiting: Array<Waiting<V>> }>;
}

/** Bound on the keys of one statement: a turn asking for more runs several. */
export const LOOKUP_BATCH_MAX = 500;

/**
 * A text that is the same for equal groups (or keys) and differs for different ones. Texts carry
 * their length, so no value's characters can pass for the boundary of another; an object's
 * properties come in the order its writer gave them, the same for every group of one batch.
 * Anything deeper than a flat object is written as JSON. JSON for all of it cost about a
 * microsecond per value with the replacer bigints need, on every read that joins a batch.
 */
function identity(value: unknown): string {
  const flat = flatIdentity(value);
  if (flat !== undefined) return flat;
  if (Array.isArray(value)) {
    let text = '[';
    for (const item of value) {
      const part = flatIdentity(item);
      if (part === undefined) return jsonIdentity(value);
      text += `${part};`;
    }
    return text;
  }
  if (typeof value === 'object' && value !== null) {
    let text = '{';
    for (const name in value) {
      const part = flatIdentity((value as Record<string, unknown>)[name]);
      if (part === undefined) return jsonIdentity(value);
      text += `${name.length}:${name}=${part};`;
    }
    return text;
  }
  return jsonIdentity(value);
}

function flatIdentity(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return `s${value.length}:${value}`;
    case 'bigint':
      return `b${value}`;
    case 'number':
      return `n${value}`;
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return value === null ? 'null' : value === undefined ? 'undefined' : undefined;
  }
}

const jsonIdentity = (value: unknown): string =>
  `j${JSON.stringify(value, (_name, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`;

export class LookupBatch<G, K, V> {
  private pending = new Map<string, PendingGroup<G, K, V>>();
  private scheduled = false;

  constructor(private readonly read: ReadKeys<G, K, V>) {}

  load(group: G, key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      const groupId = identity(group);
      let pendingGroup = this.pending.get(groupId);
      if (pendingGroup === undefined) this.pending.set(groupId, (pendingGroup = { group, keys: new Map() }));
      const keyId = identity(key);
      const asked = pendingGroup.keys.get(keyId);
      if (asked === undefined) pendingGroup.keys.set(keyId, { key, waiting: [{ resolve, reject }] });
      else asked.waiting.push({ resolve, reject });
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
    for (const { group, keys } of pending.values()) {
      const all = [...keys.values()];
      for (let start = 0; start < all.length; start += LOOKUP_BATCH_MAX) {
        const chunk = all.slice(start, start + LOOKUP_BATCH_MAX);
        this.read(
          group,
          chunk.map((asked) => asked.key),
        ).then(
          (found) => chunk.forEach((asked, i) => asked.waiting.forEach((caller) => caller.resolve(found[i]))),
          (error: unknown) => chunk.forEach((asked) => asked.waiting.forEach((caller) => caller.reject(error))),
        );
      }
    }
  }
}
