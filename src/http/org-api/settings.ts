/**
 * GET/PUT /orgs/{org_id}/settings: the defaults for accounts (currency, payment methods by
 * modality), the v1 Sunset date, the time zone and the locale of documents. The dunning policy has its own endpoint.
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { PAYMENT_METHOD_TYPES } from '../../core/accounts/account.ts';
import { AMOUNT_MINOR_MAX, toMinorNumber } from '../../core/money.ts';
import { EVENT_RETENTION_DAYS_MAX, EVENT_RETENTION_DAYS_MIN } from '../../core/organizations/settings.ts';
import {
  type AccountSettings,
  getAccountSettings,
  updateAccountSettings,
} from '../../core/accounts/organization-settings.ts';
import type { AppDependencies } from '../dependencies.ts';
import { organizationOf } from '../shared/auth.ts';
import { COMMON_ERROR_STATUSES, ProblemDetails, errorResponses } from '../shared/schemas.ts';
import { OrgParams, orgSecurity } from './schemas.ts';
import { PaymentMethodTypeSchema } from './views/account.ts';
import { performRequestWrite, sendOutcome } from './writes.ts';

const MethodList = Type.Array(PaymentMethodTypeSchema, {
  minItems: 1,
  maxItems: PAYMENT_METHOD_TYPES.length,
  uniqueItems: true,
});

const SettingsView = Type.Object({
  default_currency: Type.String(),
  payment_methods_by_modality: Type.Object({ POSTPAID: MethodList, RECURRING_PREPAID: MethodList }),
  v1_sunset_date: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  time_zone: Type.String(),
  event_retention_days: Type.Integer({
    description: 'Days the events feed keeps an event (30 at least); the daily job prunes older ones.',
  }),
  returned_debit_fee: Type.Integer({
    description: 'Minor units charged when a bank returns a direct debit (0: no fee).',
  }),
  locale: Type.String({
    description: 'BCP 47 (en, fi-FI, de-DE, sv-SE …): the language and formats of statements of account. Default en.',
  }),
});

const PutSettings = Type.Object(
  {
    default_currency: Type.Optional(Type.String({ minLength: 3, maxLength: 3 })),
    payment_methods_by_modality: Type.Optional(
      Type.Object(
        { POSTPAID: Type.Optional(MethodList), RECURRING_PREPAID: Type.Optional(MethodList) },
        { additionalProperties: false },
      ),
    ),
    v1_sunset_date: Type.Optional(Type.Union([Type.String({ maxLength: 10 }), Type.Null()])),
    time_zone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    event_retention_days: Type.Optional(
      Type.Integer({ minimum: EVENT_RETENTION_DAYS_MIN, maximum: EVENT_RETENTION_DAYS_MAX }),
    ),
    returned_debit_fee: Type.Optional(
      Type.Integer({ minimum: 0, maximum: Number(AMOUNT_MINOR_MAX), description: 'Minor units; 0 for no fee.' }),
    ),
    locale: Type.Optional(Type.String({ minLength: 1, maxLength: 35 })),
  },
  { additionalProperties: false },
);

function settingsView(settings: AccountSettings) {
  return {
    default_currency: settings.defaultCurrency,
    payment_methods_by_modality: settings.paymentMethodsByModality,
    v1_sunset_date: settings.v1SunsetDate,
    time_zone: settings.timeZone,
    event_retention_days: settings.eventRetentionDays,
    returned_debit_fee: toMinorNumber(settings.returnedDebitFeeMinor),
    locale: settings.locale,
  };
}

export function settingsRoutes(app: FastifyInstance, deps: AppDependencies): void {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/:org_id/settings', {
    config: { auth: { kind: 'key', scope: 'CUSTOMER_READ', organizationParam: 'org_id' } },
    schema: {
      tags: ['org-api'],
      summary: 'The organization’s settings for accounts',
      security: orgSecurity,
      params: OrgParams,
      response: { 200: SettingsView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request) => settingsView(await getAccountSettings(deps.store, organizationOf(request).id)),
  });

  r.put('/:org_id/settings', {
    // Organization-wide setup: for operators, admins only.
    config: { auth: { kind: 'key', scope: 'CUSTOMER_WRITE', organizationParam: 'org_id', setup: true } },
    schema: {
      tags: ['org-api'],
      summary: 'Change the settings for accounts; fields left out keep their value',
      security: orgSecurity,
      params: OrgParams,
      body: PutSettings,
      response: { 200: SettingsView, ...errorResponses(ProblemDetails, COMMON_ERROR_STATUSES) },
    },
    handler: async (request, reply) => {
      const body = request.body;
      const command = updateAccountSettings(deps.clock, organizationOf(request).id, {
        defaultCurrency: body.default_currency,
        paymentMethodsByModality: body.payment_methods_by_modality,
        v1SunsetDate: body.v1_sunset_date,
        timeZone: body.time_zone,
        eventRetentionDays: body.event_retention_days,
        returnedDebitFeeMinor: body.returned_debit_fee === undefined ? undefined : BigInt(body.returned_debit_fee),
        locale: body.locale,
      });
      const outcome = await performRequestWrite(deps, request, {
        ...command,
        reply: (settings) => ({ status: 200, body: settingsView(settings) }),
      });
      return sendOutcome(reply, outcome);
    },
  });
}
