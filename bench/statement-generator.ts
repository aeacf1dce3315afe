/**
 * A camt.053.001.02 statement of many credit lines, for the benchmark of imports and matching.
 * Most lines quote a structured creditor reference picked from the given list; a few carry only
 * unstructured text (half of them with a reference written in it) and a few carry nothing, as
 * real statements do. The same options give the same file, byte for byte.
 */
import { composeIBAN } from 'ibantools';
import { currencyExponent, toMajorUnitsText } from '../src/core/money.ts';
import { Random } from './random.ts';

export interface Camt053GeneratorOptions {
  /** How many entries (one credit line each). */
  lines: number;
  /** The statement's account. */
  iban: string;
  statementId: string;
  currency: string;
  /** Payment references to quote, e.g. those of the benchmark's accounts. */
  references: readonly string[];
  seed: number;
  /** YYYY-MM-DD of every entry (default 2024-03-15). */
  bookingDate?: string;
}

const DEFAULT_BOOKING_DATE = '2024-03-15';
const UNSTRUCTURED_SHARE = 0.06;
const NO_REMITTANCE_SHARE = 0.03;
const NOT_PROVIDED_END_TO_END_SHARE = 0.3;
const AMOUNT_MAJOR_MIN = 1;
const AMOUNT_MAJOR_MAX = 2_000;
const DEBTOR_BBAN_DIGITS = 14;
const DEBTOR_NAMES = [
  'Virtanen Matti',
  'Korhonen Anna',
  'Mäkinen Juha',
  'Nieminen Liisa',
  'Oy Esimerkki Ab',
  'Smith & Sons Ltd',
  'Laine Pekka',
];
const UNSTRUCTURED_TEXTS = ['Jäsenmaksu', 'Lasku maksettu', 'Payment for invoice', 'Vuokra'];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function debtorIban(random: Random): string {
  let bban = '';
  for (let digit = 0; digit < DEBTOR_BBAN_DIGITS; digit++) bban += String(random.integer(0, 9));
  const iban = composeIBAN({ countryCode: 'FI', bban });
  if (iban === null) throw new Error(`invariant violated: FI${bban} does not compose into an IBAN`);
  return iban;
}

function remittanceXml(random: Random, references: readonly string[]): string {
  const roll = random.next();
  if (roll < NO_REMITTANCE_SHARE) return '';
  if (roll < NO_REMITTANCE_SHARE + UNSTRUCTURED_SHARE || references.length === 0) {
    const text = random.pick(UNSTRUCTURED_TEXTS);
    const written = references.length > 0 && random.chance(0.5) ? `${text} ${random.pick(references)}` : text;
    return `<RmtInf><Ustrd>${escapeXml(written)}</Ustrd></RmtInf>`;
  }
  const reference = random.pick(references);
  return `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>${escapeXml(reference)}</Ref></CdtrRefInf></Strd></RmtInf>`;
}

export function generateCamt053(options: Camt053GeneratorOptions): string {
  const random = new Random(options.seed);
  const bookingDate = options.bookingDate ?? DEFAULT_BOOKING_DATE;
  const unit = 10n ** BigInt(currencyExponent(options.currency));
  const entries: string[] = [];
  let totalMinor = 0n;
  for (let index = 0; index < options.lines; index++) {
    const amountMinor =
      BigInt(random.integer(AMOUNT_MAJOR_MIN, AMOUNT_MAJOR_MAX)) * unit + BigInt(random.integer(0, Number(unit) - 1));
    totalMinor += amountMinor;
    const amount = toMajorUnitsText(amountMinor, options.currency);
    const endToEndId = random.chance(NOT_PROVIDED_END_TO_END_SHARE)
      ? 'NOTPROVIDED'
      : `E2E-${options.seed}-${index + 1}`;
    entries.push(
      `<Ntry><NtryRef>${index + 1}</NtryRef><Amt Ccy="${options.currency}">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>` +
        `<BookgDt><Dt>${bookingDate}</Dt></BookgDt><ValDt><Dt>${bookingDate}</Dt></ValDt>` +
        `<AcctSvcrRef>${escapeXml(options.statementId)}-${String(index + 1).padStart(7, '0')}</AcctSvcrRef>` +
        '<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>' +
        `<NtryDtls><TxDtls><Refs><EndToEndId>${endToEndId}</EndToEndId></Refs>` +
        `<AmtDtls><TxAmt><Amt Ccy="${options.currency}">${amount}</Amt></TxAmt></AmtDtls>` +
        `<RltdPties><Dbtr><Nm>${escapeXml(random.pick(DEBTOR_NAMES))}</Nm></Dbtr><DbtrAcct><Id><IBAN>${debtorIban(random)}</IBAN></Id></DbtrAcct></RltdPties>` +
        `${remittanceXml(random, options.references)}</TxDtls></NtryDtls></Ntry>\n`,
    );
  }
  const balance = (code: string, amountMinor: bigint): string =>
    `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="${options.currency}">${toMajorUnitsText(amountMinor, options.currency)}</Amt>` +
    `<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>${bookingDate}</Dt></Dt></Bal>\n`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">\n<BkToCstmrStmt>\n' +
    `<GrpHdr><MsgId>${escapeXml(options.statementId)}</MsgId><CreDtTm>${bookingDate}T23:00:00Z</CreDtTm></GrpHdr>\n` +
    `<Stmt><Id>${escapeXml(options.statementId)}</Id><CreDtTm>${bookingDate}T23:00:00Z</CreDtTm>\n` +
    `<Acct><Id><IBAN>${escapeXml(options.iban)}</IBAN></Id><Ccy>${options.currency}</Ccy></Acct>\n` +
    balance('OPBD', 0n) +
    balance('CLBD', totalMinor) +
    entries.join('') +
    '</Stmt>\n</BkToCstmrStmt>\n</Document>\n'
  );
}
