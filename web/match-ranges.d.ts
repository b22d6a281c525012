// Types of match-ranges.js for the TypeScript unit tests (the page itself loads the .js as is).
export interface TextRange {
  start: number;
  end: number;
}
export function foldWithOrigins(text: string): { folded: string; origins: number[] };
export function foldText(text: string): string;
export function parseQueryWords(query: string): { phrases: string[][]; words: string[] };
export function findMatchRanges(text: string, query: string): TextRange[];
export function mergeRanges(ranges: readonly TextRange[]): TextRange[];
export function cutSnippet(
  text: string,
  ranges: readonly TextRange[],
  maxChars: number,
): { text: string; ranges: TextRange[] };
