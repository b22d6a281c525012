// Sources are compared case- and spacing-insensitively ("Báo  Sơn La" = "báo sơn la"), the same rule as
// the by-source index key (shared/adapters/dynamodb/table-keys.ts normalizeSourceKey).
export function normalizeSourceKeyForSearch(source: string): string {
  return source.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
