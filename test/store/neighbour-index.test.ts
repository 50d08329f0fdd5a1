// Neighbour pages the Grafeo store answers from its in-memory index: order,
// filters, paging, unknown ids, and that every write and removal shows in the
// next page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GrafeoStore } from '../../graph/store/grafeo.js';
import type { NeighbourPage, NeighbourQuery } from '../../graph/store/types.js';
import { conformanceCorpus } from './fixtures.js';

const { entities: E, docs } = conformanceCorpus();

let store: GrafeoStore;
beforeEach(async () => {
  store = GrafeoStore.open();
  await store.init();
});
afterEach(async () => {
  await store.close();
});

const page = (query: Partial<NeighbourQuery> & { id: string }) => store.neighbourPage({ limit: 25, offset: 0, ...query });

/** Each edge as `type far-id weight`, in page order. */
function summary(answer: NeighbourPage): string[] {
  const centre = answer.centre?.id;
  return answer.edges.map(({ edge, node, source, target }) => {
    expect([source, target]).toContain(centre);
    expect([source, target]).toContain(node.id);
    return `${edge.type} ${node.id} ${(edge.properties.documents as unknown[]).length}`;
  });
}

describe('the Grafeo neighbour index', () => {
  it('orders edges by supporting documents, then far id, then type, and counts them all', async () => {
    await store.writeDocument(docs.a.doc, docs.a.extraction);
    await store.writeDocument(docs.b.doc, docs.b.extraction);
    const answer = await page({ id: E.county.id });
    expect(answer.centre?.id).toBe(E.county.id);
    expect(answer.centre?.properties.aliases).toEqual(['松溪']);
    expect(summary(answer)).toEqual([
      `PART_OF ${E.city.id} 2`,
      ...[`LOCATED_IN ${E.firm.id} 1`, `LOCATED_IN ${E.firm2.id} 1`].sort(),
    ]);
    expect(answer.total).toBe(3);
    const evidence = answer.edges[0].edge.properties.sentences;
    expect(evidence).toEqual(['松溪县隶属青禾市。', '松溪县是青禾市下辖县。']);
  });

  it('filters by type and by the far kind, pages without overlap and gives an empty page past the end', async () => {
    await store.writeDocument(docs.a.doc, docs.a.extraction);
    await store.writeDocument(docs.b.doc, docs.b.extraction);
    const byType = await page({ id: E.firm.id, types: ['IN_INDUSTRY'] });
    expect(summary(byType)).toEqual([`IN_INDUSTRY ${E.materials.id} 2`, `IN_INDUSTRY ${E.electronics.id} 1`]);
    const byKind = await page({ id: E.firm.id, kinds: ['Enterprise', 'County'] });
    expect(byKind.edges.map((e) => e.node.id).sort()).toEqual([E.county.id, E.firm2.id].sort());
    expect(byKind.total).toBe(2);
    const all = summary(await page({ id: E.firm.id }));
    const pages = [0, 1, 2, 3].map(async (offset) => summary(await page({ id: E.firm.id, limit: 1, offset })));
    expect((await Promise.all(pages)).flat()).toEqual(all);
    const past = await page({ id: E.firm.id, offset: 10 });
    expect(past.edges).toEqual([]);
    expect(past.total).toBe(all.length);
  });

  it('answers an unknown id with no centre, and a known entity without edges with its centre', async () => {
    await store.writeDocument(docs.c1.doc, docs.c1.extraction);
    expect(await page({ id: 'County:无此县' })).toEqual({ centre: null, edges: [], total: 0 });
    const lonely = await page({ id: E.project.id, types: ['PART_OF'] });
    expect(lonely.centre?.id).toBe(E.project.id);
    expect(lonely.total).toBe(0);
  });

  it('shows an entity as the latest write left it, also as the far end of a page read before the write', async () => {
    await store.writeDocument(docs.a.doc, docs.a.extraction);
    const aliasesOf = async () => {
      const fromCity = (await page({ id: E.city.id })).edges.find((e) => e.node.id === E.county.id);
      return [(await page({ id: E.county.id })).centre?.properties.aliases, fromCity?.node.properties.aliases];
    };
    expect((await aliasesOf()).flat()).not.toContain('松溪别名');
    const withAlias = docs.b.extraction.entities.map((e) => (e.id === E.county.id ? { ...e, aliases: [...e.aliases, '松溪别名'] } : e));
    expect(withAlias).not.toEqual(docs.b.extraction.entities);
    await store.writeDocument(docs.b.doc, { ...docs.b.extraction, entities: withAlias });
    for (const aliases of await aliasesOf()) expect(aliases).toContain('松溪别名');
  });

  it('shows every write, replacement and removal in the next page', async () => {
    await store.writeDocument(docs.a.doc, docs.a.extraction);
    expect(summary(await page({ id: E.county2.id }))).toEqual([`PART_OF ${E.city.id} 1`]);
    await store.writeDocument(docs.c1.doc, docs.c1.extraction);
    expect(summary(await page({ id: E.county2.id }))).toEqual([`PART_OF ${E.city.id} 2`, `LOCATED_IN ${E.project.id} 1`]);
    await store.writeDocument(docs.c2.doc, docs.c2.extraction);
    expect(summary(await page({ id: E.county2.id }))).toEqual([`PART_OF ${E.city.id} 2`]);
    expect((await page({ id: E.project.id })).centre).toBeNull();
    expect(await store.removeDocument(docs.c2.doc.id)).toBe(true);
    expect(summary(await page({ id: E.county2.id }))).toEqual([`PART_OF ${E.city.id} 1`]);
  });

  it('is built by warm() before any page, and a write after warming still shows in the next page', async () => {
    await store.writeDocument(docs.a.doc, docs.a.extraction);
    await store.warm();
    expect(summary(await page({ id: E.county2.id }))).toEqual([`PART_OF ${E.city.id} 1`]);
    await store.writeDocument(docs.c1.doc, docs.c1.extraction);
    await store.warm();
    expect(summary(await page({ id: E.county2.id }))).toEqual([`PART_OF ${E.city.id} 2`, `LOCATED_IN ${E.project.id} 1`]);
  });
});
