// One article: clean text beside the lines the cleaner removed (with reasons), metadata, and the
// evidence the province classifier used, so a reader can judge both.
import { ApiError, fetchArticle } from './api.js';
import { createElement, createHighlightedText } from './dom.js';
import { formatDateTime, formatProvince } from './format.js';
import { translate, translateReason } from './i18n.js';
import { findMatchRanges } from './match-ranges.js';

/** Confidence is stored in [0, 1]; readers think in percent. */
const PERCENT = 100;

function renderFacts(article) {
  const facts = [
    [translate('published'), formatDateTime(article.publishedAt)],
    [translate('author'), article.author],
    [translate('source'), article.source],
    [
      translate('originalUrl'),
      article.url &&
        // Only http(s) links become clickable: a javascript: URL in a crawl must not run.
        (/^https?:\/\//iu.test(article.url)
          ? createElement(
              'a',
              { href: article.url, rel: 'noopener noreferrer', target: '_blank' },
              article.url,
            )
          : article.url),
    ],
    [
      translate('provinceOld'),
      article.province ? `${article.province.name} (${article.province.code})` : translate('noProvince'),
    ],
    [
      translate('provinceNew'),
      article.province
        ? `${article.province.newName} (${article.province.newCode})`
        : translate('noProvince'),
    ],
    [
      translate('confidence'),
      article.province ? `${Math.round(article.province.confidence * PERCENT)}%` : null,
    ],
    [
      translate('evidence'),
      article.province?.evidence?.length
        ? createElement(
            'ul',
            { class: 'evidence' },
            ...article.province.evidence.map((text) => createElement('li', {}, text)),
          )
        : null,
    ],
    [
      translate('mentioned'),
      article.provincesMentioned?.length
        ? article.provincesMentioned.map((province) => formatProvince(province)).join(', ')
        : null,
    ],
    [translate('ingested'), formatDateTime(article.ingestedAt)],
    [translate('objectKey'), article.objectKey + (article.line ? ` #${article.line}` : '')],
  ];
  return createElement(
    'dl',
    { class: 'facts' },
    ...facts
      .filter(([, value]) => value !== null && value !== undefined && value !== '')
      .flatMap(([label, value]) => [createElement('dt', {}, label), createElement('dd', {}, value)]),
  );
}

/**
 * Paragraphs with the query highlighted. Matches are found in the whole body, so a phrase seen in one
 * paragraph decides what counts as a match in all of them (see findMatchRanges).
 */
function renderBody(article, query) {
  const ranges = query ? findMatchRanges(article.body, query) : [];
  const paragraphs = [];
  let offset = 0;
  for (const paragraph of article.body.split('\n')) {
    const start = offset;
    const end = start + paragraph.length;
    offset = end + 1;
    if (paragraph.trim() === '') continue;
    const inside = ranges
      .filter((range) => range.start >= start && range.end <= end)
      .map((range) => ({ start: range.start - start, end: range.end - start }));
    paragraphs.push(createElement('p', {}, createHighlightedText(paragraph, inside)));
  }
  return createElement(
    'div',
    { class: 'article-body' },
    createElement('h2', {}, translate('cleanText')),
    ...paragraphs,
    article.captions?.length
      ? createElement(
          'aside',
          {},
          createElement('h3', {}, translate('captions')),
          ...article.captions.map((caption) => createElement('p', { class: 'hint' }, caption)),
        )
      : null,
  );
}

function renderRemoved(article) {
  const removed = article.removed ?? [];
  return createElement(
    'aside',
    { class: 'removed', 'aria-labelledby': 'removed-heading' },
    createElement('h2', { id: 'removed-heading' }, translate('removedLines', removed.length)),
    createElement('p', { class: 'hint' }, removed.length ? translate('removedHint') : translate('noRemoved')),
    createElement(
      'ol',
      { class: 'removed-list' },
      ...removed.map((line) =>
        createElement(
          'li',
          { 'data-reason': line.reason },
          createElement('span', { class: 'removed-text' }, line.text),
          createElement('span', { class: 'reason', title: line.reason }, translateReason(line.reason)),
        ),
      ),
    ),
  );
}

/**
 * @param {string} id
 * @param {string} query the search's keywords, highlighted in the text too
 * @param {string} backHash where "back" goes
 */
export async function showArticleView(id, query, backHash) {
  const view = document.getElementById('article-view');
  view.replaceChildren(createElement('p', { class: 'status' }, translate('loading')));
  try {
    const article = await fetchArticle(id);
    const title = article.title ?? translate('untitled');
    document.title = `${title} — tinsach`;
    view.replaceChildren(
      createElement('a', { href: backHash, class: 'back' }, translate('back')),
      createElement(
        'header',
        { class: 'article-header' },
        article.kicker && createElement('p', { class: 'kicker' }, article.kicker),
        createElement('h1', {}, title),
        renderFacts(article),
      ),
      createElement('div', { class: 'article-columns' }, renderBody(article, query), renderRemoved(article)),
    );
  } catch (error) {
    view.replaceChildren(
      createElement('a', { href: backHash, class: 'back' }, translate('back')),
      createElement(
        'p',
        { class: 'status error' },
        error instanceof ApiError && error.status === 404 ? translate('notFound') : String(error),
      ),
    );
  }
}
