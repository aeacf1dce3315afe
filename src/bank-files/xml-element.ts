/**
 * A read-only view of one element of a parsed XML document (an `XmlNode` of `xml-tree.ts`),
 * which knows its own path so that a refusal can name the element: `Stmt[0]/Ntry[3]/Amt`.
 */
import { statementInvalid } from './statement-invalid.ts';

/** An element as `XmlTreeBuilder` builds it: its local name, attributes, children and text. */
export interface XmlNode {
  readonly name: string;
  /** Attribute local names and values, in document order; null when it has none. */
  readonly attributes: ReadonlyArray<readonly [string, string]> | null;
  readonly children: readonly XmlNode[];
  /** Its text runs, each trimmed, joined ('' when it has none). */
  readonly text: string;
}

function joinPath(path: string, name: string): string {
  return path === '' ? name : `${path}/${name}`;
}

function firstChild(node: XmlNode, name: string): XmlNode | null {
  // An element has a handful of children; a statement's thousands of entries are read once, by children().
  for (const child of node.children) if (child.name === name) return child;
  return null;
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
    const found: XmlElement[] = [];
    for (const child of this.node.children) {
      if (child.name === name) found.push(new XmlElement(joinPath(this.path, `${name}[${found.length}]`), child));
    }
    return found;
  }

  /** The first child of that name, or null. */
  child(name: string): XmlElement | null {
    const first = firstChild(this.node, name);
    return first === null ? null : new XmlElement(joinPath(this.path, name), first);
  }

  /** The descendant along `names` (first of each), or null. */
  at(...names: string[]): XmlElement | null {
    if (names.length === 0) return this;
    let node: XmlNode | null = this.node;
    for (const name of names) {
      node = firstChild(node, name);
      if (node === null) return null;
    }
    return new XmlElement(joinPath(this.path, names.join('/')), node);
  }

  /** The element's own text, trimmed ('' when it has none). */
  text(): string {
    return this.node.text.trim();
  }

  /** The text of the descendant along `names`; null when it is missing or empty. */
  textAt(...names: string[]): string | null {
    let node: XmlNode | null = this.node;
    for (const name of names) {
      node = firstChild(node, name);
      if (node === null) return null;
    }
    const text = node.text.trim();
    return text === '' ? null : text;
  }

  attribute(name: string): string | null {
    const value = this.node.attributes?.find(([attributeName]) => attributeName === name)?.[1];
    return value === undefined || value.trim() === '' ? null : value.trim();
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
