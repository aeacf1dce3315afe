/**
 * The dunning policy: ordered levels, each reached at a number of days past due, with an
 * optional fee and an optional block, and the day past due at which the account goes to debt
 * collection. The organization's policy lives in its settings document; an account template may
 * carry its own (account_templates.dunning_policy), which then applies to that template's accounts.
 */
import { SaldoError } from '../errors.ts';
import { AMOUNT_MINOR_MAX } from '../money.ts';
import { parseInterestRate, interestRatePercent } from '../interest/interest-rate.ts';
import { INTEREST_POSTINGS, INTEREST_POSTING_DEFAULT, type InterestPosting } from '../interest/interest-posting.ts';
import {
  type DunningLevelPolicy,
  type DunningPolicy,
  type InterestPolicy,
  parseStoredInterestPolicy,
} from '../organizations/settings.ts';

export type { DunningLevelPolicy, DunningPolicy };

export const DUNNING_LEVELS_MAX = 20;
export const DUNNING_LEVEL_NAME_MAX_LENGTH = 64;
/** Ten years: beyond that a day count is a typo, not a policy. */
export const DUNNING_DAYS_MAX = 3650;

/** A policy as asked for, before it is checked (fees in minor units, the rate as the caller wrote it). */
export interface DunningPolicyInput {
  levels: Array<{
    name: string;
    daysPastDue: number;
    feeMinor?: number | undefined;
    blockAccount?: boolean | undefined;
  }>;
  debtCollectionAfterDays?: number | null | undefined;
  interest?:
    { annualRatePercent: unknown; graceDays?: number | undefined; posting?: string | undefined } | null | undefined;
}

/** The interest part of a policy: the rate exact to ten-thousandths of a percent, 0 to 100. */
function validateInterest(input: NonNullable<DunningPolicyInput['interest']>): InterestPolicy {
  let annualRateMillionths: bigint;
  try {
    annualRateMillionths = parseInterestRate(input.annualRatePercent, 'interest.annualRatePercent');
  } catch (error) {
    if (error instanceof SaldoError) throw invalid(error.detail, 'interest.annualRatePercent');
    throw error;
  }
  const graceDays = input.graceDays ?? 0;
  if (!Number.isInteger(graceDays) || graceDays < 0 || graceDays > DUNNING_DAYS_MAX) {
    throw invalid(`grace_days is a whole number from 0 to ${DUNNING_DAYS_MAX}.`, 'interest.graceDays');
  }
  const posting = input.posting ?? INTEREST_POSTING_DEFAULT;
  if (!(INTEREST_POSTINGS as readonly string[]).includes(posting)) {
    throw invalid(`posting is one of ${INTEREST_POSTINGS.join(', ')}.`, 'interest.posting');
  }
  return { annualRateMillionths, graceDays, posting: posting as InterestPosting };
}

function invalid(detail: string, field: string): SaldoError {
  return new SaldoError('dunning_policy_invalid', { detail, field });
}

/** Checks a policy in a flat ladder (first failure wins) and returns its domain form. */
export function validateDunningPolicy(input: DunningPolicyInput): DunningPolicy {
  if (input.levels.length > DUNNING_LEVELS_MAX) {
    throw invalid(`A policy has at most ${DUNNING_LEVELS_MAX} levels.`, 'levels');
  }
  const levels: DunningLevelPolicy[] = [];
  let previousDays = 0;
  input.levels.forEach((level, index) => {
    const at = `levels[${index}]`;
    const name = level.name.trim();
    if (name.length === 0 || level.name.length > DUNNING_LEVEL_NAME_MAX_LENGTH) {
      throw invalid(`A level name has 1 to ${DUNNING_LEVEL_NAME_MAX_LENGTH} characters.`, `${at}.name`);
    }
    if (!Number.isInteger(level.daysPastDue) || level.daysPastDue < 1 || level.daysPastDue > DUNNING_DAYS_MAX) {
      throw invalid(`days_past_due is a whole number from 1 to ${DUNNING_DAYS_MAX}.`, `${at}.daysPastDue`);
    }
    if (level.daysPastDue <= previousDays) {
      throw invalid('days_past_due must increase strictly from one level to the next.', `${at}.daysPastDue`);
    }
    previousDays = level.daysPastDue;
    if (
      level.feeMinor !== undefined &&
      (!Number.isSafeInteger(level.feeMinor) || level.feeMinor < 0 || BigInt(level.feeMinor) > AMOUNT_MINOR_MAX)
    ) {
      throw invalid(`fee is a whole number of minor units from 0 to ${AMOUNT_MINOR_MAX}.`, `${at}.fee`);
    }
    levels.push({
      name: level.name,
      daysPastDue: level.daysPastDue,
      feeMinor: level.feeMinor === undefined || level.feeMinor === 0 ? undefined : BigInt(level.feeMinor),
      blockAccount: level.blockAccount === true ? true : undefined,
    });
  });
  const after = input.debtCollectionAfterDays ?? null;
  if (after !== null && (!Number.isInteger(after) || after < 1 || after > DUNNING_DAYS_MAX)) {
    throw invalid(
      `debt_collection_after_days is a whole number from 1 to ${DUNNING_DAYS_MAX}, or null.`,
      'debtCollectionAfterDays',
    );
  }
  const interest = input.interest == null ? undefined : validateInterest(input.interest);
  return { levels, debtCollectionAfterDays: after, ...(interest ? { interest } : {}) };
}

/**
 * A policy as a document, in the native API's words: what the API answers and the audit trail
 * records (null when none is set: no level is ever reached).
 */
export function dunningPolicyDocument(policy: DunningPolicy | null) {
  return {
    levels: (policy?.levels ?? []).map((level) => ({
      name: level.name,
      days_past_due: level.daysPastDue,
      fee: level.feeMinor === undefined ? 0 : Number(level.feeMinor),
      block_account: level.blockAccount === true,
    })),
    debt_collection_after_days: policy?.debtCollectionAfterDays ?? null,
    // Left out when the policy charges no interest.
    ...(policy?.interest
      ? {
          interest: {
            annual_rate_percent: interestRatePercent(policy.interest.annualRateMillionths),
            grace_days: policy.interest.graceDays,
            posting: policy.interest.posting,
          },
        }
      : {}),
  };
}

/** Stored form on a template: the same JSON as in the settings document (fees as digit strings). */
export function serializeDunningPolicy(policy: DunningPolicy): string {
  return JSON.stringify(policy, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
}

/**
 * Reads a template's stored policy. Accepts the stored form and, leniently, the API form, so a
 * template written through either path reads back the same.
 */
export function parseStoredDunningPolicy(text: string | null): DunningPolicy | null {
  if (text === null || text.trim() === '') return null;
  const raw = JSON.parse(text) as Record<string, unknown> | null;
  if (raw === null || !Array.isArray(raw.levels)) return null;
  const levels = (raw.levels as Array<Record<string, unknown>>).map((level) => {
    const fee = level.feeMinor ?? level.fee;
    const block = level.blockAccount ?? level.block_account;
    return {
      name: String(level.name),
      daysPastDue: Number(level.daysPastDue ?? level.daysPastDue),
      feeMinor:
        fee === undefined || fee === null || BigInt(fee as string | number) === 0n
          ? undefined
          : BigInt(fee as string | number),
      blockAccount: block === true ? true : undefined,
    };
  });
  const after = raw.debtCollectionAfterDays ?? raw.debt_collection_after_days;
  const interest = parseStoredInterestPolicy(raw.interest);
  return {
    levels,
    debtCollectionAfterDays: after === undefined || after === null ? null : Number(after),
    ...(interest ? { interest } : {}),
  };
}
