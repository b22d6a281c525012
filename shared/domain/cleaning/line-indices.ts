// Positions of the lines that pass a test, as the stages pick out paragraphs, prose and headlines.

/**
 * The indices of the items that pass `test`, in order. A loop, rather than
 * `items.flatMap((item, i) => (test(item, i) ? [i] : []))`: flatMap builds an array for every item and
 * cost about forty times as much, on every page, in every stage that picked lines that way.
 */
export function indicesWhere<T>(items: readonly T[], test: (item: T, index: number) => boolean): number[] {
  const indices: number[] = [];
  for (let index = 0; index < items.length; index++) if (test(items[index]!, index)) indices.push(index);
  return indices;
}
