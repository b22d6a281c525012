// Stage 05: metadata lines around the body. Above it: the date line, the title and its kicker. Below
// it, before the footer widgets: source line, byline or bare author name and the author's role line.
// Lines that fed a field leave the body with reason "metadata"; the masthead prefix of the lead stays.
import { parseBareNameLine, parseBylineLine } from '#domain/metadata/author';
import { parsePublishedAt } from '#domain/metadata/published-at';
import { parseDomainLine, parseMastheadPrefix, parseSourceLine } from '#domain/metadata/source';
import { chooseTitle, type HeadLine } from '#domain/metadata/title';
import { foldDiacritics, normalizeText } from '#domain/text/normalize';
import { findBodyRegion } from './regions.ts';
import type { CleaningLine, CleaningState, ExtractedMetadata } from './types.ts';

// A role line under a byline ("Tỉnh ủy viên, Bí thư …") is a short phrase, not a sentence.
const ROLE_LINE_MAX_WORDS = 25;
// Some sites print the date line under the lead or the first photo; a few lines below the body's start
// is still "near the top", while an event date deeper in the text never is.
const DATE_LOOKAHEAD_LINES = 3;
// Below the lead only a bare date line counts: "Ảnh chụp ngày 12/3/2024" under a photo is no date line.
const DATE_LOOKAHEAD_MAX_OTHER_WORDS = 0;

interface Draft {
  lines: CleaningLine[];
  metadata: ExtractedMetadata;
}

function markMeta(draft: Draft, index: number, change: Partial<ExtractedMetadata>): Draft {
  const lines = draft.lines.map((line, i): CleaningLine =>
    i === index ? { ...line, role: 'meta', reason: 'metadata' } : line,
  );
  return { lines, metadata: { ...draft.metadata, ...change } };
}

function markRole(
  draft: Draft,
  index: number,
  role: 'title' | 'kicker',
  change: Partial<ExtractedMetadata>,
): Draft {
  const lines = draft.lines.map((line, i): CleaningLine =>
    i === index ? { ...line, role, reason: null } : line,
  );
  return { lines, metadata: { ...draft.metadata, ...change } };
}

function extractHead(start: Draft, headEnd: number, hintTitle: string | null): Draft {
  let draft = start;
  const dateSearchEnd = Math.min(draft.lines.length, headEnd + DATE_LOOKAHEAD_LINES);
  for (let i = 0; i < dateSearchEnd; i++) {
    const text = draft.lines[i]?.segment.text ?? '';
    if (draft.metadata.publishedAt === null) {
      const publishedAt =
        i < headEnd ? parsePublishedAt(text) : parsePublishedAt(text, DATE_LOOKAHEAD_MAX_OTHER_WORDS);
      if (publishedAt) {
        draft = markMeta(draft, i, { publishedAt });
        continue;
      }
    }
    if (i >= headEnd) continue;
    const byline = parseBylineLine(text);
    if (byline && draft.lines[i]?.widget === null)
      draft = markMeta(draft, i, fillMissing(draft.metadata, byline));
  }
  if (hintTitle !== null) {
    const wanted = foldDiacritics(hintTitle);
    const match = draft.lines.findIndex(
      (line, i) => i < Math.max(headEnd, 1) && foldDiacritics(line.segment.text) === wanted,
    );
    if (match >= 0) return markRole(draft, match, 'title', { title: hintTitle });
  }
  const candidates: HeadLine[] = draft.lines
    .slice(0, headEnd)
    .flatMap((line, index) =>
      line.widget === null && line.role !== 'meta'
        ? [{ index, text: line.segment.text, features: line.segment.features }]
        : [],
    );
  const { titleIndex, kickerIndex } = chooseTitle(candidates);
  if (titleIndex !== null)
    draft = markRole(draft, titleIndex, 'title', { title: draft.lines[titleIndex]?.segment.text ?? null });
  if (kickerIndex !== null)
    draft = markRole(draft, kickerIndex, 'kicker', {
      kicker: draft.lines[kickerIndex]?.segment.text ?? null,
    });
  return draft;
}

/** The byline's author and source, each only where the metadata has none yet: the first one found wins. */
function fillMissing(
  metadata: ExtractedMetadata,
  byline: { author: string | null; source: string | null },
): Partial<ExtractedMetadata> {
  return {
    ...(byline.author !== null && metadata.author === null ? { author: byline.author } : {}),
    ...(byline.source !== null && metadata.source === null ? { source: byline.source } : {}),
  };
}

function extractTail(start: Draft, bodyEnd: number): Draft {
  let draft = start;
  let afterAuthor = false;
  for (let i = bodyEnd + 1; i < draft.lines.length; i++) {
    const line = draft.lines[i];
    if (!line) break;
    const text = line.segment.text;
    const source = parseSourceLine(text) ?? parseDomainLine(text);
    if (source) {
      draft = markMeta(draft, i, draft.metadata.source === null ? { source } : {});
      afterAuthor = false;
      continue;
    }
    const byline = parseBylineLine(text);
    if (byline) {
      draft = markMeta(draft, i, fillMissing(draft.metadata, byline));
      afterAuthor = byline.author !== null;
      continue;
    }
    // The footer widgets end the article's tail; a source line may still sit among them (handled above).
    if (line.widget !== null) {
      afterAuthor = false;
      continue;
    }
    const name = draft.metadata.author === null ? parseBareNameLine(text) : null;
    if (name) {
      draft = markMeta(draft, i, { author: name });
      afterAuthor = true;
      continue;
    }
    const { endsWithSentencePunctuation, wordCount } = line.segment.features;
    if (
      afterAuthor &&
      line.role === 'removed' &&
      !endsWithSentencePunctuation &&
      wordCount <= ROLE_LINE_MAX_WORDS
    ) {
      draft = markMeta(draft, i, {});
    }
  }
  return draft;
}

export function extractMetadataStage(state: CleaningState): CleaningState {
  const region = findBodyRegion(state.lines);
  const headEnd = region?.start ?? state.lines.length;
  const hintTitle = state.hints.title ? normalizeText(state.hints.title) : null;
  let draft: Draft = { lines: [...state.lines], metadata: state.metadata };
  draft = extractHead(draft, headEnd, hintTitle);
  if (region) {
    draft = extractTail(draft, region.end);
    const masthead = parseMastheadPrefix(draft.lines[region.start]?.segment.text ?? '');
    if (masthead && draft.metadata.source === null)
      draft = { ...draft, metadata: { ...draft.metadata, source: masthead } };
  }
  if (hintTitle !== null && draft.metadata.title !== hintTitle)
    draft = { ...draft, metadata: { ...draft.metadata, title: hintTitle } };
  return { ...state, lines: draft.lines, metadata: draft.metadata };
}
