// The search page's entry point: hash routes (#/search?…, #/article/ID?q=…, #/overview), the
// language switch, and which view is visible. Plain ES modules, served as files; no build step.
import { showArticleView } from './article-view.js';
import { getLanguage, setLanguage, translateStaticText } from './i18n.js';
import { showOverviewView } from './overview-view.js';
import { initSearchView, refreshSearchLanguage, showSearchView } from './search-view.js';

const VIEWS = ['search', 'article', 'overview'];
const DEFAULT_TITLE = document.title;
let lastSearchHash = '#/search';

/** @returns {{ view: string, id?: string, parameters: Record<string, string> }} */
function parseHash(hash) {
  const [path = '', query = ''] = hash.replace(/^#/u, '').split('?');
  const parameters = Object.fromEntries(new URLSearchParams(query));
  const articleMatch = /^\/article\/(.+)$/u.exec(path);
  if (articleMatch) return { view: 'article', id: decodeURIComponent(articleMatch[1]), parameters };
  if (path === '/overview') return { view: 'overview', parameters };
  return { view: 'search', parameters };
}

function showView(name) {
  for (const view of VIEWS) document.getElementById(`${view}-view`).hidden = view !== name;
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === name || (name === 'article' && link.dataset.nav === 'search'))
      link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function route() {
  const { view, id, parameters } = parseHash(location.hash);
  showView(view);
  if (view !== 'article') document.title = DEFAULT_TITLE;
  if (view === 'article') void showArticleView(id, parameters.q ?? '', lastSearchHash);
  else if (view === 'overview') void showOverviewView();
  else {
    lastSearchHash = location.hash || '#/search';
    showSearchView(parameters);
  }
}

function navigate(hash) {
  // The same hash fires no hashchange; a repeated search should still run.
  if (location.hash === hash) route();
  else location.hash = hash;
}

async function start() {
  translateStaticText(document);
  document.getElementById('language-switch').addEventListener('click', () => {
    setLanguage(getLanguage() === 'vi' ? 'en' : 'vi');
    translateStaticText(document);
    refreshSearchLanguage();
    const { view } = parseHash(location.hash);
    if (view !== 'search') route();
  });
  await initSearchView({ navigate });
  window.addEventListener('hashchange', route);
  route();
  document.body.dataset.ready = 'true';
}

void start();
