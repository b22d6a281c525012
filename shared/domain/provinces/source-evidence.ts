// Evidence outside the running text: the site's host (source field, URL, a host line in the body)
// and the masthead that opens the lead ("ĐBP - ..."). Provincial papers name themselves after their
// province (bao<province>.vn, <province>.gov.vn), so the host rules are generated from the province
// names and only the exceptions are curated (aliases.ts).
import type { ProvinceAlias } from './aliases.ts';
import {
  ALIAS_STRENGTH,
  HOST_ALIASES,
  HOST_NOISE_LABELS,
  HOST_PREFIXES,
  HOST_SUFFIXES,
  MASTHEADS,
  PROVINCE_ALIASES,
} from './aliases.ts';
import type { Gazetteer } from './gazetteer.ts';
import { GAZETTEER } from './gazetteer.ts';
import { foldToAscii, normalizePlaceText } from './normalize-place-text.ts';
import { PLACE_KIND } from './place-index.ts';
import type { Mention, Zone } from './find-mentions.ts';
import { MENTION_WEIGHT } from './weights.ts';

interface HostTarget {
  readonly code: string;
  readonly metropolitan: boolean;
}

const HOST_PATTERN = /\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:vn|com|net|org|info)\b/gi;
// Every host ends in a dot and one of these domains. Few paragraphs hold one, and this pattern, which
// starts with a literal dot, rules the others out far faster than the host pattern tried at every word.
const HOST_ENDING = /\.(?:vn|com|net|org|info)\b/i;
/** "ĐBP - ", "(QBĐT) - ", "(Baolongan.vn) – " at the very start of the lead. */
const MASTHEAD_PATTERN = /^\s*\(?\s*([\p{Lu}][\p{L}.]{1,24}?)\s*\)?\s*[-–—]\s/u;

function toHostLabel(text: string): string {
  return foldToAscii(text).replace(/[^a-z0-9]/g, '');
}

function buildHostTable(
  gazetteer: Gazetteer,
  aliases: readonly ProvinceAlias[],
): ReadonlyMap<string, HostTarget> {
  const table = new Map<string, HostTarget>();
  const collisions = new Set<string>();
  const add = (label: string, target: HostTarget): void => {
    const existing = table.get(label);
    if (existing && existing.code !== target.code) collisions.add(label);
    table.set(label, target);
  };
  for (const province of gazetteer.oldProvinces)
    add(toHostLabel(province.name), { code: province.code, metropolitan: false });
  for (const alias of aliases) {
    if (alias.strength === ALIAS_STRENGTH.province)
      add(toHostLabel(alias.name), { code: alias.code, metropolitan: false });
  }
  for (const alias of HOST_ALIASES)
    add(alias.label, { code: alias.code, metropolitan: alias.metropolitan === true });
  // A label two provinces could claim says nothing.
  for (const label of collisions) table.delete(label);
  return table;
}

const HOST_TABLE = buildHostTable(GAZETTEER, PROVINCE_ALIASES);
const NOISE_LABELS = new Set(HOST_NOISE_LABELS);
const MASTHEAD_CODES = new Map(
  MASTHEADS.map((masthead) => [normalizePlaceText(masthead.abbreviation), masthead.code]),
);

function resolveHostLabel(label: string): HostTarget | undefined {
  const plain = label.replace(/-/g, '');
  const variants = [plain];
  for (const prefix of HOST_PREFIXES) if (plain.startsWith(prefix)) variants.push(plain.slice(prefix.length));
  for (const variant of [...variants]) {
    for (const suffix of HOST_SUFFIXES)
      if (variant.endsWith(suffix)) variants.push(variant.slice(0, -suffix.length));
  }
  for (const variant of variants) {
    const target = HOST_TABLE.get(variant);
    if (target) return target;
  }
  return undefined;
}

/** The province a host belongs to, if it is a provincial paper's or portal's. */
export function resolveHost(host: string): HostTarget | undefined {
  const labels = host
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .split(/[./]/);
  for (const label of labels) {
    if (label === '' || NOISE_LABELS.has(label)) continue;
    const target = resolveHostLabel(label);
    if (target) return target;
  }
  return undefined;
}

export function toEvidenceMention(
  surface: string,
  code: string,
  weight: number,
  zone: Zone,
  pieceId: number,
): Mention {
  return {
    surface,
    zone,
    pieceId,
    level: null,
    nameKey: surface.toLowerCase(),
    entries: [{ kind: PLACE_KIND.province, oldCodes: [code], capitalised: [] }],
    weight,
    start: 0,
    end: 0,
  };
}

/** Hosts written anywhere in a piece of text ("baothainguyen.vn", "Theo baolongan.vn"). */
export function findHostMentions(text: string, zone: Zone, pieceId: number, baseWeight: number): Mention[] {
  const mentions: Mention[] = [];
  if (!HOST_ENDING.test(text)) return mentions;
  for (const match of text.matchAll(HOST_PATTERN)) {
    const target = resolveHost(match[0]);
    if (!target) continue;
    const weight = target.metropolitan ? MENTION_WEIGHT.metropolitanHost : baseWeight;
    mentions.push(toEvidenceMention(match[0], target.code, weight, zone, pieceId));
  }
  return mentions;
}

/** The host of a URL, as a mention. */
export function findUrlHostMention(url: string, pieceId: number): Mention[] {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return [];
  }
  const target = resolveHost(host);
  if (!target) return [];
  const weight = target.metropolitan ? MENTION_WEIGHT.metropolitanHost : MENTION_WEIGHT.sourceHost;
  return [toEvidenceMention(host, target.code, weight, 'source', pieceId)];
}

/** A masthead abbreviation: the whole source field ("ĐBP") or the dateline opening the lead. */
export function findMastheadMention(text: string, zone: Zone, pieceId: number): Mention[] {
  const normalised = normalizePlaceText(text).trim();
  const whole = MASTHEAD_CODES.get(normalised);
  if (whole) return [toEvidenceMention(text.trim(), whole, MENTION_WEIGHT.masthead, zone, pieceId)];
  const opening = MASTHEAD_PATTERN.exec(normalised)?.[1];
  if (!opening) return [];
  const code = MASTHEAD_CODES.get(opening);
  if (code) return [toEvidenceMention(opening, code, MENTION_WEIGHT.masthead, zone, pieceId)];
  return opening.includes('.')
    ? findHostMentions(opening.toLowerCase(), zone, pieceId, MENTION_WEIGHT.masthead)
    : [];
}
