// PLACEHOLDER until the gazetteer-based classifier lands: abstains on everything.
import type { ProvinceRef, ProvinceVerdict } from '#domain/article/types';

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

export function classifyProvince(_input: ProvinceInput): ProvinceClassification {
  return { province: null, mentioned: [] };
}
