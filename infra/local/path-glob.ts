// Minimal glob patterns for `tinsach ingest` (Node.js 20 has no fs.glob): `*`, `?`, `[abc]`, `{a,b}` and
// `**` for any number of folders. Shells usually expand globs themselves; this serves quoted patterns
// (`tinsach ingest 'crawl/**/*.jsonl'`) and shells that do not (Windows cmd).
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const GLOB_CHARACTERS = /[*?[{]/;

export function isGlobPattern(path: string): boolean {
  return GLOB_CHARACTERS.test(path);
}

const escapeRegExp = (text: string): string => text.replace(/[.+^$()|\\/\]}]/g, '\\$&');

/** Translates one pattern (posix separators) into an anchored regular expression over posix paths. */
export function compileGlob(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index] as string;
    if (character === '*' && pattern[index + 1] === '*') {
      // `**/` matches zero or more whole folders; a trailing `**` matches everything below.
      if (pattern[index + 2] === '/') {
        source += '(?:[^/]+/)*';
        index += 2;
      } else {
        source += '.*';
        index += 1;
      }
    } else if (character === '*') source += '[^/]*';
    else if (character === '?') source += '[^/]';
    else if (character === '[') {
      const end = pattern.indexOf(']', index + 1);
      if (end === -1) source += '\\[';
      else {
        const body = pattern
          .slice(index + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        source += `[${body}]`;
        index = end;
      }
    } else if (character === '{') {
      const end = pattern.indexOf('}', index + 1);
      if (end === -1) source += '\\{';
      else {
        const options = pattern.slice(index + 1, end).split(',');
        source += `(?:${options.map((option) => compileGlob(option).source.slice(1, -1)).join('|')})`;
        index = end;
      }
    } else source += escapeRegExp(character);
  }
  return new RegExp(`^${source}$`, 'u');
}

export interface GlobMatch {
  /** The file on disk. */
  readonly path: string;
  /** Its path below the pattern's fixed leading folders, posix separators. */
  readonly relativePath: string;
}

/** The folders before the first segment with a wildcard: where the walk starts. */
export function splitGlobBase(pattern: string): { base: string; rest: string } {
  const segments = pattern.split(/[\\/]/);
  const firstGlob = segments.findIndex((segment) => isGlobPattern(segment));
  const baseSegments = segments.slice(0, firstGlob);
  const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/';
  return { base, rest: segments.slice(firstGlob).join('/') };
}

/** Files (not folders) matching the pattern, sorted; an unreadable or missing base matches nothing. */
export async function expandGlob(pattern: string): Promise<GlobMatch[]> {
  const { base, rest } = splitGlobBase(pattern);
  const matcher = compileGlob(rest);
  let entries;
  try {
    entries = await readdir(base, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, relativePath: relative(base, path).split(sep).join('/') };
    })
    .filter((match) => matcher.test(match.relativePath))
    .sort((a, b) => a.relativePath.localeCompare(b.relativePath));
}
