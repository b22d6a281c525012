// Renders a DOM subtree as text with line structure: one line per block (paragraph, heading, list item,
// caption, quote, table row, div text) and a line break per <br>, so the text cleaner downstream sees
// paragraphs, headings and captions as separate lines, exactly as in scraped page text.
import { collapseWhiteSpace, type DomElement, type DomNode, isElement, NODE_TYPES } from './dom-shape.ts';

// Elements that start and end a line. Unknown elements are inline, which joins words rather than
// splitting a sentence: a wrongly split sentence would look like two short fragments to the cleaner.
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

// Elements whose content is never page text: code, styling, embedded objects, form controls (a <select>
// of all 63 provinces would swamp the province classifier) and the head.
const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'button',
  'canvas',
  'embed',
  'head',
  'iframe',
  'input',
  'link',
  'math',
  'meta',
  'noscript',
  'object',
  'option',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
]);

// Table cells sit side by side on their row's line.
const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);
// A data table's cells are set apart with " | ", the shape scrapers give a table row and the text cleaner
// reads as one ("Thuế, phí | 2.950 | 3.310"): joined by spaces, a row of figures reads as a broken
// sentence. A table is data from two rows of two cells on; a single row of cells is a layout (a page's
// columns side by side, a photo beside its caption) and its cells are joined as words.
const CELL_SEPARATOR = ' | ';
const DATA_TABLE_MIN_ROWS = 2;
const DATA_ROW_MIN_CELLS = 2;
const TRAILING_SEPARATOR = /\s*\|$/;
const LINE_BREAK_TAGS: ReadonlySet<string> = new Set(['br', 'hr']);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden by markup: invisible to a reader, so not part of what the page says. */
function isHidden(element: DomElement): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  return HIDDEN_STYLE.test(element.getAttribute('style') ?? '');
}

type Step = { readonly node: DomNode; readonly leaving: boolean };

function countCellChildren(row: DomElement): number {
  let cells = 0;
  const children = row.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child && isElement(child) && CELL_TAGS.has(child.localName)) cells++;
  }
  return cells;
}

/** Whether a table holds data (rows of cells) rather than lay out the page. Checked once per table. */
function isDataTable(table: DomElement): boolean {
  let dataRows = 0;
  for (const row of Array.from(table.querySelectorAll('tr'))) {
    if (countCellChildren(row) >= DATA_ROW_MIN_CELLS && ++dataRows >= DATA_TABLE_MIN_ROWS) return true;
  }
  return false;
}

/**
 * The lines of a subtree, trimmed and non-empty. Walks with an explicit stack: a page nested thousands
 * of levels deep (broken or hostile markup) must not overflow the call stack.
 */
export function renderLines(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  // Whether the line holds a cell separator: a row whose last cells are empty must not end on " |".
  let separated = false;
  // For each open table, whether it is a data table (the innermost last).
  const dataTables: boolean[] = [];
  const endLine = () => {
    const collapsed = collapseWhiteSpace(current);
    const line = separated ? collapsed.replace(TRAILING_SEPARATOR, '') : collapsed;
    if (line !== '') lines.push(line);
    current = '';
    separated = false;
  };
  const openCell = () => {
    const before = current.trimEnd();
    // No separator before a row's first filled cell, nor twice in a row for an empty cell.
    if (dataTables[dataTables.length - 1] === true && before !== '' && !before.endsWith('|')) {
      current = before + CELL_SEPARATOR;
      separated = true;
    } else {
      current += ' ';
    }
  };
  const stack: Step[] = [{ node: root, leaving: false }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    const { node, leaving } = step;
    if (node.nodeType === NODE_TYPES.text || node.nodeType === NODE_TYPES.cdata) {
      current += node.textContent ?? '';
      continue;
    }
    if (!isElement(node)) {
      if (node.nodeType === NODE_TYPES.document) pushChildren(stack, node);
      continue;
    }
    const tag = node.localName;
    if (leaving) {
      if (tag === 'table') dataTables.pop();
      if (CELL_TAGS.has(tag)) current += ' ';
      else endLine();
      continue;
    }
    if (SKIPPED_TAGS.has(tag) || isHidden(node)) continue;
    if (LINE_BREAK_TAGS.has(tag)) {
      endLine();
      continue;
    }
    if (tag === 'pre') {
      // Preformatted text keeps its own line breaks.
      endLine();
      for (const line of (node.textContent ?? '').split(/\r?\n/)) {
        current = line;
        endLine();
      }
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      endLine();
      if (tag === 'table') dataTables.push(isDataTable(node));
      stack.push({ node, leaving: true });
    } else if (CELL_TAGS.has(tag)) {
      openCell();
      stack.push({ node, leaving: true });
    }
    pushChildren(stack, node);
  }
  endLine();
  return lines;
}

function pushChildren(stack: Step[], node: DomNode): void {
  const children = node.childNodes;
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (child) stack.push({ node: child, leaving: false });
  }
}
