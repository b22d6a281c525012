// Turns mentions with several candidate provinces ("huyện Châu Thành" is in ten) into mentions of
// one province, from co-occurring evidence, or drops them. Nothing is guessed: a name that stays
// ambiguous counts for no province.
import type { Mention } from './find-mentions.ts';
import { PLACE_KIND } from './place-index.ts';
import { newCodeOf } from './province-registry.ts';
import { COMMUNE_DISTRICT_WINDOW, MIN_WINNER_RATIO } from './weights.ts';

export interface ResolvedMention {
  readonly mention: Mention;
  readonly code: string;
}

function candidatesOf(mention: Mention): string[] {
  return [...new Set(mention.entries.flatMap((entry) => entry.oldCodes))];
}

function isDistrictMention(mention: Mention): boolean {
  return mention.level !== null && mention.entries.some((entry) => entry.kind === PLACE_KIND.district);
}

/** "xã A, huyện B": keep only the provinces where a commune A lies in a district B. */
function pairCommunesWithDistricts(mentions: readonly Mention[], candidates: Map<Mention, string[]>): void {
  mentions.forEach((mention, index) => {
    const communes = mention.entries.filter((entry) => entry.kind === PLACE_KIND.commune);
    if (communes.length === 0) return;
    const district = mentions
      .slice(index + 1)
      .find(
        (next) =>
          next.pieceId === mention.pieceId &&
          next.start - mention.end <= COMMUNE_DISTRICT_WINDOW &&
          isDistrictMention(next),
      );
    if (!district) return;
    const districtCodes = new Set(candidatesOf(district));
    const paired = new Set(
      communes
        .filter((entry) => entry.districtKey === district.nameKey)
        .flatMap((entry) => entry.oldCodes)
        .filter((code) => districtCodes.has(code)),
    );
    if (paired.size === 0) return;
    candidates.set(mention, [...paired]);
    candidates.set(district, [...paired]);
  });
}

function sumSupport(resolved: readonly ResolvedMention[]): Map<string, number> {
  const support = new Map<string, number>();
  for (const { mention, code } of resolved) support.set(code, (support.get(code) ?? 0) + mention.weight);
  return support;
}

/** The candidate the support clearly favours, if any. */
function pickSupported(
  candidates: readonly string[],
  support: ReadonlyMap<string, number>,
): string | undefined {
  return pickClearLeader(candidates, (code) => support.get(code) ?? 0);
}

/** Support summed by new province: "phường Long An, tỉnh Tây Ninh" written after 2025 names the
 *  merged province, so the commune resolves to the candidate inside it. */
function pickSupportedByNewProvince(
  candidates: readonly string[],
  support: ReadonlyMap<string, number>,
): string | undefined {
  const byNew = new Map<string, number>();
  for (const [code, score] of support) {
    const newCode = newCodeOf(code);
    if (newCode) byNew.set(newCode, (byNew.get(newCode) ?? 0) + score);
  }
  const inside = candidates.filter((code) => (byNew.get(newCodeOf(code) ?? '') ?? 0) > 0);
  const newCodes = new Set(inside.map(newCodeOf));
  // Two candidates inside the same merged province stay ambiguous at the old level.
  return newCodes.size === 1 && inside.length === 1 ? inside[0] : undefined;
}

function pickClearLeader(
  candidates: readonly string[],
  scoreOf: (code: string) => number,
): string | undefined {
  const ranked = candidates
    .map((code) => [code, scoreOf(code)] as const)
    .filter(([, score]) => score > 0)
    .sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first) return undefined;
  return !second || first[1] >= MIN_WINNER_RATIO * second[1] ? first[0] : undefined;
}

/** Several different ambiguous names that share exactly one province point to it
 *  ("huyện Châu Thành" and "huyện Chợ Mới" are both in An Giang, and together only there). */
function pickSharedCandidate(
  unresolved: readonly Mention[],
  candidates: ReadonlyMap<Mention, string[]>,
): string | undefined {
  const namesPerCode = new Map<string, Set<string>>();
  for (const mention of unresolved) {
    for (const code of candidates.get(mention) ?? []) {
      const names = namesPerCode.get(code) ?? new Set<string>();
      names.add(mention.nameKey);
      namesPerCode.set(code, names);
    }
  }
  const ranked = [...namesPerCode]
    .map(([code, names]) => [code, names.size] as const)
    .sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2 || (second && second[1] === first[1])) return undefined;
  return first[0];
}

export function resolveMentions(mentions: readonly Mention[]): ResolvedMention[] {
  const candidates = new Map(mentions.map((mention) => [mention, candidatesOf(mention)]));
  pairCommunesWithDistricts(mentions, candidates);

  const resolved: ResolvedMention[] = [];
  let unresolved: Mention[] = [];
  for (const mention of mentions) {
    const codes = candidates.get(mention)!;
    if (codes.length === 1) resolved.push({ mention, code: codes[0]! });
    else if (codes.length > 1) unresolved.push(mention);
  }

  const support = sumSupport(resolved);
  const stillUnresolved: Mention[] = [];
  for (const mention of unresolved) {
    const code =
      pickSupported(candidates.get(mention)!, support) ??
      pickSupportedByNewProvince(candidates.get(mention)!, support);
    if (code) resolved.push({ mention, code });
    else stillUnresolved.push(mention);
  }
  unresolved = stillUnresolved;

  const shared = pickSharedCandidate(unresolved, candidates);
  if (shared) {
    for (const mention of unresolved) {
      if (candidates.get(mention)!.includes(shared)) resolved.push({ mention, code: shared });
    }
  }
  return resolved;
}
