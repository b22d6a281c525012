// The slice of the DOM this folder reads. The project compiles without the DOM library (no browser
// here), so linkedom's nodes are seen through these structural types instead of the global ones.

/** Node types from the DOM standard that the walkers tell apart. */
export const NODE_TYPES = { element: 1, text: 3, cdata: 4, comment: 8, document: 9 } as const;

export interface DomNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  /** Lower-case tag name, e.g. "p". */
  readonly localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  cloneNode(deep: boolean): DomDocument;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === NODE_TYPES.element;
}

/** Collapses white space (not no-break spaces: the text normaliser decides about those) and trims. */
export function collapseWhiteSpace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** The text of an element on one line, or null when it has none. */
export function readElementText(element: DomElement | null): string | null {
  const text = collapseWhiteSpace(element?.textContent ?? '');
  return text === '' ? null : text;
}
