/**
 * Builds the element tree `XmlElement` reads, in one pass over a document that `inspectXml` and
 * the well-formedness check have already let through: every element a node of one shape, named
 * by its local name (namespace prefixes dropped), with its attributes, children and text.
 *
 * Why not fast-xml-parser's own parser: it builds an ordered tree and then a second, compressed
 * one, and for a 10,000-line camt.053 (7 MB) that was most of the import's time and garbage.
 * This pass builds the final objects directly. The text rules are the ones the statement code
 * was written against: each run of text between tags, CDATA sections and processing
 * instructions is trimmed, then its references decoded; CDATA is kept as written; a comment does
 * not split a run; an element's runs are joined without a separator; line ends are `\n`.
 */
import { statementInvalid } from './statement-invalid.ts';
import type { XmlNode } from './xml-element.ts';

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCES = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const SLASH = 0x2f;
const QUESTION_MARK = 0x3f;
const EXCLAMATION_MARK = 0x21;

/**
 * The five predefined entities and character references, nothing else: a statement file has no
 * DTD (inspectXml refuses one), so there is no other entity to know.
 */
export function decodeXmlReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    REFERENCES,
    (_reference, name: string | undefined, decimal: string | undefined, hexadecimal: string | undefined) => {
      if (name !== undefined) return PREDEFINED_ENTITIES[name]!;
      return String.fromCodePoint(
        decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hexadecimal!, 16),
      );
    },
  );
}

/** `ns:Name` → `Name`; a name with more than one colon is kept whole. */
function localName(qualifiedName: string): string {
  const colon = qualifiedName.indexOf(':');
  if (colon === -1 || qualifiedName.indexOf(':', colon + 1) !== -1) return qualifiedName;
  return qualifiedName.slice(colon + 1);
}

const NO_CHILDREN: readonly XmlNode[] = Object.freeze([]);

/** One class for every element: a single object shape, and leaves share one empty child list. */
class BuiltNode implements XmlNode {
  attributes: Array<readonly [string, string]> | null = null;
  children: XmlNode[] = NO_CHILDREN as XmlNode[];
  text = '';
  constructor(readonly name: string) {}

  add(child: XmlNode): void {
    if (this.children === NO_CHILDREN) this.children = [child];
    else this.children.push(child);
  }
}

/**
 * The index of `terminator` ending the tag or processing instruction at `start`, skipping quoted
 * values; -1 when a quote or the tag never closes. (The validator does not look inside a
 * processing instruction, so an unbalanced one reaches this pass.)
 */
function endOfTag(text: string, start: number, terminator: '>' | '?>'): number {
  for (let index = start + 1; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x22 || code === 0x27) {
      index = text.indexOf(text[index]!, index + 1);
      if (index === -1) return -1;
    } else if (text.startsWith(terminator, index)) {
      return index;
    }
  }
  return -1;
}

// The messages name what is not closed as the earlier parser did (the refusals are documented).
function required(index: number, problem: string): number {
  if (index === -1) throw statementInvalid('', `the XML is malformed: ${problem}`);
  return index;
}

export class XmlTreeBuilder {
  constructor(private readonly nestingDepthMax: number) {}

  /** The document node: its one child is the root element. */
  build(source: string): XmlNode {
    const text = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
    const document = new BuiltNode('');
    const open: BuiltNode[] = [document];
    // The text read since the last tag, CDATA section or processing instruction.
    let run = '';
    const flush = () => {
      if (run === '') return;
      const trimmed = run.trim();
      run = '';
      if (trimmed !== '' && open.length > 1) open[open.length - 1]!.text += decodeXmlReferences(trimmed);
    };
    let index = 0;
    while (index < text.length) {
      const start = text.indexOf('<', index);
      if (start === -1) {
        run += text.slice(index);
        break;
      }
      if (start > index) run += text.slice(index, start);
      const next = text.charCodeAt(start + 1);
      if (next === SLASH) {
        flush();
        open.pop();
        if (open.length === 0) throw statementInvalid('', 'the XML is malformed: a closing tag has no opening tag');
        index = required(text.indexOf('>', start), 'Closing Tag is not closed.') + 1;
      } else if (next === QUESTION_MARK) {
        flush();
        index = required(endOfTag(text, start + 1, '?>'), 'Pi Tag is not closed.') + 2;
      } else if (next === EXCLAMATION_MARK && text.startsWith('<!--', start)) {
        index = required(text.indexOf('-->', start + 4), 'Comment is not closed.') + 3;
      } else if (next === EXCLAMATION_MARK && text.startsWith('<![CDATA[', start)) {
        flush();
        const end = required(text.indexOf(']]>', start + 9), 'CDATA is not closed.');
        if (open.length > 1) open[open.length - 1]!.text += text.slice(start + 9, end);
        index = end + 3;
      } else if (next === EXCLAMATION_MARK) {
        // inspectXml refuses every declaration before this runs.
        throw statementInvalid('', 'declarations are not allowed in a statement file');
      } else {
        flush();
        const end = required(endOfTag(text, start, '>'), 'a tag is not closed.');
        const selfClosing = text.charCodeAt(end - 1) === SLASH;
        this.openElement(text.slice(start + 1, selfClosing ? end - 1 : end), open, selfClosing);
        index = end + 1;
      }
    }
    if (open.length !== 1) throw statementInvalid('', 'the XML is malformed: an element is not closed');
    return document;
  }

  private openElement(tag: string, open: BuiltNode[], selfClosing: boolean): void {
    const nameEnd = tag.search(/[\s/]/);
    const name = localName(nameEnd === -1 ? tag : tag.slice(0, nameEnd));
    const node = new BuiltNode(name);
    if (nameEnd !== -1) {
      for (const attribute of tag.slice(nameEnd).matchAll(ATTRIBUTE)) {
        const attributeName = attribute[1]!;
        // Namespace declarations are not attributes of the document's content.
        if (attributeName === 'xmlns' || attributeName.startsWith('xmlns:')) continue;
        (node.attributes ??= []).push([
          localName(attributeName),
          decodeXmlReferences((attribute[2] ?? attribute[3]!).trim()),
        ]);
      }
    }
    open[open.length - 1]!.add(node);
    if (selfClosing) return;
    open.push(node);
    // The document itself is on the stack too: depth counts elements only.
    if (open.length - 1 > this.nestingDepthMax)
      throw statementInvalid('', `elements nest deeper than ${this.nestingDepthMax}`);
  }
}
