// Building DOM nodes from data. Stored text (titles, bodies, removed lines, names) is untrusted: it is
// only ever set as text nodes / textContent, never parsed as HTML, so markup in a crawl stays visible text.

/**
 * @param {string} tag
 * @param {Record<string, string | boolean | ((event: Event) => void)>} [attributes]
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElement}
 */
export function createElement(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  applyAttributes(element, attributes);
  appendChildren(element, children);
  return element;
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/**
 * @param {string} tag
 * @param {Record<string, string | number>} [attributes]
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {SVGElement}
 */
export function createSvgElement(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG_NAMESPACE, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  appendChildren(element, children);
  return element;
}

function applyAttributes(element, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/u, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== undefined && value !== null) element.setAttribute(name, value);
  }
}

function appendChildren(element, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    // Strings become text nodes: the one place data enters the page.
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/**
 * Text with the given ranges wrapped in <mark>, as text nodes only.
 * @param {string} text
 * @param {{ start: number, end: number }[]} ranges sorted, not overlapping
 * @returns {DocumentFragment}
 */
export function createHighlightedText(text, ranges) {
  const fragment = document.createDocumentFragment();
  let position = 0;
  for (const range of ranges) {
    if (range.start > position) fragment.append(document.createTextNode(text.slice(position, range.start)));
    fragment.append(createElement('mark', {}, text.slice(range.start, range.end)));
    position = range.end;
  }
  if (position < text.length) fragment.append(document.createTextNode(text.slice(position)));
  return fragment;
}
