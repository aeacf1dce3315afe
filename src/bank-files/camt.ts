/**
 * ISO 20022 bank-to-customer cash management messages: camt.053 (account statement) and camt.054
 * (debit/credit notification), versions 001.02 to 001.08, read into statements and bank lines.
 *
 * An entry (`Ntry`) is one line; an entry with several transactions (`NtryDtls/TxDtls`, a batch
 * booking) is one line per transaction, and a single transaction enriches its entry. Where the
 * versions name things differently both names are read: the entry status is text up to .06 and
 * `Sts/Cd` from .07; a party is `Dbtr/Nm` up to .07 and `Dbtr/Pty/Nm` in .08; a transaction's
 * amount is `AmtDtls/TxAmt/Amt` in .02 and `TxDtls/Amt` from .03; dates are `Dt` or `DtTm`.
 */
import {
  type BankLineDirection,
  type ParsedBankLine,
  type ParsedStatement,
  type ParsedStatementFile,
  type StatementFileFormat,
  presentReference,
} from '../core/bank-statements/statement-file.ts';
import { isCurrency } from '../core/money.ts';
import { dateOfDateTime, isoDate } from './calendar-date.ts';
import { parseDecimalAmount } from './decimal-amount.ts';
import type { StatementFileLimits } from './statement-file-limits.ts';
import { statementInvalid } from './statement-invalid.ts';
import { parseXmlDocument } from './xml-document.ts';
import type { XmlElement } from './xml-element.ts';
import { inspectXml } from './xml-inspection.ts';

const CAMT_NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:camt\.(053|054)\.001\.0([2-8])$/;

interface CamtMessage {
  readonly format: Extract<StatementFileFormat, 'camt.053' | 'camt.054'>;
  /** The element under `Document`, and the name of the statements in it. */
  readonly container: string;
  readonly item: string;
}

const MESSAGES: Record<'053' | '054', CamtMessage> = {
  '053': { format: 'camt.053', container: 'BkToCstmrStmt', item: 'Stmt' },
  '054': { format: 'camt.054', container: 'BkToCstmrDbtCdtNtfctn', item: 'Ntfctn' },
};

// Entries that are not booked (pending, for information, future-dated) move no money yet: they
// are not lines. A booked entry reappears in a later statement once it is booked.
const UNBOOKED_STATUSES: ReadonlySet<string> = new Set(['PDNG', 'INFO', 'FUTR']);
const OPENING_BALANCE_TYPES = ['OPBD', 'PRCD'] as const;
const CLOSING_BALANCE_TYPE = 'CLBD';
const DIRECTIONS: Readonly<Record<string, BankLineDirection>> = { CRDT: 'CREDIT', DBIT: 'DEBIT' };
const TRUE_VALUES: ReadonlySet<string> = new Set(['true', '1']);

/** The message a namespace names (`urn:iso:std:iso:20022:tech:xsd:camt.053.001.02`), or null. */
export function camtMessageOf(namespace: string | null): CamtMessage | null {
  const parts = namespace === null ? null : CAMT_NAMESPACE.exec(namespace);
  return parts === null ? null : MESSAGES[parts[1] as '053' | '054'];
}

/** Counts lines across the whole file against its bound. */
class LineBudget {
  private used = 0;
  constructor(private readonly linesMax: number) {}

  take(where: string): void {
    this.used++;
    if (this.used > this.linesMax) throw statementInvalid(where, `the file holds more than ${this.linesMax} lines`);
  }
}

/** `FI21 1234 5600 0007 85` → `FI2112345600000785`. */
function normalizeIban(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

function currencyOf(amount: XmlElement): string {
  const currency = amount.attribute('Ccy');
  if (currency === null) throw statementInvalid(`${amount.path}/@Ccy`, 'is missing');
  if (!isCurrency(currency)) throw statementInvalid(`${amount.path}/@Ccy`, `'${currency}' is not an ISO 4217 currency`);
  return currency;
}

function directionOf(element: XmlElement): BankLineDirection {
  const indicator = element.requireText('CdtDbtInd');
  const direction = DIRECTIONS[indicator];
  if (direction === undefined)
    throw statementInvalid(`${element.path}/CdtDbtInd`, `'${indicator}' is neither CRDT nor DBIT`);
  return direction;
}

/** `Dt` (a date) or `DtTm` (a date-time, whose date is taken) inside `element`. */
function dateOf(element: XmlElement): string {
  const date = element.textAt('Dt');
  if (date !== null) {
    const checked = isoDate(date);
    if (checked === null) throw statementInvalid(`${element.path}/Dt`, `'${date}' is not a date (YYYY-MM-DD)`);
    return checked;
  }
  const dateTime = element.textAt('DtTm');
  if (dateTime !== null) {
    const checked = dateOfDateTime(dateTime);
    if (checked === null) throw statementInvalid(`${element.path}/DtTm`, `'${dateTime}' is not an ISO 8601 date-time`);
    return checked;
  }
  throw statementInvalid(`${element.path}/Dt`, 'is missing');
}

function dateTimeOf(element: XmlElement, name: string): string | null {
  const text = element.textAt(name);
  if (text === null) return null;
  if (dateOfDateTime(text) === null)
    throw statementInvalid(`${element.path}/${name}`, `'${text}' is not an ISO 8601 date-time`);
  return text;
}

function bankTransactionCodeOf(element: XmlElement): string | null {
  const code = element.child('BkTxCd');
  if (code === null) return null;
  const domain = code.textAt('Domn', 'Cd');
  const family = code.textAt('Domn', 'Fmly', 'Cd');
  const subFamily = code.textAt('Domn', 'Fmly', 'SubFmlyCd');
  if (domain !== null && family !== null && subFamily !== null) return `${domain}/${family}/${subFamily}`;
  return code.textAt('Prtry', 'Cd');
}

function signedBalance(balance: XmlElement): bigint {
  const amount = balance.require('Amt');
  const amountMinor = parseDecimalAmount(amount.text(), currencyOf(amount), '.', amount.path);
  return directionOf(balance) === 'DEBIT' ? -amountMinor : amountMinor;
}

function balancesOf(statement: XmlElement): { opening: bigint | null; closing: bigint | null } {
  const balances = statement.children('Bal');
  const ofType = (type: string): XmlElement | undefined =>
    balances.find(
      (balance) => (balance.textAt('Tp', 'CdOrPrtry', 'Cd') ?? balance.textAt('Tp', 'CdOrPrtry', 'Prtry')) === type,
    );
  const opening = OPENING_BALANCE_TYPES.map(ofType).find((balance) => balance !== undefined);
  const closing = ofType(CLOSING_BALANCE_TYPE);
  return {
    opening: opening === undefined ? null : signedBalance(opening),
    closing: closing === undefined ? null : signedBalance(closing),
  };
}

function accountOf(statement: XmlElement): { accountIban: string; accountCurrency: string | null } {
  const account = statement.require('Acct');
  const iban = account.textAt('Id', 'IBAN');
  // Another identifier is the bank's own, kept as written; an IBAN is written in many ways.
  const identifier = iban === null ? account.textAt('Id', 'Othr', 'Id') : normalizeIban(iban);
  if (identifier === null) throw statementInvalid(`${account.path}/Id`, 'holds neither IBAN nor Othr/Id');
  const accountCurrency = account.textAt('Ccy');
  if (accountCurrency !== null && !isCurrency(accountCurrency)) {
    throw statementInvalid(`${account.path}/Ccy`, `'${accountCurrency}' is not an ISO 4217 currency`);
  }
  return { accountIban: identifier, accountCurrency };
}

/** What a transaction (`TxDtls`) tells about the payment: references, parties, remittance. */
interface TransactionFacts {
  readonly reference: string | null;
  readonly remittanceInfo: string | null;
  readonly debtorName: string | null;
  readonly debtorIban: string | null;
  readonly endToEndId: string | null;
  readonly returnReasonCode: string | null;
}

const NO_TRANSACTION_FACTS: TransactionFacts = {
  reference: null,
  remittanceInfo: null,
  debtorName: null,
  debtorIban: null,
  endToEndId: null,
  returnReasonCode: null,
};

function transactionFacts(transaction: XmlElement | null): TransactionFacts {
  if (transaction === null) return NO_TRANSACTION_FACTS;
  const remittance = transaction.child('RmtInf');
  const unstructured = (remittance?.children('Ustrd') ?? []).map((line) => line.text()).filter((line) => line !== '');
  const structured = (remittance?.children('Strd') ?? [])
    .map((part) => part.textAt('CdtrRefInf', 'Ref'))
    .find((reference) => reference !== null);
  const debtor = transaction.at('RltdPties', 'Dbtr');
  const debtorIban = transaction.textAt('RltdPties', 'DbtrAcct', 'Id', 'IBAN');
  return {
    reference: structured ?? null,
    remittanceInfo: unstructured.length === 0 ? null : unstructured.join(' '),
    debtorName:
      debtor === null
        ? null
        : (debtor.textAt('Pty', 'Nm') ?? debtor.textAt('Nm') ?? debtor.textAt('Agt', 'FinInstnId', 'Nm')),
    debtorIban: debtorIban === null ? null : normalizeIban(debtorIban),
    endToEndId: presentReference(transaction.textAt('Refs', 'EndToEndId')),
    returnReasonCode: transaction.textAt('RtrInf', 'Rsn', 'Cd') ?? transaction.textAt('RtrInf', 'Rsn', 'Prtry'),
  };
}

/**
 * The bank references of a batch's transactions. Each transaction's own `Refs/AcctSvcrRef` when
 * every one has one, all distinct and none the entry's; otherwise the entry's reference with the
 * transaction's number (`REF/2`), which stays the same wherever the batch is reported again.
 */
function batchReferences(entryReference: string | null, transactions: readonly XmlElement[]): (string | null)[] {
  const own = transactions.map((transaction) => presentReference(transaction.textAt('Refs', 'AcctSvcrRef')));
  const distinct =
    own.every((reference) => reference !== null && reference !== entryReference) && new Set(own).size === own.length;
  if (distinct) return own;
  return transactions.map((_transaction, index) => (entryReference === null ? null : `${entryReference}/${index + 1}`));
}

function entryStatusOf(entry: XmlElement): string | null {
  return entry.textAt('Sts', 'Cd') ?? entry.textAt('Sts', 'Prtry') ?? entry.textAt('Sts');
}

function linesOfEntry(entry: XmlElement, firstPosition: number, budget: LineBudget): ParsedBankLine[] {
  const amount = entry.require('Amt');
  const currency = currencyOf(amount);
  const amountMinor = parseDecimalAmount(amount.text(), currency, '.', amount.path);
  const direction = directionOf(entry);
  const bookingDate = dateOf(entry.require('BookgDt'));
  // Value date is optional in the message definitions; without one the money is valued when booked.
  const valueElement = entry.child('ValDt');
  const valueDate = valueElement === null ? bookingDate : dateOf(valueElement);
  const reversal = TRUE_VALUES.has(entry.textAt('RvslInd') ?? '');
  const entryCode = bankTransactionCodeOf(entry);
  const transactions = entry.children('NtryDtls').flatMap((details) => details.children('TxDtls'));
  const entryReference = presentReference(entry.textAt('AcctSvcrRef'));

  if (transactions.length <= 1) {
    const transaction = transactions[0] ?? null;
    budget.take(entry.path);
    return [
      {
        position: firstPosition,
        bankReference:
          entryReference ??
          presentReference(transaction?.textAt('Refs', 'AcctSvcrRef')) ??
          presentReference(entry.textAt('NtryRef')),
        bookingDate,
        valueDate,
        amountMinor,
        currency,
        direction,
        reversal,
        ...transactionFacts(transaction),
        bankTransactionCode: entryCode ?? (transaction === null ? null : bankTransactionCodeOf(transaction)),
      },
    ];
  }

  const references = batchReferences(entryReference ?? presentReference(entry.textAt('NtryRef')), transactions);
  return transactions.map((transaction, index) => {
    budget.take(transaction.path);
    const transactionAmount = transaction.child('Amt') ?? transaction.at('AmtDtls', 'TxAmt', 'Amt');
    if (transactionAmount === null)
      throw statementInvalid(`${transaction.path}/Amt`, 'is missing (nor is AmtDtls/TxAmt/Amt there)');
    const transactionCurrency = currencyOf(transactionAmount);
    return {
      position: firstPosition + index,
      bankReference: references[index] ?? null,
      bookingDate,
      valueDate,
      amountMinor: parseDecimalAmount(transactionAmount.text(), transactionCurrency, '.', transactionAmount.path),
      currency: transactionCurrency,
      direction: transaction.child('CdtDbtInd') === null ? direction : directionOf(transaction),
      reversal,
      ...transactionFacts(transaction),
      bankTransactionCode: bankTransactionCodeOf(transaction) ?? entryCode,
    };
  });
}

function parseStatement(statement: XmlElement, groupCreatedAt: string | null, budget: LineBudget): ParsedStatement {
  const bankStatementId = statement.requireText('Id');
  const { accountIban, accountCurrency } = accountOf(statement);
  const { opening, closing } = balancesOf(statement);
  const lines: ParsedBankLine[] = [];
  for (const entry of statement.children('Ntry')) {
    const status = entryStatusOf(entry);
    if (status !== null && UNBOOKED_STATUSES.has(status)) continue;
    lines.push(...linesOfEntry(entry, lines.length, budget));
  }
  return {
    bankStatementId,
    accountIban,
    accountCurrency,
    createdAt: dateTimeOf(statement, 'CreDtTm') ?? groupCreatedAt,
    openingBalanceMinor: opening,
    closingBalanceMinor: closing,
    lines,
  };
}

/** A camt.053 or camt.054 document, or `statement_invalid` naming the element at fault. */
export function parseCamt(text: string, limits: StatementFileLimits): ParsedStatementFile {
  const inspection = inspectXml(text, { nestingDepthMax: limits.xmlNestingDepthMax, entriesMax: limits.linesMax });
  const message = camtMessageOf(inspection.rootNamespace);
  if (inspection.rootLocalName !== 'Document' || message === null) {
    throw statementInvalid(
      '',
      `the document is neither camt.053 nor camt.054 (versions 001.02 to 001.08): its root is '${inspection.rootLocalName}' in namespace '${inspection.rootNamespace ?? 'none'}'`,
    );
  }
  const document = parseXmlDocument(text, limits.xmlNestingDepthMax).require('Document');
  const container = document.require(message.container).named(message.container);
  const groupCreatedAt = dateTimeOf(container.require('GrpHdr'), 'CreDtTm');
  const items = container.children(message.item);
  if (items.length === 0) throw statementInvalid(`${message.container}/${message.item}`, 'is missing');
  const budget = new LineBudget(limits.linesMax);
  const statements = items.map((item, index) =>
    parseStatement(item.named(`${message.item}[${index}]`), groupCreatedAt, budget),
  );
  return { format: message.format, statements };
}
