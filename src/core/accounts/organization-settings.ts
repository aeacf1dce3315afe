/**
 * The account-related part of an organization's settings: default currency, payment methods by
 * modality, the v1 Sunset date, and the time zone that decides "today". The settings are one
 * document shared with the dunning policy, so a change reads it whole under a row lock, changes
 * its own fields and writes it whole.
 */
import { isCalendarDate } from '../clock.ts';
import type { Clock } from '../clock.ts';
import { SaldoError } from '../errors.ts';
import { assertAmount, assertCurrency } from '../money.ts';
import {
  EVENT_RETENTION_DAYS_MAX,
  EVENT_RETENTION_DAYS_MIN,
  type OrganizationSettings,
} from '../organizations/settings.ts';
import type { Store } from '../store.ts';
import type { DomainCommand } from '../write-pipeline.ts';
import type { Modality, PaymentMethodType } from './account.ts';

export interface AccountSettings {
  defaultCurrency: string;
  paymentMethodsByModality: Record<Modality, PaymentMethodType[]>;
  v1SunsetDate: string | null;
  timeZone: string;
  eventRetentionDays: number;
  returnedDebitFeeMinor: bigint;
  locale: string;
}

export interface AccountSettingsChanges {
  defaultCurrency?: string | undefined;
  paymentMethodsByModality?: Partial<Record<Modality, PaymentMethodType[]>> | undefined;
  v1SunsetDate?: string | null | undefined;
  timeZone?: string | undefined;
  eventRetentionDays?: number | undefined;
  returnedDebitFeeMinor?: bigint | undefined;
  locale?: string | undefined;
}

function pick(settings: OrganizationSettings, timeZone: string): AccountSettings {
  return {
    defaultCurrency: settings.defaultCurrency,
    paymentMethodsByModality: settings.paymentMethodsByModality,
    v1SunsetDate: settings.v1SunsetDate,
    timeZone,
    eventRetentionDays: settings.eventRetentionDays,
    returnedDebitFeeMinor: settings.returnedDebitFeeMinor,
    locale: settings.locale,
  };
}

/** A BCP 47 language tag, in its canonical spelling (`fi-fi` → `fi-FI`). */
export function assertLocale(locale: string, field = 'locale'): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    if (canonical !== undefined) return canonical;
  } catch {
    // RangeError: not a well-formed tag; answered below.
  }
  throw new SaldoError('validation_failed', {
    detail: `'${locale}' is not a BCP 47 language tag (such as en, fi-FI, de-DE).`,
    field,
  });
}

export function assertTimeZone(timeZone: string, field = 'timeZone'): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    throw new SaldoError('validation_failed', { detail: `'${timeZone}' is not an IANA time zone.`, field });
  }
}

export async function getAccountSettings(store: Store, organizationId: string): Promise<AccountSettings> {
  const organization = await store.organizations.findById(organizationId);
  if (!organization) throw new SaldoError('organization_not_found');
  return pick(await store.organizations.settings(organizationId), organization.timeZone);
}

export function updateAccountSettings(
  _clock: Clock,
  organizationId: string,
  changes: AccountSettingsChanges,
): DomainCommand<AccountSettings> {
  return {
    async execute(tx) {
      const organization = await tx.organizations.findById(organizationId);
      if (!organization) throw new SaldoError('organization_not_found');
      const settings = await tx.organizations.settings(organizationId, { forUpdate: true });
      if (changes.defaultCurrency !== undefined)
        settings.defaultCurrency = assertCurrency(changes.defaultCurrency, 'defaultCurrency');
      if (changes.paymentMethodsByModality !== undefined) {
        settings.paymentMethodsByModality = {
          ...settings.paymentMethodsByModality,
          ...changes.paymentMethodsByModality,
        };
      }
      if (changes.v1SunsetDate !== undefined) {
        if (changes.v1SunsetDate !== null && !isCalendarDate(changes.v1SunsetDate)) {
          throw new SaldoError('validation_failed', {
            detail: 'v1_sunset_date must be a date YYYY-MM-DD.',
            field: 'v1SunsetDate',
          });
        }
        settings.v1SunsetDate = changes.v1SunsetDate;
      }
      if (changes.eventRetentionDays !== undefined) {
        const days = changes.eventRetentionDays;
        if (!Number.isInteger(days) || days < EVENT_RETENTION_DAYS_MIN || days > EVENT_RETENTION_DAYS_MAX) {
          throw new SaldoError('validation_failed', {
            detail: `event_retention_days is a whole number from ${EVENT_RETENTION_DAYS_MIN} to ${EVENT_RETENTION_DAYS_MAX}.`,
            field: 'eventRetentionDays',
          });
        }
        settings.eventRetentionDays = days;
      }
      if (changes.returnedDebitFeeMinor !== undefined) {
        // 0 is "no fee"; anything else is an amount a charge could carry.
        if (changes.returnedDebitFeeMinor !== 0n) assertAmount(changes.returnedDebitFeeMinor, 'returnedDebitFee');
        settings.returnedDebitFeeMinor = changes.returnedDebitFeeMinor;
      }
      if (changes.locale !== undefined) settings.locale = assertLocale(changes.locale);
      let timeZone = organization.timeZone;
      if (changes.timeZone !== undefined && changes.timeZone !== timeZone) {
        timeZone = assertTimeZone(changes.timeZone);
        await tx.organizations.updateTimeZone(organizationId, timeZone);
      }
      await tx.organizations.updateSettings(organizationId, settings);
      return pick(settings, timeZone);
    },
    audit: (result) => ({
      action: 'settings.updated',
      resourceType: 'organization',
      resourceId: organizationId,
      details: {
        changed: Object.keys(changes).filter((k) => changes[k as keyof AccountSettingsChanges] !== undefined),
        time_zone: result.timeZone,
      },
    }),
  };
}
