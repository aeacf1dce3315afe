/**
 * Schema validation: bodies are checked strictly (no type coercion, unknown fields refused),
 * while path and query parameters, which arrive as text, may be coerced to their declared types.
 */
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { SaldoError } from '../../core/errors.ts';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

function makeAjv(coerceTypes: boolean): Ajv {
  // `discriminator`: a union tagged by a field (a batch item's `kind`) reports errors of its own branch only.
  const ajv = new Ajv({
    coerceTypes,
    useDefaults: true,
    removeAdditional: false,
    allErrors: false,
    strict: false,
    discriminator: true,
  });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  return ajv;
}

const strictAjv = makeAjv(false);
const coercingAjv = makeAjv(true);

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? strictAjv : coercingAjv;
  return ajv.compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
};

const PART_NAMES: Record<string, string> = { body: 'body', querystring: 'query', params: 'path', headers: 'header' };

/** The dotted location of a failed check: `body.payment_method.type`, `body.items[3].amount`, `query.sliceSize`. */
export function pointerOf(error: ErrorObject, context: string): string {
  const segments = error.instancePath
    .split('/')
    .filter(Boolean)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const params = error.params as { missingProperty?: string; additionalProperty?: string; tag?: string };
  if (params.missingProperty) segments.push(params.missingProperty);
  if (params.additionalProperty) segments.push(params.additionalProperty);
  // A tagged union whose tag is missing or unknown: the tag is the field at fault.
  if (error.keyword === 'discriminator' && params.tag) segments.push(params.tag);
  let pointer = PART_NAMES[context] ?? context;
  for (const segment of segments) pointer += /^[0-9]+$/.test(segment) ? `[${segment}]` : `.${segment}`;
  return pointer;
}

/** The field a pointer names, without its part: `query.sliceSize` → `sliceSize`. */
export function fieldOfPointer(pointer: string): string {
  return pointer.split('.').slice(1).join('.') || pointer;
}

function describe(error: ErrorObject, pointer: string): string {
  const field = fieldOfPointer(pointer);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `'${field}' is required.`;
    case 'additionalProperties':
      return `'${field}' is not a known field.`;
    case 'type':
      return `'${field}' must be of type ${String(params.type)}.`;
    case 'enum':
      return `'${field}' must be one of ${(params.allowedValues as unknown[]).join(', ')}.`;
    case 'discriminator':
      return params.error === 'tag' ? `'${field}' is required.` : `'${field}' is not one of the kinds this list takes.`;
    default:
      return `'${field}' ${error.message ?? 'is not valid'}.`;
  }
}

export function validationError(errors: ErrorObject[], context: string): SaldoError {
  const first = errors[0];
  if (!first) return new SaldoError('validation_failed');
  const pointer = pointerOf(first, context);
  return new SaldoError('validation_failed', { detail: describe(first, pointer), pointer });
}
