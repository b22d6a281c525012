// Decides which province an article is about, from its cleaned title, body, captions and source.
// Pipeline: find mentions per piece of text (find-mentions, source-evidence; unnamed references to
// "the province" count for a provincial publisher, self-reference) -> resolve ambiguous
// names from co-occurring evidence (resolve-mentions) -> score and decide or abstain
// (score-provinces). Pure: no I/O; the gazetteer is bundled.
import type { ProvinceRef, ProvinceVerdict } from '#domain/article/types';
import { scanPiece, type Mention, type Zone } from './find-mentions.ts';
import { PLACE_INDEX } from './place-index.ts';
import { lookupProvince } from './province-registry.ts';
import { resolveMentions } from './resolve-mentions.ts';
import { decideProvince, listMentionedCodes } from './score-provinces.ts';
import {
  findHostMentions,
  findMastheadMention,
  findUrlHostMention,
  toEvidenceMention,
} from './source-evidence.ts';
import { MAX_UNNAMED_REFERENCES, MENTION_WEIGHT, MIN_UNNAMED_REFERENCES } from './weights.ts';

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

interface Collected {
  readonly mentions: Mention[];
  /** Mentions that say who publishes: the source line, the URL host, a masthead opening the lead. */
  readonly publisher: Mention[];
  readonly unnamedProvinceReferences: number;
}

function collectMentions(input: ProvinceInput): Collected {
  const mentions: Mention[] = [];
  const publisher: Mention[] = [];
  let unnamedProvinceReferences = 0;
  const find = (text: string, zone: Zone, id: number): Mention[] => {
    const scan = scanPiece(text, zone, id, PLACE_INDEX);
    if (zone !== 'source') unnamedProvinceReferences += scan.unnamedProvinceReferences;
    return scan.mentions;
  };
  let pieceId = 0;
  if (input.title) mentions.push(...find(input.title.normalize('NFC'), 'title', pieceId++));
  const paragraphs = input.body
    .normalize('NFC')
    .split('\n')
    .filter((line) => line.trim() !== '');
  paragraphs.forEach((paragraph, index) => {
    const zone = index === 0 ? 'lead' : 'body';
    const id = pieceId++;
    if (index < MASTHEAD_MAX_PARAGRAPH) {
      const masthead = findMastheadMention(paragraph, zone, id);
      mentions.push(...masthead);
      publisher.push(...masthead);
    }
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
    const named = hosts.length > 0 ? hosts : findMastheadMention(source, 'source', id);
    if (hosts.length === 0) named.push(...find(source, 'source', id));
    mentions.push(...named);
    publisher.push(...named);
  }
  if (input.url) {
    const host = findUrlHostMention(input.url, pieceId++);
    mentions.push(...host);
    publisher.push(...host);
  }
  return { mentions, publisher, unnamedProvinceReferences };
}

/** The one province the publisher evidence names, if it names exactly one (a metropolitan paper's
 *  host, which covers the whole country, names none). */
function findPublisherProvince(publisher: readonly Mention[]): string | undefined {
  const codes = new Set(
    publisher
      .filter((mention) => mention.weight > MENTION_WEIGHT.metropolitanHost)
      .flatMap((mention) => mention.entries.flatMap((entry) => entry.oldCodes)),
  );
  return codes.size === 1 ? [...codes][0] : undefined;
}

/** Unnamed references to "the province" in a provincial publisher's text, as mentions of it. */
function attributeUnnamedReferences(collected: Collected): Mention[] {
  if (collected.unnamedProvinceReferences < MIN_UNNAMED_REFERENCES) return [];
  const code = findPublisherProvince(collected.publisher);
  if (code === undefined) return [];
  const count = Math.min(collected.unnamedProvinceReferences, MAX_UNNAMED_REFERENCES);
  return Array.from({ length: count }, () =>
    toEvidenceMention('tỉnh', code, MENTION_WEIGHT.unnamedProvince, 'body', -1),
  );
}

export function classifyProvince(input: ProvinceInput): ProvinceClassification {
  const collected = collectMentions(input);
  const resolved = resolveMentions([...collected.mentions, ...attributeUnnamedReferences(collected)]);
  const mentioned = listMentionedCodes(resolved)
    .map(lookupProvince)
    .filter((ref): ref is ProvinceRef => ref !== undefined);
  const decision = decideProvince(resolved);
  const ref = decision ? lookupProvince(decision.code) : undefined;
  const province: ProvinceVerdict | null =
    decision && ref ? { ...ref, confidence: decision.confidence, evidence: decision.evidence } : null;
  return { province, mentioned };
}
