// `tinsach process FILE... [--format jsonl|text]`: the domain pipeline on local files, no AWS involved.
// One output object per document (a .jsonl batch yields one per good line); rejections go to stderr with
// their reason so one bad file never hides the others.
import { readFile } from 'node:fs/promises';
import { processDocument } from '#domain/article/process-document';
import type { CleanedArticle } from '#domain/article/types';
import { parseObject } from '#domain/input/parse-object';
import { formatArticleAsText } from '../format-text.ts';

export const PROCESS_FORMATS = ['jsonl', 'text'] as const;
export type ProcessFormat = (typeof PROCESS_FORMATS)[number];

export interface ProcessOptions {
  readonly format: ProcessFormat;
  readonly write: (chunk: string) => void;
  readonly writeError: (chunk: string) => void;
}

/** Output record of the CLI contract: the cleaned article with the file it came from first. */
export type ProcessedFile = { readonly file: string } & CleanedArticle;

/** Returns the exit code: 0 when every file produced articles, 1 when anything was rejected or unreadable. */
export async function runProcess(files: readonly string[], options: ProcessOptions): Promise<number> {
  let failures = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      failures++;
      options.writeError(`${file}: cannot read: ${(error as Error).message}\n`);
      continue;
    }
    for (const outcome of parseObject({ key: file, bytes })) {
      const label = outcome.line === undefined ? file : `${file}:${outcome.line}`;
      if (!outcome.ok) {
        failures++;
        options.writeError(
          `${label}: rejected (${outcome.rejection.reason}): ${outcome.rejection.message}\n`,
        );
        continue;
      }
      const article: ProcessedFile = { file: label, ...processDocument(outcome.doc) };
      options.write(
        options.format === 'jsonl' ? `${JSON.stringify(article)}\n` : formatArticleAsText(article),
      );
    }
  }
  return failures === 0 ? 0 : 1;
}
