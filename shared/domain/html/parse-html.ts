// Parses an HTML string into a DOM. linkedom builds the tree without running anything: scripts, event
// handlers and styles stay inert text or attributes, and nothing is fetched.
import { parseHTML } from 'linkedom';
import type { DomDocument } from './dom-shape.ts';

const HAS_HTML_TAG = /<html[\s>]/i;
const HAS_BODY_TAG = /<body[\s>]/i;

/**
 * linkedom, unlike a browser, does not invent the missing <html>/<body> around a fragment (an envelope's
 * "<p>…</p>"): the first element becomes the root and `body` breaks. Wrapping restores a full page.
 */
function wrapFragment(html: string): string {
  if (HAS_HTML_TAG.test(html)) return html;
  if (HAS_BODY_TAG.test(html)) return `<html>${html}</html>`;
  return `<html><head></head><body>${html}</body></html>`;
}

export function parseHtml(html: string): DomDocument {
  return parseHTML(wrapFragment(html)).document as unknown as DomDocument;
}
