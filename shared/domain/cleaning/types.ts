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

export const EMPTY_METADATA: ExtractedMetadata = {
  title: null,
  kicker: null,
  publishedAt: null,
  author: null,
  source: null,
};
