/**
 * Bank statements in: the import of a camt.053, camt.054 or MT940 file (the file itself is the
 * body), the statements imported, and the bank lines — the reconciliation queue a person works:
 * match a line to an account, ignore it, undo a wrong match.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { parseStatementFile, type StatementFileKind } from '../../bank-files/parse-statement-file.ts';
import {
  BANK_LINE_REASON_MAX_LENGTH,
  BANK_LINE_STATUSES,
  type BankLineStatus,
} from '../../core/bank-statements/bank-statement.ts';
import { importStatementFile } from '../../core/bank-statements/import-statement.ts';
import { ignoreBankLine, matchBankLine, unmatchBankLine } from '../../core/bank-statements/line-commands.ts';
import {
  getBankLine,
  getBankStatement,
  listBankLines,
  listBankStatements,
} from '../../core/bank-statements/queries.ts';
import { SaldoError } from '../../core/errors.ts';
import { STATEMENT_LIMIT_BYTES_DEFAULT } from '../../config.ts';
import type { AppDependencies } from '../dependencies.ts';
import { actorOf, organizationOf } from '../shared/auth.ts';
import { cursorOf, idOfCursor } from '../shared/cursor.ts';
import { COMMON_ERROR_STATUSES, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import {
  OrgParams,
  PAGE_LIMIT_DEFAULT,
  PageQuery,
  accountReadScope as readScope,
  accountWriteScope as writeScope,
  orgSecurity,
} from './schemas.ts';
import {
  BankLineView,
  BankStatementView,
  StatementImportView,
  bankLineView,
  bankStatementView,
  statementImportView,
} from './views/bank-statement.ts';
import { IdempotencyHeaders, WRITE_ERROR_STATUSES, performRequestWrite, sendOutcome, writeOptions } from './writes.ts';
import { performWrite } from '../../core/write-pipeline.ts';
import { createHash } from 'node:crypto';

const prefixed = (prefix: string, description: string) =>
  Type.String({ pattern: `^${prefix}[0-9A-HJKMNP-TV-Z]{26}$`, description });
const BankStatementParams = Type.Object({
  ...OrgParams.properties,
  statement_id: prefixed('bst_', 'The bank statement (bst_…).'),
});
const BankLineParams = Type.Object({ ...OrgParams.properties, line_id: prefixed('bsl_', 'The bank line (bsl_…).') });

const XML_TYPES = ['application/xml', 'text/xml'];
const STATEMENT_CONTENT_TYPES = [...XML_TYPES, 'text/plain'];
const IMPORT_PATH_SUFFIX = '/bank-statements';

const mediaTypeOf = (request: FastifyRequest): string =>
  (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * Statement files arrive as they are: XML or plain text, read as bytes (the parser decodes UTF-8
 * and refuses anything else). Only the import route takes them. Elsewhere everything stays as it
 * was before statements existed: XML is 415, and plain text is read as text (Fastify's own
 * default), which each route's schema then refuses with 400 — the statuses those routes document.
 */
export function statementBodyParsers(app: FastifyInstance): void {
  app.addContentTypeParser(STATEMENT_CONTENT_TYPES, { parseAs: 'buffer' }, (request, body, done) => {
    if (!request.routeOptions.url?.endsWith(IMPORT_PATH_SUFFIX) || request.method !== 'POST') {
      if (mediaTypeOf(request) === 'text/plain') done(null, (body as Buffer).toString('utf8'));
      else done(new SaldoError('unsupported_media_type'), undefined);
      return;
    }
    done(null, body);
  });
}

function statementKind(request: FastifyRequest, format: 'mt940' | 'camt' | undefined): StatementFileKind {
  const mediaType = mediaTypeOf(request);
  if (!Buffer.isBuffer(request.body) || !STATEMENT_CONTENT_TYPES.includes(mediaType)) {
    throw new SaldoError('unsupported_media_type', {
      detail:
        'Send the statement file as the body: application/xml for camt.053 and camt.054, text/plain with ?format=mt940 for MT940.',
    });
  }
  if (format === 'mt940') return 'mt940';
  if (XML_TYPES.includes(mediaType)) return 'xml';
  throw new SaldoError('validation_failed', {
    detail: 'A text/plain statement needs ?format=mt940.',
    pointer: 'query.format',
  });
}

const RawStatementBody = {
  content: {
    'application/xml': {
      schema: { description: 'An ISO 20022 camt.053 (001.02–001.08) or camt.054 document, UTF-8, no DOCTYPE.' },
    },
    'text/plain': { schema: { description: 'A SWIFT MT940 file of one or more messages (with ?format=mt940).' } },
  },
};

export function bankStatementRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.post('/:org_id/bank-statements', {
    config: writeScope,
    bodyLimit: deps.statementLimitBytes ?? STATEMENT_LIMIT_BYTES_DEFAULT,
    schema: {
      tags: ['org-api'],
      summary: 'Import a bank statement file (camt.053, camt.054, MT940)',
      description:
        'The file is the body. Each statement is stored with its lines; credit lines are matched to accounts (rules 1–4 of docs/bank-statements.md) and their payments booked with the line’s value date, returned direct debits undo their payments, other debits are IGNORED. 201 for an import; 200 with the first import’s answer when every statement of the file was imported before (nothing is booked twice). 400 `statement_invalid` names the element or line at fault (a DOCTYPE or entity declaration is refused); 413 past STATEMENT_LIMIT_BYTES (50 MiB by default). Nothing is stored or booked from a refused file.',
      security: orgSecurity,
      params: OrgParams,
      querystring: Type.Object(
        {
          format: Type.Optional(
            Type.Union([Type.Literal('mt940'), Type.Literal('camt')], {
              description: 'mt940 for a text/plain MT940 file; camt (the default) for XML.',
            }),
          ),
        },
        { additionalProperties: false },
      ),
      headers: IdempotencyHeaders,
      body: RawStatementBody as never,
      response: {
        201: StatementImportView,
        200: StatementImportView,
        ...errorResponses(ProblemDetails, [...WRITE_ERROR_STATUSES, 413]),
      },
    },
    handler: async (request, reply) => {
      const kind = statementKind(request, request.query.format);
      const file = parseStatementFile(request.body as unknown as Buffer, kind);
      const command = importStatementFile(deps.clock, actorOf(request), file);
      // An Idempotency-Key guards the file by its digest: a request hash over 50 MiB of bytes as JSON would cost more than the import.
      const options = writeOptions(request);
      const digest = createHash('sha256')
        .update(request.body as unknown as Buffer)
        .digest('hex');
      const outcome = await performWrite(
        deps.store,
        deps.clock,
        actorOf(request),
        { ...command, reply: (result) => ({ status: result.created ? 201 : 200, body: statementImportView(result) }) },
        { ...options, request: { ...(options.request as object), body: { sha256: digest, format: kind } } },
      );
      return sendOutcome(reply, outcome);
    },
  });

  r.get('/:org_id/bank-statements', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: 'List imported bank statements, newest first',
      security: orgSecurity,
      params: OrgParams,
      querystring: Type.Object(PageQuery, { additionalProperties: false }),
      response: {
        200: Type.Object({
          data: Type.Array(BankStatementView),
          next_cursor: Type.Union([Type.String(), Type.Null()]),
        }),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => {
      const { limit = PAGE_LIMIT_DEFAULT, cursor } = request.query;
      const page = await listBankStatements(deps.store, organizationOf(request).id, {
        limit,
        beforeId: idOfCursor(cursor),
      });
      return { data: page.data.map(bankStatementView), next_cursor: page.next === null ? null : cursorOf(page.next) };
    },
  });

  r.get('/:org_id/bank-statements/:statement_id', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: 'Read an imported bank statement',
      security: orgSecurity,
      params: BankStatementParams,
      response: { 200: BankStatementView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request) =>
      bankStatementView(await getBankStatement(deps.store, organizationOf(request).id, request.params.statement_id)),
  });

  r.get('/:org_id/bank-lines', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: 'List bank lines, oldest first (status=UNMATCHED: the unmatched queue)',
      security: orgSecurity,
      params: OrgParams,
      querystring: Type.Object(
        {
          ...PageQuery,
          status: Type.Optional(Type.Unsafe<BankLineStatus>({ type: 'string', enum: [...BANK_LINE_STATUSES] })),
          statement_id: Type.Optional(prefixed('bst_', 'Only the lines of this statement.')),
        },
        { additionalProperties: false },
      ),
      response: {
        200: Type.Object({ data: Type.Array(BankLineView), next_cursor: Type.Union([Type.String(), Type.Null()]) }),
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request) => {
      const { limit = PAGE_LIMIT_DEFAULT, cursor, status, statement_id } = request.query;
      const page = await listBankLines(
        deps.store,
        organizationOf(request).id,
        { status, statementPublicId: statement_id },
        { limit, afterId: idOfCursor(cursor) },
      );
      return { data: page.data.map(bankLineView), next_cursor: page.next === null ? null : cursorOf(page.next) };
    },
  });

  r.get('/:org_id/bank-lines/:line_id', {
    config: readScope,
    schema: {
      tags: ['org-api'],
      summary: 'Read a bank line',
      security: orgSecurity,
      params: BankLineParams,
      response: { 200: BankLineView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request) =>
      bankLineView(await getBankLine(deps.store, organizationOf(request).id, request.params.line_id)),
  });

  r.post('/:org_id/bank-lines/:line_id/match', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Match an unmatched bank line to an account by hand: its payment is booked',
      description:
        '409 bank_line_not_open when the line is not UNMATCHED; 422 currency_mismatch when the account keeps another currency.',
      security: orgSecurity,
      params: BankLineParams,
      headers: IdempotencyHeaders,
      body: Type.Object({ account_id: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
      response: { 200: BankLineView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const command = matchBankLine(deps.clock, actorOf(request), request.params.line_id, request.body.account_id);
      return sendOutcome(
        reply,
        await performRequestWrite(deps, request, {
          ...command,
          reply: (line) => ({ status: 200, body: bankLineView(line) }),
        }),
      );
    },
  });

  r.post('/:org_id/bank-lines/:line_id/ignore', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Ignore an unmatched bank line (nothing is booked)',
      description: '409 bank_line_not_open when the line is not UNMATCHED.',
      security: orgSecurity,
      params: BankLineParams,
      headers: IdempotencyHeaders,
      body: Type.Object(
        { reason: Type.Optional(Type.String({ minLength: 1, maxLength: BANK_LINE_REASON_MAX_LENGTH })) },
        { additionalProperties: false },
      ),
      response: { 200: BankLineView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    // The body is optional: a bare POST ignores with the default reason.
    preValidation: async (request) => {
      request.body ??= {};
    },
    handler: async (request, reply) => {
      const command = ignoreBankLine(deps.clock, actorOf(request), request.params.line_id, request.body.reason);
      return sendOutcome(
        reply,
        await performRequestWrite(deps, request, {
          ...command,
          reply: (line) => ({ status: 200, body: bankLineView(line) }),
        }),
      );
    },
  });

  r.post('/:org_id/bank-lines/:line_id/unmatch', {
    config: writeScope,
    schema: {
      tags: ['org-api'],
      summary: 'Undo a match: the line’s payment is reversed and the line is UNMATCHED again',
      description: '409 bank_line_not_matched when the line is not MATCHED.',
      security: orgSecurity,
      params: BankLineParams,
      headers: IdempotencyHeaders,
      response: { 200: BankLineView, ...errorResponses(ProblemDetails, WRITE_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const command = unmatchBankLine(deps.clock, actorOf(request), request.params.line_id);
      return sendOutcome(
        reply,
        await performRequestWrite(deps, request, {
          ...command,
          reply: (result) => ({ status: 200, body: bankLineView(result.line) }),
        }),
      );
    },
  });
}
