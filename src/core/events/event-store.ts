/**
 * The events outbox: what storage keeps of events. Recording takes the organization's ledger row's
 * event sequence, so `evt_` ids sort in commit order within an organization and a reader that
 * follows `after` never misses one: every transaction that records events holds that row.
 */
import type { DomainEvent, EventType } from './domain-event.ts';

/** An event as stored and served: its data as it was when the change committed. */
export interface StoredEvent {
  id: number;
  /** evt_ + the organization's event sequence + random: sorts in commit order. */
  publicId: string;
  organizationId: string;
  sequence: bigint;
  type: EventType;
  createdAt: string;
  data: unknown;
}

export interface EventPageQuery {
  /** Events with a greater sequence only (the `after` cursor). */
  afterSequence?: bigint | undefined;
  types?: EventType[] | undefined;
  limit: number;
}

export interface EventStore {
  /** Records the events in order, in the caller's transaction (which holds the ledger row). */
  record(organizationId: string, createdAt: string, events: DomainEvent[]): Promise<void>;
  /** The organization's last event sequence handed out (0 before its first event). */
  lastSequence(organizationId: string): Promise<bigint>;
  /** Oldest first. */
  list(organizationId: string, query: EventPageQuery): Promise<StoredEvent[]>;
  /** The sequence of the organization's event with this public id. */
  sequenceOf(organizationId: string, publicId: string): Promise<bigint | undefined>;
  /**
   * Forgets up to `limit` of the organization's events created before the instant, none at or
   * after `keepFromSequence` (what a delivery, a fan-out or the stream still needs); answers how many.
   */
  pruneBefore(organizationId: string, instant: string, keepFromSequence: bigint | null, limit: number): Promise<number>;
  /** Events by their row ids, as stored (for deliveries). */
  findByIds(ids: number[]): Promise<StoredEvent[]>;

  // The event stream (NATS): one publishing process per organization at a time, under a lease.
  /** Organizations with events not yet published, by slug. */
  unpublished(limit: number): Promise<Array<{ organizationId: string; slug: string; publishedSequence: bigint }>>;
  /** Takes (or renews) the organization's stream lease for `holder` until `leaseUntil`; false when another holds it. */
  acquireStreamLease(organizationId: string, holder: string, now: string, leaseUntil: string): Promise<boolean>;
  /** Gives up every stream lease of `holder` (a process stopping), so another takes over at once. */
  releaseStreamLeases(holder: string): Promise<void>;
  /** Moves the published position on, where `holder` still holds the lease; false when it lost it. */
  setPublished(organizationId: string, holder: string, sequence: bigint): Promise<boolean>;
  /** The published position, or null when nothing is streamed for the organization. */
  publishedSequence(organizationId: string): Promise<bigint | null>;
}

/** Which organizations' events a commit recorded: lets delivery start at once, in this process. */
export type EventsCommittedListener = (organizationIds: ReadonlySet<string>) => void;
