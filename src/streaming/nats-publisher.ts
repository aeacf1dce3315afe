/**
 * Publishes Saldo's events to NATS JetStream (`EVENTS_NATS_URL`): subject
 * `saldo.<organization slug>.<event type>`, header `Nats-Msg-Id` = the event id, each publish
 * awaited until JetStream acknowledges that it stored the message.
 *
 * At least once: a failure is thrown to the caller, which publishes again later. JetStream drops
 * a message whose `Nats-Msg-Id` it has stored within the stream's duplicate window, so a retry
 * soon after a lost acknowledgement stores nothing twice; consumers that must be exact
 * deduplicate on the id beyond that window.
 */
import { jetstream, jetstreamManager, JetStreamApiCodes, JetStreamApiError, StorageType } from '@nats-io/jetstream';
import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import { connect, nanos, RequestError, TimeoutError, type NatsConnection } from '@nats-io/transport-node';
import { assert } from '../core/errors.ts';

export const DEFAULT_STREAM_NAME = 'SALDO_EVENTS';
export const DEFAULT_SUBJECT_PREFIX = 'saldo';
/** How long a publish waits for JetStream's acknowledgement (and a stream lookup for its answer). */
export const PUBLISH_TIMEOUT_MS = 10_000;
/** JetStream's own default: a re-publish within it is recognised by its `Nats-Msg-Id`. */
export const DUPLICATE_WINDOW_MS = 2 * 60 * 1000;
/** A created stream keeps events as long as the pull feed does at least. */
export const STREAM_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** Between reconnection attempts; the client keeps trying for as long as the process runs. */
export const RECONNECT_WAIT_MS = 1000;

/** One subject token: no separator, wildcard or white space. */
const SUBJECT_TOKEN = /^[A-Za-z0-9_-]+$/;
const STREAM_NAME = /^[A-Za-z0-9_-]{1,64}$/;

export interface NatsPublisherOptions {
  /** `nats://host:port`, or several separated by commas. */
  url: string;
  /** The stream that stores the events (`EVENTS_NATS_STREAM`), created when missing. */
  stream?: string;
  /** The first token of every subject. */
  subjectPrefix?: string;
  /** The subject filter of a stream this creates; `<subjectPrefix>.>` unless given. */
  subjects?: readonly string[];
  publishTimeoutMs?: number;
  duplicateWindowMs?: number;
  maxAgeMs?: number;
  /** Shown by the NATS server for this connection. */
  connectionName?: string;
}

/** An event as streamed: `body` is the event JSON, as the feed and webhooks serve it. */
export interface StreamedEvent {
  id: string;
  type: string;
  organizationSlug: string;
  body: string;
}

export interface PublishReceipt {
  /** The message's sequence number in the stream. */
  sequence: number;
  /** True when the stream had this event id already and stored nothing. */
  duplicate: boolean;
}

/** `publishInOrder` stopped: the first `publishedCount` events were stored, the rest were not sent. */
export class EventPublishError extends Error {
  readonly publishedCount: number;
  constructor(publishedCount: number, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`publishing stopped after ${publishedCount} event(s): ${reason}`, { cause });
    this.name = 'EventPublishError';
    this.publishedCount = publishedCount;
  }
}

function isStreamNotFound(error: unknown): boolean {
  return error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamNotFound;
}

/** No stream listens on the subject; the client reports it as "jetstream is not enabled". */
function isNoStreamForSubject(error: unknown): boolean {
  return error instanceof Error && error.cause instanceof RequestError && error.cause.isNoResponders();
}

export class NatsEventPublisher {
  readonly stream: string;
  readonly subjectPrefix: string;
  private readonly subjects: string[];
  private readonly publishTimeoutMs: number;
  private readonly duplicateWindowMs: number;
  private readonly maxAgeMs: number;
  /** False until the stream is known to exist, and again after a publish fails other than by a timeout (the stream may be gone). */
  private streamReady = false;

  private constructor(
    private readonly connection: NatsConnection,
    private readonly manager: JetStreamManager,
    private readonly client: JetStreamClient,
    options: NatsPublisherOptions,
  ) {
    this.stream = options.stream ?? DEFAULT_STREAM_NAME;
    this.subjectPrefix = options.subjectPrefix ?? DEFAULT_SUBJECT_PREFIX;
    this.subjects = [...(options.subjects ?? [`${this.subjectPrefix}.>`])];
    this.publishTimeoutMs = options.publishTimeoutMs ?? PUBLISH_TIMEOUT_MS;
    this.duplicateWindowMs = options.duplicateWindowMs ?? DUPLICATE_WINDOW_MS;
    this.maxAgeMs = options.maxAgeMs ?? STREAM_MAX_AGE_MS;
    assert(STREAM_NAME.test(this.stream), 'a stream name is 1 to 64 letters, digits, "_" or "-"');
    assert(
      this.subjectPrefix.split('.').every((token) => SUBJECT_TOKEN.test(token)),
      'the subject prefix is plain subject tokens',
    );
  }

  /** Connects, and creates the stream when it is missing. Throws when NATS cannot be reached. */
  static async open(options: NatsPublisherOptions): Promise<NatsEventPublisher> {
    const connection = await connect({
      servers: options.url.split(',').map((server) => server.trim()),
      name: options.connectionName ?? 'saldo-events',
      reconnect: true,
      maxReconnectAttempts: -1,
      reconnectTimeWait: RECONNECT_WAIT_MS,
    });
    try {
      const timeout = options.publishTimeoutMs ?? PUBLISH_TIMEOUT_MS;
      const manager = await jetstreamManager(connection, { timeout });
      const publisher = new NatsEventPublisher(connection, manager, jetstream(connection, { timeout }), options);
      await publisher.ensureStream();
      return publisher;
    } catch (error) {
      await connection.close();
      throw error;
    }
  }

  /** `saldo.<organization slug>.<event type>`; an event type's dots make further tokens. */
  subjectOf(event: StreamedEvent): string {
    assert(SUBJECT_TOKEN.test(event.organizationSlug), 'an organization slug is one subject token');
    assert(
      event.type.split('.').every((token) => SUBJECT_TOKEN.test(token)),
      'an event type is dot-separated subject tokens',
    );
    return `${this.subjectPrefix}.${event.organizationSlug}.${event.type}`;
  }

  /** Publishes one event and waits for JetStream to store it (or to recognise it as a duplicate). */
  async publish(event: StreamedEvent): Promise<PublishReceipt> {
    assert(event.id.length > 0, 'an event has an id');
    const subject = this.subjectOf(event);
    if (!this.streamReady) await this.ensureStream();
    try {
      const acknowledgement = await this.client.publish(subject, event.body, {
        msgID: event.id,
        timeout: this.publishTimeoutMs,
        // Refused unless our stream stores it: a stranger's stream on an overlapping subject does not count.
        expect: { streamName: this.stream },
      });
      return { sequence: acknowledgement.seq, duplicate: acknowledgement.duplicate };
    } catch (error) {
      // A timeout says nothing about the stream; anything else may mean it is gone, so look again next time.
      if (!(error instanceof TimeoutError)) this.streamReady = false;
      if (isNoStreamForSubject(error)) {
        throw new Error(
          `no stream stores ${subject}: ${this.stream} was deleted or does not take this subject; the next publish creates it when missing`,
          { cause: error },
        );
      }
      throw error;
    }
  }

  /**
   * Publishes one organization's events strictly in the given order: each one only after the
   * previous one is acknowledged, so the stream holds them in that order. Stops at the first
   * failure with an `EventPublishError` that says how many were stored.
   */
  async publishInOrder(events: readonly StreamedEvent[]): Promise<PublishReceipt[]> {
    const receipts: PublishReceipt[] = [];
    for (const event of events) {
      try {
        receipts.push(await this.publish(event));
      } catch (error) {
        throw new EventPublishError(receipts.length, error);
      }
    }
    return receipts;
  }

  /** Sends what is pending, then closes the connection. */
  async close(): Promise<void> {
    if (this.connection.isClosed()) return;
    await this.connection.drain();
  }

  /**
   * Creates the stream unless it exists. An existing stream is left as its operator configured
   * it. Two processes creating it at once with the same configuration both succeed.
   */
  private async ensureStream(): Promise<void> {
    try {
      await this.manager.streams.info(this.stream);
    } catch (error) {
      if (!isStreamNotFound(error)) throw error;
      await this.manager.streams.add({
        name: this.stream,
        subjects: this.subjects,
        storage: StorageType.File,
        duplicate_window: nanos(this.duplicateWindowMs),
        max_age: nanos(this.maxAgeMs),
      });
    }
    this.streamReady = true;
  }
}
