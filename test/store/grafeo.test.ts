import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entityNeighbours, factsWhere, searchEntities } from '../../graph/cypher/read.js';
import { GrafeoStore } from '../../graph/store/grafeo.js';
import { readRows } from '../../graph/store/read.js';
import { entity, extraction, fact, relation, storedDocument } from './fixtures.js';

const city = entity('City', '青禾市', { aliases: ['青禾'], divisionCode: '990100', level: 'city' });
const county = entity('County', '松溪县', { aliases: ['松溪'] });
const firm = entity('Enterprise', '远山新材料有限公司', { aliases: ['远山新材'] });
const industry = entity('Industry', '新材料产业');

let store: GrafeoStore;
beforeEach(async () => {
  store = GrafeoStore.open();
  await store.init();
});
afterEach(() => store.close());

const docA = storedDocument('a.txt', 'document a');
const docB = storedDocument('b.txt', 'document b');

function extractionA() {
  return extraction(docA, {
    entities: [city, county, firm, industry],
    relations: [
      relation('PART_OF', county, city, docA.id, '松溪县隶属青禾市。'),
      relation('LOCATED_IN', firm, county, docA.id, '远山新材落户松溪县。', 20),
      relation('IN_INDUSTRY', firm, industry, docA.id, '远山新材发展新材料产业。', 40),
    ],
    facts: [fact(city, '地区生产总值', 1234.5, 2023, docA.id), fact(county, '财政收入', 56, 2022, docA.id)],
  });
}

function extractionB() {
  const other = entity('Enterprise', '白石电子有限公司');
  return extraction(docB, {
    entities: [{ ...city, aliases: ['青禾', 'Qinghe'] }, county, other],
    relations: [
      relation('PART_OF', county, city, docB.id, '松溪县是青禾市下辖县。', 5),
      relation('LOCATED_IN', other, county, docB.id, '白石电子位于松溪县。', 30),
    ],
    facts: [fact(city, '地区生产总值', 1300, 2024, docB.id)],
  });
}

async function edge(type: string, from: string, to: string) {
  const r = await store.query(`MATCH (a {id: $from})-[x:${type}]->(b {id: $to}) RETURN properties(x) AS p`, { params: { from, to } });
  return r.rows[0]?.p as Record<string, unknown[]> | undefined;
}

async function entityIds() {
  return (await store.query('MATCH (e:Entity) RETURN e.id AS id ORDER BY id')).rows.map((r) => r.id);
}

describe('GrafeoStore', () => {
  it('writes entities with both labels, documents, mentions, evidence and facts', async () => {
    const summary = await store.writeDocument(docA, extractionA());
    expect(summary).toEqual({ status: 'ingested', entities: 4, relations: 3, facts: 2 });
    const { rows } = await store.query('MATCH (e:City) RETURN labels(e) AS labels, e.name AS name, e.aliases AS aliases, e.divisionCode AS code');
    expect(rows).toEqual([{ labels: expect.arrayContaining(['Entity', 'City']), name: '青禾市', aliases: ['青禾'], code: '990100' }]);
    const mentions = await store.query('MATCH (d:Document {id: $id})-[m:MENTIONS]->(e:Entity) RETURN count(e) AS n', { params: { id: docA.id } });
    expect(mentions.rows[0].n).toBe(4);
    const partOf = await edge('PART_OF', county.id, city.id);
    expect(partOf).toEqual({ documents: [docA.id], sentences: ['松溪县隶属青禾市。'], starts: [0], ends: [9] });
    const facts = await readRows(store, factsWhere({ place: city.id, year: 2023 }, 10));
    expect(facts).toEqual([expect.objectContaining({ indicator: '地区生产总值', value: 1234.5, document: docA.id })]);
  });

  it('returns graph values as plain nodes, edges and paths keyed by entity id', async () => {
    await store.writeDocument(docA, extractionA());
    const { rows } = await store.query('MATCH p = (a:County)-[r:PART_OF]->(b:City) RETURN a, r, p');
    expect(rows[0].a).toMatchObject({ id: county.id, labels: ['County', 'Entity'] });
    expect(rows[0].r).toMatchObject({ type: 'PART_OF', source: county.id, target: city.id });
    expect(rows[0].p).toMatchObject({ nodes: [{ id: county.id }, { id: city.id }], edges: [{ source: county.id }] });
  });

  it('leaves the same bytes alone and merges evidence and aliases across documents', async () => {
    await store.writeDocument(docA, extractionA());
    const before = await store.counts();
    expect((await store.writeDocument(docA, extractionA())).status).toBe('unchanged');
    expect(await store.counts()).toEqual(before);
    await store.writeDocument(docB, extractionB());
    const partOf = await edge('PART_OF', county.id, city.id);
    expect(partOf?.documents).toEqual([docA.id, docB.id]);
    expect(partOf?.starts).toEqual([0, 5]);
    const aliases = await store.query('MATCH (e {id: $id}) RETURN e.aliases AS a', { params: { id: city.id } });
    expect(aliases.rows[0].a).toEqual(['青禾', 'Qinghe']);
  });

  it('removes a document and exactly what only it supported', async () => {
    await store.writeDocument(docA, extractionA());
    await store.writeDocument(docB, extractionB());
    expect(await store.removeDocument(docB.id)).toBe(true);
    expect(await entityIds()).toEqual([city.id, county.id, firm.id, industry.id].sort());
    expect((await edge('PART_OF', county.id, city.id))?.documents).toEqual([docA.id]);
    const aliases = await store.query('MATCH (e {id: $id}) RETURN e.aliases AS a', { params: { id: city.id } });
    expect(aliases.rows[0].a).toEqual(['青禾']);
    expect(await readRows(store, factsWhere({ place: city.id }, 10))).toHaveLength(1);
    expect(await store.removeDocument(docB.id)).toBe(false);
    await store.removeDocument(docA.id);
    expect(await store.counts()).toEqual({ nodes: 0, relationships: 0 });
  });

  it('replaces the contributions of an earlier version of the same file', async () => {
    await store.writeDocument(docA, extractionA());
    const changed = storedDocument('a.txt', 'document a, second edition');
    const next = extraction(changed, {
      entities: [city, county],
      relations: [relation('PART_OF', county, city, changed.id, '松溪县属青禾市。')],
    });
    expect((await store.writeDocument(changed, next)).status).toBe('replaced');
    expect(await entityIds()).toEqual([city.id, county.id].sort());
    expect((await edge('PART_OF', county.id, city.id))?.documents).toEqual([changed.id]);
    const docs = await store.query('MATCH (d:Document) RETURN d.id AS id');
    expect(docs.rows).toEqual([{ id: changed.id }]);
  });

  it('stores a symmetric relation once whichever way it was stated', async () => {
    const a = entity('Enterprise', '甲公司');
    const b = entity('Enterprise', '乙公司');
    const doc = storedDocument('c.txt', 'c');
    await store.writeDocument(doc, extraction(doc, {
      entities: [a, b],
      relations: [relation('COOPERATES_WITH', a, b, doc.id, '甲乙合作。'), relation('COOPERATES_WITH', b, a, doc.id, '乙甲合作。', 9)],
    }));
    const r = await store.query('MATCH ()-[x:COOPERATES_WITH]->() RETURN x.sentences AS s');
    expect(r.rows).toEqual([{ s: ['甲乙合作。', '乙甲合作。'] }]);
  });

  it('answers the shared search and neighbour queries', async () => {
    await store.writeDocument(docA, extractionA());
    expect(await readRows(store, searchEntities('远山', 5))).toEqual([expect.objectContaining({ id: firm.id })]);
    const neighbours = await readRows(store, entityNeighbours(county.id, 10));
    expect(neighbours.map((r) => r.id).sort()).toEqual([city.id, firm.id].sort());
  });

  it('applies the row limit and the timeout', async () => {
    await store.writeDocument(docA, extractionA());
    const limited = await store.query('MATCH (e:Entity) RETURN e.id AS id', { rowLimit: 2 });
    expect(limited.rows).toHaveLength(2);
    expect(limited.truncated).toBe(true);
    await expect(store.query('UNWIND range(1, 3000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS c', { timeoutMs: 1 }))
      .rejects.toMatchObject({ code: 'TIMEOUT' });
  });
});
