// Stage 03: page widgets (navigation, share/print, comments, counters, weather, exchange rates, gold
// prices, schedules, related news, footers) by their vocabulary, and the footer run after the article.
import { isDateLine } from '#domain/metadata/published-at';
import { parseBylineLine } from '#domain/metadata/author';
import { parseDomainLine, parseSourceLine } from '#domain/metadata/source';
import { isSubstantialParagraph } from './regions.ts';
import { WIDGET_MAX_OTHER_WORDS, WIDGET_MAX_OTHER_WORDS_IN_BODY } from './thresholds.ts';
import type { CleaningLine, CleaningState } from './types.ts';
import { MENU_FAMILY, matchWidget } from './widget-match.ts';

/** Lines the metadata stage must see even inside a footer run (a source or byline under share buttons). */
function isExplicitMetaLine(text: string): boolean {
  return (
    parseSourceLine(text) !== null ||
    parseBylineLine(text) !== null ||
    parseDomainLine(text) !== null ||
    isDateLine(text)
  );
}

/**
 * Marks widget lines as removed with their family's reason. Then the footer trick: once a widget starts
 * after the last substantial paragraph, the lines under it that are not prose (currency codes,
 * temperatures, city names of a price table, headlines of a related-news list) belong to that widget
 * and go with its reason.
 */
export function removeWidgetsStage(state: CleaningState): CleaningState {
  const substantial = state.lines.flatMap((line, i) =>
    isSubstantialParagraph(line.segment.features) ? [i] : [],
  );
  const firstSubstantial = substantial[0] ?? -1;
  const lastSubstantial = substantial.at(-1) ?? -1;

  const marked: CleaningLine[] = state.lines.map((line, i) => {
    const insideBody = i > firstSubstantial && i < lastSubstantial;
    const match = matchWidget(
      line.segment.text,
      insideBody ? WIDGET_MAX_OTHER_WORDS_IN_BODY : WIDGET_MAX_OTHER_WORDS,
    );
    return match ? { ...line, role: 'removed', reason: match.reason, widget: match.family } : line;
  });

  const footerStart = marked.findIndex((line, i) => i > lastSubstantial && line.widget !== null);
  if (footerStart < 0 || lastSubstantial < 0) return { ...state, lines: marked };
  let current = marked[footerStart];
  const lines = marked.map((line, i) => {
    if (i <= footerStart) return line;
    // A menu-shaped line inside the footer is a row of the widget above it ("SJC | 74.000 | 76.000").
    if (line.widget !== null && line.widget !== MENU_FAMILY) {
      current = line;
      return line;
    }
    if (!current || isExplicitMetaLine(line.segment.text)) return line;
    if (line.widget === MENU_FAMILY)
      return { ...line, reason: current.reason, widget: `${current.widget}:content` };
    return { ...line, role: 'removed' as const, reason: current.reason, widget: `${current.widget}:content` };
  });
  return { ...state, lines };
}
