/**
 * Errors of the v1 customers dialect (seeds 000, 001): `{errorMessage, errorCode, traceId,
 * reference?}` with the statuses those seeds list (400, 401, 403, 404, 409, 429, 500), and the
 * HTTP-level ones every dialect shares (405, 413, 503, 504).
 */
import { type ErrorCode, type SaldoError } from '../../core/errors.ts';
import type { Dialect, ErrorContext } from '../shared/dialect.ts';
import { fieldOfPointer } from '../shared/validation.ts';

/**
 * Every code's status here, written out so that the compiler asks for each new code: the seeds
 * list 400, 401, 403, 404, 409, 429 and 500 (with the HTTP-level 405, 413, 503 and 504); what the
 * native API answers 415, 422 or 428 is the request's fault, so it is 400 here.
 */
export const v1CustomersStatusByCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  unsupported_media_type: 400,
  payload_too_large: 413,
  method_not_allowed: 405,
  route_not_found: 404,
  unauthenticated: 401,
  forbidden: 403,
  rate_limited: 429,
  sign_in_failed: 401,
  password_change_required: 403,
  organization_not_found: 404,
  organization_slug_taken: 409,
  api_key_not_found: 404,
  customer_not_found: 404,
  customer_number_taken: 409,
  external_reference_taken: 409,
  account_not_found: 404,
  account_number_taken: 409,
  payment_reference_taken: 409,
  payment_reference_invalid: 400,
  payment_reference_unmatched: 400,
  iban_invalid: 400,
  currency_unknown: 400,
  currency_mismatch: 400,
  template_not_found: 400,
  account_template_taken: 409,
  account_template_not_found: 404,
  parent_account_invalid: 400,
  account_has_open_items: 409,
  account_closed: 409,
  account_status_transition_invalid: 409,
  payment_method_not_allowed: 400,
  version_mismatch: 409,
  precondition_required: 400,
  entry_not_found: 404,
  entry_already_reversed: 409,
  entry_not_reversible: 409,
  entry_external_id_taken: 409,
  entry_in_installment_plan: 409,
  amount_out_of_range: 400,
  write_off_exceeds_open_amount: 409,
  refund_exceeds_credit: 409,
  batch_refused: 400,
  transaction_not_found: 404,
  family_not_found: 404,
  customer_in_other_family: 409,
  family_member_limit_reached: 409,
  installment_plan_not_found: 404,
  installment_plan_invalid: 400,
  scheduled_payment_not_found: 404,
  scheduled_payment_not_cancellable: 409,
  scheduled_payment_state_invalid: 409,
  dunning_policy_invalid: 400,
  dunning_run_not_found: 404,
  debt_collection_state_invalid: 409,
  statement_invalid: 400,
  bank_statement_not_found: 404,
  bank_line_not_found: 404,
  bank_line_not_open: 409,
  bank_line_not_matched: 409,
  operator_not_found: 404,
  operator_email_taken: 409,
  operator_last_admin: 409,
  password_too_short: 400,
  webhook_url_not_allowed: 400,
  event_type_unknown: 400,
  webhook_endpoint_not_found: 404,
  webhook_endpoint_limit_reached: 409,
  webhook_delivery_not_found: 404,
  webhook_delivery_in_flight: 409,
  idempotency_key_reused: 400,
  idempotency_request_in_progress: 409,
  database_unavailable: 503,
  database_timeout: 504,
  internal: 500,
};

export function renderV1CustomersError(
  error: SaldoError,
  _status: number,
  context: ErrorContext,
): Record<string, unknown> {
  const body: Record<string, unknown> = { errorMessage: error.detail, errorCode: error.code, traceId: context.traceId };
  // v1 names its fields in camelCase, as the core does.
  if (error.pointer) body.reference = fieldOfPointer(error.pointer);
  else if (error.field) body.reference = error.field;
  return body;
}

export const v1CustomersDialect: Dialect = {
  name: 'v1-customers',
  statusByCode: v1CustomersStatusByCode,
  render: renderV1CustomersError,
  contentType: 'application/json',
};
