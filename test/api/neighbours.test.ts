// The neighbour pages Grafeo answers from memory must be the pages the shared
// Cypher queries give (the path a store without its own, Neo4j, takes): the
// same edges and nodes in the same order, the same totals, on the seeds graph.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GraphStore, NeighbourQuery } from '../../graph/store/types.js';
import { neighbourPageByQuery } from '../../server/api/usecases/explore.js';
import { seededStore } from './seeds.js';

let store: GraphStore | undefined;
let dataDir = '';
beforeAll(async () => {
  ({ store, dataDir } = await seededStore());
}, 120_000);
afterAll(async () => {
  await store?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('neighbour pages from memory', () => {
  test('When every seed entity is paged with and without filters, then the answers equal those of the Cypher queries', async () => {
    const s = store!;
    const degrees = await s.query('MATCH (e:Entity) OPTIONAL MATCH (e)-[r]-(:Entity) RETURN e.id AS id, count(r) AS degree ORDER BY degree DESC, id');
    const ids = degrees.rows.map((r) => String(r.id));
    const busiest = Number(degrees.rows[0].degree);
    expect(busiest).toBeGreaterThan(10);
    const queries: NeighbourQuery[] = ids.flatMap((id) => [
      { id, limit: 25, offset: 0 },
      { id, limit: 3, offset: 2 },
      { id, limit: 10, offset: 0, types: ['LOCATED_IN', 'PART_OF'] },
      { id, limit: 10, offset: 0, kinds: ['Industry', 'Enterprise'] },
    ]);
    queries.push({ id: ids[0], limit: 5, offset: busiest }, { id: 'City:无此市', limit: 25, offset: 0 });
    let edges = 0;
    for (const query of queries) {
      const fromMemory = await s.neighbourPage!(query);
      expect(JSON.stringify(fromMemory), JSON.stringify(query)).toBe(JSON.stringify(await neighbourPageByQuery(s, query)));
      edges += fromMemory.edges.length;
    }
    expect(edges).toBeGreaterThan(ids.length);
  }, 60_000);
});
