/**
 * A read-only view of one element of a parsed XML document (fast-xml-parser's objects, every
 * element an array, every leaf an object with `#text`), which knows its own path so that a
 * refusal can name the element: `Stmt[0]/Ntry[3]/Amt`.
 */
import { statementInvalid } from './statement-invalid.ts';

type XmlNode = Readonly<Record<string, unknown>>;

export const TEXT_KEY = '#text';
export const ATTRIBUTE_PREFIX = '@_';

function joinPath(path: string, name: string): string {
  return path === '' ? name : `${path}/${name}`;
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class XmlElement {
  readonly path: string;
  private readonly node: XmlNode;

  constructor(path: string, node: XmlNode) {
    this.path = path;
    this.node = node;
  }

  /** The same element under another path (statements are named from `Stmt[0]`, not the root). */
  named(path: string): XmlElement {
    return new XmlElement(path, this.node);
  }

  children(name: string): XmlElement[] {
    const value = this.node[name];
    if (!Array.isArray(value)) return [];
    return value.filter(isNode).map((child, index) => new XmlElement(joinPath(this.path, `${name}[${index}]`), child));
  }

  /** The first child of that name, or null. */
  child(name: string): XmlElement | null {
    const value = this.node[name];
    const first: unknown = Array.isArray(value) ? value[0] : undefined;
    return isNode(first) ? new XmlElement(joinPath(this.path, name), first) : null;
  }

  /** The descendant along `names` (first of each), or null. */
  at(...names: string[]): XmlElement | null {
    const [first, ...rest] = names;
    if (first === undefined) return this;
    return this.child(first)?.at(...rest) ?? null;
  }

  /** The element's own text, trimmed ('' when it has none). */
  text(): string {
    const text = this.node[TEXT_KEY];
    return typeof text === 'string' ? text.trim() : '';
  }

  /** The text of the descendant along `names`; null when it is missing or empty. */
  textAt(...names: string[]): string | null {
    const text = this.at(...names)?.text() ?? '';
    return text === '' ? null : text;
  }

  attribute(name: string): string | null {
    const value = this.node[`${ATTRIBUTE_PREFIX}${name}`];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  }

  require(...names: string[]): XmlElement {
    const element = this.at(...names);
    if (element === null) throw statementInvalid(joinPath(this.path, names.join('/')), 'is missing');
    return element;
  }

  requireText(...names: string[]): string {
    const text = this.require(...names).text();
    if (text === '') throw statementInvalid(joinPath(this.path, names.join('/')), 'is empty');
    return text;
  }
}
