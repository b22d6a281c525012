// The overview: articles per province (old or new codes, from /provinces' counters) and per day
// (no endpoint counts days, so they are counted from the newest articles /articles lists).
import { fetchArticles, fetchProvinces } from './api.js';
import { createColumnChart, createHorizontalBarChart } from './bar-charts.js';
import { createElement } from './dom.js';
import { toVietnamDay } from './format.js';
import { translate } from './i18n.js';

/** The API's largest page; two pages give the per-day chart the newest 200 articles. */
const ARTICLES_PAGE_LIMIT = 100;
const ARTICLE_PAGES_FOR_DAYS = 2;
/** More columns than this get too thin to read on a phone. */
const MAX_DAYS_SHOWN = 31;

let provinceCodes = 'new';

async function fetchNewestArticles() {
  const items = [];
  let cursor;
  for (let page = 0; page < ARTICLE_PAGES_FOR_DAYS; page++) {
    const result = await fetchArticles({ limit: String(ARTICLES_PAGE_LIMIT), cursor });
    items.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return items;
}

/** Days that have articles, oldest first, the latest MAX_DAYS_SHOWN of them. */
export function countArticlesPerDay(items) {
  const counts = new Map();
  for (const item of items) {
    const day = toVietnamDay(item.publishedAt ?? item.sortedAt);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .slice(-MAX_DAYS_SHOWN)
    .map(([label, value]) => ({ label, value }));
}

function provinceRows(provinces) {
  const list = provinceCodes === 'old' ? provinces.old : provinces.new;
  const rows = list
    .filter((province) => province.articles > 0)
    .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name, 'vi'))
    .map((province) => ({ label: province.name, value: province.articles }));
  if (provinces.withoutProvince > 0)
    rows.push({ label: translate('withoutProvince'), value: provinces.withoutProvince });
  return rows;
}

export async function showOverviewView() {
  const view = document.getElementById('overview-view');
  view.replaceChildren(createElement('p', { class: 'status' }, translate('loading')));
  try {
    const [provinces, newest] = await Promise.all([fetchProvinces(), fetchNewestArticles()]);
    const total = provinces.new.reduce((sum, province) => sum + province.articles, provinces.withoutProvince);
    const provinceChart = createElement('div', { id: 'province-chart' });
    const drawProvinces = () =>
      provinceChart.replaceChildren(
        createHorizontalBarChart(provinceRows(provinces), translate('perProvince')),
      );
    const tab = (codes, label) =>
      createElement(
        'button',
        {
          type: 'button',
          class: 'secondary',
          'aria-pressed': String(provinceCodes === codes),
          onclick: (event) => {
            provinceCodes = codes;
            for (const button of event.currentTarget.parentElement.children)
              button.setAttribute('aria-pressed', String(button === event.currentTarget));
            drawProvinces();
          },
        },
        label,
      );
    drawProvinces();
    view.replaceChildren(
      createElement('h1', {}, translate('overviewTitle')),
      createElement('p', { class: 'status' }, translate('totalArticles', total)),
      createElement('h2', {}, translate('perProvince')),
      createElement(
        'div',
        { class: 'chart-tabs' },
        tab('new', translate('perProvinceNew')),
        tab('old', translate('perProvinceOld')),
      ),
      provinceChart,
      createElement('h2', {}, translate('perDay', newest.length)),
      createElement(
        'div',
        { id: 'day-chart' },
        createColumnChart(countArticlesPerDay(newest), translate('perDay', newest.length)),
      ),
    );
  } catch (error) {
    view.replaceChildren(createElement('p', { class: 'status error' }, String(error)));
  }
}
