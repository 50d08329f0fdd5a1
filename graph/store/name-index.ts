// Entity names and aliases in memory, for substring search without scanning
// the graph: every name and alias is listed under each pair of adjacent
// characters it holds (single characters for one-character queries). A query
// takes the shortest list among its pairs and checks only those names for the
// whole text: the answer of `searchEntities` in graph/cypher/read.ts without
// reading every entity.
import type { EntityHit, EntitySearchOptions } from './types.js';

interface Entry extends EntityHit {
  aliases: string[];
}

export interface IndexedEntity {
  id: string;
  kind: string;
  name: string;
  aliases: readonly string[];
}

function keysOf(text: string): Set<string> {
  const chars = Array.from(text);
  const keys = new Set(chars);
  for (let i = 0; i + 1 < chars.length; i += 1) keys.add(chars[i] + chars[i + 1]);
  return keys;
}

/** The query's pairs of adjacent characters, or its one character. */
function queryKeys(text: string): string[] {
  const chars = Array.from(text);
  if (chars.length === 1) return chars;
  return chars.slice(1).map((c, i) => chars[i] + c);
}

function byLengthThenName(a: Entry, b: Entry): number {
  return a.name.length - b.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

export class NameIndex {
  private readonly entries: Entry[] = [];
  private readonly byId = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();

  static of(entities: Iterable<IndexedEntity>): NameIndex {
    const index = new NameIndex();
    for (const e of entities) index.add(e);
    return index;
  }

  /** A new entity, or new aliases of a known one (the graph keeps the union). */
  add(e: IndexedEntity): void {
    let at = this.byId.get(e.id);
    if (at === undefined) {
      at = this.entries.length;
      this.entries.push({ id: e.id, kind: e.kind, name: e.name, aliases: [] });
      this.byId.set(e.id, at);
      this.post(at, e.name);
    }
    const entry = this.entries[at];
    for (const alias of e.aliases) {
      if (alias === entry.name || entry.aliases.includes(alias)) continue;
      entry.aliases.push(alias);
      this.post(at, alias);
    }
  }

  private post(at: number, text: string): void {
    for (const key of keysOf(text)) {
      const list = this.postings.get(key);
      if (!list) this.postings.set(key, [at]);
      else if (list[list.length - 1] !== at) list.push(at);
    }
  }

  search(text: string, options: EntitySearchOptions = {}): EntityHit[] {
    const limit = options.limit ?? 20;
    if (text === '' || limit <= 0) return [];
    let shortest: number[] | undefined;
    for (const key of queryKeys(text)) {
      const list = this.postings.get(key);
      if (!list) return [];
      if (!shortest || list.length < shortest.length) shortest = list;
    }
    const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null;
    // The best `limit` hits so far, in order: a common pair can list most of the graph, so no full sort.
    const best: Entry[] = [];
    for (const at of shortest ?? []) {
      const e = this.entries[at];
      if (best.length === limit && byLengthThenName(e, best[limit - 1]) >= 0) continue;
      if ((kinds && !kinds.has(e.kind)) || best.includes(e)) continue;
      if (!e.name.includes(text) && !e.aliases.some((a) => a.includes(text))) continue;
      let i = best.length;
      while (i > 0 && byLengthThenName(e, best[i - 1]) < 0) i -= 1;
      best.splice(i, 0, e);
      if (best.length > limit) best.pop();
    }
    return best.map(({ id, kind, name }) => ({ id, kind, name }));
  }
}
