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
  /** Oldest first. */
  list(organizationId: string, query: EventPageQuery): Promise<StoredEvent[]>;
  /** The sequence of the organization's event with this public id. */
  sequenceOf(organizationId: string, publicId: string): Promise<bigint | undefined>;
  /** Forgets events created before the instant; answers how many. */
  pruneBefore(instant: string, limit: number): Promise<number>;
}
