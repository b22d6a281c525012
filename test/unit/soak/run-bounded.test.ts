import { describe, expect, it } from 'vitest';
import { runBounded } from '../../../bench/soak/run-bounded.ts';

describe('runBounded', () => {
  it('keeps results in input order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const results = await runBounded([5, 1, 4, 2, 3, 0, 6], 3, async (delay, index) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, delay));
      running -= 1;
      return index * 10;
    });
    expect(results).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(peak).toBe(3);
  });

  it('passes a task failure on to the caller', async () => {
    await expect(
      runBounded([1, 2], 2, async (item) => {
        if (item === 2) throw new Error('upload refused');
        return item;
      }),
    ).rejects.toThrow('upload refused');
  });
});
