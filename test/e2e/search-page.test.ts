// The search page in real headless Chromium against the whole local stack (emulators, the real ingest
// and search functions, the project's samples): what a reader does, step by step, with screenshots in
// test-results/ to look at.
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningLocalStack } from '../../infra/local/local-stack.ts';
import { startSampleStack } from './start-sample-stack.ts';

const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOT_DIR = new URL('../../test-results/', import.meta.url);
/** Page actions answer in milliseconds locally; the margin is for a loaded CI machine. */
const UI_TIMEOUT_MS = 15_000;
const PHONE_VIEWPORT = { width: 375, height: 740 } as const;
const LAPTOP_VIEWPORT = { width: 1280, height: 900 } as const;

/** A crawl whose title carries markup: the page must show it as text and never run it. */
const HOSTILE_TITLE = 'Khánh thành cầu treo Sa Pả <img src=x onerror="window.__tinsachInjected=1"><b>đậm</b>';
const HOSTILE_ENVELOPE = JSON.stringify({
  url: 'https://baomiennui.example.vn/xa-hoi/khanh-thanh-cau-treo-sa-pa.html',
  title: HOSTILE_TITLE,
  publishedAt: '2024-11-02T09:30:00+07:00',
  source: 'Báo Miền Núi',
  text: [
    HOSTILE_TITLE,
    'Sáng 2/11, huyện Sa Pa, tỉnh Lào Cai tổ chức lễ khánh thành cầu treo dân sinh bắc qua suối Mường Hoa, nối hai bản Lao Chải và Tả Van.',
    'Cây cầu dài 86 mét, rộng 1,5 mét, được xây dựng trong bốn tháng với tổng kinh phí gần 3 tỷ đồng từ nguồn vốn xã hội hoá và ngân sách huyện.',
    'Trước đây, vào mùa mưa lũ, người dân và học sinh hai bản phải lội suối hoặc đi đường vòng hơn 7 km để tới trường và ra chợ.',
    'Ông Lý A Sử, trưởng bản Lao Chải, cho biết bà con rất phấn khởi vì từ nay việc đi lại, buôn bán nông sản sẽ thuận tiện và an toàn hơn.',
    'Dịp này, chính quyền địa phương cũng trao 50 suất quà cho các hộ nghèo và học sinh có hoàn cảnh khó khăn của hai bản.',
  ].join('\n'),
});

let stack: RunningLocalStack;
let browser: Browser;

beforeAll(async () => {
  const started = await startSampleStack([{ name: 'cau-treo-sa-pa.json', body: HOSTILE_ENVELOPE }]);
  stack = started.stack;
  expect([...started.outcomes.values()].flat()).toContain('stored');
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/**
 * The strictest policy the page is meant to live under (no inline script or style, same-origin API): every
 * test serves the page with it, so an inline handler or a third-party request would break the tests.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const cspViolations = new Map<Page, string[]>();

/** Closes the page, failing the test if the browser refused anything under the policy. */
async function closePage(page: Page): Promise<void> {
  await page.close();
  expect(cspViolations.get(page)).toEqual([]);
  cspViolations.delete(page);
}

async function openPage(viewport: { width: number; height: number } = LAPTOP_VIEWPORT): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: 'vi-VN' });
  page.setDefaultTimeout(UI_TIMEOUT_MS);
  const violations: string[] = [];
  cspViolations.set(page, violations);
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await page.route(`${stack.apiUrl}/`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  });
  await page.goto(`${stack.apiUrl}/`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

async function search(page: Page, query: string): Promise<void> {
  await page.fill('#query', query);
  await page.press('#query', 'Enter');
  await waitForResults(page);
}

/** What the predicates below read in the page (this project type-checks against Node's globals). */
interface PageGlobals {
  readonly document: {
    getElementById(id: string): {
      readonly dataset: Record<string, string | undefined>;
      readonly textContent: string | null;
      closest(selector: string): unknown;
    } | null;
    readonly documentElement: { readonly scrollWidth: number; readonly clientWidth: number };
  };
  readonly location: { readonly hash: string };
  readonly __tinsachInjected?: unknown;
}

/** The list records the address of the search it shows once its answer is in. */
async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const { document, location } = globalThis as unknown as PageGlobals;
    const results = document.getElementById('results');
    return results?.dataset['renderedHash'] === location.hash && !results.closest('[hidden]');
  });
}

const waitForPageNumber = (page: Page, label: string) =>
  page.waitForFunction(
    (expected) =>
      (globalThis as unknown as PageGlobals).document.getElementById('page-number')?.textContent === expected,
    label,
  );

const readTexts = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) => elements.map((element) => element.textContent ?? ''));

describe('search page', () => {
  it('finds accented text from an unaccented query, highlights it, filters by province and opens an article with its removed lines', async () => {
    const page = await openPage();
    try {
      await search(page, 'xay dung nong thon');
      expect(await readTexts(page, '#results .result h2')).toEqual([
        expect.stringContaining('xây dựng nông thôn'),
      ]);
      const marks = await readTexts(page, '#results mark');
      expect(marks).toContain('xây dựng nông thôn');

      await search(page, 'pho co hoi an');
      const titles = await readTexts(page, '#results .result h2');
      expect(titles.length).toBeGreaterThan(0);
      expect(await readTexts(page, '#results .snippet mark')).toContain('phố cổ Hội An');

      // Hội An was in Quảng Nam, which became part of Đà Nẵng: both filters find it, another does not.
      await page.selectOption('#province', 'new:48');
      await waitForResults(page);
      expect(page.url()).toContain('province=new%3A48');
      expect(await readTexts(page, '#results .result-province')).toEqual(['Quảng Nam → Đà Nẵng']);
      expect(await readTexts(page, '#results .result time')).toEqual(['12/04/2025 19:05']);
      const provinceOption = await page.$eval('#province option[value="new:48"]', (o) => o.textContent);
      expect(provinceOption).toMatch(/^Đà Nẵng \([1-9]\d*\)$/u);
      await page.screenshot({ path: new URL('search-page.png', SCREENSHOT_DIR).pathname, fullPage: true });

      await page.selectOption('#province', 'old:40');
      await waitForResults(page);
      expect(await page.$$('#results .result')).toHaveLength(0);
      expect(await page.textContent('#search-status')).toBe('Không có bài nào khớp.');

      await page.selectOption('#province', 'old:49');
      await waitForResults(page);
      await page.click('#results .result h2 a');
      await page.waitForSelector('#article-view h1');
      expect(await page.textContent('#article-view h1')).toBe(titles[0]);
      const reasons = await page.$$eval('.removed-list li', (items) =>
        items.map((item) => item.getAttribute('data-reason')),
      );
      expect(reasons.length).toBeGreaterThan(3);
      expect(reasons).toEqual(expect.arrayContaining(['gold-price', 'navigation']));
      expect(await readTexts(page, '.removed-list .reason')).toContain('giá vàng');
      expect(await readTexts(page, '.facts dd .evidence li')).toContain('Hội An');
      expect(await readTexts(page, '.article-body mark')).toContain('phố cổ Hội An');
      await page.screenshot({ path: new URL('article-page.png', SCREENSHOT_DIR).pathname, fullPage: true });

      await page.click('#article-view a.back');
      await waitForResults(page);
      expect(await page.inputValue('#query')).toBe('pho co hoi an');
      expect(await page.inputValue('#province')).toBe('old:49');
    } finally {
      await closePage(page);
    }
  });

  it('pages through results with the cursor', async () => {
    const page = await openPage();
    try {
      await page.goto(`${stack.apiUrl}/#/search`);
      await waitForResults(page);
      const firstPage = await readTexts(page, '#results .result h2');
      expect(firstPage).toHaveLength(10);
      expect(await page.isDisabled('#previous-page')).toBe(true);

      await page.click('#next-page');
      await waitForPageNumber(page, 'Trang 2');
      await waitForResults(page);
      const secondPage = await readTexts(page, '#results .result h2');
      expect(secondPage.length).toBeGreaterThan(0);
      expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);

      await page.click('#previous-page');
      await waitForPageNumber(page, 'Trang 1');
      await waitForResults(page);
      expect(await readTexts(page, '#results .result h2')).toEqual(firstPage);
    } finally {
      await closePage(page);
    }
  });

  it('filters by date range and by source, with article counts in the source list', async () => {
    const page = await openPage();
    try {
      await page.fill('#from', '2025-01-01');
      await page.dispatchEvent('#from', 'change');
      await waitForResults(page);
      const dates = await page.$$eval('#results .result time', (times) =>
        times.map((time) => time.getAttribute('datetime') ?? ''),
      );
      expect(dates.length).toBeGreaterThan(0);
      expect(dates.every((date) => date >= '2025-01-01')).toBe(true);

      await page.click('#clear-filters');
      await waitForResults(page);
      expect(await page.inputValue('#from')).toBe('');
      const sourceOption = await page.$eval('#source option[value="QNTV"]', (option) => option.textContent);
      expect(sourceOption).toBe('QNTV (1)');
      await page.selectOption('#source', 'QNTV');
      await waitForResults(page);
      expect(await readTexts(page, '#results .result-source')).toEqual(['QNTV']);
    } finally {
      await closePage(page);
    }
  });

  it('shows a title with HTML in it as text and never runs it', async () => {
    const page = await openPage();
    try {
      await search(page, 'cau treo sa pa');
      const title = await page.textContent('#results .result h2');
      expect(title).toContain('<img src=x onerror="window.__tinsachInjected=1">');
      expect(await page.$$('#results img, #results b')).toHaveLength(0);

      await page.click('#results .result h2 a');
      await page.waitForSelector('#article-view h1');
      expect(await page.textContent('#article-view h1')).toContain('<b>đậm</b>');
      expect(await page.$$('#article-view img, #article-view b')).toHaveLength(0);
      expect(await page.evaluate(() => typeof (globalThis as unknown as PageGlobals).__tinsachInjected)).toBe(
        'undefined',
      );
    } finally {
      await closePage(page);
    }
  });

  it('switches the interface to English and back', async () => {
    const page = await openPage();
    try {
      expect(await page.textContent('#search-form button[type="submit"]')).toBe('Tìm');
      await page.click('#language-switch');
      expect(await page.textContent('#search-form button[type="submit"]')).toBe('Search');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.textContent('#province option[value=""]')).toBe('Any province');

      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      expect(await page.textContent('#language-switch')).toBe('Tiếng Việt');
      await page.click('#language-switch');
      expect(await page.textContent('#search-form button[type="submit"]')).toBe('Tìm');
    } finally {
      await closePage(page);
    }
  });

  it('charts articles per province and per day in the overview', async () => {
    const page = await openPage();
    try {
      await page.click('a[data-nav="overview"]');
      await page.waitForSelector('#province-chart svg');
      const provinceLabels = await page.$$eval('#province-chart g[data-label]', (groups) =>
        groups.map((group) => group.getAttribute('data-label')),
      );
      expect(provinceLabels).toEqual(expect.arrayContaining(['Đà Nẵng', 'Cà Mau', 'Chưa xác định']));
      expect(provinceLabels).not.toContain('Quảng Nam');

      await page.click('.chart-tabs button:nth-child(2)');
      expect(
        await page.$$eval('#province-chart g[data-label]', (groups) =>
          groups.map((g) => g.getAttribute('data-label')),
        ),
      ).toContain('Quảng Nam');

      const days = await page.$$eval('#day-chart g[data-label]', (groups) =>
        groups.map((group) => group.getAttribute('data-label')),
      );
      expect(days).toContain('2025-04-12');
      expect(days).toEqual([...days].sort());
      await page.screenshot({ path: new URL('overview-page.png', SCREENSHOT_DIR).pathname, fullPage: true });
    } finally {
      await closePage(page);
    }
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await openPage(PHONE_VIEWPORT);
    try {
      await search(page, 'pho co hoi an');
      await page.click('#results .result h2 a');
      await page.waitForSelector('.removed-list li');
      const overflow = await page.evaluate(() => {
        const { documentElement } = (globalThis as unknown as PageGlobals).document;
        return documentElement.scrollWidth - documentElement.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: new URL('phone-article.png', SCREENSHOT_DIR).pathname, fullPage: true });
    } finally {
      await closePage(page);
    }
  });
});
