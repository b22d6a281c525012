import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectIngestFiles, NoGlobMatchError } from '../../../infra/local/ingest-files.ts';
import { compileGlob, expandGlob, splitGlobBase } from '../../../infra/local/path-glob.ts';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tinsach-glob-'));
  await mkdir(join(root, 'crawl', 'ngay-1', 'sang'), { recursive: true });
  await writeFile(join(root, 'crawl', 'a.txt'), 'a');
  await writeFile(join(root, 'crawl', 'ngay-1', 'b.jsonl'), '{}');
  await writeFile(join(root, 'crawl', 'ngay-1', 'sang', 'c.txt'), 'c');
  await writeFile(join(root, 'crawl', 'ngay-1', 'ghi-chu.md'), 'md');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('glob patterns', () => {
  it('compiles *, ?, [..], [!..], {a,b} and ** the way shells do', () => {
    expect(compileGlob('*.txt').test('a.txt')).toBe(true);
    expect(compileGlob('*.txt').test('x/a.txt')).toBe(false);
    expect(compileGlob('**/*.txt').test('a.txt')).toBe(true);
    expect(compileGlob('**/*.txt').test('x/y/a.txt')).toBe(true);
    expect(compileGlob('b?i-[0-9].{txt,html}').test('bai-7.html')).toBe(true);
    expect(compileGlob('[!b]*').test('bai')).toBe(false);
    expect(compileGlob('tin (1).txt').test('tin (1).txt')).toBe(true);
    expect(compileGlob('a}b.txt').test('a}b.txt')).toBe(true);
  });

  it('walks from the fixed folders before the first wildcard', async () => {
    expect(splitGlobBase('crawl/ngay-*/**/*.txt')).toEqual({ base: 'crawl', rest: 'ngay-*/**/*.txt' });

    const matches = await expandGlob(join(root, 'crawl', '**', '*.txt'));

    expect(matches.map((match) => match.relativePath)).toEqual(['a.txt', 'ngay-1/sang/c.txt']);
  });

  it('mixes globs, folders and files when collecting ingest files, and refuses a glob matching nothing', async () => {
    const files = await collectIngestFiles([
      join(root, 'crawl', 'ngay-*', '*'),
      join(root, 'crawl', 'a.txt'),
    ]);

    expect(files.map((file) => file.relativePath)).toEqual(['a.txt', 'ngay-1/b.jsonl']);
    await expect(collectIngestFiles([join(root, '*.pdf')])).rejects.toBeInstanceOf(NoGlobMatchError);
  });
});
