/**
 * The Store port over Kysely: one implementation for SQLite and PostgreSQL. A Store built on a
 * Kysely transaction is the same type as one built on the database, so every command takes
 * either; `transaction` on a store that is already in one simply runs the work in it.
 */
import { type StorageAdapter, storageAdapter } from './adapter.ts';
import { KyselyAgingStore } from './stores/aging.ts';
import { KyselyInterestStore } from './stores/interest.ts';
import { rowLimit } from './literals.ts';
import type { Kysely } from 'kysely';
import type { EventsCommittedListener } from '../core/events/event-store.ts';
import type { ConnectionUse, Store } from '../core/store.ts';
import { type DatabaseKind, type DatabaseOptions, openDatabase } from './database.ts';
import { isTransientConflict, translateDriverError } from './driver-errors.ts';
import { GroupCommit } from './group-commit.ts';
import { migrateToLatest } from './migrate.ts';
import type { Database } from './schema.ts';
import { KyselyAccountStore } from './stores/accounts.ts';
import { KyselyAuditStore } from './stores/audit.ts';
import { KyselyDunningStore } from './stores/dunning.ts';
import { KyselyInstallmentStore } from './stores/installments.ts';
import { KyselyCustomerOverviewStore } from './stores/customer-overview.ts';
import { KyselyFamilyStore } from './stores/families.ts';
import { KyselyScheduledPaymentStore } from './stores/scheduled-payments.ts';
import { KyselyCustomerStore } from './stores/customers.ts';
import { KyselyEntryStore } from './stores/entries.ts';
import { KyselyIdempotencyStore } from './stores/idempotency.ts';
import { KyselyLedgerStore } from './stores/ledger.ts';
import { KyselyEventStore } from './stores/events.ts';
import { KyselyOperatorStore } from './stores/operators.ts';
import { KyselyWebhookStore } from './stores/webhooks.ts';
import { KyselyBankStatementStore } from './stores/bank-statements.ts';
import { KyselyApiKeyStore, KyselyOrganizationStore, type RecentCaches, recentCaches } from './stores/organizations.ts';

/** How often a PostgreSQL transaction aborted by a deadlock or serialization failure is run. */
const TRANSACTION_ATTEMPTS_MAX = 3;

export class KyselyStore implements Store {
  readonly organizations;
  readonly apiKeys;
  readonly audit;
  readonly idempotency;
  readonly dunning;
  readonly installments;
  readonly interest;
  readonly aging;
  readonly families;
  readonly scheduledPayments;
  readonly customerOverview;
  readonly entries;
  readonly customers;
  readonly accounts;
  readonly ledger;
  readonly events;
  readonly operators;
  readonly webhooks;
  readonly bankStatements;
  /** Organizations whose events this transaction's store recorded (announced after commit). */
  private readonly recorded = new Set<string>();

  readonly adapter: StorageAdapter;

  constructor(
    readonly db: Kysely<Database>,
    readonly kind: DatabaseKind,
    private readonly inTransaction = false,
    private readonly caches: RecentCaches = recentCaches(),
    private readonly listeners: Set<EventsCommittedListener> = new Set(),
  ) {
    this.adapter = storageAdapter(kind);
    this.organizations = new KyselyOrganizationStore(db, this.adapter, caches);
    this.apiKeys = new KyselyApiKeyStore(db, caches);
    this.audit = new KyselyAuditStore(db, this.adapter);
    this.idempotency = new KyselyIdempotencyStore(db, this.adapter);
    this.dunning = new KyselyDunningStore(db, this.adapter);
    this.installments = new KyselyInstallmentStore(db);
    this.interest = new KyselyInterestStore(db);
    this.aging = new KyselyAgingStore(db, this.adapter);
    const batchLookups = !this.adapter.inProcess && !inTransaction;
    this.families = new KyselyFamilyStore(db, this.adapter, { batchLookups });
    this.scheduledPayments = new KyselyScheduledPaymentStore(db, this.adapter);
    this.customerOverview = new KyselyCustomerOverviewStore(db, this.adapter, { batchLookups });
    this.entries = new KyselyEntryStore(db, this.adapter);
    this.customers = new KyselyCustomerStore(db, this.adapter);
    this.accounts = new KyselyAccountStore(db, this.adapter);
    this.ledger = new KyselyLedgerStore(db, this.adapter);
    this.events = new KyselyEventStore(db, this.adapter, this.recorded);
    this.operators = new KyselyOperatorStore(db, this.adapter);
    this.webhooks = new KyselyWebhookStore(db, this.adapter);
    this.bankStatements = new KyselyBankStatementStore(db, this.adapter);
  }

  onEventsCommitted(listener: EventsCommittedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** After a commit: tells the listeners which organizations' events it recorded. */
  private announce(transactionStore: KyselyStore | undefined): void {
    const recorded = transactionStore?.recorded;
    if (recorded === undefined || recorded.size === 0) return;
    const organizations = new Set(recorded);
    recorded.clear();
    for (const listener of this.listeners) listener(organizations);
  }

  private committer: GroupCommit<KyselyStore> | undefined;

  async transaction<T>(work: (store: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    if (!this.adapter.locksRows) {
      // One writer: concurrent transactions share a commit (src/storage/group-commit.ts).
      this.committer ??= new GroupCommit<KyselyStore>(
        this.db,
        (trx) => new KyselyStore(trx, this.kind, true, this.caches, this.listeners),
      );
      let used: KyselyStore | undefined;
      const result = await this.committer.submit((store) => ((used = store), work(store)));
      this.announce(used);
      return result;
    }
    // PostgreSQL may abort a transaction it found in a deadlock or could not serialize; the work
    // is database-only, so running it again is safe, and the client never sees the collision.
    for (let attempt = 1; ; attempt++) {
      try {
        let used: KyselyStore | undefined;
        const result = await this.db
          .transaction()
          .execute((trx) => work((used = new KyselyStore(trx, this.kind, true, this.caches, this.listeners))));
        this.announce(used);
        return result;
      } catch (error) {
        if (attempt >= TRANSACTION_ATTEMPTS_MAX || !isTransientConflict(error)) throw error;
      }
    }
  }

  isOutage(error: unknown): boolean {
    const translated = translateDriverError(error);
    return translated?.code === 'database_unavailable' || translated?.code === 'database_timeout';
  }

  async ping(): Promise<void> {
    await this.db.selectFrom('organizations').select('id').limit(rowLimit(1)).execute();
  }

  /** Set by `openStore` for PostgreSQL: the pool's counts. */
  pool: { totalCount: number; idleCount: number; waitingCount: number } | undefined;

  connectionUse(): ConnectionUse {
    if (this.pool) return { total: this.pool.totalCount, idle: this.pool.idleCount, waiting: this.pool.waitingCount };
    if (this.kind === 'sqlite')
      return { total: 1, idle: this.committer?.busy ? 0 : 1, waiting: this.committer?.waiting ?? 0 };
    return { total: 0, idle: 0, waiting: 0 };
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/**
 * Opens the database, applies pending migrations and returns the store. `apiKeyCacheMs` is how
 * long the store keeps an API key's record after reading it (default 5 s; 0 keeps none).
 */
export async function openStore(options: DatabaseOptions & { apiKeyCacheMs?: number }): Promise<KyselyStore> {
  const { kind, db, pool } = openDatabase(options);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw translateDriverError(error) ?? error;
  }
  const store = new KyselyStore(db, kind, false, recentCaches(options.apiKeyCacheMs));
  store.pool = pool;
  return store;
}
