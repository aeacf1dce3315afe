/**
 * What a process read lately and may show again for a short while: the API key and organization
 * a request authenticates with, the organization's settings. A change made through this
 * process's store forgets its key at once; other processes' changes show once the entry expires.
 */
export class RecentCache<T> {
  private readonly entries = new Map<string, { value: T; expiresAt: number }>();

  constructor(
    readonly ttlMs: number,
    /** Bound on the keys kept: past it the cache starts afresh rather than grow with tenants. */
    private readonly max = 10_000,
  ) {}

  /** The value read within the last `ttlMs`, or what `load` reads now (undefined is not kept). */
  async get(key: string, load: () => Promise<T | undefined>): Promise<T | undefined> {
    const now = Date.now();
    const cached = this.entries.get(key);
    if (cached && cached.expiresAt > now) return cached.value;
    const value = await load();
    if (value === undefined) return undefined;
    if (this.entries.size >= this.max) this.entries.clear();
    this.entries.set(key, { value, expiresAt: now + this.ttlMs });
    return value;
  }

  /** The value read within the last `ttlMs`, or undefined: never reads, so never waits. */
  peek(key: string): T | undefined {
    const cached = this.entries.get(key);
    return cached && cached.expiresAt > Date.now() ? cached.value : undefined;
  }

  forget(key: string): void {
    this.entries.delete(key);
  }
}
