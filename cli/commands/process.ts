// `tinsach process FILE... [--format jsonl|text]`: the domain pipeline on local files, no AWS involved.
// One output object per document (a .jsonl batch yields one per good line); rejections go to stderr with
// their reason so one bad file never hides the others.
//
// Template learning: all documents are read first and grouped by source (URL host, else envelope
// source; else the file's folder, since one crawl folder usually holds one site's pages). Each group's
// profile holds ALL its documents, and each document is cleaned against the OTHERS of its group, so the
// result does not depend on the order of the files. A lone file learns nothing and cleans as before.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { processDocument } from '#domain/article/process-document';
import type { CleanedArticle, RawDocument } from '#domain/article/types';
import { parseObject, type ParseOutcome } from '#domain/input/parse-object';
import { fingerprintLines } from '#domain/templates/fingerprint';
import { createProfile, withoutArticle, type SourceProfile } from '#domain/templates/profile';
import { sourceKeyOf } from '#domain/templates/source-key';
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

/** What reading one file gave: its parse outcomes, or why it could not be read. */
type ReadResult =
  | { readonly file: string; readonly outcomes: readonly ParseOutcome[] }
  | { readonly file: string; readonly error: string };

interface PendingDocument {
  /** The output label (file, or file:line for a JSONL batch); unique, so it also names the article. */
  readonly label: string;
  readonly doc: RawDocument;
  readonly groupKey: string;
}

const labelOf = (file: string, line: number | undefined): string =>
  line === undefined ? file : `${file}:${line}`;

/** The source a document is learnt with: its own source key, else its folder (prefixed: never a host). */
function groupKeyOf(file: string, doc: RawDocument): string {
  return sourceKeyOf(doc) ?? `folder:${dirname(resolve(file))}`;
}

async function readFiles(files: readonly string[]): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for (const file of files) {
    try {
      results.push({ file, outcomes: parseObject({ key: file, bytes: await readFile(file) }) });
    } catch (error) {
      results.push({ file, error: (error as Error).message });
    }
  }
  return results;
}

/** One profile per group, holding every document of the group. */
function buildGroupProfiles(documents: readonly PendingDocument[]): Map<string, SourceProfile> {
  const members = new Map<string, PendingDocument[]>();
  for (const document of documents)
    members.set(document.groupKey, [...(members.get(document.groupKey) ?? []), document]);
  return new Map(
    [...members].map(([groupKey, group]) => [
      groupKey,
      createProfile(
        groupKey,
        group.map((document) => ({
          articleId: document.label,
          fingerprints: fingerprintLines(document.doc.text),
        })),
      ),
    ]),
  );
}

/** Returns the exit code: 0 when every file produced articles, 1 when anything was rejected or unreadable. */
export async function runProcess(files: readonly string[], options: ProcessOptions): Promise<number> {
  const read = await readFiles(files);
  const documents: PendingDocument[] = read.flatMap((result) =>
    'error' in result
      ? []
      : result.outcomes.flatMap((outcome) =>
          outcome.ok
            ? [
                {
                  label: labelOf(result.file, outcome.line),
                  doc: outcome.doc,
                  groupKey: groupKeyOf(result.file, outcome.doc),
                },
              ]
            : [],
        ),
  );
  const profiles = buildGroupProfiles(documents);
  const byLabel = new Map(documents.map((document) => [document.label, document]));

  let failures = 0;
  for (const result of read) {
    if ('error' in result) {
      failures++;
      options.writeError(`${result.file}: cannot read: ${result.error}\n`);
      continue;
    }
    for (const outcome of result.outcomes) {
      const label = labelOf(result.file, outcome.line);
      if (!outcome.ok) {
        failures++;
        options.writeError(
          `${label}: rejected (${outcome.rejection.reason}): ${outcome.rejection.message}\n`,
        );
        continue;
      }
      const profile = profiles.get(byLabel.get(label)?.groupKey ?? '');
      const templateProfile = profile ? withoutArticle(profile, label) : undefined;
      const article: ProcessedFile = {
        file: label,
        ...processDocument(outcome.doc, templateProfile ? { templateProfile } : {}),
      };
      options.write(
        options.format === 'jsonl' ? `${JSON.stringify(article)}\n` : formatArticleAsText(article),
      );
    }
  }
  return failures === 0 ? 0 : 1;
}
