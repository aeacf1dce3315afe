/** A stored first answer, replayed for a repeated request with the same Idempotency-Key. */
export interface Reply {
  status: number;
  body: unknown;
}

export interface IdempotencyRecord {
  organizationId: string;
  key: string;
  requestHash: string;
  /** Null while the write that claimed the key is still under way (a long-running write). */
  reply: Reply | null;
  createdAt: string;
}

export interface IdempotencyStore {
  /**
   * Claims the key inside the current transaction. Returns undefined when this request now
   * owns the key, or the record of the request that owned it first. On PostgreSQL a concurrent
   * claim of the same key waits for the first transaction to end.
   */
  claim(organizationId: string, key: string, requestHash: string, at: string): Promise<IdempotencyRecord | undefined>;
  complete(organizationId: string, key: string, reply: Reply): Promise<void>;
  /** Gives the key of a write that never finished to a new request (same key, its own hash). */
  takeOver(organizationId: string, key: string, requestHash: string, at: string): Promise<void>;
  /** Forgets a claim whose write failed, so that the key can be used again. */
  release(organizationId: string, key: string): Promise<void>;
  /** The records of these keys that exist (committed), by key. */
  findMany(organizationId: string, keys: string[]): Promise<Map<string, IdempotencyRecord>>;
  /**
   * Stores completed records in one statement; answers the keys it stored. A key missing from the
   * answer was claimed meanwhile by another write (its record wins; the caller runs again).
   */
  insertCompleted(records: IdempotencyRecord[]): Promise<string[]>;
  /** Forgets keys older than the instant: they are kept at least IDEMPOTENCY_KEY_TTL_HOURS. */
  purgeBefore(instant: string): Promise<number>;
}
