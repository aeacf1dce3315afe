/**
 * The registry of every expected failure Saldo can answer with.
 *
 * Each code is stable: clients branch on it, and every API dialect maps each one to its own
 * status and body (see `src/http/<dialect>/errors.ts`; the compiler refuses a dialect that
 * misses a code). The message is the public one; `internal` on the error is for the logs only.
 */
export const errorMessages = {
  // Request shape and protocol
  validation_failed: 'The request is not valid.',
  malformed_json: 'The request body is not valid JSON.',
  unsupported_media_type: 'The request body must be JSON.',
  payload_too_large: 'The request body is too large.',
  method_not_allowed: 'This method is not allowed on this path.',
  route_not_found: 'There is nothing at this path.',
  // Identity and access
  unauthenticated: 'Authentication failed. No api-key, wrong api-key or wrong header name.',
  forbidden: 'The caller has no privilege to the given resource.',
  rate_limited: 'Access denied - rate limit is exceeded.',
  sign_in_failed: 'The email or the password is not right.',
  password_change_required: 'The password is a one-time password: change it before anything else.',
  // Resources
  organization_not_found: 'The organization does not exist.',
  organization_slug_taken: 'An organization with this slug exists already.',
  api_key_not_found: 'The API key does not exist.',
  customer_not_found: 'The customer does not exist.',
  customer_number_taken: 'A customer with this number exists already.',
  external_reference_taken: 'This external reference belongs to another customer.',
  account_not_found: 'The account does not exist.',
  account_number_taken: 'An account with this number exists already.',
  payment_reference_taken: 'This payment reference belongs to another account.',
  payment_reference_invalid: 'The payment reference number does not have a valid check digit.',
  payment_reference_unmatched: 'No account matches this payment reference.',
  iban_invalid: 'The IBAN is not valid.',
  currency_unknown: 'The currency is not an ISO 4217 currency.',
  currency_mismatch: 'The currency does not match.',
  template_not_found: 'The account template does not exist.',
  account_template_taken: 'An account template with this name exists already.',
  account_template_not_found: 'The account template does not exist.',
  parent_account_invalid: 'The parent account is not valid for this account.',
  account_has_open_items: 'The account still has amounts owed, open or unallocated.',
  account_closed: 'The account is closed.',
  account_status_transition_invalid: 'The account cannot move to this status.',
  payment_method_not_allowed: 'This payment method is not available for the account.',
  version_mismatch: 'Concurrent modification detected. The entity was modified by another request.',
  precondition_required: 'This update needs an If-Match header with the current version.',
  entry_not_found: 'The booking entry does not exist.',
  entry_already_reversed: 'The booking entry was reversed already.',
  entry_not_reversible: 'This booking entry cannot be reversed.',
  entry_external_id_taken: 'Another booking entry of this account has this external id.',
  entry_in_installment_plan: 'The booking entry belongs to an installment plan.',
  amount_out_of_range: 'The amount is out of range.',
  write_off_exceeds_open_amount: 'The write-off is more than the account has open.',
  refund_exceeds_credit: 'The refund is more than the account has as unallocated credit.',
  batch_refused: 'The batch was refused: at least one item could not be booked, so none was.',
  transaction_not_found: 'The transaction does not exist.',
  family_not_found: 'The family does not exist.',
  customer_in_other_family: 'The customer belongs to another family.',
  family_member_limit_reached: 'The family has as many members as it can have.',
  installment_plan_not_found: 'The installment plan does not exist.',
  installment_plan_invalid: 'The installment plan is not valid for these entries.',
  scheduled_payment_not_found: 'The scheduled payment does not exist.',
  scheduled_payment_not_cancellable: 'The scheduled payment can no longer be cancelled.',
  scheduled_payment_state_invalid: 'The scheduled payment is not in a state that allows this result.',
  dunning_policy_invalid: 'The dunning policy is not valid.',
  dunning_run_not_found: 'The dunning run does not exist.',
  operator_not_found: 'The operator does not exist.',
  operator_email_taken: 'An operator with this email exists already.',
  operator_last_admin: 'The organization needs at least one enabled admin.',
  password_too_short: 'The password is too short.',
  debt_collection_state_invalid: 'The account is not in a state that allows this debt-collection step.',
  statement_invalid: 'The bank statement file is not valid.',
  bank_statement_not_found: 'The bank statement does not exist.',
  bank_line_not_found: 'The bank line does not exist.',
  bank_line_not_open: 'The bank line is not UNMATCHED: it was matched, returned or ignored already.',
  bank_line_not_matched: 'The bank line is not MATCHED: there is no match to undo.',
  webhook_url_not_allowed: 'The webhook URL is not allowed: it must be https:// and reach a public address.',
  event_type_unknown: 'This is not an event type Saldo records.',
  webhook_endpoint_not_found: 'The webhook endpoint does not exist.',
  webhook_endpoint_limit_reached: 'The organization has as many webhook endpoints as it can have.',
  webhook_delivery_not_found: 'The webhook delivery does not exist.',
  webhook_delivery_in_flight: 'The webhook delivery is being attempted right now.',
  // Idempotency
  idempotency_key_reused: 'This Idempotency-Key was used with a different request.',
  idempotency_request_in_progress: 'A request with this Idempotency-Key is still in progress.',
  // Infrastructure
  database_unavailable: 'The service is unavailable. Try again later.',
  database_timeout: 'The repository did not answer in time.',
  internal: 'Unexpected system error.',
} as const;

export type ErrorCode = keyof typeof errorMessages;

export const errorCodes = Object.keys(errorMessages) as ErrorCode[];

export interface SaldoErrorOptions {
  /** A public sentence that says more than the code's message (shown to the caller). */
  detail?: string;
  /**
   * The field at fault, in the core's own names (`dueDate`, `paymentMethod.details.iban`,
   * `items[3].amount`): each dialect turns it into its pointer (the native API's
   * `/payment_method/details/iban`, v1's `reference`).
   */
  field?: string;
  /** Where in the request the problem is, for an error raised at the edge (`query.cursor`, `header.if-match`). */
  pointer?: string;
  /** For the logs only: never rendered. */
  internal?: string;
  /** Extra public facts (e.g. `allowed` transitions, `retry_after_seconds`). */
  facts?: Record<string, unknown>;
  cause?: unknown;
}

/** The one error type the core raises for an expected failure. */
export class SaldoError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly field: string | undefined;
  readonly pointer: string | undefined;
  readonly internal: string | undefined;
  readonly facts: Record<string, unknown>;

  constructor(code: ErrorCode, options: SaldoErrorOptions = {}) {
    super(options.internal ?? options.detail ?? errorMessages[code], { cause: options.cause });
    this.name = 'SaldoError';
    this.code = code;
    this.detail = options.detail ?? errorMessages[code];
    this.field = options.field;
    this.pointer = options.pointer;
    this.internal = options.internal;
    this.facts = options.facts ?? {};
  }
}

export function isSaldoError(value: unknown): value is SaldoError {
  return value instanceof SaldoError;
}

/** A broken invariant: a bug, never an answer. Stops the operation (and its transaction). */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`invariant violated: ${message}`);
}
