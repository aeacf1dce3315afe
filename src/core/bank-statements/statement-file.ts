/**
 * A bank statement file as Saldo reads it: the statements it holds and, in each, the bank lines
 * that reconciliation matches to accounts. The parsers (`src/bank-files/`) build these from
 * camt.053, camt.054 and MT940; nothing here knows a file format.
 *
 * Every nullable field is `null` when the file does not say, never `undefined`, so that a line
 * reads the same whether it came from XML or from MT940.
 */

export type StatementFileFormat = 'camt.053' | 'camt.054' | 'mt940';

export const STATEMENT_FILE_FORMATS: readonly StatementFileFormat[] = ['camt.053', 'camt.054', 'mt940'];

/** Which way the money moved on the bank account: CREDIT arrived, DEBIT left. */
export type BankLineDirection = 'CREDIT' | 'DEBIT';

/** Bound on the lines of one file, so that an import is bounded in time and memory. */
export const STATEMENT_LINES_MAX = 100_000;

export interface ParsedStatementFile {
  readonly format: StatementFileFormat;
  readonly statements: readonly ParsedStatement[];
}

export interface ParsedStatement {
  /** camt `Stmt/Id` or `Ntfctn/Id`; MT940 `:20:` + '/' + `:28C:`. */
  readonly bankStatementId: string;
  /** The bank account the statement is for: its IBAN, or the bank's other identifier of it. */
  readonly accountIban: string;
  readonly accountCurrency: string | null;
  /** When the bank created the statement, as the file writes it (ISO 8601). */
  readonly createdAt: string | null;
  /** Signed minor units (negative: the account was overdrawn); null when the file gives none. */
  readonly openingBalanceMinor: bigint | null;
  readonly closingBalanceMinor: bigint | null;
  readonly lines: readonly ParsedBankLine[];
}

export interface ParsedBankLine {
  /** 0-based place of the line within its statement. */
  readonly position: number;
  /** The bank's own reference for the entry; null when absent or a placeholder (NONREF, NOTPROVIDED). */
  readonly bankReference: string | null;
  /** YYYY-MM-DD */
  readonly bookingDate: string;
  /** YYYY-MM-DD */
  readonly valueDate: string;
  /** Unsigned minor units; `direction` says which way. */
  readonly amountMinor: bigint;
  readonly currency: string;
  readonly direction: BankLineDirection;
  /** The entry undoes an earlier one (camt `RvslInd`, MT940 `RC`/`RD`). */
  readonly reversal: boolean;
  /** The structured creditor reference the payer quoted. */
  readonly reference: string | null;
  /** Unstructured remittance text. */
  readonly remittanceInfo: string | null;
  readonly debtorName: string | null;
  readonly debtorIban: string | null;
  readonly endToEndId: string | null;
  /** Why a payment came back (ISO reason such as AM04, MD06, MS02; or a bank's own return code). */
  readonly returnReasonCode: string | null;
  /** camt `Domain/Family/SubFamily` (or the proprietary code); MT940 the transaction type (`NTRF`). */
  readonly bankTransactionCode: string | null;
}

// Banks write these where a reference is required by the format but none exists.
const PLACEHOLDER_REFERENCES: ReadonlySet<string> = new Set(['NONREF', 'NOTPROVIDED']);

/** The reference as given, trimmed; null when it is empty or a placeholder. */
export function presentReference(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '' || PLACEHOLDER_REFERENCES.has(trimmed.toUpperCase())) return null;
  return trimmed;
}
