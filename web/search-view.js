// The search view: keywords with or without diacritics, province / source / date filters with counts,
// results with highlighted snippets, and cursor paging.
import { ApiError, fetchArticle, fetchArticles, fetchProvinces, fetchSources } from './api.js';
import { createElement, createHighlightedText } from './dom.js';
import { formatDateTime, formatProvince } from './format.js';
import { translate } from './i18n.js';
import { cutSnippet, findMatchRanges } from './match-ranges.js';

/** Results per page: one screenful on a laptop, a short scroll on a phone. */
const PAGE_SIZE = 10;
/** About two lines of a result on a laptop. */
const SNIPPET_CHARS = 220;
/** The province select's values say which code list they come from. */
const PROVINCE_KIND = { old: 'old', new: 'new' };
const FILTER_FIELDS = ['q', 'province', 'source', 'from', 'to', 'sort'];

const byId = (id) => document.getElementById(id);

let filterOptions = { provinces: null, sources: null };
/** Cursors of the pages seen so far; index 0 is the first page (no cursor). */
let pageCursors = [undefined];
let pageIndex = 0;
/** Bumped by every search, so a slow answer to an older one is ignored. */
let searchGeneration = 0;
let lastParameters = {};

/** Form values ↔ hash parameters, e.g. #/search?q=pho+co&province=old:49 */
export function readFormParameters() {
  const form = byId('search-form');
  const parameters = {};
  for (const name of FILTER_FIELDS) {
    const value = form.elements.namedItem(name).value.trim();
    if (value && !(name === 'sort' && value === 'newest')) parameters[name] = value;
  }
  return parameters;
}

function writeFormParameters(parameters) {
  const form = byId('search-form');
  for (const name of FILTER_FIELDS) {
    form.elements.namedItem(name).value = parameters[name] ?? (name === 'sort' ? 'newest' : '');
  }
}

/** The API's parameters for the page's: the province select carries old:CODE or new:CODE. */
function toApiParameters(parameters, cursor) {
  const [kind, code] = (parameters.province ?? '').split(':');
  return {
    q: parameters.q,
    province: kind === PROVINCE_KIND.old ? code : undefined,
    newProvince: kind === PROVINCE_KIND.new ? code : undefined,
    source: parameters.source,
    from: parameters.from,
    to: parameters.to,
    sort: parameters.q ? parameters.sort : undefined,
    limit: String(PAGE_SIZE),
    cursor,
  };
}

async function loadFilterOptions() {
  const [provinces, sources] = await Promise.all([
    fetchProvinces().catch(() => null),
    fetchSources().catch(() => null),
  ]);
  filterOptions = { provinces, sources };
}

function renderFilterOptions() {
  const provinceSelect = byId('province');
  const sourceSelect = byId('source');
  const chosenProvince = provinceSelect.value || lastParameters.province || '';
  const chosenSource = sourceSelect.value || lastParameters.source || '';
  const withCount = (name, count) => `${name} (${count})`;
  // Provinces with articles first (what a reader can find), then the rest alphabetically by code order.
  const provinceOptions = (list, kind) =>
    [...list]
      .sort((a, b) => Number(b.articles > 0) - Number(a.articles > 0))
      .map((province) =>
        createElement(
          'option',
          { value: `${kind}:${province.code}` },
          withCount(province.name, province.articles),
        ),
      );
  const { provinces, sources } = filterOptions;
  provinceSelect.replaceChildren(
    createElement('option', { value: '' }, translate('anyProvince')),
    provinces &&
      createElement(
        'optgroup',
        { label: translate('oldProvinces') },
        ...provinceOptions(provinces.old, PROVINCE_KIND.old),
      ),
    provinces &&
      createElement(
        'optgroup',
        { label: translate('newProvinces') },
        ...provinceOptions(provinces.new, PROVINCE_KIND.new),
      ),
  );
  sourceSelect.replaceChildren(
    createElement('option', { value: '' }, translate('anySource')),
    ...(sources?.items ?? []).map((source) =>
      createElement('option', { value: source.name }, withCount(source.name, source.articles)),
    ),
  );
  provinceSelect.value = chosenProvince;
  sourceSelect.value = chosenSource;
}

function renderSnippet(text, query) {
  const { text: snippet, ranges } = cutSnippet(
    text,
    query ? findMatchRanges(text, query) : [],
    SNIPPET_CHARS,
  );
  return createElement('p', { class: 'snippet' }, createHighlightedText(snippet, ranges));
}

/** The article's address; the keywords ride along so the article view highlights them too. */
function articleHash(id, query) {
  return `#/article/${encodeURIComponent(id)}${query ? `?${new URLSearchParams({ q: query })}` : ''}`;
}

function renderResult(item, query) {
  const title = item.title ?? translate('untitled');
  const titleRanges = query ? findMatchRanges(title, query) : [];
  const snippet = renderSnippet(item.excerpt ?? '', query);
  const result = createElement(
    'li',
    { class: 'result', 'data-article-id': item.id },
    createElement(
      'h2',
      {},
      createElement('a', { href: articleHash(item.id, query) }, createHighlightedText(title, titleRanges)),
    ),
    createElement(
      'div',
      { class: 'meta' },
      createElement(
        'time',
        { datetime: item.publishedAt ?? item.sortedAt },
        formatDateTime(item.publishedAt),
      ),
      createElement('span', { class: 'result-province' }, formatProvince(item.province)),
      item.source && createElement('span', { class: 'result-source' }, item.source),
    ),
    snippet,
  );
  return { result, snippet, needsBodySnippet: Boolean(query) && !snippet.querySelector('mark') };
}

/**
 * The excerpt is the article's opening; when the words matched further down, show the body around them.
 * Only for results without a highlighted excerpt, so most pages cost no extra requests.
 */
async function replaceSnippetFromBody(item, snippet, query, generation) {
  try {
    const article = await fetchArticle(item.id);
    if (generation !== searchGeneration) return;
    const ranges = findMatchRanges(article.body, query);
    if (ranges.length > 0) snippet.replaceWith(renderSnippet(article.body, query));
  } catch {
    // The excerpt stays; a failed enrichment is not worth an error message.
  }
}

function setStatus(text, isError = false) {
  const status = byId('search-status');
  status.textContent = text;
  status.classList.toggle('error', isError);
}

async function runSearch() {
  const generation = ++searchGeneration;
  const parameters = lastParameters;
  setStatus(translate('loading'));
  try {
    const page = await fetchArticles(toApiParameters(parameters, pageCursors[pageIndex]));
    if (generation !== searchGeneration) return;
    const query = parameters.q ?? '';
    const rendered = page.items.map((item) => ({ item, ...renderResult(item, query) }));
    byId('results').replaceChildren(...rendered.map(({ result }) => result));
    pageCursors = pageCursors.slice(0, pageIndex + 1);
    if (page.nextCursor) pageCursors.push(page.nextCursor);
    setStatus(
      page.items.length === 0
        ? translate('noResults')
        : translate('resultCount', page.items.length, Boolean(page.nextCursor) || pageIndex > 0),
    );
    updatePager();
    markRendered();
    for (const { item, snippet, needsBodySnippet } of rendered) {
      if (needsBodySnippet) void replaceSnippetFromBody(item, snippet, query, generation);
    }
  } catch (error) {
    if (generation !== searchGeneration) return;
    byId('results').replaceChildren();
    const tooManyFilters = error instanceof ApiError && error.status === 400 && /one of/u.test(error.message);
    setStatus(
      tooManyFilters
        ? translate('oneFilterHint')
        : error instanceof ApiError
          ? translate('apiError', error.status, error.message)
          : translate('networkError', String(error)),
      true,
    );
    updatePager();
    markRendered();
  }
}

/** Marks which search the list shows, so scripts and tests can tell a finished search from a stale one. */
function markRendered() {
  byId('results').dataset.renderedHash = location.hash;
}

function updatePager() {
  byId('previous-page').disabled = pageIndex === 0;
  byId('next-page').disabled = pageIndex >= pageCursors.length - 1;
  byId('page-number').textContent = translate('page', pageIndex + 1);
}

/** Re-renders text that depends on the language (option labels, status, dates in results). */
export function refreshSearchLanguage() {
  renderFilterOptions();
  if (!byId('search-view').hidden) void runSearch();
}

/**
 * @param {{ navigate: (hash: string) => void }} callbacks
 */
export async function initSearchView({ navigate }) {
  const form = byId('search-form');
  const submit = () => {
    const query = new URLSearchParams(readFormParameters()).toString();
    navigate(`#/search${query ? `?${query}` : ''}`);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  // Filters apply at once; typing waits for Enter or the button.
  for (const name of ['province', 'source', 'from', 'to', 'sort'])
    byId(name).addEventListener('change', submit);
  byId('clear-filters').addEventListener('click', () => {
    writeFormParameters({ q: byId('query').value });
    submit();
  });
  byId('next-page').addEventListener('click', () => {
    pageIndex++;
    void runSearch();
  });
  byId('previous-page').addEventListener('click', () => {
    pageIndex = Math.max(0, pageIndex - 1);
    void runSearch();
  });
  await loadFilterOptions();
  renderFilterOptions();
}

/** Shows the view for hash parameters; a new set of parameters starts again at page 1. */
export function showSearchView(parameters) {
  const changed = JSON.stringify(parameters) !== JSON.stringify(lastParameters);
  lastParameters = parameters;
  writeFormParameters(parameters);
  if (changed || byId('results').childElementCount === 0) {
    pageCursors = [undefined];
    pageIndex = 0;
  }
  void runSearch();
}
