/**
 * GET /orgs/{org_id}/accounts/{account_id}/statement: the statement of account for a period of
 * booking dates, as JSON (ledger signs, like every balance of this API), CSV or PDF (the
 * customer's signs: a positive amount is owed, src/reports/statement-of-account/).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { calendarDate, isCalendarDate } from '../../core/clock.ts';
import { SaldoError, isSaldoError } from '../../core/errors.ts';
import { toMinorNumber } from '../../core/money.ts';
import { type Statement, statementOfAccount, statementPeriod } from '../../core/reports/statement.ts';
import { billingAddressLines } from '../../reports/statement-of-account/billing-address-lines.ts';
import { statementCsv } from '../../reports/statement-of-account/statement-csv.ts';
import type { StatementOfAccountInput } from '../../reports/statement-of-account/statement-input.ts';
import { statementPdf } from '../../reports/statement-of-account/statement-pdf.ts';
import type { AppDependencies } from '../dependencies.ts';
import { organizationOf } from '../shared/auth.ts';
import { COMMON_ERROR_STATUSES, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { AccountParams, accountReadScope, orgSecurity } from './schemas.ts';
import { EntryView, entryView } from './views/entry.ts';
import { todayOf } from './writes.ts';

const StatementView = Type.Object({
  account_id: Type.String({ format: 'uuid' }),
  currency: Type.String(),
  from: Type.String({ format: 'date' }),
  to: Type.String({ format: 'date' }),
  opening_balance: Type.Integer({ description: 'The balance (credits − charges, minor units) before the period.' }),
  entries: Type.Array(
    Type.Intersect([
      EntryView,
      Type.Object({ running_balance: Type.Integer({ description: 'The balance right after the entry.' }) }),
    ]),
    {
      description:
        'Entries booked in the period, in ledger order (installments, which change no balance, are among the open items).',
    },
  ),
  closing_balance: Type.Integer({ description: 'The balance after the period.' }),
  open_items: Type.Array(EntryView, {
    description: 'Charges open at the end of `to`, oldest due date first; open_amount as it stood then.',
  }),
  payment_reference: Type.Union([Type.String(), Type.Null()]),
});

function statementView(statement: Statement) {
  return {
    account_id: statement.account.publicId,
    currency: statement.account.currency,
    from: statement.from,
    to: statement.to,
    opening_balance: toMinorNumber(statement.openingBalanceMinor),
    entries: statement.entries.map((detail) => ({
      ...entryView(detail),
      running_balance: toMinorNumber(detail.entry.balanceAfterMinor),
    })),
    closing_balance: toMinorNumber(statement.closingBalanceMinor),
    open_items: statement.openItems.map(({ detail, openMinor }) => ({
      ...entryView(detail),
      open_amount: toMinorNumber(openMinor),
    })),
    payment_reference: statement.account.paymentReference?.number ?? null,
  };
}

/** The documents' input: the customer's signs (what raises the debt is positive). */
function documentInput(
  statement: Statement,
  organization: { name: string; timeZone: string },
  locale: string,
  generatedAt: Date,
): StatementOfAccountInput {
  const { account, customer } = statement;
  return {
    organization: { name: organization.name, locale, timeZone: organization.timeZone },
    customer: {
      name: customer.name,
      number: String(customer.number),
      billingAddress: billingAddressLines(account.billingAddress, customer.name, locale),
    },
    account: { number: account.number, name: account.name ?? account.number, currency: account.currency },
    paymentReference: account.paymentReference?.number ?? null,
    period: { from: statement.from, to: statement.to },
    openingBalanceMinor: -statement.openingBalanceMinor,
    entries: statement.entries.map(({ entry }) => ({
      date: calendarDate(new Date(entry.bookedAt), organization.timeZone),
      id: entry.publicId,
      kind: entry.kind,
      description: entry.description,
      amountMinor: entry.type === 'CHARGE' ? entry.amountMinor : -entry.amountMinor,
      runningBalanceMinor: -entry.balanceAfterMinor,
    })),
    closingBalanceMinor: -statement.closingBalanceMinor,
    openItems: statement.openItems.map(({ detail, openMinor }) => ({
      dueDate: detail.entry.dueDate,
      description: detail.entry.description ?? null,
      openMinor,
    })),
    generatedAt,
  };
}

function sendDocument(reply: FastifyReply, type: string, filename: string, body: string | Buffer): FastifyReply {
  void reply.header('content-disposition', `attachment; filename="${filename}"`);
  // Serialized here: the JSON response schema does not apply to documents.
  return reply
    .code(200)
    .type(type)
    .serializer((payload: unknown) => payload as string)
    .send(body as never);
}

const invalidParameter = (detail: string, parameter: 'from' | 'to') =>
  new SaldoError('validation_failed', { detail, pointer: `query.${parameter}` });

/** The period the query asks for, checked here: calendar dates, `from` not after `to` (with their defaults). */
function periodOf(today: string, from: string | undefined, to: string | undefined): { from: string; to: string } {
  if (from !== undefined && !isCalendarDate(from))
    throw invalidParameter("'from' must be a calendar date YYYY-MM-DD.", 'from');
  if (to !== undefined && !isCalendarDate(to)) throw invalidParameter("'to' must be a calendar date YYYY-MM-DD.", 'to');
  const period = statementPeriod(today, from, to);
  if (period.from > period.to)
    throw invalidParameter(`'from' (${period.from}) must not be after 'to' (${period.to}).`, 'from');
  return period;
}

/** A period holding too many entries, which the core names by its start: here the query's `from`. */
function tooLongAtFrom(error: unknown): never {
  if (isSaldoError(error) && error.field === 'from' && error.pointer === undefined)
    throw new SaldoError(error.code, { detail: error.detail, pointer: 'query.from', cause: error });
  throw error;
}

export function statementRoutes(app: FastifyInstance, deps: AppDependencies): void {
  app.withTypeProvider<TypeBoxTypeProvider>().get('/:org_id/accounts/:account_id/statement', {
    config: accountReadScope,
    schema: {
      tags: ['org-api'],
      summary: 'The statement of account for a period (JSON, CSV or PDF)',
      description:
        'Entries by booking date in [from, to] (default the last 30 days) with the running balance, the opening and closing balances, and the charges open at the end of `to`. CSV and PDF are documents for the customer: amounts signed as the customer sees them (positive = owed), in the organization’s `locale`. 400 when from is after to.',
      security: orgSecurity,
      params: AccountParams,
      querystring: Type.Object(
        {
          from: Type.Optional(Type.String({ format: 'date' })),
          to: Type.Optional(Type.String({ format: 'date' })),
          format: Type.Optional(
            Type.Union([Type.Literal('json'), Type.Literal('csv'), Type.Literal('pdf')], { default: 'json' }),
          ),
        },
        { additionalProperties: false },
      ),
      response: {
        200: {
          description: 'JSON, text/csv with format=csv, application/pdf with format=pdf',
          content: {
            'application/json': { schema: StatementView },
            'text/csv': {
              schema: Type.String({
                description: 'A header row, the opening balance, one row per entry, the closing balance.',
              }),
            },
            'application/pdf': { schema: Type.String({ format: 'binary' }) },
          },
        },
        ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES),
      },
    },
    handler: async (request, reply) => {
      const { from, to, format = 'json' } = request.query;
      const organization = organizationOf(request);
      const today = todayOf(deps, request);
      const period = periodOf(today, from, to);
      const statement = await statementOfAccount(
        deps.store,
        organization,
        request.params.account_id,
        today,
        period,
      ).catch(tooLongAtFrom);
      if (format === 'json') return statementView(statement);
      const { locale } = await deps.store.organizations.settings(organization.id);
      const input = documentInput(statement, organization, locale, deps.clock.now());
      const filename = `statement-${statement.account.number}-${period.from}-${period.to}`;
      if (format === 'csv')
        return sendDocument(reply, 'text/csv; charset=utf-8', `${filename}.csv`, statementCsv(input));
      return sendDocument(reply, 'application/pdf', `${filename}.pdf`, await statementPdf(input));
    },
  });
}
