/**
 * An organization's settings, kept as one JSON document on the organization: defaults for new
 * accounts, which payment methods each modality may use, the v1 dialect's Sunset date and the
 * dunning policy. Absent fields take the defaults below.
 */
import type { Modality, PaymentMethodType } from '../accounts/account.ts';

export interface DunningLevelPolicy {
  name: string;
  daysPastDue: number;
  /** Minor units, posted as a charge once when the level is reached. */
  feeMinor?: bigint | undefined;
  /** While at or past this level the account is ACCOUNT_BLOCKED. */
  blockAccount?: boolean | undefined;
}

export interface DunningPolicy {
  /** Ordered by daysPastDue, ascending. */
  levels: DunningLevelPolicy[];
  debtCollectionAfterDays: number | null;
}

export interface OrganizationSettings {
  defaultCurrency: string;
  paymentMethodsByModality: Record<Modality, PaymentMethodType[]>;
  /** YYYY-MM-DD: when set, the deprecated v1 customer endpoints send a Sunset header. */
  v1SunsetDate: string | null;
  dunningPolicy: DunningPolicy | null;
  /** Days the events feed keeps an event (at least EVENT_RETENTION_DAYS_MIN); the daily job prunes older ones. */
  eventRetentionDays: number;
  /** Minor units charged when a bank returns a direct debit (0: no fee). */
  returnedDebitFeeMinor: bigint;
}

/** The brief's "kept at least 30 days". */
export const EVENT_RETENTION_DAYS_MIN = 30;
export const EVENT_RETENTION_DAYS_MAX = 3650;

export const DEFAULT_SETTINGS: OrganizationSettings = {
  defaultCurrency: 'EUR',
  paymentMethodsByModality: {
    POSTPAID: ['DIRECT_DEBIT', 'CREDIT_CARD'],
    RECURRING_PREPAID: ['CREDIT_CARD', 'DIRECT_DEBIT'],
  },
  v1SunsetDate: null,
  dunningPolicy: null,
  eventRetentionDays: EVENT_RETENTION_DAYS_MIN,
  returnedDebitFeeMinor: 0n,
};

/** Stored form: JSON text, with fee amounts as strings of digits (JSON has no bigint). */
export function parseSettings(text: string): OrganizationSettings {
  const raw = JSON.parse(text) as Partial<Record<keyof OrganizationSettings, unknown>>;
  const policy = raw.dunningPolicy as (Omit<DunningPolicy, 'levels'> & { levels: Array<DunningLevelPolicy & { feeMinor?: string }> }) | null | undefined;
  return {
    defaultCurrency: (raw.defaultCurrency as string | undefined) ?? DEFAULT_SETTINGS.defaultCurrency,
    paymentMethodsByModality: {
      ...DEFAULT_SETTINGS.paymentMethodsByModality,
      ...((raw.paymentMethodsByModality as OrganizationSettings['paymentMethodsByModality'] | undefined) ?? {}),
    },
    v1SunsetDate: (raw.v1SunsetDate as string | null | undefined) ?? null,
    eventRetentionDays: (raw.eventRetentionDays as number | undefined) ?? DEFAULT_SETTINGS.eventRetentionDays,
    returnedDebitFeeMinor: raw.returnedDebitFeeMinor === undefined ? DEFAULT_SETTINGS.returnedDebitFeeMinor : BigInt(raw.returnedDebitFeeMinor as string),
    dunningPolicy: policy
      ? {
          debtCollectionAfterDays: policy.debtCollectionAfterDays ?? null,
          levels: policy.levels.map((level) => ({
            ...level,
            feeMinor: level.feeMinor === undefined ? undefined : BigInt(level.feeMinor),
          })),
        }
      : null,
  };
}

export function serializeSettings(settings: OrganizationSettings): string {
  return JSON.stringify(settings, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
}
