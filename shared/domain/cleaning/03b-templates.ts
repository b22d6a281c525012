// Stage 03b: the source's template. Lines that the source's other articles nearly all carry (a masthead
// slogan, a newsletter blurb, a standard disclaimer) are removed with reason 'template', however much
// they read like prose: recurrence across one site's articles is evidence no single page can give.
// Runs after the widget stage, so a recognised widget keeps its more telling reason, and before
// classification, which then treats template lines as bad context like widgets.
import { isDateLine } from '#domain/metadata/published-at';
import { parseBareNameLine, parseBylineLine } from '#domain/metadata/author';
import { parseDomainLine, parseSourceLine } from '#domain/metadata/source';
import type { Segment } from '#domain/text/segment';
import { fingerprintLine } from '#domain/templates/fingerprint';
import { templateLinesOf } from '#domain/templates/template-lines';
import { changeLine, withLines, type CleaningLine, type CleaningState } from './types.ts';

/** The `widget` mark of template lines: stages 04/05 skip widget lines (no reclassification, no title). */
export const TEMPLATE_FAMILY = 'template';

/**
 * Metadata lines recur by nature (the same reporter, the paper's "Nguồn:" line, a date line once digits
 * are masked) but carry per-article fields: they stay for the metadata stage, which removes them anyway.
 */
function isMetadataLine({ text, folded }: Segment): boolean {
  return (
    isDateLine(text, undefined, folded) ||
    parseBylineLine(text, folded) !== null ||
    parseSourceLine(text, folded) !== null ||
    parseDomainLine(text) !== null ||
    parseBareNameLine(text) !== null
  );
}

export function removeTemplateLinesStage(state: CleaningState): CleaningState {
  const profile = state.hints.templateProfile;
  if (!profile || profile.articles.length === 0) return state;
  const fingerprints = state.lines.map((line) => fingerprintLine(line.segment.text));
  const template = templateLinesOf(
    profile,
    fingerprints.filter((fingerprint): fingerprint is string => fingerprint !== null),
  );
  if (template.size === 0) return state;
  const lines = state.lines.map((line, i): CleaningLine => {
    const fingerprint = fingerprints[i];
    if (fingerprint == null || !template.has(fingerprint) || line.widget !== null) return line;
    if (isMetadataLine(line.segment)) return line;
    return changeLine(line, { role: 'removed', reason: 'template', widget: TEMPLATE_FAMILY });
  });
  return withLines(state, lines);
}
