/** Schemas every dialect shares: error bodies for the OpenAPI document, and common parameters. */
import { Type, type TSchema } from 'typebox';

export const ProblemDetails = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    instance: Type.String(),
    code: Type.String({ description: 'Stable machine code from the error registry.' }),
    trace_id: Type.String(),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          detail: Type.String(),
          pointer: Type.Optional(Type.String({ description: 'JSON pointer into the body.' })),
          parameter: Type.Optional(Type.String({ description: 'The query, path or header parameter.' })),
          index: Type.Optional(Type.Integer({ description: 'batch_refused: the refused item.' })),
          code: Type.Optional(Type.String({ description: "batch_refused: the item's own error code." })),
        }),
      ),
    ),
  },
  {
    $id: 'ProblemDetails',
    additionalProperties: true,
    description: 'RFC 9457 problem details.',
    examples: [
      {
        type: 'urn:saldo:error:validation_failed',
        title: 'The request is not valid.',
        status: 400,
        detail: "'currency' is required.",
        instance: '/orgs/acme/customers/9b2f0c1e-4a7d-4a55-9a53-0d1c2b3a4f5e/accounts',
        code: 'validation_failed',
        trace_id: '4bf92f3577b34da6a3ce929d0e0e4736',
        errors: [{ detail: "'currency' is required.", pointer: '/currency' }],
      },
    ],
  },
);

export const V1CustomersError = Type.Object(
  {
    errorMessage: Type.String({ description: 'Resolved message in the context-specific default locale' }),
    errorCode: Type.Optional(Type.String({ description: 'Key for translation files' })),
    traceId: Type.Optional(Type.String({ description: 'Trace id' })),
    reference: Type.Optional(Type.String({ description: 'Reference to validation error', examples: ['parent.child'] })),
  },
  {
    $id: 'V1CustomersError',
    description: 'Error data',
    examples: [
      {
        errorMessage: 'The customer does not exist.',
        errorCode: 'customer_not_found',
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      },
    ],
  },
);

export const V1FamiliesError = Type.Object(
  {
    statusCode: Type.Number({ description: 'Status Code' }),
    messages: Type.Array(Type.String(), { description: 'List of error messages' }),
    exception: Type.Optional(Type.Object({}, { additionalProperties: true, description: 'Exception' })),
  },
  {
    $id: 'V1FamiliesError',
    description: 'Error schema',
    examples: [
      {
        statusCode: 404,
        messages: ['The family does not exist.'],
        exception: { code: 'family_not_found', traceId: '4bf92f3577b34da6a3ce929d0e0e4736' },
      },
    ],
  },
);

const STATUS_DESCRIPTIONS: Record<number, string> = {
  400: 'Validation of the request failed.',
  401: 'Authentication failed. No api-key, wrong api-key or wrong header name.',
  403: 'Authorization failed. The caller has no privilege to the given resource.',
  404: 'Entity does not exist.',
  405: 'Method not allowed.',
  409: 'Conflict with the current state of the resource.',
  413: 'The request body is too large.',
  415: 'The request body must be JSON.',
  422: 'The request is well-formed but cannot be carried out.',
  428: 'An If-Match header is required.',
  429: 'Access denied - rate limit is exceeded.',
  500: 'Unexpected system error.',
  503: 'Service unavailable.',
  504: 'Repository timeout.',
};

/**
 * Response entries for the OpenAPI document: each status with the dialect's error body, under
 * the media type the dialect sends (`application/problem+json` for problem details).
 */
export function errorResponses(schema: TSchema, statuses: number[]): Record<number, TSchema> {
  const responses: Record<number, TSchema> = {};
  // Inlined rather than referenced: the document stays valid without shared-schema plumbing.
  const { $id: id, ...inline } = schema as TSchema & { $id?: string };
  const mediaType = id === 'ProblemDetails' ? 'application/problem+json' : 'application/json';
  for (const status of statuses) {
    responses[status] = {
      description: STATUS_DESCRIPTIONS[status] ?? 'Error',
      content: { [mediaType]: { schema: inline } },
    } as unknown as TSchema;
  }
  return responses;
}

/** The statuses every authenticated route can answer, besides its own. */
export const COMMON_ERROR_STATUSES = [400, 401, 403, 404, 429, 500, 503, 504];

/**
 * The statuses among `statuses` that a dialect can answer with (pass its `statusByCode`): the
 * v1 families dialect, for one, answers a failed authentication with 403 and has no 401.
 */
export function producibleStatuses(
  statusByCode: Record<string, number>,
  statuses: number[] = COMMON_ERROR_STATUSES,
): number[] {
  const producible = new Set(Object.values(statusByCode));
  return statuses.filter((status) => producible.has(status));
}

export const Int64Text = Type.String({
  pattern: '^[0-9]{1,19}$',
  description: 'A 64-bit integer as a string of digits.',
});
