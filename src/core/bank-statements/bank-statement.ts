/**
 * Bank statements as Saldo keeps them once imported, and their bank lines: what reconciliation
 * matched, left open, saw returned or ignored. A line is stored once per identity
 * (`line-identity.ts`), so an entry reported twice is booked once.
 */
import type { BankLineDirection, StatementFileFormat } from './statement-file.ts';

export const BANK_LINE_STATUSES = ['MATCHED', 'UNMATCHED', 'RETURNED', 'IGNORED'] as const;
export type BankLineStatus = (typeof BANK_LINE_STATUSES)[number];

/** Which rule matched a line (the brief's rules 1–4 in order), or a person did. */
export const BANK_LINE_MATCHES = [
  'REFERENCE',
  'REMITTANCE_TEXT',
  'END_TO_END_ID',
  'IBAN_AND_AMOUNT',
  'MANUAL',
] as const;
export type BankLineMatch = (typeof BANK_LINE_MATCHES)[number];

export const BANK_STATEMENT_PAGE_LIMIT_MAX = 100;
export const BANK_LINE_PAGE_LIMIT_MAX = 100;
export const BANK_LINE_REASON_MAX_LENGTH = 500;

/** What an import did with a statement's lines. */
export interface StatementCounts {
  lines: number;
  matched: number;
  unmatched: number;
  returned: number;
  ignored: number;
  /** Lines an earlier file reported already (a camt.054 before its camt.053): not booked again. */
  known: number;
}

export interface BankStatement {
  id: number;
  publicId: string; // bst_…
  organizationId: string;
  format: StatementFileFormat;
  bankStatementId: string;
  accountIban: string;
  currency: string | null;
  bankCreatedAt: string | null;
  openingBalanceMinor: bigint | null;
  closingBalanceMinor: bigint | null;
  /** The public id of the first statement of the file it came in. */
  importPublicId: string;
  positionInFile: number;
  counts: StatementCounts;
  importedAt: string;
}

export type NewBankStatement = Omit<BankStatement, 'id'>;

export interface BankLine {
  id: number;
  publicId: string; // bsl_…
  organizationId: string;
  statementId: number;
  statementPublicId: string;
  position: number;
  identity: string;
  bankReference: string | null;
  bookingDate: string;
  valueDate: string;
  amountMinor: bigint;
  currency: string;
  direction: BankLineDirection;
  reversal: boolean;
  reference: string | null;
  remittanceInfo: string | null;
  debtorName: string | null;
  debtorIban: string | null;
  endToEndId: string | null;
  returnReasonCode: string | null;
  bankTransactionCode: string | null;
  status: BankLineStatus;
  match: BankLineMatch | null;
  reason: string | null;
  accountId: number | null;
  accountPublicId: string | null;
  entryId: number | null;
  entryPublicId: string | null;
  createdAt: string;
  updatedAt: string;
}

export type NewBankLine = Omit<BankLine, 'id' | 'statementPublicId' | 'accountPublicId' | 'entryPublicId'>;

export interface BankLineChange {
  status: BankLineStatus;
  match: BankLineMatch | null;
  reason: string | null;
  accountId: number | null;
  entryId: number | null;
}

/** An account as matching sees it. */
export interface MatchAccount {
  id: number;
  publicId: string;
  currency: string;
  status: string;
  paymentReference: string | null;
  openMinor: bigint;
}

export interface BankLineFilter {
  status?: BankLineStatus | undefined;
  statementId?: number | undefined;
}

export interface BankStatementStore {
  findStatement(
    organizationId: string,
    accountIban: string,
    bankStatementId: string,
  ): Promise<BankStatement | undefined>;
  findStatementByPublicId(organizationId: string, publicId: string): Promise<BankStatement | undefined>;
  /** The statements of one file, in file order. */
  listStatementsOfImport(organizationId: string, importPublicId: string): Promise<BankStatement[]>;
  /** Newest first; `beforeId` is the previous page's last id. */
  listStatements(
    organizationId: string,
    options: { limit: number; beforeId?: number | undefined },
  ): Promise<BankStatement[]>;
  insertStatement(statement: NewBankStatement): Promise<number>;
  /** Which of these identities the organization has lines for already. */
  knownIdentities(organizationId: string, identities: string[]): Promise<Set<string>>;
  insertLines(lines: NewBankLine[]): Promise<void>;
  findLineByPublicId(
    organizationId: string,
    publicId: string,
    options?: { forUpdate?: boolean },
  ): Promise<BankLine | undefined>;
  /** Oldest first; `afterId` is the previous page's last id. */
  listLines(
    organizationId: string,
    filter: BankLineFilter,
    options: { limit: number; afterId?: number | undefined },
  ): Promise<BankLine[]>;
  updateLine(organizationId: string, id: number, change: BankLineChange, at: string): Promise<void>;
  /** MATCHED lines whose payment is one of these entries. */
  matchedLinesOfEntries(organizationId: string, entryIds: number[]): Promise<BankLine[]>;
  /** The MATCHED credit line with this end-to-end id (a collection a return may undo). */
  findMatchedCreditByEndToEndId(organizationId: string, endToEndId: string): Promise<BankLine | undefined>;
  /** For each of these end-to-end ids that has one, its latest MATCHED credit line (one query for a whole file). */
  matchedCreditsByEndToEndIds(organizationId: string, endToEndIds: string[]): Promise<Map<string, BankLine>>;
  /** Accounts by payment reference (normalized). */
  accountsByPaymentReferences(organizationId: string, references: string[]): Promise<MatchAccount[]>;
  /** Accounts paid by direct debit from one of these IBANs (electronic format), with the IBAN of each. */
  accountsByDirectDebitIbans(organizationId: string, ibans: string[]): Promise<Array<MatchAccount & { iban: string }>>;
  findAccountByPublicId(organizationId: string, publicId: string): Promise<MatchAccount | undefined>;
  accountsByPublicIds(organizationId: string, publicIds: string[]): Promise<MatchAccount[]>;
}

/** Why a matched line went back to UNMATCHED. */
export type BankLineUnmatchCause = 'MANUAL' | 'PAYMENT_REVERSED';

export interface BankLineUnmatched {
  line: BankLine;
  cause: BankLineUnmatchCause;
  /** The payment the line had booked (now reversed). */
  paymentEntryPublicId: string | null;
}

/** A returned direct debit: what it undid and charged. */
export interface PaymentReturned {
  line: BankLine;
  accountPublicId: string;
  paymentEntryPublicId: string;
  reversalEntryPublicId: string;
  feeEntryPublicId: string | null;
  amountMinor: bigint;
  currency: string;
  reasonCode: string;
  scheduledPaymentPublicId: string | null;
}
