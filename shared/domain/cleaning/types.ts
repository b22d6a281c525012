// The value the cleaning stages pass along: every line of the page with what the cascade decided so far.
import type { RemovalReason } from '#domain/article/types';
import type { Segment } from '#domain/text/segment';
import type { SourceProfile } from '#domain/templates/profile';

/** What a line turned out to be. `removed` lines carry a reason; `meta` lines fed a metadata field. */
export const LINE_ROLES = ['body', 'title', 'kicker', 'caption', 'meta', 'removed'] as const;
export type LineRole = (typeof LINE_ROLES)[number];

/** jusText's block classes: before context smoothing all four occur, afterwards only good and bad. */
export const BLOCK_CLASSES = ['good', 'near-good', 'short', 'bad'] as const;
export type BlockClass = (typeof BLOCK_CLASSES)[number];

export interface CleaningLine {
  readonly segment: Segment;
  readonly role: LineRole;
  /** Why the line left the body; set for `removed` (and `metadata` for `meta`). */
  readonly reason: RemovalReason | null;
  /** Set when a widget family recognised the line (stage 03). */
  readonly widget: string | null;
  /** Set by stage 04 for lines that are not widgets. */
  readonly blockClass: BlockClass | null;
}

/** What the envelope already knows; it wins over extraction. */
export interface CleaningHints {
  readonly title?: string;
  readonly publishedAt?: string;
  readonly source?: string;
  readonly url?: string;
  /** The text is a page's main content, already cut out of the page (RawDocument.mainContent). */
  readonly mainContent?: boolean;
  /**
   * What the source's other articles look like (shared/domain/templates); lines they nearly all carry
   * are removed as 'template'. Absent or too small: no line is judged template.
   */
  readonly templateProfile?: SourceProfile;
}

export interface ExtractedMetadata {
  readonly title: string | null;
  readonly kicker: string | null;
  readonly publishedAt: string | null;
  readonly author: string | null;
  readonly source: string | null;
}

export interface CleaningState {
  readonly text: string;
  readonly hints: CleaningHints;
  readonly lines: readonly CleaningLine[];
  readonly metadata: ExtractedMetadata;
}

// Every line, state and metadata object of the cascade is made by the functions below, with its fields
// always in one order: V8 then gives each kind one hidden class. Spread copies (`{ ...line, role }`)
// gave the same five fields of a line a dozen hidden classes, one per place that copied a line; the
// stages' reads of line fields then met them all and went megamorphic, and a process that had cleaned
// pages of many shapes cleaned every later page about a quarter slower.

export function makeLine(
  segment: Segment,
  role: LineRole,
  reason: RemovalReason | null,
  widget: string | null,
  blockClass: BlockClass | null,
): CleaningLine {
  return { segment, role, reason, widget, blockClass };
}

/** What a stage changes of a line; a field left out (undefined) keeps the line's value. */
export interface LineChange {
  readonly role?: LineRole;
  readonly reason?: RemovalReason | null;
  readonly widget?: string | null;
  readonly blockClass?: BlockClass | null;
}

/** A copy of the line with the change made (line objects are never changed in place). */
export function changeLine(line: CleaningLine, change: LineChange): CleaningLine {
  return makeLine(
    line.segment,
    change.role ?? line.role,
    change.reason === undefined ? line.reason : change.reason,
    change.widget === undefined ? line.widget : change.widget,
    change.blockClass === undefined ? line.blockClass : change.blockClass,
  );
}

export function makeState(
  text: string,
  hints: CleaningHints,
  lines: readonly CleaningLine[],
  metadata: ExtractedMetadata,
): CleaningState {
  return { text, hints, lines, metadata };
}

/** The state with other lines. */
export function withLines(state: CleaningState, lines: readonly CleaningLine[]): CleaningState {
  return makeState(state.text, state.hints, lines, state.metadata);
}

export function makeMetadata(
  title: string | null,
  kicker: string | null,
  publishedAt: string | null,
  author: string | null,
  source: string | null,
): ExtractedMetadata {
  return { title, kicker, publishedAt, author, source };
}

/** The metadata with the change made; a field left out or undefined keeps its value. */
export function changeMetadata(
  metadata: ExtractedMetadata,
  change: Partial<ExtractedMetadata>,
): ExtractedMetadata {
  return makeMetadata(
    change.title === undefined ? metadata.title : change.title,
    change.kicker === undefined ? metadata.kicker : change.kicker,
    change.publishedAt === undefined ? metadata.publishedAt : change.publishedAt,
    change.author === undefined ? metadata.author : change.author,
    change.source === undefined ? metadata.source : change.source,
  );
}

export const EMPTY_METADATA: ExtractedMetadata = makeMetadata(null, null, null, null, null);
