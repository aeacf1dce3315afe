/**
 * The `:86:` field after an MT940 statement line: information to the account owner. Banks fill
 * it in one of three ways, each read here:
 *
 * - subfields (the German DFÜ form, used well beyond Germany): a three-digit transaction code,
 *   then `?NN` subfields: `?00` booking text, `?20`–`?29` and `?60`–`?63` purpose (in which SEPA
 *   identifiers such as `EREF+` and `SVWZ+` open a part), `?31` the counterparty's IBAN, `?32`
 *   and `?33` its name, `?34` the return code (901–999) of a returned direct debit;
 * - keywords (the Dutch form): `/EREF/…/CNTP/IBAN/BIC/NAME/CITY/…/REMI/…/RTRN/MS02/`;
 * - anything else is remittance text.
 */
import { presentReference } from '../core/bank-statements/statement-file.ts';
import { isValidReference, normalizeReferenceNumber } from '../core/payment-references/payment-reference.ts';

export interface TransactionInformation {
  readonly reference: string | null;
  readonly remittanceInfo: string | null;
  readonly debtorName: string | null;
  readonly debtorIban: string | null;
  readonly endToEndId: string | null;
  readonly returnReasonCode: string | null;
}

/** SWIFT lines are 65 characters; the first carries the tag `:86:` before its text. */
export const SWIFT_LINE_LENGTH = 65;
const FIELD_TAG_LENGTH = ':86:'.length;
/** A DFÜ purpose subfield holds 27 characters; a full one continues in the next without a break. */
const SUBFIELD_LENGTH = 27;

const NO_INFORMATION: TransactionInformation = {
  reference: null,
  remittanceInfo: null,
  debtorName: null,
  debtorIban: null,
  endToEndId: null,
  returnReasonCode: null,
};

const IBAN_FORM = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/;
const SUBFIELD_FORM = /^([0-9]{3})([^A-Za-z0-9\s])[0-9]{2}/;
const SEPA_IDENTIFIER = /^(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC|COAM|OAMT)\+/;
const PURPOSE_SUBFIELDS: ReadonlySet<string> = new Set([
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
  '26',
  '27',
  '28',
  '29',
  '60',
  '61',
  '62',
  '63',
]);
// German banks give a returned SEPA debit a return code 901 to 999 in subfield 34.
const SUBFIELD_RETURN_CODE = /^9[0-9]{2}$/;
const KEYWORDS = [
  'RTRN',
  'EREF',
  'PREF',
  'IREF',
  'CREF',
  'MARF',
  'CSID',
  'CNTP',
  'BENM',
  'ORDP',
  'REMI',
  'PURP',
  'ULTC',
  'ULTD',
  'ULTB',
  'EXCH',
  'CHGS',
  'BUSP',
  'TRTP',
  'IBAN',
  'BIC',
  'NAME',
  'SVCL',
  'ADDR',
  'ISDT',
  'OCMT',
  'COAM',
] as const;
const KEYWORD_FORM = new RegExp(`^/(${KEYWORDS.join('|')})/`);
const KEYWORD_MARKERS = new RegExp(`/(${KEYWORDS.join('|')})/`, 'g');
// `/REMI/USTD//text/`, `/REMI/STRD/CUR/reference/`, `/REMI///text/`; otherwise the value is the text.
const REMITTANCE_KEYWORD_VALUE = /^(USTD|STRD|)\/([A-Za-z]*)\/(.*)$/s;
const RETURN_REASON = /^[A-Z0-9]{4}/;

function emptyToNull(text: string | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function ibanOrNull(text: string | null | undefined): string | null {
  const normalized = text?.replace(/\s+/g, '').toUpperCase() ?? '';
  return IBAN_FORM.test(normalized) ? normalized : null;
}

interface WrappedPart {
  readonly text: string;
  /** The part filled its width, so the text was cut there rather than ended. */
  readonly full: boolean;
}

/** Joins parts of a text split at a fixed width: directly after a full part, with a space after a shorter one. */
function joinWrapped(parts: readonly WrappedPart[]): string {
  return parts
    .map((part, index) => (index === 0 || parts[index - 1]!.full ? part.text : ` ${part.text}`))
    .join('')
    .trim();
}

function subfieldParts(values: readonly string[]): WrappedPart[] {
  return values.map((value) => ({ text: value, full: value.length >= SUBFIELD_LENGTH }));
}

/** An RF creditor reference standing alone as the whole remittance text is a structured one. */
function rfReferenceOrNull(text: string | null): string | null {
  if (text === null) return null;
  const normalized = normalizeReferenceNumber(text);
  return isValidReference('RF', normalized) ? normalized : null;
}

function readSubfields(text: string, separator: string): TransactionInformation {
  const subfields: { code: string; value: string }[] = [];
  const escaped = separator.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${escaped}([0-9]{2})`, 'g');
  const markers = [...text.matchAll(pattern)];
  markers.forEach((marker, index) => {
    const start = marker.index + marker[0].length;
    const end = markers[index + 1]?.index ?? text.length;
    subfields.push({ code: marker[1]!, value: text.slice(start, end) });
  });
  const value = (code: string): string | undefined => subfields.find((subfield) => subfield.code === code)?.value;

  // Purpose subfields, grouped by the SEPA identifier that opened each part. A part continues in
  // the next subfield without a break when its subfield was full (the identifier counts).
  const parts = new Map<string, WrappedPart[]>();
  let current = '';
  for (const subfield of subfields.filter((candidate) => PURPOSE_SUBFIELDS.has(candidate.code))) {
    const identifier = SEPA_IDENTIFIER.exec(subfield.value);
    if (identifier !== null) current = identifier[1]!;
    const content = identifier === null ? subfield.value : subfield.value.slice(identifier[0].length);
    parts.set(current, [
      ...(parts.get(current) ?? []),
      { text: content, full: subfield.value.length >= SUBFIELD_LENGTH },
    ]);
  }
  const part = (identifier: string): string | null => {
    const pieces = parts.get(identifier);
    return pieces === undefined ? null : emptyToNull(joinWrapped(pieces));
  };
  const remittanceInfo = part('SVWZ') ?? part('');
  const nameParts = [value('32'), value('33')].filter((piece): piece is string => piece !== undefined);
  const returnCode = value('34')?.trim() ?? '';
  return {
    reference: rfReferenceOrNull(remittanceInfo),
    remittanceInfo,
    debtorName: emptyToNull(joinWrapped(subfieldParts(nameParts))),
    debtorIban: ibanOrNull(value('31')) ?? ibanOrNull(part('IBAN')),
    endToEndId: presentReference(part('EREF')),
    returnReasonCode: SUBFIELD_RETURN_CODE.test(returnCode) ? returnCode : null,
  };
}

function readKeywords(text: string): TransactionInformation {
  const values = new Map<string, string>();
  const markers = [...text.matchAll(KEYWORD_MARKERS)];
  markers.forEach((marker, index) => {
    const start = marker.index + marker[0].length;
    const end = markers[index + 1]?.index ?? text.length;
    const keyword = marker[1]!;
    // A value ends with the '/' before the next keyword's own '/'.
    if (!values.has(keyword)) values.set(keyword, text.slice(start, end).replace(/\/$/, ''));
  });

  let reference: string | null = null;
  let remittanceInfo: string | null = null;
  const remittance = values.get('REMI');
  if (remittance !== undefined) {
    const structured = REMITTANCE_KEYWORD_VALUE.exec(remittance);
    if (structured?.[1] === 'STRD') reference = emptyToNull(structured[3]?.replace(/\/+$/, ''));
    else remittanceInfo = emptyToNull((structured === null ? remittance : structured[3]!).replace(/\/+$/, ''));
  }
  // The counterparty: account/BIC/name/city.
  const counterparty = (values.get('CNTP') ?? values.get('BENM') ?? values.get('ORDP') ?? '').split('/');
  return {
    reference,
    remittanceInfo,
    debtorName: emptyToNull(values.get('NAME')) ?? emptyToNull(counterparty[2]),
    debtorIban: ibanOrNull(values.get('IBAN')) ?? ibanOrNull(counterparty[0]),
    endToEndId: presentReference(values.get('EREF')),
    returnReasonCode: RETURN_REASON.exec(values.get('RTRN')?.trim() ?? '')?.[0] ?? null,
  };
}

/** What the `:86:` field's lines (the text after the tag, then each continuation line) say. */
export function readTransactionInformation(lines: readonly string[]): TransactionInformation {
  if (lines.length === 0) return NO_INFORMATION;
  // Structured forms are cut at the line width wherever it falls, so their lines join directly.
  const joined = lines.join('');
  const subfieldForm = SUBFIELD_FORM.exec(joined);
  if (subfieldForm !== null) return readSubfields(joined.slice(3), subfieldForm[2]!);
  if (KEYWORD_FORM.test(joined)) return readKeywords(joined);
  const text = joinWrapped(
    lines.map((line, index) => ({
      text: line,
      full: line.length >= SWIFT_LINE_LENGTH - (index === 0 ? FIELD_TAG_LENGTH : 0),
    })),
  );
  return { ...NO_INFORMATION, remittanceInfo: emptyToNull(text) };
}
