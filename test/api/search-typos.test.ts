// The typo step of the name search checks only the candidates that may still
// enter the list, judged by the fewest edits their shared bigrams allow: the
// first hits must be those a full check would give.
import { describe, expect, test } from 'vitest';
import { headDistance } from '../../server/api/head-distance.js';
import { buildIndex, search } from '../../server/api/search-index.js';

const SYLLABLES = ['an', 'shi', 'xian', 'hai', 'shang', 'heng', 'long', 'qu', 'yuan', 'gang', 'zhi', 'neng', 'bei', 'jing'];

function names(count: number, seed: number): string[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) >>> 16;
  return Array.from({ length: count }, () => Array.from({ length: 2 + (next() % 4) }, () => SYLLABLES[next() % SYLLABLES.length]).join(''));
}

/** q with one letter changed at `at`. */
const typo = (q: string, at: number) => q.slice(0, at) + (q[at] === 'x' ? 'z' : 'x') + q.slice(at + 1);

describe('typo matches in the name search', () => {
  const entities = names(4000, 17).map((name, i) => ({ id: `Place:${name}${i}`, kind: 'Place', name: `${name} ${i % 7 === 0 ? 'park' : 'town'}`, aliases: [] }));
  const index = buildIndex(entities);

  test('When a misspelt query has many candidates, then the first hits are those of a full check, in the same order', () => {
    const queries = names(40, 3).filter((q) => q.length >= 5).map((q, i) => typo(q, 1 + (i % (q.length - 2))));
    let typos = 0;
    for (const q of queries) {
      const all = search(index, q, undefined, 4000);
      if (all.every((hit) => hit.match !== 'fuzzy')) continue;
      typos++;
      for (const limit of [1, 5, 12]) expect(search(index, q, undefined, limit), `${q} ${limit}`).toEqual(all.slice(0, limit));
    }
    expect(typos).toBeGreaterThan(10);
  });

  test('When candidates come with the fewest edits their bigrams allow, then no candidate is closer than that', () => {
    for (const q of names(30, 8).filter((n) => n.length >= 6).map((n) => typo(n, 2))) {
      const max = q.length >= 8 ? 2 : 1;
      for (const { entry, fewestEdits } of index.grams.near(q, max)) {
        const e = index.entries[entry];
        const closest = Math.min(...[e.nameKey, e.pinyinKey, ...e.aliasKeys].filter(Boolean).map((k) => headDistance(q, k, 9)));
        expect(closest, `${q} ${e.nameKey}`).toBeGreaterThanOrEqual(fewestEdits);
      }
    }
  });
});
