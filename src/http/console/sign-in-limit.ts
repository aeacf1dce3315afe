/**
 * Sign-in attempts counted per email and per client address in a fixed window: a password can be
 * guessed only as fast as the limit lets, and one address cannot try many emails. Counts live in
 * memory (one process), or in Redis when REDIS_URL is set so that every process shares them. As
 * with the request rate limit, Redis failing lets attempts through rather than locking everyone
 * out; the password hash's cost still bounds guessing.
 */
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
/** Counters one process keeps at most; the oldest are forgotten first. */
const TRACKED_MAX = 100_000;
const REDIS_TIMEOUT_MS = 1000;

export interface AttemptCounter {
  /** Counts one attempt under the key; the seconds to wait when it is over `max`, else undefined. */
  take(key: string, max: number): Promise<number | undefined>;
  close(): Promise<void>;
}

export class MemoryAttemptCounter implements AttemptCounter {
  private readonly counts = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async take(key: string, max: number): Promise<number | undefined> {
    const now = this.now();
    let entry = this.counts.get(key);
    if (!entry || entry.resetAt <= now) {
      this.counts.delete(key);
      if (this.counts.size >= TRACKED_MAX) this.forgetOldest(now);
      entry = { count: 0, resetAt: now + SIGN_IN_WINDOW_MS };
      this.counts.set(key, entry);
    }
    entry.count += 1;
    return entry.count > max ? Math.max(1, Math.ceil((entry.resetAt - now) / 1000)) : undefined;
  }

  private forgetOldest(now: number): void {
    for (const [key, entry] of this.counts) if (entry.resetAt <= now) this.counts.delete(key);
    for (const key of this.counts.keys()) {
      if (this.counts.size < TRACKED_MAX) break;
      this.counts.delete(key);
    }
  }

  async close(): Promise<void> {}
}

export class RedisAttemptCounter implements AttemptCounter {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly namespace: string,
    private readonly log: FastifyBaseLogger,
  ) {
    this.redis = new Redis(url, {
      connectTimeout: REDIS_TIMEOUT_MS,
      commandTimeout: REDIS_TIMEOUT_MS,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
    });
    this.redis.on('error', (error) => log.warn({ err: error }, 'sign-in limit store unreachable'));
  }

  async take(key: string, max: number): Promise<number | undefined> {
    const name = `${this.namespace}sign-in:${key}`;
    try {
      const count = await this.redis.incr(name);
      if (count === 1) await this.redis.pexpire(name, SIGN_IN_WINDOW_MS);
      if (count <= max) return undefined;
      const ttl = await this.redis.pttl(name);
      return Math.max(1, Math.ceil((ttl > 0 ? ttl : SIGN_IN_WINDOW_MS) / 1000));
    } catch (error) {
      this.log.warn({ err: error }, 'sign-in limit not counted');
      return undefined;
    }
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
