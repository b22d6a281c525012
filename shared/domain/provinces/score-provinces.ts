// Adds up resolved mentions per province and decides: first the new (2025) province, where merged
// provinces pool their evidence, then the old province inside it. Abstains when the winner is weak
// or not clearly ahead: a wrong province is worse than none.
import { PLACE_KIND } from './place-index.ts';
import type { ResolvedMention } from './resolve-mentions.ts';
import { namesakeOldCodeOf, newCodeOf, oldCodesOf } from './province-registry.ts';
import {
  CONFIDENCE_HALF_SCORE,
  MAX_EVIDENCE,
  MIN_DECISION_SCORE,
  MIN_MENTION_SCORE,
  MIN_OLD_WITHIN_NEW_RATIO,
  MIN_WINNER_RATIO,
  NAMESAKE_FALLBACK_CONFIDENCE_FACTOR,
  REPEAT_DECAY,
} from './weights.ts';

export interface ProvinceScore {
  readonly code: string;
  readonly score: number;
}

export interface ProvinceDecision {
  readonly code: string;
  readonly confidence: number;
  readonly evidence: readonly string[];
}

/** Score per old province: weights in decreasing order, each repeat discounted geometrically. */
export function scoreOldProvinces(resolved: readonly ResolvedMention[]): ProvinceScore[] {
  const weights = new Map<string, number[]>();
  for (const { mention, code } of resolved) weights.set(code, [...(weights.get(code) ?? []), mention.weight]);
  return [...weights]
    .map(([code, list]) => ({
      code,
      score: list
        .sort((a, b) => b - a)
        .reduce((sum, weight, index) => sum + weight * REPEAT_DECAY ** index, 0),
    }))
    .sort((a, b) => b.score - a.score);
}

function sumByNewProvince(scores: readonly ProvinceScore[]): ProvinceScore[] {
  const totals = new Map<string, number>();
  for (const { code, score } of scores) {
    const newCode = newCodeOf(code);
    if (newCode) totals.set(newCode, (totals.get(newCode) ?? 0) + score);
  }
  return [...totals].map(([code, score]) => ({ code, score })).sort((a, b) => b.score - a.score);
}

/** Inside the decided new province, the old province the evidence supports; when the constituents
 *  tie (or none has evidence, e.g. only post-2025 communes spanning two of them), the constituent
 *  whose name the new province carries, with lowered confidence. */
function chooseOldWithin(
  newCode: string,
  resolved: readonly ResolvedMention[],
): { code: string; clear: boolean } {
  const scores = scoreOldProvinces(selectOldProvinceEvidence(resolved));
  const constituents = new Set(oldCodesOf(newCode));
  const ranked = scores.filter((entry) => constituents.has(entry.code));
  const [first, second] = ranked;
  const namesake = namesakeOldCodeOf(newCode) ?? newCode;
  if (!first || (second && second.score >= first.score)) return { code: namesake, clear: false };
  const clear = !second || first.score >= MIN_OLD_WITHIN_NEW_RATIO * second.score;
  return { code: first.code, clear };
}

/** A text that names communes which exist only since 2025-07-01 uses the new map, so its province
 *  names ("tỉnh Tây Ninh") mean the new, merged province and say nothing about the old one; the
 *  communes and districts do. Otherwise every mention counts. */
function selectOldProvinceEvidence(resolved: readonly ResolvedMention[]): readonly ResolvedMention[] {
  const usesNewMap = resolved.some(
    ({ mention, code }) =>
      mention.newMap === true ||
      mention.entries
        .filter((entry) => entry.oldCodes.includes(code))
        .every((entry) => entry.kind === PLACE_KIND.newCommune),
  );
  if (!usesNewMap) return resolved;
  const belowProvince = resolved.filter(({ mention }) =>
    mention.entries.every((entry) => entry.kind !== PLACE_KIND.province),
  );
  return belowProvince.length > 0 ? belowProvince : resolved;
}

function collectEvidence(resolved: readonly ResolvedMention[], oldCode: string, newCode: string): string[] {
  const constituents = new Set(oldCodesOf(newCode));
  const ranked = resolved
    .filter(({ code }) => constituents.has(code))
    .sort(
      (a, b) =>
        Number(b.code === oldCode) - Number(a.code === oldCode) || b.mention.weight - a.mention.weight,
    );
  return [...new Set(ranked.map(({ mention }) => mention.surface))].slice(0, MAX_EVIDENCE);
}

export function decideProvince(resolved: readonly ResolvedMention[]): ProvinceDecision | null {
  const oldScores = scoreOldProvinces(resolved);
  const [winner, runnerUp] = sumByNewProvince(oldScores);
  if (!winner || winner.score < MIN_DECISION_SCORE) return null;
  if (runnerUp && winner.score < MIN_WINNER_RATIO * runnerUp.score) return null;
  const old = chooseOldWithin(winner.code, resolved);
  // Pooled constituents decide the new province only if they are not two names of a regional list:
  // when the old province stays open, the strongest of them must beat the runner-up on its own
  // ("cao tốc qua Đồng Nai và Bà Rịa - Vũng Tàu, nối TP.HCM" names three provinces, not new HCMC).
  if (!old.clear && runnerUp) {
    const constituents = new Set(oldCodesOf(winner.code));
    const strongest = oldScores.find((entry) => constituents.has(entry.code))?.score ?? 0;
    if (strongest < MIN_WINNER_RATIO * runnerUp.score) return null;
  }
  const factor = old.clear ? 1 : NAMESAKE_FALLBACK_CONFIDENCE_FACTOR;
  const strength = winner.score / (winner.score + CONFIDENCE_HALF_SCORE);
  const margin = 1 - (runnerUp?.score ?? 0) / winner.score;
  const confidence = Math.round(strength * margin * factor * 100) / 100;
  return { code: old.code, confidence, evidence: collectEvidence(resolved, old.code, winner.code) };
}

/** Old provinces with usable evidence, strongest first. */
export function listMentionedCodes(resolved: readonly ResolvedMention[]): string[] {
  return scoreOldProvinces(resolved)
    .filter((entry) => entry.score >= MIN_MENTION_SCORE)
    .map((entry) => entry.code);
}
