// The candidate lists of the name search: never missing an entry that holds
// the query, and narrow for pinyin-like keys built from a small alphabet.
import { describe, expect, test } from 'vitest';
import { GramIndex } from '../../server/api/search-grams.js';

const SYLLABLES = ['an', 'shi', 'xian', 'hai', 'shang', 'heng', 'long', 'qu', 'yuan', 'gang', 'zhi', 'neng'];
const HAN = ['东', '南', '新', '城', '港', '能', '源', '科', '技', '园'];

/** Deterministic keys of 2 to 6 pieces drawn from `pieces`. */
function keys(count: number, pieces: string[], seed: number): string[] {
  let s = seed;
  // The high bits: the low bits of this generator repeat with short periods.
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) >>> 16;
  return Array.from({ length: count }, () =>
    Array.from({ length: 2 + (next() % 5) }, () => pieces[next() % pieces.length]).join(''));
}

describe('the gram index of the name search', () => {
  const latin = keys(3000, SYLLABLES, 11);
  const han = keys(3000, HAN, 5);
  const entries = latin.map((key, i) => [key, han[i]]);
  const index = GramIndex.build(entries.length, (i) => entries[i]);
  const holding = (q: string) => entries.flatMap((ks, i) => (ks.some((k) => k.includes(q)) ? [i] : []));

  test('When a query of two to eight characters is looked up, then every entry holding it is a candidate, in entry order', () => {
    const queries = [...keys(60, SYLLABLES, 3).map((k) => k.slice(1, 8)), ...keys(40, HAN, 9).map((k) => k.slice(0, 3)), 'an', '新城'];
    for (const q of queries) {
      const found = index.containing(q);
      expect(found, q).toEqual([...found].sort((a, b) => a - b));
      const candidates = new Set(found);
      expect(holding(q).filter((i) => !candidates.has(i)), q).toEqual([]);
    }
  });

  test('When a query of three or more characters has many candidates, then each holds every trigram of it, not only its bigrams', () => {
    const grams = (k: string, n: number) => Array.from({ length: k.length - n + 1 }, (_, i) => k.slice(i, i + n));
    let checked = 0;
    for (const q of ['anghai', 'shangan', 'xianshi', 'hengqu', 'anlong']) {
      const found = index.containing(q);
      if (found.length <= 64) continue;
      checked++;
      const bigramsOnly = latin.filter((k) => grams(q, 2).every((g) => k.includes(g))).length;
      for (const i of found) expect(grams(q, 3).every((g) => latin[i].includes(g)), `${q} ${latin[i]}`).toBe(true);
      expect(found.length, q).toBeLessThanOrEqual(bigramsOnly);
    }
    expect(checked).toBeGreaterThan(2);
  });
});
