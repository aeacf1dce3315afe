/**
 * The storage port: everything the core asks of a database, and nothing of how. SQLite and
 * PostgreSQL implement it over one schema (src/storage). `transaction` hands the callback a
 * Store bound to one database transaction, so a command takes either kind alike.
 */
import type { AccountStore } from './accounts/account.ts';
import type { AuditStore } from './audit/audit-event.ts';
import type { DunningStore } from './dunning/dunning-store.ts';
import type { InstallmentStore } from './installments/installment-plan.ts';
import type { CustomerOverviewStore } from './customer-overview/customer-overview.ts';
import type { FamilyStore } from './families/family.ts';
import type { ScheduledPaymentStore } from './scheduled-payments/scheduled-payment.ts';
import type { EntryStore } from './entries/entry-store.ts';
import type { CustomerStore } from './customers/customer.ts';
import type { IdempotencyStore } from './idempotency/idempotency-record.ts';
import type { ApiKeyStore, OrganizationStore } from './organizations/organization.ts';
import type { LedgerStore } from './ledger/ledger-store.ts';
import type { EventStore, EventsCommittedListener } from './events/event-store.ts';
import type { WebhookStore } from './webhooks/webhook-endpoint.ts';
import type { OperatorStore } from './operators/operator.ts';
import type { BankStatementStore } from './bank-statements/bank-statement.ts';
import type { InterestStore } from './interest/interest-store.ts';
import type { AgingStore } from './reports/aging-store.ts';

/**
 * How the process uses its database connections, for metrics. PostgreSQL: the pool's clients;
 * SQLite: its one connection, busy while a group commit runs, and the transactions waiting for it.
 */
export interface ConnectionUse {
  total: number;
  idle: number;
  waiting: number;
}

export interface Store {
  readonly organizations: OrganizationStore;
  readonly apiKeys: ApiKeyStore;
  readonly audit: AuditStore;
  readonly idempotency: IdempotencyStore;
  readonly dunning: DunningStore;
  readonly installments: InstallmentStore;
  /** Interest coverage and the interest pass's reads. */
  readonly interest: InterestStore;
  /** The aging report's reads. */
  readonly aging: AgingStore;
  readonly families: FamilyStore;
  readonly scheduledPayments: ScheduledPaymentStore;
  readonly customerOverview: CustomerOverviewStore;
  readonly entries: EntryStore;
  readonly customers: CustomerStore;
  readonly accounts: AccountStore;
  /** The write path's set-based statements; only inside `transaction`. */
  readonly ledger: LedgerStore;
  /** The events outbox; recording only inside `transaction`, with the ledger row held. */
  readonly events: EventStore;
  readonly operators: OperatorStore;
  /** Webhook endpoints and deliveries. */
  readonly webhooks: WebhookStore;
  /** Imported bank statements and their lines. */
  readonly bankStatements: BankStatementStore;
  /** Calls the listener after each commit that recorded events (in this process); answers how to stop. */
  onEventsCommitted(listener: EventsCommittedListener): () => void;
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
  /** True when the error says the database cannot be reached or did not answer in time. */
  isOutage(error: unknown): boolean;
  /** Resolves when the database answers; for readiness checks. */
  ping(): Promise<void>;
  connectionUse(): ConnectionUse;
  close(): Promise<void>;
}
