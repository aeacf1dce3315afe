/**
 * Errors of the v1 families dialect (seed 004): `{statusCode, messages, exception}`. The seed
 * documents 403 and 404 only, so a failed authentication answers 403 "Not authorized" here.
 */
import { type ErrorCode, type SaldoError } from '../../core/errors.ts';
import type { Dialect, ErrorContext } from '../shared/dialect.ts';
import { fieldOfPointer } from '../shared/validation.ts';

/**
 * Every code's status here, written out so that the compiler asks for each new code: as the v1
 * customers dialect (400 for what the native API answers 415, 422 or 428), and 403 for a failed
 * authentication, which this seed documents instead of 401.
 */
export const v1FamiliesStatusByCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  unsupported_media_type: 400,
  payload_too_large: 413,
  method_not_allowed: 405,
  route_not_found: 404,
  unauthenticated: 403,
  forbidden: 403,
  rate_limited: 429,
  sign_in_failed: 403,
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

export function renderV1FamiliesError(
  error: SaldoError,
  status: number,
  context: ErrorContext,
): Record<string, unknown> {
  const message = error.code === 'unauthenticated' || error.code === 'forbidden' ? 'Not authorized' : error.detail;
  const exception: Record<string, unknown> = { code: error.code, traceId: context.traceId };
  // v1 names its fields in camelCase, as the core does.
  if (error.pointer) exception.reference = fieldOfPointer(error.pointer);
  else if (error.field) exception.reference = error.field;
  return { statusCode: status, messages: [message], exception };
}

export const v1FamiliesDialect: Dialect = {
  name: 'v1-families',
  statusByCode: v1FamiliesStatusByCode,
  render: renderV1FamiliesError,
  contentType: 'application/json',
};
