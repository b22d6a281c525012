import { describe, expect, it } from 'vitest';
import { BAD_OBJECT_KINDS, generateSoakObjects } from '../../../bench/soak/soak-corpus.ts';

const PREFIX = 'incoming/soak/';

describe('generateSoakObjects', () => {
  const objects = generateSoakObjects(2_000, { seed: 7, prefix: PREFIX });

  it('is the same corpus for the same seed and another for another seed', () => {
    const again = generateSoakObjects(50, { seed: 7, prefix: PREFIX });
    expect(again.map((object) => object.key)).toEqual(objects.slice(0, 50).map((object) => object.key));
    expect(again[3]?.body).toEqual(objects[3]?.body);
    const other = generateSoakObjects(50, { seed: 8, prefix: PREFIX });
    expect(other.map((object) => Buffer.from(object.body).toString())).not.toEqual(
      again.map((object) => Buffer.from(object.body).toString()),
    );
  });

  it('gives every object a unique key under the prefix and at least one expected unit', () => {
    expect(new Set(objects.map((object) => object.key)).size).toBe(objects.length);
    for (const object of objects) {
      expect(object.key.startsWith(PREFIX)).toBe(true);
      expect(object.units.length).toBeGreaterThan(0);
    }
  });

  it('mixes plain text, envelopes and batches, with about 2 % bad objects of every kind', () => {
    const extensions = new Set(objects.map((object) => object.key.split('.').pop()));
    expect([...extensions].sort()).toEqual(['json', 'jsonl', 'pdf', 'txt']);
    const bad = objects.filter((object) => object.units.some((unit) => unit.kind === 'rejected'));
    expect(bad.length / objects.length).toBeGreaterThan(0.01);
    expect(bad.length / objects.length).toBeLessThan(0.03);
    const reasons = new Set(bad.flatMap((object) => object.units.flatMap((unit) => unit.reasons ?? [])));
    for (const reason of ['empty', 'binary', 'malformed-json', 'unsupported-type', 'not-article'])
      expect(reasons).toContain(reason);
    expect(BAD_OBJECT_KINDS.length).toBe(6);
  });

  it('plants about 3 % exact copies: same bytes, another key, expected as duplicates of one stored group', () => {
    const copies = objects.filter((object) => object.units.every((unit) => unit.kind === 'duplicate'));
    expect(copies.length / objects.length).toBeGreaterThan(0.015);
    expect(copies.length / objects.length).toBeLessThan(0.045);
    for (const copy of copies) {
      const group = copy.units[0]?.contentGroup;
      const original = objects.find(
        (object) =>
          object !== copy &&
          object.units.some((unit) => unit.kind === 'stored' && unit.contentGroup === group),
      );
      expect(original?.body).toEqual(copy.body);
      expect(original?.key).not.toBe(copy.key);
    }
  });

  it('writes Vietnamese articles with site boilerplate around them, and unique bodies apart from the copies', () => {
    const texts = objects
      .filter((object) => object.key.endsWith('.txt') && object.units[0]?.kind === 'stored')
      .map((object) => Buffer.from(object.body).toString('utf8'));
    expect(texts[0]).toMatch(/tỉnh|huyện|thành phố|thị xã/);
    expect(texts.some((text) => /Chia sẻ|Bình luận|Giá vàng|Tỷ giá|Bản quyền/.test(text))).toBe(true);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('expects the bad line of a JSONL batch rejected by its line number and the good lines stored', () => {
    const batch = objects.find((object) =>
      object.units.some((unit) => unit.kind === 'rejected' && unit.line),
    );
    expect(batch?.units.map((unit) => [unit.line, unit.kind])).toEqual([
      [1, 'stored'],
      [2, 'rejected'],
      [3, 'stored'],
    ]);
    const lines = Buffer.from(batch?.body ?? new Uint8Array())
      .toString('utf8')
      .trim()
      .split('\n');
    expect(() => JSON.parse(lines[0] ?? '')).not.toThrow();
    expect(() => JSON.parse(lines[1] ?? '')).toThrow();
  });
});
