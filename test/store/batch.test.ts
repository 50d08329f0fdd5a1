import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allEdges, allNodes } from '../../graph/cypher/read.js';
import type { EntityKind } from '../../graph/schema.js';
import { GrafeoStore } from '../../graph/store/grafeo.js';
import { readRows } from '../../graph/store/read.js';
import { entity, extraction, fact, relation, storedDocument } from './fixtures.js';

const city = entity('City', '青禾市', { aliases: ['青禾'] });
const county = entity('County', '松溪县');
const firm = entity('Enterprise', '远山新材料有限公司', { aliases: ['远山新材'] });

function report(file: string, text: string, extra: { aliases?: string[] } = {}) {
  const doc = storedDocument(file, text);
  return {
    doc,
    extraction: extraction(doc, {
      entities: [{ ...city, aliases: extra.aliases ?? city.aliases }, county, firm],
      relations: [
        relation('PART_OF', county, city, doc.id, `${text}：松溪县隶属青禾市。`),
        relation('LOCATED_IN', firm, county, doc.id, `${text}：远山新材落户松溪县。`, 30),
      ],
      facts: [fact(city, '地区生产总值', text.length, 2023, doc.id)],
    }),
  };
}

const stores: GrafeoStore[] = [];
async function fresh(): Promise<GrafeoStore> {
  const store = GrafeoStore.open();
  await store.init();
  stores.push(store);
  return store;
}
beforeEach(() => { stores.length = 0; });
afterEach(async () => { for (const s of stores) await s.close(); });

/** Nodes and edges without store-internal edge ids. */
async function graphOf(store: GrafeoStore) {
  const nodes = await readRows(store, allNodes());
  const edges = (await readRows(store, allEdges())).map(({ id: _id, ...rest }) => rest);
  return { nodes, edges };
}

describe('writing several documents in one transaction', () => {
  const a = report('a.txt', 'first report');
  const b = report('b.txt', 'second report', { aliases: ['青禾', 'Qinghe'] });
  const c = report('c.txt', 'third report');

  it('gives the same graph as writing them one after another', async () => {
    const one = await fresh();
    for (const r of [a, b, c]) await one.writeDocument(r.doc, r.extraction);
    const together = await fresh();
    const summaries = await together.writeDocuments([a, b, c]);
    expect(summaries.map((s) => s.status)).toEqual(['ingested', 'ingested', 'ingested']);
    expect(summaries[0]).toMatchObject({ entities: 3, relations: 2, facts: 1 });
    expect(await graphOf(together)).toEqual(await graphOf(one));
  });

  it('writes none of them when one fails', async () => {
    const store = await fresh();
    const bad = report('bad.txt', 'bad report');
    bad.extraction.entities.push({ ...firm, id: 'Bogus:x', kind: 'Bogus' as EntityKind });
    await expect(store.writeDocuments([a, bad])).rejects.toThrow(/Bogus/);
    expect(await store.counts()).toEqual({ nodes: 0, relationships: 0 });
    await store.writeDocuments([a, b]);
    expect((await store.counts()).nodes).toBeGreaterThan(0);
  });

  it('treats a repeated document as unchanged and a later version of a file as a replacement', async () => {
    const store = await fresh();
    const a2 = report('a.txt', 'first report, second edition');
    const summaries = await store.writeDocuments([a, b, { ...a, doc: { ...a.doc, file: 'copy-of-a.txt' } }, a2]);
    expect(summaries.map((s) => s.status)).toEqual(['ingested', 'ingested', 'unchanged', 'replaced']);
    const docs = await store.query('MATCH (d:Document) RETURN d.file AS file ORDER BY file');
    expect(docs.rows).toEqual([{ file: 'a.txt' }, { file: 'b.txt' }]);
    const partOf = await store.query('MATCH (:County)-[x:PART_OF]->(:City) RETURN x.documents AS d');
    expect(partOf.rows).toEqual([{ d: [b.doc.id, a2.doc.id] }]);
  });

  it('keeps evidence right across removals and rewrites of the same edges', async () => {
    const store = await fresh();
    await store.writeDocuments([a, b]);
    await store.removeDocument(b.doc.id);
    await store.writeDocuments([b, c]);
    const reference = await fresh();
    await reference.writeDocuments([a, b, c]);
    expect(await graphOf(store)).toEqual(await graphOf(reference));
    const counted = await store.query('MATCH ()-[x:LOCATED_IN]->() RETURN count(x) AS n, size(x.documents) AS d');
    expect(counted.rows).toEqual([{ n: 1, d: 3 }]);
  });
});

describe('entities the store already holds', () => {
  const cityOf = async (store: GrafeoStore) => (await store.query(
    'MATCH (e:City) RETURN e.aliases AS aliases, e.nameEn AS nameEn, e.divisionCode AS code, e.level AS level',
  )).rows;

  it('gain the aliases and properties later documents add, also after a reopen, and keep what they had', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-known-'));
    try {
      const path = join(dir, 'graph.grafeo');
      const first = GrafeoStore.open(path);
      await first.init();
      await first.writeDocuments([report('a.txt', 'first report')]);
      const b = report('b.txt', 'second report', { aliases: ['Qinghe'] });
      b.extraction.entities[0] = { ...b.extraction.entities[0], nameEn: 'Qinghe City' };
      await first.writeDocuments([b]);
      expect(await cityOf(first)).toEqual([{ aliases: ['青禾', 'Qinghe'], nameEn: 'Qinghe City', code: null, level: null }]);
      await first.close();

      const again = GrafeoStore.open(path);
      try {
        const c = report('c.txt', 'third report', { aliases: ['青禾', '青禾市区'] });
        c.extraction.entities[0] = { ...c.extraction.entities[0], nameEn: 'Other', divisionCode: '990100', level: 'city' };
        await again.writeDocuments([c, report('d.txt', 'fourth report')]);
        expect(await cityOf(again)).toEqual([
          { aliases: ['青禾', 'Qinghe', '青禾市区'], nameEn: 'Qinghe City', code: '990100', level: 'city' },
        ]);
        expect((await again.query('MATCH (e:Entity) RETURN count(e) AS n')).rows).toEqual([{ n: 3 }]);
      } finally {
        await again.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
