/**
 * Well-formedness check and parse of an XML document that `inspectXml` let through, with
 * fast-xml-parser: every value kept as text (amounts and references are never turned into
 * numbers), namespace prefixes dropped, and only XML's own references decoded.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { statementInvalid } from './statement-invalid.ts';
import { XmlElement } from './xml-element.ts';

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCES = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/g;

/**
 * The five predefined entities and character references, nothing else: a statement file has no
 * DTD (inspectXml refuses one), so there is no other entity to know.
 */
const xmlReferenceDecoder = {
  setExternalEntities(): void {},
  addInputEntities(): void {},
  reset(): void {},
  setXmlVersion(): void {},
  decode(text: string): string {
    if (!text.includes('&')) return text;
    return text.replace(REFERENCES, (_reference, name: string | undefined, decimal: string | undefined, hexadecimal: string | undefined) => {
      if (name !== undefined) return PREDEFINED_ENTITIES[name]!;
      return String.fromCodePoint(decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hexadecimal!, 16));
    });
  },
};

export function parseXmlDocument(text: string, nestingDepthMax: number): XmlElement {
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    throw statementInvalid(`line ${validation.err.line}, column ${validation.err.col}`, `the XML is malformed: ${validation.err.msg}`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    alwaysCreateTextNode: true,
    isArray: (_name, _matcher, _isLeaf, isAttribute) => !isAttribute,
    // Callbacks get the parser's matcher rather than a path string built for every element: faster.
    jPath: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    entityDecoder: xmlReferenceDecoder,
    maxNestedTags: nestingDepthMax,
  });
  let parsed: unknown;
  try {
    parsed = parser.parse(text);
  } catch (error) {
    // The parser is stricter than the validator in places (an unclosed processing instruction).
    throw statementInvalid('', `the XML is malformed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof parsed !== 'object' || parsed === null) throw statementInvalid('', 'the XML holds no document');
  return new XmlElement('', parsed as Record<string, unknown>);
}
