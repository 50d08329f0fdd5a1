// Name search over every entity, held in memory: one linear scan per query
// over pre-normalised keys is fast at the sizes we hold (tens of thousands of
// entities) and ranks in ways Cypher string predicates cannot (pinyin,
// traditional characters, edit distance).
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { SearchHit } from './schemas.js';

export interface IndexedEntity {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
}

interface Entry extends IndexedEntity {
  /** Normalised canonical name and its pinyin (empty when the name has no Han characters). */
  nameKey: string;
  pinyinKey: string;
  aliasKeys: string[];
}

interface Key {
  key: string;
  entry: Entry;
  alias: boolean;
}

export interface SearchIndex {
  entries: Entry[];
  /** Every name, pinyin and alias key in code-unit order: prefix matches are one binary search away. */
  keys: Key[];
  /** Entries by each two-character piece of their keys: the candidates for containment and typo matches. */
  grams: Map<string, Entry[]>;
}

function bigrams(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= key.length; i++) out.push(key.slice(i, i + 2));
  return out;
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const HAN = /\p{Script=Han}/u;
const IGNORED = /[\s\p{P}\p{S}]+/gu;

/** Lower case, full-width folded, traditional to simplified, no spaces or punctuation. */
export function normalizeKey(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase().replace(IGNORED, '');
  return HAN.test(folded) ? toSimplified(folded) : folded;
}

/**
 * Keys by name, kept across rebuilds: names do not change, and script
 * conversion and pinyin are what a rebuild spends its time on.
 */
const nameKeys = new Map<string, { key: string; pinyin: string }>();

function keysOf(name: string): { key: string; pinyin: string } {
  let keys = nameKeys.get(name);
  if (!keys) {
    const han = HAN.test(name);
    keys = {
      key: normalizeKey(name),
      pinyin: han ? pinyin(name, { toneType: 'none', separator: '', v: true }).toLowerCase().replace(IGNORED, '') : '',
    };
    nameKeys.set(name, keys);
  }
  return keys;
}

export function buildIndex(entities: IndexedEntity[]): SearchIndex {
  const entries = entities.map((e) => {
    const { key, pinyin: pinyinKey } = keysOf(e.name);
    return { ...e, nameKey: key, pinyinKey, aliasKeys: [...new Set(e.aliases.map((a) => keysOf(a).key).filter(Boolean))] };
  });
  const keys: Key[] = [];
  for (const entry of entries) {
    if (entry.nameKey) keys.push({ key: entry.nameKey, entry, alias: false });
    if (entry.pinyinKey) keys.push({ key: entry.pinyinKey, entry, alias: false });
    for (const key of entry.aliasKeys) keys.push({ key, entry, alias: true });
  }
  keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const grams = new Map<string, Entry[]>();
  for (const entry of entries) {
    const own = new Set([entry.nameKey, entry.pinyinKey, ...entry.aliasKeys].flatMap(bigrams));
    for (const gram of own) {
      const list = grams.get(gram);
      if (list) list.push(entry);
      else grams.set(gram, [entry]);
    }
  }
  return { entries, keys, grams };
}

/** Index of the first key not below `q`. */
function lowerBound(keys: Key[], q: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid].key < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Levenshtein distance, abandoned (returns max + 1) once it must exceed `max`. */
function withinDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}

const TIERS = { exact: 4, prefix: 3, alias: 2, fuzzy: 1 } as const;
type Tier = keyof typeof TIERS;

interface Match {
  tier: Tier;
  /** In (0, 1]: how much of the key the query covers. */
  closeness: number;
}

/** How `q` matches one key, or null. No closures here: this runs for every key of every entity. */
function matchKey(q: string, key: string, asAlias: boolean): Match | null {
  if (!key) return null;
  const isPrefix = key.startsWith(q);
  if (!isPrefix && !key.includes(q)) return null;
  const closeness = Math.min(q.length, key.length) / Math.max(q.length, key.length);
  if (key.length === q.length) return { tier: asAlias ? 'alias' : 'exact', closeness };
  if (isPrefix) return { tier: asAlias ? 'alias' : 'prefix', closeness };
  return { tier: 'fuzzy', closeness: closeness * 0.9 };
}

function better(a: Match | null, b: Match | null): Match | null {
  if (!a) return b;
  if (!b) return a;
  return TIERS[b.tier] + b.closeness > TIERS[a.tier] + a.closeness ? b : a;
}

function bestMatch(q: string, entry: Entry): Match | null {
  let best = better(matchKey(q, entry.nameKey, false), matchKey(q, entry.pinyinKey, false));
  for (let i = 0; i < entry.aliasKeys.length; i++) best = better(best, matchKey(q, entry.aliasKeys[i], true));
  return best;
}

/** Typos: one edit in a short query, two in a long one, against the name, its pinyin and aliases. */
function typoMatch(q: string, entry: Entry, max: number): Match | null {
  for (const key of [entry.nameKey, entry.pinyinKey, ...entry.aliasKeys]) {
    if (!key) continue;
    // A typo in the beginning of a longer name counts too: compare with the key's heads around the query's length.
    let distance = withinDistance(q, key, max);
    for (let n = q.length - max; n <= q.length + max && distance > 0; n++) {
      if (n > 0 && n < key.length) distance = Math.min(distance, withinDistance(q, key.slice(0, n), max));
    }
    if (distance <= max) return { tier: 'fuzzy', closeness: 0.5 / (1 + distance) };
  }
  return null;
}

interface Hit {
  entry: Entry;
  tier: Tier;
  score: number;
}

/** Whether hit a ranks before hit b: score, then the shorter name, then the id in code-unit order. */
function ranksBefore(a: Hit, b: Hit): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.entry.name.length !== b.entry.name.length) return a.entry.name.length < b.entry.name.length;
  return a.entry.id < b.entry.id;
}

/** Keeps the best `limit` hits in order; most hits lose to the current last and cost one comparison. */
class TopHits {
  readonly hits: Hit[] = [];
  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.hits.length >= this.limit;
  }

  add(hit: Hit): void {
    const hits = this.hits;
    if (this.full && !ranksBefore(hit, hits[hits.length - 1])) return;
    let i = hits.length;
    while (i > 0 && ranksBefore(hit, hits[i - 1])) i--;
    hits.splice(i, 0, hit);
    if (hits.length > this.limit) hits.pop();
  }
}

/** The posting lists of q's distinct bigrams, shortest first; an empty list when a bigram is in no key. */
function postings(index: SearchIndex, q: string): Entry[][] {
  return [...new Set(bigrams(q))].map((gram) => index.grams.get(gram) ?? []).sort((a, b) => a.length - b.length);
}

/**
 * Entries that may contain q: a key containing q holds every bigram of q, so
 * the shortest posting list holds them all; bestMatch checks each.
 */
function containmentCandidates(index: SearchIndex, q: string): Entry[] {
  return postings(index, q)[0] ?? [];
}

/**
 * Entries that may be within `max` edits of q: an edit breaks at most two
 * bigrams, so such a key holds at least one of any 2·max + 1 of q's bigrams;
 * the shortest lists are taken. typoMatch checks each. A query with fewer
 * bigrams than that is too short to tell a typo from another name: none.
 */
function typoCandidates(index: SearchIndex, q: string, max: number): Iterable<Entry> {
  const lists = postings(index, q);
  if (lists.length <= 2 * max) return [];
  return new Set(lists.slice(0, 2 * max + 1).flat());
}

/**
 * Exact, prefix and alias matches come from the sorted keys. Only when they
 * leave room are names containing the query looked for, among the entries
 * holding its rarest bigram; and only when nothing matched at all, typos.
 * Every tier outranks the next, so a full list never needs the slower steps.
 */
export function search(index: SearchIndex, query: string, kinds: readonly string[] | undefined, limit: number): SearchHit[] {
  const q = normalizeKey(query);
  if (!q) return [];
  const allowed = kinds && kinds.length > 0 ? new Set(kinds) : null;
  const best = new Map<Entry, Match>();
  for (let i = lowerBound(index.keys, q); i < index.keys.length && index.keys[i].key.startsWith(q); i++) {
    const { key, entry, alias } = index.keys[i];
    if (allowed && !allowed.has(entry.kind)) continue;
    const m = better(best.get(entry) ?? null, matchKey(q, key, alias));
    if (m) best.set(entry, m);
  }
  const top = new TopHits(limit);
  for (const [entry, m] of best) top.add({ entry, tier: m.tier, score: TIERS[m.tier] + m.closeness });
  if (!top.full && q.length >= 2) {
    for (const entry of containmentCandidates(index, q)) {
      if (best.has(entry) || (allowed && !allowed.has(entry.kind))) continue;
      const m = bestMatch(q, entry);
      if (m) top.add({ entry, tier: m.tier, score: TIERS[m.tier] + m.closeness });
    }
  }
  if (top.hits.length === 0 && q.length >= 3) {
    const max = q.length >= 8 ? 2 : 1;
    for (const entry of typoCandidates(index, q, max)) {
      if (allowed && !allowed.has(entry.kind)) continue;
      const m = typoMatch(q, entry, max);
      if (m) top.add({ entry, tier: m.tier, score: TIERS[m.tier] + m.closeness });
    }
  }
  return top.hits.map(({ entry, tier, score }) => ({
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    aliases: entry.aliases,
    score: Math.round(score * 1000) / 1000,
    match: tier,
  }));
}
