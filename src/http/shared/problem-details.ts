/**
 * RFC 9457 problem details (`application/problem+json`): the error body of the native API, the
 * 003 accounts dialect, v4 and /admin. `code` is the stable registry code, `trace_id` the
 * request's trace; `errors[].pointer` names the offending field as a JSON pointer into its part.
 */
import { type ErrorCode, type SaldoError, errorMessages } from '../../core/errors.ts';
import type { Dialect, ErrorContext } from './dialect.ts';

export const problemStatusByCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  unsupported_media_type: 415,
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
  payment_reference_unmatched: 422,
  iban_invalid: 400,
  currency_unknown: 400,
  currency_mismatch: 422,
  template_not_found: 400,
  account_template_taken: 409,
  account_template_not_found: 404,
  parent_account_invalid: 400,
  account_has_open_items: 409,
  account_closed: 409,
  account_status_transition_invalid: 409,
  payment_method_not_allowed: 400,
  version_mismatch: 409,
  precondition_required: 428,
  entry_not_found: 404,
  entry_already_reversed: 409,
  entry_not_reversible: 409,
  entry_external_id_taken: 409,
  entry_in_installment_plan: 409,
  amount_out_of_range: 400,
  write_off_exceeds_open_amount: 409,
  refund_exceeds_credit: 409,
  batch_refused: 422,
  transaction_not_found: 404,
  family_not_found: 404,
  customer_in_other_family: 409,
  family_member_limit_reached: 409,
  installment_plan_not_found: 404,
  installment_plan_invalid: 422,
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
  idempotency_key_reused: 422,
  idempotency_request_in_progress: 409,
  database_unavailable: 503,
  database_timeout: 504,
  internal: 500,
};

/** `body.payment_method.type` → `/payment_method/type`, `body.items[3].amount` → `/items/3/amount`; query and path parameters keep their name. */
function jsonPointer(pointer: string): { pointer?: string; parameter?: string } {
  const [part, ...path] = pointer.replace(/\[([0-9]+)\]/g, '.$1').split('.');
  if (part === 'body') return { pointer: `/${path.join('/')}` };
  return { parameter: path.join('.') || part };
}

/**
 * A core field as the native API names it: the body's snake_case members, with indexes kept
 * (`paymentMethod.details.iban` → `body.payment_method.details.iban`, `items[3].amount` →
 * `body.items[3].amount`). A field outside the body (a query parameter, a header) is checked at its
 * route's edge, which raises the error with its `pointer`.
 */
export function nativePointerOf(field: string): string {
  return `body.${field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`;
}

export function renderProblem(error: SaldoError, status: number, context: ErrorContext): Record<string, unknown> {
  const body: Record<string, unknown> = {
    type: `urn:saldo:error:${error.code}`,
    title: errorMessages[error.code],
    status,
    detail: error.detail,
    instance: context.path,
    code: error.code,
    trace_id: context.traceId,
  };
  const pointer = error.pointer ?? (error.field === undefined ? undefined : nativePointerOf(error.field));
  if (pointer) body.errors = [{ detail: error.detail, ...jsonPointer(pointer) }];
  // Facts add to the problem, never replace its own members (a fact named `status` must not turn the status into text).
  for (const [key, value] of Object.entries(error.facts)) if (!(key in body)) body[key] = value;
  return body;
}

export function problemDialect(name: string, statusByCode: Record<ErrorCode, number> = problemStatusByCode): Dialect {
  return { name, statusByCode, render: renderProblem, contentType: 'application/problem+json' };
}
