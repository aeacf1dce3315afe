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

/** Interest on overdue charges, booked by dunning runs (src/core/interest/, docs/interest.md). */
export interface InterestPolicy {
  /** Ten-thousandths of a percent (millionths of the whole): 7.25 % → 72_500n. */
  annualRateMillionths: bigint;
  /** Days after the due date that accrue nothing. */
  graceDays: number;
  posting: 'MONTHLY' | 'EACH_RUN';
}

export interface DunningPolicy {
  /** Ordered by daysPastDue, ascending. */
  levels: DunningLevelPolicy[];
  debtCollectionAfterDays: number | null;
  /** Absent: no interest is charged. */
  interest?: InterestPolicy | undefined;
}

/** The stored interest policy (rate as a string of digits) back in its domain form. */
export function parseStoredInterestPolicy(raw: unknown): InterestPolicy | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const value = raw as Record<string, unknown>;
  const rate = value.annualRateMillionths;
  if (typeof rate !== 'string' && typeof rate !== 'number') return undefined;
  return {
    annualRateMillionths: BigInt(rate),
    graceDays: Number(value.graceDays ?? 0),
    posting: value.posting === 'EACH_RUN' ? 'EACH_RUN' : 'MONTHLY',
  };
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
  /** BCP 47: the language and formats of documents sent to customers (statements of account). */
  locale: string;
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
  locale: 'en',
};

/** Stored form: JSON text, with fee amounts as strings of digits (JSON has no bigint). */
export function parseSettings(text: string): OrganizationSettings {
  const raw = JSON.parse(text) as Partial<Record<keyof OrganizationSettings, unknown>>;
  const policy = raw.dunningPolicy as
    (Omit<DunningPolicy, 'levels'> & { levels: Array<DunningLevelPolicy & { feeMinor?: string }> }) | null | undefined;
  return {
    defaultCurrency: (raw.defaultCurrency as string | undefined) ?? DEFAULT_SETTINGS.defaultCurrency,
    paymentMethodsByModality: {
      ...DEFAULT_SETTINGS.paymentMethodsByModality,
      ...((raw.paymentMethodsByModality as OrganizationSettings['paymentMethodsByModality'] | undefined) ?? {}),
    },
    v1SunsetDate: (raw.v1SunsetDate as string | null | undefined) ?? null,
    eventRetentionDays: (raw.eventRetentionDays as number | undefined) ?? DEFAULT_SETTINGS.eventRetentionDays,
    returnedDebitFeeMinor:
      raw.returnedDebitFeeMinor === undefined
        ? DEFAULT_SETTINGS.returnedDebitFeeMinor
        : BigInt(raw.returnedDebitFeeMinor as string),
    locale: (raw.locale as string | undefined) ?? DEFAULT_SETTINGS.locale,
    dunningPolicy: policy
      ? {
          debtCollectionAfterDays: policy.debtCollectionAfterDays ?? null,
          interest: parseStoredInterestPolicy(policy.interest),
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
