// Decides which province an article is about, from its cleaned title, body, captions and source.
// Pipeline: find mentions per piece of text (find-mentions, source-evidence) -> resolve ambiguous
// names from co-occurring evidence (resolve-mentions) -> score and decide or abstain
// (score-provinces). Pure: no I/O; the gazetteer is bundled.
import type { ProvinceRef, ProvinceVerdict } from '#domain/article/types';
import { findMentions, type Mention, type Zone } from './find-mentions.ts';
import { PLACE_INDEX } from './place-index.ts';
import { lookupProvince } from './province-registry.ts';
import { resolveMentions } from './resolve-mentions.ts';
import { decideProvince, listMentionedCodes } from './score-provinces.ts';
import { findHostMentions, findMastheadMention, findUrlHostMention } from './source-evidence.ts';
import { MENTION_WEIGHT } from './weights.ts';

export interface ProvinceInput {
  readonly title: string | null;
  readonly body: string;
  readonly captions: readonly string[];
  readonly source: string | null;
  readonly url?: string;
}

export interface ProvinceClassification {
  readonly province: ProvinceVerdict | null;
  readonly mentioned: readonly ProvinceRef[];
}

/** The masthead opens the lead; a kicker or date line the cleaner kept may come first. */
const MASTHEAD_MAX_PARAGRAPH = 3;

function collectMentions(input: ProvinceInput): Mention[] {
  const mentions: Mention[] = [];
  const find = (text: string, zone: Zone, id: number) => findMentions(text, zone, id, PLACE_INDEX);
  let pieceId = 0;
  if (input.title) mentions.push(...find(input.title.normalize('NFC'), 'title', pieceId++));
  const paragraphs = input.body
    .normalize('NFC')
    .split('\n')
    .filter((line) => line.trim() !== '');
  paragraphs.forEach((paragraph, index) => {
    const zone = index === 0 ? 'lead' : 'body';
    const id = pieceId++;
    if (index < MASTHEAD_MAX_PARAGRAPH) mentions.push(...findMastheadMention(paragraph, zone, id));
    mentions.push(...find(paragraph, zone, id));
    mentions.push(...findHostMentions(paragraph, zone, id, MENTION_WEIGHT.bodyHost));
  });
  for (const caption of input.captions) {
    const id = pieceId++;
    mentions.push(...find(caption.normalize('NFC'), 'caption', id));
  }
  if (input.source) {
    const id = pieceId++;
    const source = input.source.normalize('NFC');
    const hosts = findHostMentions(source, 'source', id, MENTION_WEIGHT.sourceHost);
    mentions.push(...(hosts.length > 0 ? hosts : findMastheadMention(source, 'source', id)));
    if (hosts.length === 0) mentions.push(...find(source, 'source', id));
  }
  if (input.url) mentions.push(...findUrlHostMention(input.url, pieceId++));
  return mentions;
}

export function classifyProvince(input: ProvinceInput): ProvinceClassification {
  const resolved = resolveMentions(collectMentions(input));
  const mentioned = listMentionedCodes(resolved)
    .map(lookupProvince)
    .filter((ref): ref is ProvinceRef => ref !== undefined);
  const decision = decideProvince(resolved);
  const ref = decision ? lookupProvince(decision.code) : undefined;
  const province: ProvinceVerdict | null =
    decision && ref ? { ...ref, confidence: decision.confidence, evidence: decision.evidence } : null;
  return { province, mentioned };
}
