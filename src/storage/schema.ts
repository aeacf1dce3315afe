/**
 * Row types of the one schema both databases share (the migrations create it). 64-bit columns
 * read as bigint on both (better-sqlite3 in safe-integer mode, pg with an int8 parser); 32-bit
 * ones read as bigint on SQLite and number on PostgreSQL, so mappers pass them through Number().
 */
import type { ColumnType, Generated } from 'kysely';

type Int64 = ColumnType<bigint, bigint | number, bigint | number>;
type Int32 = ColumnType<number | bigint, number, number>;
type Id = ColumnType<bigint, bigint | number | undefined, never>;
type Flag = ColumnType<number | bigint, number | undefined, number>;

export interface OrganizationsTable {
  id: string;
  slug: string;
  name: string;
  time_zone: ColumnType<string, string | undefined, string>;
  entry_sequence: ColumnType<bigint, bigint | number | undefined, bigint | number>;
  event_sequence: ColumnType<bigint, bigint | number | undefined, bigint | number>;
  settings: ColumnType<string, string | undefined, string>;
  created_at: string;
}

export interface ApiKeysTable {
  id: string;
  organization_id: string;
  name: string;
  scopes: string;
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface AuditEventsTable {
  id: Generated<bigint>;
  organization_id: string;
  occurred_at: string;
  actor_key_id: string | null;
  actor_operator_id: ColumnType<string | null, string | null | undefined, string | null>;
  audit_user: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  trace_id: string | null;
  details: string;
}

export interface IdempotencyRecordsTable {
  organization_id: string;
  key: string;
  request_hash: string;
  reply_status: Int32 | null;
  reply_body: string | null;
  created_at: string;
}

export interface CustomersTable {
  id: string;
  organization_id: string;
  number: Int64;
  name: string;
  email: string | null;
  version: ColumnType<number | bigint, number | undefined, number>;
  created_at: string;
  updated_at: string;
}

export interface CustomerCategoriesTable {
  organization_id: string;
  customer_id: string;
  category: string;
}

export interface CustomerExternalReferencesTable {
  organization_id: string;
  source: string;
  external_id: string;
  customer_id: string;
}

export interface AccountTemplatesTable {
  organization_id: string;
  name: string;
  currency: string | null;
  credit_limit_minor: Int64 | null;
  modality: string | null;
  payment_reference_type: string | null;
  dunning_policy: string | null;
  created_at: string;
}

export interface AccountsTable {
  id: Id;
  uuid: string;
  organization_id: string;
  customer_id: string;
  number: string;
  name: string | null;
  currency: string;
  credit_limit_minor: Int64;
  status: string;
  modality: string;
  parent_id: Int64 | null;
  template: string | null;
  payment_reference_type: string | null;
  payment_reference_number: string | null;
  billing_address: string | null;
  payment_method_type: string;
  payment_method_details: string | null;
  is_default: Flag;
  balance_minor: ColumnType<bigint, bigint | number | undefined, bigint | number>;
  charged_minor: ColumnType<bigint, bigint | number | undefined, bigint | number>;
  credited_minor: ColumnType<bigint, bigint | number | undefined, bigint | number>;
  open_minor: ColumnType<bigint, bigint | number | undefined, bigint | number>;
  unallocated_minor: ColumnType<bigint, bigint | number | undefined, bigint | number>;
  dunning_level: Int32 | null;
  dunning_exempt: Flag;
  in_debt_collection: Flag;
  version: ColumnType<number | bigint, number | undefined, number>;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  dunning_anchor_date: string | null;
  dunning_blocked: Flag;
  debt_collection_recalled_anchor: string | null;
  debt_collection_since: string | null;
}

export interface EntriesTable {
  id: Id;
  public_id: string;
  organization_id: string;
  account_id: Int64;
  sequence: Int64;
  type: string;
  kind: string;
  amount_minor: Int64;
  open_minor: Int64;
  due_date: string;
  value_date: ColumnType<string | null, string | null | undefined, string | null>;
  description: string | null;
  external_id: string | null;
  reversal_of: Int64 | null;
  reversed_by: Int64 | null;
  installment_plan_id: Int64 | null;
  installment_of_plan_id: Int64 | null;
  balance_after_minor: Int64;
  charged_after_minor: Int64;
  credited_after_minor: Int64;
  booked_at: string;
  created_by_key_id: string | null;
}

export interface AllocationsTable {
  id: Id;
  organization_id: string;
  account_id: Int64;
  credit_entry_id: Int64;
  charge_entry_id: Int64;
  amount_minor: Int64;
  created_at: string;
  released_by_entry_id: Int64 | null;
}

export interface FamiliesTable {
  id: string;
  organization_id: string;
  name: string;
  currency: string;
  created_at: string;
}

export interface FamilyMembersTable {
  organization_id: string;
  family_id: string;
  customer_id: string;
  added_at: string;
}

export interface ScheduledPaymentsTable {
  id: Id;
  public_id: string;
  organization_id: string;
  account_id: Int64;
  amount_minor: Int64;
  date: string;
  method: string | null;
  status: string;
  payment_entry_id: Int64 | null;
  created_at: string;
  updated_at: string;
  return_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface BankStatementsTable {
  id: Id;
  public_id: string;
  organization_id: string;
  format: string;
  bank_statement_id: string;
  account_iban: string;
  currency: string | null;
  bank_created_at: string | null;
  opening_balance_minor: Int64 | null;
  closing_balance_minor: Int64 | null;
  import_public_id: string;
  position_in_file: Int32;
  lines_count: Int32;
  matched_count: Int32;
  unmatched_count: Int32;
  returned_count: Int32;
  ignored_count: Int32;
  known_count: Int32;
  imported_at: string;
}

export interface BankLinesTable {
  id: Id;
  public_id: string;
  organization_id: string;
  statement_id: Int64;
  position: Int32;
  identity: string;
  bank_reference: string | null;
  booking_date: string;
  value_date: string;
  amount_minor: Int64;
  currency: string;
  direction: string;
  reversal: Flag;
  reference: string | null;
  remittance_info: string | null;
  debtor_name: string | null;
  debtor_iban: string | null;
  end_to_end_id: string | null;
  return_reason_code: string | null;
  bank_transaction_code: string | null;
  status: string;
  match: string | null;
  reason: string | null;
  account_id: Int64 | null;
  entry_id: Int64 | null;
  created_at: string;
  updated_at: string;
}

export interface OrganizationCountersTable {
  organization_id: string;
  name: string;
  value: Int64;
}

export interface FamilyMembershipPeriodsTable {
  id: Id;
  organization_id: string;
  family_id: string;
  customer_id: string;
  joined_after_sequence: Int64;
  left_after_sequence: Int64 | null;
  joined_at: string;
  left_at: string | null;
}

export interface DunningRunsTable {
  id: Id;
  public_id: string;
  organization_id: string;
  as_of: string;
  trigger: string;
  status: string;
  accounts_evaluated: Int32;
  summary: string;
  actor_key_id: string | null;
  started_at: string;
  completed_at: string | null;
}

export interface DunningRunChangesTable {
  id: Id;
  organization_id: string;
  run_id: Int64;
  account_id: Int64;
  from_level: Int32 | null;
  to_level: Int32 | null;
  days_past_due: Int32 | null;
  anchor_date: string | null;
  overdue_minor: Int64;
  status_from: string;
  status_to: string;
  handed_over: Flag;
  fees: string;
  created_at: string;
}

export interface DunningFeesTable {
  organization_id: string;
  account_id: Int64;
  level: Int32;
  anchor_date: string;
  entry_id: Int64;
  run_id: Int64 | null;
  created_at: string;
}

export interface OpenAmountMovesTable {
  id: Id;
  organization_id: string;
  account_id: Int64;
  entry_id: Int64;
  delta_minor: Int64;
  moved_at: string;
}

/** Open amounts of charges summed by currency and due date, kept by triggers on entries (migration 0018). */
export interface OpenAmountsByDueTable {
  organization_id: string;
  currency: string;
  due_date: string;
  open_minor: Int64;
}

export interface InterestCoverageTable {
  id: Id;
  organization_id: string;
  account_id: Int64;
  charge_entry_id: Int64;
  first_day: string;
  last_day: string;
  interest_entry_id: Int64;
  as_of: string;
  run_id: Int64 | null;
  created_at: string;
}

export interface DunningLeasesTable {
  organization_id: string;
  run_date: string;
  holder: string;
  acquired_at: string;
  completed_at: string | null;
  run_id: Int64 | null;
}

export interface InstallmentPlansTable {
  id: Id;
  public_id: string;
  organization_id: string;
  account_id: Int64;
  status: string;
  installment_count: Int32;
  first_due_date: string;
  interval_months: Int32;
  total_minor: Int64;
  originals: string;
  created_at: string;
  cancelled_at: string | null;
}

export interface OperatorsTable {
  id: string;
  organization_id: string;
  email: string;
  role: string;
  password_hash: string;
  disabled: Flag;
  must_change_password: Flag;
  version: ColumnType<number | bigint, number | undefined, number>;
  created_at: string;
  updated_at: string;
}

export interface OperatorSessionsTable {
  token_hash: string;
  organization_id: string;
  operator_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface EventsTable {
  id: Id;
  public_id: string;
  organization_id: string;
  sequence: Int64;
  type: string;
  data: string;
  created_at: string;
}

export interface WebhookEndpointsTable {
  id: Id;
  public_id: string;
  organization_id: string;
  url: string;
  description: string | null;
  event_types: string;
  enabled: Flag;
  secret: string;
  previous_secret: string | null;
  rotated_at: string | null;
  fanned_out_sequence: Int64;
  replay_next_sequence: Int64 | null;
  replay_until_sequence: Int64 | null;
  failing_since: string | null;
  disabled_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface WebhookDeliveriesTable {
  id: Id;
  public_id: string;
  organization_id: string;
  endpoint_id: Int64;
  event_id: Int64;
  event_public_id: string;
  event_type: string;
  status: string;
  attempts: Int32;
  last_status_code: Int32 | null;
  last_error: string | null;
  next_attempt_at: string | null;
  lease_until: string | null;
  leased_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface WebhookAttemptsTable {
  id: Id;
  organization_id: string;
  delivery_id: Int64;
  attempt: Int32;
  outcome: string;
  status_code: Int32 | null;
  error: string | null;
  duration_ms: Int32;
  attempted_at: string;
}

export interface EventStreamPositionsTable {
  organization_id: string;
  published_sequence: Int64;
  lease_holder: string | null;
  lease_until: string | null;
}

export interface Database {
  organizations: OrganizationsTable;
  api_keys: ApiKeysTable;
  audit_events: AuditEventsTable;
  idempotency_records: IdempotencyRecordsTable;
  customers: CustomersTable;
  customer_categories: CustomerCategoriesTable;
  customer_external_references: CustomerExternalReferencesTable;
  account_templates: AccountTemplatesTable;
  accounts: AccountsTable;
  entries: EntriesTable;
  allocations: AllocationsTable;
  families: FamiliesTable;
  family_members: FamilyMembersTable;
  scheduled_payments: ScheduledPaymentsTable;
  bank_statements: BankStatementsTable;
  bank_lines: BankLinesTable;
  dunning_runs: DunningRunsTable;
  dunning_run_changes: DunningRunChangesTable;
  dunning_fees: DunningFeesTable;
  dunning_leases: DunningLeasesTable;
  interest_coverage: InterestCoverageTable;
  open_amount_moves: OpenAmountMovesTable;
  open_amounts_by_due: OpenAmountsByDueTable;
  installment_plans: InstallmentPlansTable;
  family_membership_periods: FamilyMembershipPeriodsTable;
  organization_counters: OrganizationCountersTable;
  events: EventsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  event_stream_positions: EventStreamPositionsTable;
  operators: OperatorsTable;
  operator_sessions: OperatorSessionsTable;
}
