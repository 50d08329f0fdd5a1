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

export interface SearchIndex {
  entries: Entry[];
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const HAN = /\p{Script=Han}/u;
const IGNORED = /[\s\p{P}\p{S}]+/gu;

/** Lower case, full-width folded, traditional to simplified, no spaces or punctuation. */
export function normalizeKey(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase().replace(IGNORED, '');
  return HAN.test(folded) ? toSimplified(folded) : folded;
}

function pinyinKey(name: string): string {
  if (!HAN.test(name)) return '';
  return pinyin(name, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase().replace(IGNORED, '');
}

export function buildIndex(entities: IndexedEntity[]): SearchIndex {
  return {
    entries: entities.map((e) => ({
      ...e,
      nameKey: normalizeKey(e.name),
      pinyinKey: pinyinKey(e.name),
      aliasKeys: [...new Set(e.aliases.map(normalizeKey).filter(Boolean))],
    })),
  };
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

/** The best way `q` matches a key, with closeness in (0, 1]: how much of the key the query covers. */
function matchKey(q: string, key: string, asAlias: boolean): { tier: Tier; closeness: number } | null {
  if (!key) return null;
  const closeness = Math.min(q.length, key.length) / Math.max(q.length, key.length);
  if (key === q) return { tier: asAlias ? 'alias' : 'exact', closeness };
  if (key.startsWith(q)) return { tier: asAlias ? 'alias' : 'prefix', closeness };
  if (key.includes(q)) return { tier: 'fuzzy', closeness: closeness * 0.9 };
  return null;
}

function bestMatch(q: string, entry: Entry): { tier: Tier; closeness: number } | null {
  let best: { tier: Tier; closeness: number } | null = null;
  const consider = (m: { tier: Tier; closeness: number } | null) => {
    if (m && (!best || TIERS[m.tier] + m.closeness > TIERS[best.tier] + best.closeness)) best = m;
  };
  consider(matchKey(q, entry.nameKey, false));
  consider(matchKey(q, entry.pinyinKey, false));
  for (const alias of entry.aliasKeys) consider(matchKey(q, alias, true));
  return best;
}

/** Typos: one edit in a short query, two in a long one, against the name, its pinyin and aliases. */
function typoMatch(q: string, entry: Entry): { tier: Tier; closeness: number } | null {
  const max = q.length >= 8 ? 2 : 1;
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

export function search(index: SearchIndex, query: string, kinds: readonly string[] | undefined, limit: number): SearchHit[] {
  const q = normalizeKey(query);
  if (!q) return [];
  const allowed = kinds && kinds.length > 0 ? new Set(kinds) : null;
  const hits: Array<{ entry: Entry; tier: Tier; score: number }> = [];
  const pending: Entry[] = [];
  for (const entry of index.entries) {
    if (allowed && !allowed.has(entry.kind)) continue;
    const m = bestMatch(q, entry);
    if (m) hits.push({ entry, tier: m.tier, score: TIERS[m.tier] + m.closeness });
    else pending.push(entry);
  }
  // Edit distance is the expensive part: only when the cheaper tiers leave room, and only for queries long enough to mean something.
  if (hits.length < limit && q.length >= 3) {
    for (const entry of pending) {
      const m = typoMatch(q, entry);
      if (m) hits.push({ entry, tier: m.tier, score: TIERS[m.tier] + m.closeness });
    }
  }
  hits.sort((a, b) => b.score - a.score || a.entry.name.length - b.entry.name.length || a.entry.id.localeCompare(b.entry.id));
  return hits.slice(0, limit).map(({ entry, tier, score }) => ({
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    aliases: entry.aliases,
    score: Math.round(score * 1000) / 1000,
    match: tier,
  }));
}
