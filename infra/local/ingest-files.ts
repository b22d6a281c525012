// Finding the files a user asked to ingest and uploading them under incoming/, shared by `npm start`
// (the samples) and `tinsach ingest`.
import { randomBytes } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { INCOMING_PREFIX } from '#config/resources';
import { expandGlob, isGlobPattern } from './path-glob.ts';

/** What the ingest function accepts (docs/architecture.md, "Inputs a crawler may upload"). */
export const INGESTIBLE_EXTENSIONS = ['.txt', '.json', '.jsonl', '.jsonl.gz', '.html', '.htm'] as const;

const CONTENT_TYPES: Readonly<Record<(typeof INGESTIBLE_EXTENSIONS)[number], string>> = {
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.jsonl': 'application/x-ndjson',
  '.jsonl.gz': 'application/gzip',
  '.html': 'text/html',
  '.htm': 'text/html',
};

export interface IngestFile {
  /** Where it is on disk. */
  readonly path: string;
  /** Its place in the upload: the file name, or its path inside (and including) a given folder. */
  readonly relativePath: string;
}

export interface UploadedFile extends IngestFile {
  readonly key: string;
  readonly eTag: string;
}

export function findIngestibleExtension(
  fileName: string,
): (typeof INGESTIBLE_EXTENSIONS)[number] | undefined {
  const lower = fileName.toLowerCase();
  // Longest first, so ".jsonl.gz" wins over a shorter match.
  return [...INGESTIBLE_EXTENSIONS]
    .sort((a, b) => b.length - a.length)
    .find((extension) => lower.endsWith(extension));
}

async function listFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && findIngestibleExtension(entry.name) !== undefined)
    .map((entry) => join(entry.parentPath, entry.name));
}

const toPosixPath = (path: string): string => path.split(sep).join('/');

/** A quoted glob that matched no ingestible file: said, rather than silently uploading nothing. */
export class NoGlobMatchError extends Error {
  constructor(readonly pattern: string) {
    super(`no .txt .json .jsonl .jsonl.gz .html .htm file matches ${pattern}`);
    this.name = 'NoGlobMatchError';
  }
}

/**
 * Expands files, folders (recursively) and glob patterns; folders and globs keep ingestible extensions
 * only. A file named explicitly is always kept: if the pipeline cannot read it, the user sees the
 * rejection and its reason. A glob's files are named by their path below the pattern's fixed folders.
 */
export async function collectIngestFiles(paths: readonly string[]): Promise<IngestFile[]> {
  const files = new Map<string, IngestFile>();
  for (const path of paths) {
    // An existing file whose name has a wildcard character is that file, not a pattern.
    if (isGlobPattern(path) && !(await stat(path).catch(() => null))) {
      const matches = (await expandGlob(path)).filter(
        (match) => findIngestibleExtension(match.path) !== undefined,
      );
      if (matches.length === 0) throw new NoGlobMatchError(path);
      for (const match of matches) files.set(match.path, match);
      continue;
    }
    const info = await stat(path); // a missing path throws ENOENT with the path in the message
    if (info.isDirectory()) {
      const parent = dirname(join(path, '.'));
      for (const file of await listFolder(path)) {
        files.set(file, { path: file, relativePath: toPosixPath(relative(parent, file)) });
      }
    } else {
      files.set(path, { path, relativePath: basename(path) });
    }
  }
  return [...files.values()].sort((a, b) => a.relativePath.localeCompare(b.relativePath));
}

/** Sortable and unique enough for concurrent runs: UTC time plus random hex. */
export function createBatchId(now: Date = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

export function buildIncomingKey(batchId: string, relativePath: string): string {
  return `${INCOMING_PREFIX}${batchId}/${relativePath}`;
}

export async function uploadIngestFiles(
  s3: S3Client,
  bucket: string,
  files: readonly IngestFile[],
  batchId: string,
): Promise<UploadedFile[]> {
  const uploaded: UploadedFile[] = [];
  for (const file of files) {
    const key = buildIncomingKey(batchId, file.relativePath);
    const extension = findIngestibleExtension(file.relativePath);
    const result = await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: await readFile(file.path),
        ContentType: extension ? CONTENT_TYPES[extension] : 'application/octet-stream',
      }),
    );
    uploaded.push({ ...file, key, eTag: (result.ETag ?? '').replaceAll('"', '') });
  }
  return uploaded;
}
