// Name search over every entity, held in memory: one linear scan per query
// over pre-normalised keys is fast at the sizes we hold (tens of thousands of
// entities) and ranks in ways Cypher string predicates cannot (pinyin,
// traditional characters, edit distance).
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { SearchHit } from './schemas.js';
import { headDistance } from './head-distance.js';
import { GramIndex } from './search-grams.js';
import { type RankedHit, TopHits } from './search-top-hits.js';

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
  /** Length of the entry's shortest key: the bound of how close a containment match can be. */
  shortest: number;
}

/** Keys of one length in code-unit order, each beside its entry: prefix matches are one binary search away. */
interface KeyTable {
  keys: string[];
  entries: Entry[];
  /**
   * Where the keys starting with each code unit lie, [from, to): a query walks
   * a hundred tables or more (pinyin keys are long) and skips at once those
   * holding no key with its first character.
   */
  spans: Map<number, { from: number; to: number }>;
}

export interface SearchIndex {
  entries: Entry[];
  /**
   * Name and pinyin keys, and alias keys, in tables by key length: a prefix
   * match's score falls with the key's length, so the tables are read from
   * the query's length up and left as soon as the best hits are known.
   */
  names: KeyTable[];
  aliases: KeyTable[];
  /** Candidates for containment and typo matches; `entries` are numbered as it numbers them, shortest key first. */
  grams: GramIndex;
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

function keyTables(pairs: Array<{ key: string; entry: Entry }>): KeyTable[] {
  const byLength: Array<Array<{ key: string; entry: Entry }>> = [];
  for (const pair of pairs) (byLength[pair.key.length] ??= []).push(pair);
  const tables: KeyTable[] = [];
  byLength.forEach((list, length) => {
    list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const spans = new Map<number, { from: number; to: number }>();
    list.forEach(({ key }, i) => {
      const span = spans.get(key.charCodeAt(0));
      if (span) span.to = i + 1;
      else spans.set(key.charCodeAt(0), { from: i, to: i + 1 });
    });
    tables[length] = { keys: list.map((p) => p.key), entries: list.map((p) => p.entry), spans };
  });
  return tables;
}

/**
 * The entries made again in index order, their keys cut from one string: a
 * search checks thousands of candidates spread over the index, and entries
 * and keys scattered over the heap cost a cache miss each (on the 1,000-document
 * graph, xianshi 13 -> 3 ms). Candidate lists are in index order too.
 */
function laidOut(entries: Entry[]): Entry[] {
  const text = entries.map((e) => e.nameKey + e.pinyinKey + e.aliasKeys.join('')).join('');
  let at = 0;
  const cut = (key: string) => text.slice(at, (at += key.length));
  return entries.map((e) => ({ ...e, nameKey: cut(e.nameKey), pinyinKey: cut(e.pinyinKey), aliasKeys: e.aliasKeys.map(cut) }));
}

export function buildIndex(entities: IndexedEntity[]): SearchIndex {
  const entries: Entry[] = laidOut(entities.map((e) => {
    const { key: nameKey, pinyin: pinyinKey } = keysOf(e.name);
    const aliasKeys = [...new Set(e.aliases.map((a) => keysOf(a).key).filter(Boolean))];
    const lengths = [nameKey, pinyinKey, ...aliasKeys].filter(Boolean).map((k) => k.length);
    return { ...e, nameKey, pinyinKey, aliasKeys, shortest: lengths.length > 0 ? Math.min(...lengths) : Infinity };
  }).sort((a, b) => a.shortest - b.shortest));
  const names: Array<{ key: string; entry: Entry }> = [];
  const aliases: Array<{ key: string; entry: Entry }> = [];
  for (const entry of entries) {
    if (entry.nameKey) names.push({ key: entry.nameKey, entry });
    if (entry.pinyinKey && entry.pinyinKey !== entry.nameKey) names.push({ key: entry.pinyinKey, entry });
    for (const key of entry.aliasKeys) aliases.push({ key, entry });
  }
  const grams = GramIndex.build(entries.length, (i) => [entries[i].nameKey, entries[i].pinyinKey, ...entries[i].aliasKeys]);
  return { entries, names: keyTables(names), aliases: keyTables(aliases), grams };
}

/** Index of the first key of [lo, hi) not below `q`. */
function lowerBound(keys: string[], q: string, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

function keyDistance(q: string, key: string, max: number): number {
  return key ? headDistance(q, key, max) : max + 1;
}

/** Typos: one edit in a short query, two in a long one, against the name, its pinyin and aliases. */
function typoMatch(q: string, entry: Entry, max: number): Match | null {
  // The first key within reach gives the match; no list of keys is built: this runs for thousands of candidates.
  let distance = keyDistance(q, entry.nameKey, max);
  if (distance > max) distance = keyDistance(q, entry.pinyinKey, max);
  for (let i = 0; distance > max && i < entry.aliasKeys.length; i++) distance = keyDistance(q, entry.aliasKeys[i], max);
  return distance <= max ? { tier: 'fuzzy', closeness: typoScore(distance) - TIERS.fuzzy } : null;
}

type Hit = RankedHit<Entry, Tier>;

/**
 * Prefix matches, from the best possible score down: name and pinyin keys
 * (exact, then prefix, by key length), then alias keys, which rank below any
 * of them. A table whose score cannot enter the full list ends the walk, so a
 * common prefix costs the few tables it takes to fill the list.
 */
function prefixMatches(index: SearchIndex, q: string, allowed: Set<string> | null, top: TopHits<Entry, Tier>, seen: Set<Entry>): void {
  for (const [tables, alias] of [[index.names, false], [index.aliases, true]] as const) {
    for (let length = q.length; length < tables.length; length++) {
      const table = tables[length];
      if (!table) continue;
      const tier: Tier = alias ? 'alias' : length === q.length ? 'exact' : 'prefix';
      const score = TIERS[tier] + q.length / length;
      if (!top.admits(score)) return;
      const span = table.spans.get(q.charCodeAt(0));
      if (!span) continue;
      for (let i = lowerBound(table.keys, q, span.from, span.to); i < span.to && table.keys[i].startsWith(q); i++) {
        const entry = table.entries[i];
        if (seen.has(entry) || (allowed && !allowed.has(entry.kind))) continue;
        seen.add(entry);
        top.add({ entry, tier, score });
      }
    }
  }
}

/** The best a typo `edits` edits away can score; at least one (none would be a prefix match, and typos are looked for only when nothing matched). */
const typoScore = (edits: number) => TIERS.fuzzy + 0.5 / (1 + Math.max(1, edits));

/**
 * Whether a typo candidate may still rank before `last`, the worst of a full
 * list, judged by the fewest edits its bigrams allow: a tie goes to the shorter
 * name, and no name is shorter than its entry's shortest key.
 */
function mayEnter(last: Hit, entry: Entry, fewestEdits: number): boolean {
  const best = typoScore(fewestEdits);
  return best > last.score || (best === last.score && entry.shortest <= last.entry.name.length);
}

/**
 * Exact, prefix and alias matches come from the key tables. Only when they
 * leave room are names containing the query looked for, among the entries
 * holding its rarest bigram, shortest key first; and only when nothing
 * matched at all, typos. Every tier outranks the next, so a full list never
 * needs the slower steps.
 */
export function search(index: SearchIndex, query: string, kinds: readonly string[] | undefined, limit: number): SearchHit[] {
  const q = normalizeKey(query);
  if (!q) return [];
  const allowed = kinds && kinds.length > 0 ? new Set(kinds) : null;
  const top = new TopHits<Entry, Tier>(limit);
  const seen = new Set<Entry>();
  prefixMatches(index, q, allowed, top, seen);
  if (!top.full && q.length >= 2) {
    for (const i of index.grams.containing(q)) {
      const entry = index.entries[i];
      // Containment closeness is at most the query's share of the entry's shortest key; the list is in that order.
      if (!top.admits(TIERS.fuzzy + 0.9 * Math.min(1, q.length / entry.shortest))) break;
      if (seen.has(entry) || (allowed && !allowed.has(entry.kind))) continue;
      const m = bestMatch(q, entry);
      if (m) top.add({ entry, tier: m.tier, score: TIERS[m.tier] + m.closeness });
    }
  }
  if (top.hits.length === 0 && q.length >= 3) {
    const max = q.length >= 8 ? 2 : 1;
    for (const { entry: i, fewestEdits } of index.grams.near(q, max)) {
      const entry = index.entries[i];
      if (top.full && !mayEnter(top.last, entry, fewestEdits)) continue;
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
