// Proves the OpenAPI document tells the truth about errors: every route has a summary and tags,
// every authenticated route names its security, each documented error status is one its
// dialect can produce, in that dialect's body; and every dialect maps every error code, each
// rendering to a body its documented schema accepts.
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, SaldoError } from '../../src/core/errors.ts';
import { adminDialect } from '../../src/http/admin/errors.ts';
import { orgApiDialect } from '../../src/http/org-api/errors.ts';
import type { Dialect } from '../../src/http/shared/dialect.ts';
import { problemDialect } from '../../src/http/shared/problem-details.ts';
import {
  ProblemDetails,
  V1CustomersError,
  V1FamiliesError,
  producibleStatuses,
} from '../../src/http/shared/schemas.ts';
import { v1CustomersDialect } from '../../src/http/v1-customers/errors.ts';
import { v1FamiliesDialect } from '../../src/http/v1-families/errors.ts';
import { v4AccountsDialect } from '../../src/http/v4-accounts/errors.ts';
import { consoleDialect } from '../../src/http/console/plugin.ts';
import { type TestSaldo, startSaldo } from '../support/harness.ts';

interface DialectCase {
  dialect: Dialect;
  /** The path prefix the dialect is served under. */
  prefix: RegExp;
  errorSchema: object;
  mediaType: string;
}

const DIALECTS: DialectCase[] = [
  { dialect: adminDialect, prefix: /^\/admin\//, errorSchema: ProblemDetails, mediaType: 'application/problem+json' },
  { dialect: orgApiDialect, prefix: /^\/orgs\//, errorSchema: ProblemDetails, mediaType: 'application/problem+json' },
  {
    dialect: v1CustomersDialect,
    prefix: /^\/v1\/customers\//,
    errorSchema: V1CustomersError,
    mediaType: 'application/json',
  },
  {
    dialect: v1FamiliesDialect,
    prefix: /^\/v1\/families\//,
    errorSchema: V1FamiliesError,
    mediaType: 'application/json',
  },
  { dialect: v4AccountsDialect, prefix: /^\/v4\//, errorSchema: ProblemDetails, mediaType: 'application/problem+json' },
  {
    dialect: problemDialect('operations'),
    prefix: /^\/(healthz|readyz|metrics)$/,
    errorSchema: ProblemDetails,
    mediaType: 'application/problem+json',
  },
  {
    dialect: consoleDialect,
    prefix: /^\/console\//,
    errorSchema: ProblemDetails,
    mediaType: 'application/problem+json',
  },
];

function dialectOf(path: string): DialectCase {
  const found = DIALECTS.find((d) => d.prefix.test(path));
  if (!found) throw new Error(`no dialect serves ${path}`);
  return found;
}

interface Operation {
  path: string;
  method: string;
  summary?: string;
  tags?: string[];
  security?: unknown[];
  responses: Record<string, { description?: string; content?: Record<string, { schema: Record<string, unknown> }> }>;
}

describe('the OpenAPI document', () => {
  let saldo: TestSaldo;
  let operations: Operation[];
  beforeAll(async () => {
    saldo = await startSaldo('sqlite');
    const document = (await saldo.request('GET', '/openapi.json')).body;
    operations = Object.entries(
      document.paths as Record<string, Record<string, Omit<Operation, 'path' | 'method'>>>,
    ).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, ...operation })),
    );
  });
  afterAll(async () => saldo?.close());

  it('gives every route a summary and tags, and every authenticated route its security', () => {
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) {
      const where = `${operation.method.toUpperCase()} ${operation.path}`;
      expect(operation.summary, where).toMatch(/\S/);
      expect(operation.tags?.length, where).toBeGreaterThan(0);
      // Signing in is the one route that takes no credential, and says so (security: []).
      const signIn = operation.path === '/console/api/session' && operation.method === 'post';
      if (signIn) expect(operation.security, where).toEqual([]);
      else if (!operation.tags!.includes('operations')) expect(operation.security?.length, where).toBeGreaterThan(0);
    }
  });

  it('documents only error statuses the route dialect can produce, in its body and media type', () => {
    for (const operation of operations) {
      const { dialect, mediaType } = dialectOf(operation.path);
      const producible = new Set(Object.values(dialect.statusByCode));
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        const where = `${operation.method.toUpperCase()} ${operation.path} ${status} (${dialect.name})`;
        expect(producible.has(Number(status)), where).toBe(true);
        expect(Object.keys(response.content ?? {}), where).toEqual([mediaType]);
        const properties = Object.keys((response.content![mediaType]!.schema.properties ?? {}) as object);
        const marker =
          mediaType === 'application/problem+json'
            ? 'code'
            : dialect === v1FamiliesDialect
              ? 'statusCode'
              : 'errorMessage';
        expect(properties, where).toContain(marker);
      }
    }
  });

  it('documents what every authenticated route answers when the key is wrong or over its limit', () => {
    for (const operation of operations.filter((o) => o.security?.length)) {
      const { dialect } = dialectOf(operation.path);
      const where = `${operation.method.toUpperCase()} ${operation.path}`;
      expect(Object.keys(operation.responses), where).toContain(String(dialect.statusByCode.unauthenticated));
    }
  });
});

describe('the dialect error maps', () => {
  it.each(DIALECTS.map((d) => ({ name: d.dialect.name, ...d })))(
    '$name maps every error code to an error status and renders a body its schema accepts',
    ({ dialect, errorSchema }) => {
      const validate = new Ajv({ strict: false }).compile(errorSchema);
      for (const code of errorCodes) {
        const status = dialect.statusByCode[code];
        expect(status, code).toBeGreaterThanOrEqual(400);
        expect(status, code).toBeLessThan(600);
        const body = dialect.render(new SaldoError(code, { pointer: 'body.amount', facts: {} }), status, {
          traceId: 't'.repeat(32),
          path: '/x',
        });
        expect(validate(body), `${code}: ${JSON.stringify(validate.errors)}`).toBe(true);
        expect(JSON.stringify(body)).toContain('t'.repeat(32));
      }
      expect(Object.keys(dialect.statusByCode).sort()).toEqual([...errorCodes].sort());
    },
  );

  it('keeps COMMON_ERROR_STATUSES honest per dialect: v1 families has no 401', () => {
    expect(producibleStatuses(v1FamiliesDialect.statusByCode)).toEqual([400, 403, 404, 429, 500, 503, 504]);
    expect(producibleStatuses(v1CustomersDialect.statusByCode)).toEqual([400, 401, 403, 404, 429, 500, 503, 504]);
  });
});
