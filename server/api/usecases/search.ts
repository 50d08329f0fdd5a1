// Search keeps an in-memory index of entity names, rebuilt when the graph
// changes: at once after this server's own writes, and, for Neo4j, which
// other processes may write to, when the store's counts differ from those the
// index was built at (checked at most every few seconds). The embedded store's
// folder lock already rules out writers outside this process.
import type { GraphStore, StoreCounts } from '../../../graph/store/types.js';
import * as q from '../queries.js';
import type { SearchQuery } from '../schemas.js';
import { type IndexedEntity, type SearchIndex, buildIndex, search } from '../search-index.js';
import { asString, run } from './run.js';

async function loadIndex(store: GraphStore): Promise<SearchIndex> {
  const result = await run(store, q.listEntities());
  const entities: IndexedEntity[] = result.rows.map((row) => ({
    id: asString(row.id),
    kind: asString(row.kind),
    name: asString(row.name),
    aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
  }));
  return buildIndex(entities);
}

function sameCounts(a: StoreCounts, b: StoreCounts): boolean {
  return a.nodes === b.nodes && a.relationships === b.relationships;
}

export class EntitySearch {
  private index: Promise<{ index: SearchIndex; counts: StoreCounts }> | null = null;
  private checkedAt = 0;

  private readonly recheckMs: number;

  constructor(private readonly store: GraphStore) {
    this.recheckMs = store.kind === 'neo4j' ? 5_000 : Infinity;
  }

  /** Builds the index now, in the background, so the first search does not wait for it. */
  warm(): void {
    this.current().catch(() => {});
  }

  /** Drops the index; the next search rebuilds it. */
  invalidate(): void {
    this.index = null;
  }

  private build(): Promise<{ index: SearchIndex; counts: StoreCounts }> {
    const building = (async () => {
      const counts = await this.store.counts();
      return { index: await loadIndex(this.store), counts };
    })();
    building.catch(() => {
      if (this.index === building) this.index = null;
    });
    this.checkedAt = Date.now();
    this.index = building;
    return building;
  }

  private async current(): Promise<SearchIndex> {
    if (!this.index) return (await this.build()).index;
    const built = await this.index;
    if (Date.now() - this.checkedAt < this.recheckMs) return built.index;
    this.checkedAt = Date.now();
    if (sameCounts(built.counts, await this.store.counts())) return built.index;
    return (await this.build()).index;
  }

  /** Ids of the entities whose canonical name or alias is exactly `name` (in any script). */
  async exactIds(name: string): Promise<string[]> {
    return search(await this.current(), name, undefined, 50)
      .filter((hit) => hit.match === 'exact' || (hit.match === 'alias' && hit.score >= 3))
      .map((hit) => hit.id);
  }

  async search(query: SearchQuery) {
    return { results: search(await this.current(), query.q, query.kinds, query.limit) };
  }
}
