// Pages some crawlers deliver as markdown (html2text and its kin): "# " heading marks, "**bold**",
// "[text](url)" links, "![alt](url)" images, "> " quotes. The cleaner reads such a line as the text it
// renders, while the line as delivered is what the body gives back, since that is the page's own text.

// What only markdown writes: a link's or an image's "](" joint, or a heading mark opening a line.
// Looked for once in the page, so that a page in plain text renders no line at all (a plain page may
// well print "**" or "____", which alone say nothing).
const LINK_JOINT = '](';
const HEADING_MARK = /^#{1,6} \S/m;

/** True when the page is written in markdown: it holds a link or an image, or an ATX heading. */
export function looksLikeMarkdown(page: string): boolean {
  return page.includes(LINK_JOINT) || (page.includes('# ') && HEADING_MARK.test(page));
}

// An image, "![alt](url)", and a link, "[text](url "title")", whose text may be empty or an image
// (a photo linking to its full size): images are left out first.
const TARGET = String.raw`\(([^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:\s+"[^"]*")?\)`;
const IMAGE = new RegExp(String.raw`!\[[^\]\n]*\]` + TARGET, 'g');
const LINK = new RegExp(String.raw`\[([^\]\n]*)\]` + TARGET, 'g');
// Two links with nothing but white space between them are cells of one menu or share bar.
const ADJACENT_LINKS_SEPARATOR = ' | ';
const HEADING_PREFIX = /^#{1,6}\s+/;
const HEADING_CLOSING = /\s+#+$/;
// One level of quotation: ">> Xem thêm", a site's own read-more mark, is no quote.
const QUOTE_PREFIX = /^> (?=\S)/;
// Bold and emphasis around a span: the marks hug the text they mark, so a bullet's "* " is none.
const STRONG = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g;
const EMPHASIS = /(^|[\s("“])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\2(?=$|[\s)"”.,:;!?])/g;
// A thematic break ("* * *", "---") or the underline of a setext heading ("=====") draws a line, no
// text: the heading above it then stands right over its paragraph, as a sub-heading does.
const RULE_LINE = /^([-=*_])(?: ?\1){2,}$/;
// html2text escapes what markdown would read as a mark: "1\.", "\-", "\*".
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>|])/g;

function renderLinks(line: string): string {
  if (!line.includes(LINK_JOINT)) return line;
  const withoutImages = line.includes('![') ? line.replace(IMAGE, '') : line;
  let rendered = '';
  let copiedUpTo = 0;
  for (const match of withoutImages.matchAll(LINK)) {
    const [whole, label] = match;
    const between = withoutImages.slice(copiedUpTo, match.index);
    rendered += copiedUpTo > 0 && between.trim() === '' ? ADJACENT_LINKS_SEPARATOR : between;
    rendered += label!.trim();
    copiedUpTo = match.index + whole.length;
  }
  return rendered + withoutImages.slice(copiedUpTo);
}

function renderMarks(line: string): string {
  let rendered = line;
  if (rendered.charCodeAt(0) === 0x23 /* # */)
    rendered = rendered.replace(HEADING_PREFIX, '').replace(HEADING_CLOSING, '');
  else if (rendered.charCodeAt(0) === 0x3e /* > */) rendered = rendered.replace(QUOTE_PREFIX, '');
  if (rendered.includes('**') || rendered.includes('__')) rendered = rendered.replace(STRONG, '$2');
  if (rendered.includes('*') || rendered.includes('_')) rendered = rendered.replace(EMPHASIS, '$1$3');
  if (rendered.includes('\\')) rendered = rendered.replace(ESCAPE, '$1');
  return rendered;
}

/** The text a markdown line renders: marks, link targets and images left out, its spaces tidied. An
 *  image alone, a thematic break and a heading's underline render as an empty line. */
export function renderMarkdownLine(line: string): string {
  if (RULE_LINE.test(line)) return '';
  const rendered = renderMarks(renderLinks(line));
  return rendered === line ? line : rendered.replace(/\s+/g, ' ').trim();
}

// A list item's bullet: "* ", "- ", "+ " (html2text's and the reader services' "*   ").
const LIST_BULLET = /^[-*+] +/;

/**
 * What a markdown line says without its list bullet, for the matchers: a menu, a share bar or a box
 * printed as a list ("* Tin khác", "* Về tác giả") is known by its words, which the bullet would keep
 * from the line's start. The line's text keeps the bullet, which marks a list's item. Null when the
 * line opens with none.
 */
export function withoutListBullet(rendered: string): string | null {
  const first = rendered.charCodeAt(0);
  if (first !== 0x2a /* * */ && first !== 0x2d /* - */ && first !== 0x2b /* + */) return null;
  const bullet = LIST_BULLET.exec(rendered);
  return bullet ? rendered.slice(bullet[0].length) : null;
}
