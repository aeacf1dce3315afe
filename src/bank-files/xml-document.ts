/**
 * Well-formedness check and parse of an XML document that `inspectXml` let through: the check by
 * fast-xml-parser's validator (it names line and column), the tree by `XmlTreeBuilder`. Every
 * value is kept as text (amounts and references are never turned into numbers), namespace
 * prefixes are dropped, and only XML's own references are decoded.
 */
import { XMLValidator } from 'fast-xml-parser';
import { statementInvalid } from './statement-invalid.ts';
import { XmlElement } from './xml-element.ts';
import { XmlTreeBuilder } from './xml-tree.ts';

export function parseXmlDocument(text: string, nestingDepthMax: number): XmlElement {
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    throw statementInvalid(
      `line ${validation.err.line}, column ${validation.err.col}`,
      `the XML is malformed: ${validation.err.msg}`,
    );
  }
  return new XmlElement('', new XmlTreeBuilder(nestingDepthMax).build(text));
}
