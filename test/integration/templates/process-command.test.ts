// `tinsach process` over a crawl folder learns the site's template from all its files.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess, type ProcessedFile } from '../../../cli/commands/process.ts';
import { HA_GIANG_PAGE, renderScrapedPage } from '../../helpers/articles.ts';
import {
  renderSitePage,
  SITE_FOOTER,
  SITE_NEWSLETTER,
  SITE_PAGES,
  SITE_SLOGAN,
  siteUrlOf,
  type SitePage,
} from '../../unit/templates/fixtures/song-xanh-site.ts';

let root: string;
let siteFiles: string[];
let otherFile: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tinsach-templates-'));
  const siteFolder = join(root, 'song-xanh');
  const otherFolder = join(root, 'khac');
  mkdirSync(siteFolder);
  mkdirSync(otherFolder);
  siteFiles = SITE_PAGES.map((page) => {
    const file = join(siteFolder, `${page.id}.txt`);
    writeFileSync(file, renderSitePage(page));
    return file;
  });
  otherFile = join(otherFolder, 'ha-giang.txt');
  writeFileSync(otherFile, renderScrapedPage(HA_GIANG_PAGE));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

async function processFiles(files: readonly string[]): Promise<Map<string, ProcessedFile>> {
  const chunks: string[] = [];
  const errors: string[] = [];
  const code = await runProcess(files, {
    format: 'jsonl',
    write: (chunk) => chunks.push(chunk),
    writeError: (chunk) => errors.push(chunk),
  });
  expect({ code, errors }).toEqual({ code: 0, errors: [] });
  const articles = chunks
    .join('')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ProcessedFile);
  return new Map(articles.map((article) => [article.file, article]));
}

const templateTexts = (article: ProcessedFile | undefined): string[] =>
  (article?.removed ?? []).filter((line) => line.reason === 'template').map((line) => line.text);

describe('tinsach process: template learning', () => {
  it('removes the site template from every file of one crawl folder', async () => {
    const articles = await processFiles([...siteFiles, otherFile]);
    for (const file of siteFiles) {
      expect(templateTexts(articles.get(file))).toEqual(
        expect.arrayContaining([SITE_SLOGAN, SITE_NEWSLETTER, SITE_FOOTER]),
      );
    }
    // Another folder is another group: nothing of the site's template is applied there.
    expect(templateTexts(articles.get(otherFile))).toEqual([]);
  });

  it('learns nothing from a single file', async () => {
    const file = siteFiles[0] ?? '';
    const article = (await processFiles([file])).get(file);
    expect(templateTexts(article)).toEqual([]);
    expect(article?.body).toContain(SITE_SLOGAN);
  });

  it('gives the same result whatever the order of the files', async () => {
    const forward = await processFiles(siteFiles);
    const backward = await processFiles([...siteFiles].reverse());
    for (const file of siteFiles) expect(backward.get(file)).toEqual(forward.get(file));
  });

  it('groups envelopes by their URL host, not by folder', async () => {
    const mixed = join(root, 'tron-lan');
    mkdirSync(mixed);
    const batch = join(mixed, 'batch.jsonl');
    writeFileSync(
      batch,
      SITE_PAGES.map((page) => JSON.stringify({ url: siteUrlOf(page), text: renderSitePage(page) })).join(
        '\n',
      ),
    );
    const lone = join(mixed, 'le.json');
    writeFileSync(
      lone,
      JSON.stringify({ url: 'https://other.example.vn/a', text: renderSitePage(SITE_PAGES[0] as SitePage) }),
    );
    const articles = await processFiles([batch, lone]);
    expect(templateTexts(articles.get(`${batch}:1`))).toContain(SITE_SLOGAN);
    // Same folder, same text, but another host: a group of one.
    expect(templateTexts(articles.get(lone))).toEqual([]);
  });
});
