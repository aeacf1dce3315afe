/**
 * A family: a household of customers in one currency, whose accounts are read together (seed
 * 004). A customer belongs to at most one family at a time. Every join and leave is kept as a
 * membership period pinned to a position in the organization's ledger, so that "the family's
 * balance before booking entry X" names the same members, and so the same figures, forever.
 */
export const FAMILY_NAME_MAX_LENGTH = 200;
/** Bound on a household: the balance reads every member account. */
export const FAMILY_MEMBERS_MAX = 50;

export interface Family {
  id: string; // fml_…
  organizationId: string;
  name: string;
  currency: string;
  createdAt: string;
}

export interface FamilyMember {
  familyId: string;
  customerPublicId: string;
  customerNumber: bigint;
  customerName: string;
  addedAt: string;
}

/**
 * The earliest date on or after a day with SCHEDULED payments on the accounts (in the family's
 * currency) of the family's current members, and the sum of that date's payments.
 */
export interface NextScheduledPayment {
  date: string;
  amountMinor: bigint;
}

/** The sums of charges and credits of some accounts at one point of the ledger. */
export interface ChargedAndCredited {
  chargedMinor: bigint;
  creditedMinor: bigint;
}

/** A family, the totals of its members' accounts in its currency, and its next scheduled payment. */
export interface FamilyFigures {
  family: Family;
  totals: ChargedAndCredited;
  next: NextScheduledPayment | null;
}

/** The same at a point of the ledger; `pointFound` is false when the organization has no such entry. */
export interface FamilyFiguresBefore extends FamilyFigures {
  pointFound: boolean;
}

export interface FamilyCustomer {
  id: string;
  number: bigint;
  name: string;
}

export interface FamilyStore {
  insert(family: Family): Promise<void>;
  findById(organizationId: string, familyId: string): Promise<Family | undefined>;
  findCustomer(organizationId: string, customerPublicId: string): Promise<FamilyCustomer | undefined>;
  /** The family a customer belongs to now, if any. */
  familyOf(organizationId: string, customerPublicId: string): Promise<string | undefined>;
  members(organizationId: string, familyId: string): Promise<FamilyMember[]>;
  memberCount(organizationId: string, familyId: string): Promise<number>;
  /** The currencies of a customer's accounts. */
  accountCurrencies(organizationId: string, customerPublicId: string): Promise<string[]>;
  addMember(member: {
    organizationId: string;
    familyId: string;
    customerPublicId: string;
    at: string;
    ledgerPosition: bigint;
  }): Promise<void>;
  removeMember(member: {
    organizationId: string;
    familyId: string;
    customerPublicId: string;
    at: string;
    ledgerPosition: bigint;
  }): Promise<boolean>;
  /**
   * The family and the charged and credited totals of its current members' accounts in its
   * currency, from their maintained figures, and its next scheduled payment from `fromDate`, from
   * one snapshot; undefined for an unknown family.
   */
  familyFigures(organizationId: string, familyId: string, fromDate: string): Promise<FamilyFigures | undefined>;
  /**
   * The family and the charged and credited totals, at the ledger state just before the
   * organization's entry with this public id, of the accounts (in the family's currency) of the
   * customers who were members then: joined at a position below it, not left before it. An
   * account with no entry before the point counts zero. `pointFound` is false when the
   * organization has no such entry; undefined for an unknown family. The next scheduled payment
   * looks ahead from `fromDate` over the current members, as the balance now does.
   */
  familyFiguresBefore(
    organizationId: string,
    familyId: string,
    entryPublicId: string,
    fromDate: string,
  ): Promise<FamilyFiguresBefore | undefined>;
}
