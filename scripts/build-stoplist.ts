// Builds shared/assets/stoplist-vi.json from the Vietnamese stop-word list of jusText
// (BSD licence, Jan Pomikalek and Michal Belica; https://github.com/miso-belica/jusText,
// file justext/stoplists/Vietnamese.txt), as copied into ../shared/data/stoplist-vi.txt.
// The list is kept in the repository so the domain code never reads outside it at run time;
// re-run `npx tsx scripts/build-stoplist.ts [SOURCE]` only when the upstream list changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DEFAULT_SOURCE = '../shared/data/stoplist-vi.txt';
const TARGET = 'shared/assets/stoplist-vi.json';

function buildStoplist(sourceText: string): string[] {
  // The upstream list is case-sensitive ("Các", "Nam"); matching is done on lower-cased NFC syllables,
  // so fold case here and drop the duplicates that folding creates.
  const syllables = sourceText
    .split(/\r?\n/)
    .map((line) => line.normalize('NFC').trim().toLowerCase())
    .filter((line) => line.length > 0);
  return [...new Set(syllables)].sort((a, b) => a.localeCompare(b, 'vi'));
}

const sourcePath = resolve(process.argv[2] ?? DEFAULT_SOURCE);
const syllables = buildStoplist(readFileSync(sourcePath, 'utf8'));
const asset = {
  source:
    'jusText Vietnamese stop-word list (BSD licence, Jan Pomikalek and Michal Belica), justext/stoplists/Vietnamese.txt; lower-cased, NFC, de-duplicated',
  syllables,
};
writeFileSync(resolve(TARGET), `${JSON.stringify(asset, null, 2)}\n`);
console.log(`wrote ${syllables.length} syllables to ${TARGET}`);
