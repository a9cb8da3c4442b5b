import { describe, expect, it } from 'vitest';
import { once } from '../../src/lib/once.ts';

describe('once', () => {
  it('loads once for every caller, including callers that ask before the first load has finished', async () => {
    let loads = 0;
    const load = once(async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { pages: 5000 };
    });
    const results = await Promise.all(Array.from({ length: 100 }, () => load()));
    expect(loads).toBe(1);
    expect(new Set(results).size).toBe(1);
    expect(await load()).toBe(results[0]);
    expect(loads).toBe(1);
  });
});
