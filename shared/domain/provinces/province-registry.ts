// Lookups over the 63 old and 34 new provinces, for the classifier and the search API's filters.
import type { ProvinceRef } from '#domain/article/types';
// Only the province tables, not the gazetteer: the search API uses this module and must not bundle the
// districts and communes (issue #9).
import { PROVINCE_TABLES, type NewProvince, type OldProvince } from './province-tables.ts';

export interface ProvinceListing {
  readonly code: string;
  readonly name: string;
}

const OLD_BY_CODE: ReadonlyMap<string, OldProvince> = new Map(
  PROVINCE_TABLES.oldProvinces.map((p) => [p.code, p]),
);
const NEW_BY_CODE: ReadonlyMap<string, NewProvince> = new Map(
  PROVINCE_TABLES.newProvinces.map((p) => [p.code, p]),
);

/** The old (pre-2025-07-01) province with its new province, or undefined for an unknown code. */
export function lookupProvince(oldCode: string): ProvinceRef | undefined {
  const old = OLD_BY_CODE.get(oldCode);
  if (!old) return undefined;
  const current = NEW_BY_CODE.get(old.newCode);
  return { code: old.code, name: old.name, newCode: old.newCode, newName: current?.name ?? old.name };
}

export function lookupNewProvince(newCode: string): ProvinceListing | undefined {
  const current = NEW_BY_CODE.get(newCode);
  return current ? { code: current.code, name: current.name } : undefined;
}

/** The 63 provinces before 2025-07-01, in code order. */
export function listOldProvinces(): ProvinceListing[] {
  return PROVINCE_TABLES.oldProvinces.map(({ code, name }) => ({ code, name }));
}

/** The 34 provinces from 2025-07-01, in code order. */
export function listNewProvinces(): ProvinceListing[] {
  return PROVINCE_TABLES.newProvinces.map(({ code, name }) => ({ code, name }));
}

export function newCodeOf(oldCode: string): string | undefined {
  return OLD_BY_CODE.get(oldCode)?.newCode;
}

/** Old provinces merged into a new one; empty for an unknown code. */
export function oldCodesOf(newCode: string): string[] {
  return [...(NEW_BY_CODE.get(newCode)?.mergedFrom ?? [])];
}

/** The old province a new province is named after (every new province carries one old name). */
export function namesakeOldCodeOf(newCode: string): string | undefined {
  const current = NEW_BY_CODE.get(newCode);
  if (!current) return undefined;
  return (
    current.mergedFrom.find((code) => OLD_BY_CODE.get(code)?.name === current.name) ?? current.mergedFrom[0]
  );
}
