// Entries by the two- and three-character pieces (bigrams, trigrams) of their
// keys: the candidates for containment and typo matches in the name search.
// Grams are numbers (UTF-16 code units side by side; three fit exactly in a
// double) and entries their ordinals, so building the lists allocates no
// strings and each list is a plain array of small integers.

function gramAt(key: string, i: number): number {
  return key.charCodeAt(i) * 0x10000 + key.charCodeAt(i + 1);
}

function trigramAt(key: string, i: number): number {
  return gramAt(key, i) * 0x10000 + key.charCodeAt(i + 2);
}

function distinctGrams(q: string, size: 2 | 3 = 2): number[] {
  const grams = new Set<number>();
  for (let i = 0; i + size <= q.length; i++) grams.add(size === 2 ? gramAt(q, i) : trigramAt(q, i));
  return [...grams];
}

const NONE: readonly number[] = [];

/** Candidates few enough to check one by one rather than narrow further. */
const NARROW_ENOUGH = 64;

/** The entries of `few` also in `many`; both ascending. */
function intersect(few: readonly number[], many: readonly number[]): number[] {
  const out: number[] = [];
  let lo = 0;
  for (const entry of few) {
    let hi = many.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (many[mid] < entry) lo = mid + 1;
      else hi = mid;
    }
    if (lo === many.length) break;
    if (many[lo] === entry) out.push(entry);
  }
  return out;
}

/** Typo matches compare the query with the heads of keys: bigrams starting this far in are not indexed by position. */
const HEAD = 24;

function addTo(lists: Map<number, number[]>, key: number, entry: number): void {
  const list = lists.get(key);
  if (!list) lists.set(key, [entry]);
  // An entry's keys are added one after another: a repeat is the list's last entry.
  else if (list[list.length - 1] !== entry) list.push(entry);
}

export class GramIndex {
  private constructor(
    private readonly lists: Map<number, number[]>,
    /**
     * Entries by trigram: pinyin and English keys share few bigrams (26² of
     * them), so a Latin query's bigrams are all held by thousands of keys
     * that do not contain it, and trigrams tell those apart.
     */
    private readonly trigrams: Map<number, number[]>,
    /** Entries by bigram and the position it starts at in a key, for positions below HEAD. */
    private readonly heads: Map<number, number[]>,
    private readonly size: number,
  ) {}

  /**
   * `keysOf(i)` are the keys of entry i, for i from 0 to size - 1; each list
   * holds its entries in that order, so numbering the entries shortest key
   * first keeps every list in that order too.
   */
  static build(size: number, keysOf: (i: number) => readonly string[]): GramIndex {
    const lists = new Map<number, number[]>();
    const trigrams = new Map<number, number[]>();
    const heads = new Map<number, number[]>();
    for (let entry = 0; entry < size; entry++) {
      for (const key of keysOf(entry)) {
        for (let i = 0; i + 2 <= key.length; i++) {
          const gram = gramAt(key, i);
          addTo(lists, gram, entry);
          if (i < HEAD) addTo(heads, gram * HEAD + i, entry);
          if (i + 3 <= key.length) addTo(trigrams, trigramAt(key, i), entry);
        }
      }
    }
    return new GramIndex(lists, trigrams, heads, size);
  }

  /**
   * Entries that may contain q: a key containing q holds every trigram of q
   * (every bigram, for a query of two), so its entry is on every one of their
   * lists. The shortest list is narrowed by the next shortest until few are left.
   */
  containing(q: string): readonly number[] {
    const [size, map] = q.length >= 3 ? [3 as const, this.trigrams] : [2 as const, this.lists];
    const lists = distinctGrams(q, size).map((gram) => map.get(gram) ?? NONE).sort((a, b) => a.length - b.length);
    let found = lists[0] ?? NONE;
    for (let i = 1; i < lists.length && found.length > NARROW_ENOUGH; i++) found = intersect(found, lists[i]);
    return found;
  }

  /**
   * Entries with a key head that may be within `max` edits of q (the
   * positional q-gram filter): of q's n - 1 bigrams an edit removes at most
   * two and shifts the rest by at most one place, so such a head holds all but
   * 2·max of them, each within `max` places of where q has it. Bigrams of q
   * too far in to be indexed by position are left out of the count. A query with no more
   * bigrams than 2·max is too short to tell a typo from another name: none.
   * With each entry comes the fewest edits its count allows, for ranking before
   * the edits are counted.
   */
  near(q: string, max: number): Array<{ entry: number; fewestEdits: number }> {
    const grams = q.length - 1;
    const indexed = Math.min(grams, HEAD - max);
    const least = indexed - 2 * max;
    if (least < 1 || distinctGrams(q).length <= 2 * max) return [];
    const shared = new Uint8Array(this.size);
    // The last bigram of q each entry was counted for: one count per bigram of q.
    const counted = new Int32Array(this.size).fill(-1);
    for (let p = 0; p < indexed; p++) {
      const gram = gramAt(q, p);
      for (let at = Math.max(0, p - max); at <= p + max; at++) {
        for (const entry of this.heads.get(gram * HEAD + at) ?? NONE) {
          if (counted[entry] === p) continue;
          counted[entry] = p;
          shared[entry]++;
        }
      }
    }
    // In entry order: the caller reads the entries one after another through memory.
    const out: Array<{ entry: number; fewestEdits: number }> = [];
    for (let entry = 0; entry < this.size; entry++) {
      if (shared[entry] >= least) out.push({ entry, fewestEdits: Math.ceil((indexed - shared[entry]) / 2) });
    }
    return out;
  }
}
