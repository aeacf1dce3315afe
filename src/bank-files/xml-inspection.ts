/**
 * A first, linear pass over an XML document that refuses what is hostile before any parser
 * builds anything: declarations (`<!DOCTYPE`, `<!ENTITY`: entity expansion, external entities),
 * references other than the five XML entities and character references, nesting deeper than a
 * bound, more entries than a file may hold, and padding of countless elements. It also reads
 * the root element's name and namespace, which say which message the document is.
 */
import { statementInvalid } from './statement-invalid.ts';
import { XML_ELEMENTS_PER_ENTRY_MAX, XML_STATEMENTS_MAX } from './statement-file-limits.ts';

export interface XmlInspectionLimits {
  readonly nestingDepthMax: number;
  /** Bound on `Ntry` elements and on `TxDtls` elements: each is at least one line. */
  readonly entriesMax: number;
}

export interface XmlInspection {
  readonly rootLocalName: string;
  /** The namespace URI the root element is in, or null when none is declared for it. */
  readonly rootNamespace: string | null;
  readonly entryCount: number;
  readonly transactionCount: number;
}

const DECLARATIONS = /<!\s*(DOCTYPE|ENTITY)/i;
// XML 1.0 forbids these characters anywhere in a document; lone surrogates are not text either.
const FORBIDDEN_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const REFERENCE = /&(?:amp|lt|gt|quot|apos|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/y;
const NAMESPACE_DECLARATION = /\sxmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTRY_ELEMENT = 'Ntry';
const TRANSACTION_ELEMENT = 'TxDtls';
// A statement's own elements (account, balances, header) are budgeted like an entry's.
const STATEMENT_ELEMENTS: ReadonlySet<string> = new Set(['Stmt', 'Ntfctn']);

export function lineOf(text: string, index: number): number {
  let line = 1;
  for (
    let position = text.indexOf('\n');
    position !== -1 && position < index;
    position = text.indexOf('\n', position + 1)
  )
    line++;
  return line;
}

function refuse(text: string, index: number, problem: string): never {
  throw statementInvalid(`line ${lineOf(text, index)}`, problem);
}

function isXmlCharacter(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/**
 * Every '&' in the text must begin a predefined entity or a character reference. The document is
 * checked in consecutive stretches, so the next '&' is searched for once and kept: searching
 * afresh from each stretch would scan to the end of a document that holds none, once per tag.
 */
class ReferenceCheck {
  private next: number;

  constructor(private readonly text: string) {
    this.next = text.indexOf('&');
  }

  /** Checks the '&'s before `end` (stretches come in document order). */
  upTo(end: number): void {
    const text = this.text;
    for (; this.next !== -1 && this.next < end; this.next = text.indexOf('&', this.next + 1)) {
      const at = this.next;
      REFERENCE.lastIndex = at;
      const reference = REFERENCE.exec(text);
      if (reference === null || REFERENCE.lastIndex > end) {
        refuse(
          text,
          at,
          "an '&' that is not &amp; &lt; &gt; &quot; &apos; or a character reference (entities are not allowed)",
        );
      }
      const decimal = reference[1];
      const hexadecimal = reference[2];
      if (decimal !== undefined || hexadecimal !== undefined) {
        const codePoint = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hexadecimal!, 16);
        if (!isXmlCharacter(codePoint))
          refuse(text, at, `the character reference ${reference[0]} is not an XML character`);
      }
    }
  }

  /** Passes over a stretch whose '&'s mean nothing (a comment, CDATA, a processing instruction). */
  skipTo(end: number): void {
    if (this.next !== -1 && this.next < end) this.next = this.text.indexOf('&', end);
  }
}

function skipPast(text: string, from: number, terminator: string, what: string): number {
  const end = text.indexOf(terminator, from);
  if (end === -1) refuse(text, from, `${what} is not closed`);
  return end + terminator.length;
}

/** The index of the '>' closing the start tag at `start`, honouring quoted attribute values. */
function endOfStartTag(text: string, start: number): number {
  let quote: string | null = null;
  for (let index = start + 1; index < text.length; index++) {
    const character = text[index];
    if (quote !== null) {
      if (character === quote) quote = null;
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === '>') {
      return index;
    } else if (character === '<') {
      break;
    }
  }
  return refuse(text, start, 'a tag is not closed');
}

function rootNamespaceOf(tag: string, qualifiedName: string): string | null {
  const colon = qualifiedName.indexOf(':');
  const prefix = colon === -1 ? undefined : qualifiedName.slice(0, colon);
  for (const declaration of tag.matchAll(NAMESPACE_DECLARATION)) {
    if (declaration[1] === prefix) return declaration[2] ?? declaration[3] ?? null;
  }
  return null;
}

export function inspectXml(text: string, limits: XmlInspectionLimits): XmlInspection {
  const declaration = DECLARATIONS.exec(text);
  if (declaration !== null)
    refuse(text, declaration.index, `<!${declaration[1]!.toUpperCase()} is not allowed in a statement file`);
  const forbidden = FORBIDDEN_CHARACTERS.exec(text);
  if (forbidden !== null) refuse(text, forbidden.index, 'the document holds a character that XML does not allow');

  let rootLocalName: string | null = null;
  let rootNamespace: string | null = null;
  let depth = 0;
  let elementCount = 0;
  let entryCount = 0;
  let transactionCount = 0;
  let statementCount = 0;
  let index = 0;
  const references = new ReferenceCheck(text);
  while (index < text.length) {
    const open = text.indexOf('<', index);
    references.upTo(open === -1 ? text.length : open);
    if (open === -1) break;
    if (text.startsWith('<!--', open)) {
      index = skipPast(text, open + 4, '-->', 'a comment');
      references.skipTo(index);
    } else if (text.startsWith('<![CDATA[', open)) {
      index = skipPast(text, open + 9, ']]>', 'a CDATA section');
      references.skipTo(index);
    } else if (text.startsWith('<!', open)) {
      refuse(text, open, 'declarations are not allowed in a statement file');
    } else if (text.startsWith('<?', open)) {
      index = skipPast(text, open + 2, '?>', 'a processing instruction');
      references.skipTo(index);
    } else if (text[open + 1] === '/') {
      depth--;
      if (depth < 0) refuse(text, open, 'a closing tag has no opening tag');
      index = skipPast(text, open + 2, '>', 'a closing tag');
      references.skipTo(index);
    } else {
      const close = endOfStartTag(text, open);
      const tag = text.slice(open, close + 1);
      references.upTo(close);
      const qualifiedName = /^<([^\s/>]+)/.exec(tag)?.[1];
      if (qualifiedName === undefined) refuse(text, open, 'a tag has no name');
      const localName = qualifiedName.slice(qualifiedName.indexOf(':') + 1);
      if (rootLocalName === null) {
        rootLocalName = localName;
        rootNamespace = rootNamespaceOf(tag, qualifiedName);
      }
      elementCount++;
      if (localName === ENTRY_ELEMENT && ++entryCount > limits.entriesMax) {
        refuse(text, open, `the file holds more than ${limits.entriesMax} entries`);
      }
      if (localName === TRANSACTION_ELEMENT && ++transactionCount > limits.entriesMax) {
        refuse(text, open, `the file holds more than ${limits.entriesMax} transactions`);
      }
      if (STATEMENT_ELEMENTS.has(localName) && ++statementCount > XML_STATEMENTS_MAX) {
        refuse(text, open, `the file holds more than ${XML_STATEMENTS_MAX} statements`);
      }
      if (elementCount > XML_ELEMENTS_PER_ENTRY_MAX * (entryCount + transactionCount + statementCount + 1)) {
        refuse(text, open, `more than ${XML_ELEMENTS_PER_ENTRY_MAX} elements for one entry`);
      }
      if (!tag.endsWith('/>')) {
        depth++;
        if (depth > limits.nestingDepthMax) refuse(text, open, `elements nest deeper than ${limits.nestingDepthMax}`);
      }
      index = close + 1;
    }
  }
  if (rootLocalName === null) throw statementInvalid('', 'the file holds no XML element');
  return { rootLocalName, rootNamespace, entryCount, transactionCount };
}
