/** The bounds a statement file is read within; each has a default that the import route uses. */
import { STATEMENT_LINES_MAX } from '../core/bank-statements/statement-file.ts';

/**
 * camt nests at most about 15 deep (Document/…/Ntry/NtryDtls/TxDtls/RltdPties/Dbtr/Pty/Id/
 * OrgId/Othr/SchmeNm/Cd); twice that leaves room for banks' extensions and stops a document
 * built to exhaust a recursive reader.
 */
export const XML_NESTING_DEPTH_MAX = 32;
/**
 * Elements allowed per entry or transaction (a rich TxDtls has 60 to 80, with addresses and
 * agents), so that padding between a handful of entries cannot make the parser build millions
 * of objects.
 */
export const XML_ELEMENTS_PER_ENTRY_MAX = 200;

/** Statements (`Stmt`, `Ntfctn`) in one XML file: a file covers a bank's accounts of one customer. */
export const XML_STATEMENTS_MAX = 10_000;

export interface StatementFileLimits {
  /** Lines in the whole file (camt entries and transactions alike count toward it). */
  readonly linesMax: number;
  readonly xmlNestingDepthMax: number;
}

export const DEFAULT_STATEMENT_FILE_LIMITS: StatementFileLimits = {
  linesMax: STATEMENT_LINES_MAX,
  xmlNestingDepthMax: XML_NESTING_DEPTH_MAX,
};
