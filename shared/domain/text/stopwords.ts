// The Vietnamese stop-word syllables of jusText, shipped as a project asset (see scripts/build-stoplist.ts).
import stoplist from '#assets/stoplist-vi.json' with { type: 'json' };

/** Lower-case NFC syllables that are function words; their density tells prose from lists and menus. */
export const VIETNAMESE_STOPWORDS: ReadonlySet<string> = new Set(stoplist.syllables);
