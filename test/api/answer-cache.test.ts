import { describe, expect, test } from 'vitest';
import { AnswerCache } from '../../server/api/answer-cache.js';

function counting(keep: (n: number) => boolean, entries = 10, maxAgeMs = Infinity) {
  let calls = 0;
  const cache = new AnswerCache<number>({ entries, maxAgeMs, keep });
  const ask = (key: string, value: number) => cache.answer(key, async () => {
    calls += 1;
    return value;
  });
  return { cache, ask, calls: () => calls };
}

describe('answer cache', () => {
  test('When an answer is worth keeping, then asking again does not compute it again until the cache is cleared', async () => {
    const { cache, ask, calls } = counting((n) => n > 100);
    expect(await ask('hub', 500)).toBe(500);
    expect(await ask('hub', 999)).toBe(500);
    expect(calls()).toBe(1);
    cache.clear();
    expect(await ask('hub', 999)).toBe(999);
    expect(calls()).toBe(2);
  });

  test('When an answer is cheap, then it is computed on every request', async () => {
    const { ask, calls } = counting((n) => n > 100);
    await ask('leaf', 3);
    expect(await ask('leaf', 4)).toBe(4);
    expect(calls()).toBe(2);
  });

  test('When the same key is asked while being computed, then both requests share one computation', async () => {
    const { ask, calls } = counting(() => false);
    const [a, b] = await Promise.all([ask('k', 1), ask('k', 2)]);
    expect([a, b, calls()]).toEqual([1, 1, 1]);
  });

  test('When more answers are kept than allowed, then the least recently used one goes', async () => {
    const { ask, calls } = counting(() => true, 2);
    await ask('a', 1);
    await ask('b', 2);
    await ask('a', 1);
    await ask('c', 3);
    expect(calls()).toBe(3);
    await ask('a', 1);
    expect(calls()).toBe(3);
    await ask('b', 2);
    expect(calls()).toBe(4);
  });

  test('When an answer is older than the age allowed, then it is computed again', async () => {
    const { ask, calls } = counting(() => true, 10, 0);
    await ask('k', 1);
    await ask('k', 1);
    expect(calls()).toBe(2);
  });

  test('When a computation fails, then the next request tries again', async () => {
    const cache = new AnswerCache<number>({ entries: 10, maxAgeMs: Infinity, keep: () => true });
    await expect(cache.answer('k', () => Promise.reject(new Error('store down')))).rejects.toThrow('store down');
    expect(await cache.answer('k', async () => 7)).toBe(7);
  });
});
