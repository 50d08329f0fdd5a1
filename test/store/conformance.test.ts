// Every query text of graph/cypher against every store: Grafeo always, Neo4j
// when NEO4J_URI is set (it needs a database holding nothing but what this
// suite writes). CASES has one entry per export of the query modules, so a
// query added without a case fails the suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as read from '../../graph/cypher/read.js';
import * as remove from '../../graph/cypher/remove.js';
import * as schema from '../../graph/cypher/schema.js';
import type { Statement } from '../../graph/cypher/statement.js';
import * as write from '../../graph/cypher/write.js';
import { EdgeIndex } from '../../graph/store/edge-index.js';
import { EntityIndex } from '../../graph/store/entity-index.js';
import { readRows } from '../../graph/store/read.js';
import type { PlainValue, WriteSummary } from '../../graph/store/types.js';
import { removeDocumentWith, writeDocumentsWith } from '../../graph/store/write-document.js';
import { comparable, grafeoEngine, neo4jEngine, snapshotWith, type Engine, type Snapshot } from './conformance-engines.js';
import { conformanceCorpus } from './fixtures.js';

const { entities: E, docs: D } = conformanceCorpus();
const WRITES = [D.a, D.b, D.c1, D.c2];
const A = D.a.doc.id;
const B = D.b.doc.id;
const C = D.c2.doc.id;
const FACT_IDS = [`Fact:${A}:0`, `Fact:${A}:1`, `Fact:${B}:0`, `Fact:${C}:0`];
const STRUCTURAL = new Set(['MENTIONS', 'HAS_FACT', 'REPORTED_IN']);

interface Removal {
  mentioned: Record<string, PlainValue>[];
  removed: boolean;
  again: boolean;
  after: Snapshot;
}

interface Ctx {
  engine: Engine;
  rows(s: Statement): Promise<Record<string, PlainValue>[]>;
  statuses: WriteSummary['status'][];
  snapshot: Snapshot;
  /** The same documents written beside the store, through the MERGE texts and through the index writers. */
  beside: { merge: Snapshot; index: Snapshot };
  /** Document b removed through the store, once, after every read case. */
  removal(): Promise<Removal>;
}

interface Case {
  only?: Engine['name'];
  run(ctx: Ctx): Promise<unknown>;
}

type Edge = { type: string; source: string; target: string; properties: Record<string, unknown> };

function edgeIn(s: Snapshot, type: string, source: string, target: string): Record<string, unknown> | undefined {
  return (s.edges as Edge[]).find((e) => e.type === type && e.source === source && e.target === target)?.properties;
}

const entityEdges = (s: Snapshot) =>
  (s.edges as Edge[]).filter((e) => !STRUCTURAL.has(e.type)).map((e) => [e.type, e.source, e.target, e.properties.documents]);

const ids = (rows: Record<string, PlainValue>[]) => rows.map((r) => r.id);
const sorted = (list: string[]) => [...list].sort();

const SEARCHES: Array<[text: string, limit: number, kinds: string[]]> = [
  ['远山', 5, []], ['县', 10, []], ['县', 1, []], ['产业', 10, ['Industry']], ['产业', 10, ['City']], ['Qinghe', 5, []],
];

async function searchAnswers(ctx: Ctx, query: typeof read.searchEntities) {
  return Promise.all(SEARCHES.map(async ([text, limit, kinds]) => ids(await ctx.rows(query(text, limit, kinds)))));
}

const EXPECTED_SEARCHES = [
  [E.firm.id], [E.county.id, E.county2.id], [E.county.id], [E.materials.id, E.electronics.id], [], [E.city.id],
];

const CASES: Record<string, Case> = {
  'read.documentById': { async run(ctx) {
    const rows = (await ctx.rows(read.documentById(A))).map(comparable);
    expect(rows).toEqual([{ id: A, labels: ['Document'], properties: { ...D.a.doc } }]);
    expect(await ctx.rows(read.documentById('0000000000000000'))).toEqual([]);
    return rows;
  } },
  'read.documentsByFile': { async run(ctx) {
    const answer = [ids(await ctx.rows(read.documentsByFile('c.txt'))), ids(await ctx.rows(read.documentsByFile('a.txt')))];
    expect(answer).toEqual([[C], [A]]);
    return answer;
  } },
  'read.listDocuments': { async run(ctx) {
    const answer = ids(await ctx.rows(read.listDocuments()));
    expect(answer).toEqual([A, B, C]);
    return answer;
  } },
  'read.allNodes': { async run(ctx) {
    const answer = ids(await ctx.rows(read.allNodes()));
    const entities = Object.values(E).filter((e) => e !== E.project).map((e) => e.id);
    expect(answer).toEqual(sorted([...entities, A, B, C, ...FACT_IDS]));
    return answer;
  } },
  'read.allEdges': { async run(ctx) {
    const rows = await ctx.rows(read.allEdges());
    expect(rows).toHaveLength(30);
    expect(new Set(rows.map((r) => r.id)).size).toBe(30);
    const key = (e: unknown[]) => JSON.stringify(e);
    expect(entityEdges(ctx.snapshot).map(key).sort()).toEqual([
      ['PART_OF', E.county2.id, E.city.id, [A, C]],
      ['PART_OF', E.county.id, E.city.id, [A, B]],
      ['COOPERATES_WITH', ...sorted([E.firm.id, E.firm2.id]), [B]],
      ['IN_INDUSTRY', E.firm2.id, E.electronics.id, [B]],
      ['LOCATED_IN', E.firm2.id, E.county.id, [B]],
      ['IN_INDUSTRY', E.firm.id, E.electronics.id, [A]],
      ['IN_INDUSTRY', E.firm.id, E.materials.id, [A, B]],
      ['LOCATED_IN', E.firm.id, E.county.id, [A]],
    ].map(key).sort());
    return ctx.snapshot.edges;
  } },
  'read.neighbourhoodIds': { async run(ctx) {
    const one = sorted(ids(await ctx.rows(read.neighbourhoodIds(E.county.id, 1))) as string[]);
    expect(one).toEqual(sorted([E.county.id, E.city.id, E.firm.id, E.firm2.id, A, B, `Fact:${A}:1`]));
    const none = ids(await ctx.rows(read.neighbourhoodIds(E.county.id, 0)));
    expect(none).toEqual([E.county.id]);
    expect(() => read.neighbourhoodIds(E.county.id, 6)).toThrow(/depth 6 is not valid/);
    return [one, none];
  } },
  'read.nodesByIds': { async run(ctx) {
    const answer = ids(await ctx.rows(read.nodesByIds([E.firm2.id, E.city.id, 'City:无此市'])));
    expect(answer).toEqual(sorted([E.firm2.id, E.city.id]));
    return answer;
  } },
  'read.edgesAmong': { async run(ctx) {
    const answer = (await ctx.rows(read.edgesAmong([E.county.id, E.county2.id, E.city.id]))).map((r) => [r.type, r.source, r.target]);
    expect(answer).toEqual(sorted([E.county.id, E.county2.id]).map((id) => ['PART_OF', id, E.city.id]));
    return answer;
  } },
  'read.entityNeighbours': { async run(ctx) {
    const all = (await ctx.rows(read.entityNeighbours(E.county.id, 10))).map(comparable);
    const expected = [
      { id: E.city.id, name: E.city.name, labels: ['City', 'Entity'], type: 'PART_OF', outgoing: true },
      { id: E.firm.id, name: E.firm.name, labels: ['Enterprise', 'Entity'], type: 'LOCATED_IN', outgoing: false },
      { id: E.firm2.id, name: E.firm2.name, labels: ['Enterprise', 'Entity'], type: 'LOCATED_IN', outgoing: false },
    ].sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(all).toEqual(expected);
    const page = (await ctx.rows(read.entityNeighbours(E.county.id, 2))).map(comparable);
    expect(page).toEqual(expected.slice(0, 2));
    return [all, page];
  } },
  'read.entityNameList': { async run(ctx) {
    const rows = (await ctx.rows(read.entityNameList())).map(comparable).sort((x, y) => (String((x as { id: string }).id) < String((y as { id: string }).id) ? -1 : 1));
    expect(rows).toHaveLength(7);
    expect(rows).toContainEqual({ id: E.city.id, kind: 'City', name: E.city.name, aliases: ['青禾', 'Qinghe'] });
    expect(rows).toContainEqual({ id: E.firm2.id, kind: 'Enterprise', name: E.firm2.name, aliases: [] });
    return rows;
  } },
  'read.entityFacetList': { async run(ctx) {
    const rows = await ctx.rows(read.entityFacetList());
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(E.city.id)).toEqual({ id: E.city.id, aliases: ['青禾', 'Qinghe'], nameEn: true, divisionCode: true, level: true });
    expect(byId.get(E.firm.id)).toEqual({ id: E.firm.id, aliases: ['远山新材'], nameEn: false, divisionCode: false, level: false });
    expect(byId.size).toBe(7);
    return [...byId.values()].sort((x, y) => (String(x.id) < String(y.id) ? -1 : 1));
  } },
  'read.entityEdgeList': { async run(ctx) {
    const answer = (await ctx.rows(read.entityEdgeList())).map((r) => [r.type, r.source, r.target].join(' ')).sort();
    expect(answer).toEqual(entityEdges(ctx.snapshot).map((e) => e.slice(0, 3).join(' ')).sort());
    return answer;
  } },
  'read.searchEntities': { async run(ctx) {
    const answer = await searchAnswers(ctx, read.searchEntities);
    expect(answer).toEqual(EXPECTED_SEARCHES);
    const viaStore = await Promise.all(SEARCHES.map(async ([text, limit, kinds]) =>
      (await ctx.engine.store.searchEntities!(text, { limit, kinds })).map((h) => h.id)));
    expect(viaStore).toEqual(EXPECTED_SEARCHES);
    return answer;
  } },
  'read.searchEntitiesFulltext': { only: 'neo4j', async run(ctx) {
    const answer = await searchAnswers(ctx, read.searchEntitiesFulltext);
    expect(answer).toEqual(EXPECTED_SEARCHES);
    return answer;
  } },
  'read.factsWhere': { async run(ctx) {
    const facts = async (filter: read.FactFilter, limit = 10) =>
      (await ctx.rows(read.factsWhere(filter, limit))).map((r) => [r.place, r.indicator, r.value, r.year, r.document]);
    const gdp = '地区生产总值';
    const answer = [
      await facts({ place: E.city.id }), await facts({ indicator: '生产总值' }), await facts({ year: 2024 }), await facts({}, 2),
    ];
    expect(answer).toEqual([
      [[E.city.id, gdp, 1234.5, 2023, A], [E.city.id, gdp, 1300, 2024, B]],
      [[E.city.id, gdp, 1234.5, 2023, A], [E.city.id, gdp, 1300, 2024, B], [E.county2.id, gdp, 320, 2024, C]],
      [[E.city.id, gdp, 1300, 2024, B], [E.county2.id, gdp, 320, 2024, C]],
      [[E.city.id, gdp, 1234.5, 2023, A], [E.city.id, gdp, 1300, 2024, B]],
    ]);
    const one = await ctx.rows(read.factsWhere({ place: E.county.id, indicator: '财政', year: 2022 }, 10));
    expect(one).toEqual([{
      place: E.county.id, indicator: '财政收入', value: 56, unit: '亿元', measure: 'level', year: 2022, document: A, sentence: '松溪县财政收入56',
    }]);
    return [answer, one];
  } },
  'read.countNodes': { async run(ctx) {
    const [row] = await ctx.rows(read.countNodes());
    expect(row.count).toBe(14);
    expect((await ctx.engine.store.counts()).nodes).toBe(14);
    return row;
  } },
  'read.countEdges': { async run(ctx) {
    const [row] = await ctx.rows(read.countEdges());
    expect(row.count).toBe(30);
    expect((await ctx.engine.store.counts()).relationships).toBe(30);
    return row;
  } },

  'write.documentsLike': { async run(ctx) {
    const answer = (await ctx.rows(write.documentsLike([A, 'ffffffffffffffff'], ['c.txt']))).map((r) => `${r.id} ${r.file}`).sort();
    expect(answer).toEqual(sorted([`${A} a.txt`, `${C} c.txt`]));
    expect(ctx.statuses).toEqual(['ingested', 'ingested', 'ingested', 'replaced', 'unchanged', 'unchanged']);
    return answer;
  } },
  'write.createDocuments': { async run(ctx) {
    const docs = (ctx.snapshot.nodes as Array<{ id: string; properties: unknown }>).filter((n) => [A, B, C].includes(n.id));
    expect(docs.map((n) => n.properties)).toEqual([D.a.doc, D.b.doc, D.c2.doc].sort((x, y) => (x.id < y.id ? -1 : 1)).map((d) => ({ ...d })));
    return docs;
  } },
  'write.mergeEntities': { async run(ctx) {
    const city = (ctx.snapshot.nodes as Array<{ id: string; properties: unknown }>).find((n) => n.id === E.city.id);
    expect(city?.properties).toEqual({
      id: E.city.id, kind: 'City', name: E.city.name, aliases: ['青禾', 'Qinghe'], nameEn: 'Qinghe City', divisionCode: '990100', level: 'city',
    });
    expect(ctx.beside.merge).toEqual(ctx.snapshot);
    return city;
  } },
  'write.createEntities': { async run(ctx) {
    const firm = (ctx.snapshot.nodes as Array<{ id: string }>).find((n) => n.id === E.firm2.id);
    expect(firm).toEqual({ id: E.firm2.id, labels: ['Enterprise', 'Entity'], properties: { id: E.firm2.id, kind: 'Enterprise', name: E.firm2.name, aliases: [] } });
    expect(ctx.beside.index).toEqual(ctx.snapshot);
    return firm;
  } },
  'write.createMentions': { async run(ctx) {
    const rows = await ctx.rows({ text: 'MATCH (d:Document)-[m:MENTIONS]->(e:Entity) RETURN d.id AS d, e.id AS e, m.count AS n, m.aliases AS aliases ORDER BY d, e', params: {} });
    expect(rows).toHaveLength(14);
    expect(rows).toContainEqual({ d: A, e: E.firm.id, n: 3, aliases: ['远山新材'] });
    expect(rows).toContainEqual({ d: B, e: E.city.id, n: 1, aliases: ['青禾', 'Qinghe'] });
    return rows;
  } },
  'write.mergeRelations': { async run(ctx) {
    const partOf = edgeIn(ctx.beside.merge, 'PART_OF', E.county.id, E.city.id);
    expect(partOf).toEqual({ documents: [A, B], sentences: ['松溪县隶属青禾市。', '松溪县是青禾市下辖县。'], starts: [0, 5], ends: [9, 16] });
    expect(edgeIn(ctx.snapshot, 'PART_OF', E.county.id, E.city.id)).toEqual(partOf);
    return partOf;
  } },
  'write.createRelations': { async run(ctx) {
    const [from, to] = sorted([E.firm.id, E.firm2.id]);
    const together = edgeIn(ctx.beside.index, 'COOPERATES_WITH', from, to);
    expect(together).toEqual({ documents: [B], sentences: ['远山新材与白石电子合作。'], starts: [90], ends: [102] });
    expect(edgeIn(ctx.snapshot, 'COOPERATES_WITH', to, from)).toBeUndefined();
    return together;
  } },
  'write.appendEvidence': { async run(ctx) {
    // From the quiet source (the county: one PART_OF edge) and from the quiet target (the industry: one firm).
    const answer = [
      edgeIn(ctx.beside.index, 'PART_OF', E.county.id, E.city.id),
      edgeIn(ctx.beside.index, 'IN_INDUSTRY', E.firm.id, E.materials.id),
    ];
    expect(answer[0]?.documents).toEqual([A, B]);
    expect(answer[1]).toEqual({ documents: [A, B], sentences: ['远山新材发展新材料产业。', '远山新材做强新材料产业。'], starts: [30, 50], ends: [42, 62] });
    return answer;
  } },
  'write.createFacts': { async run(ctx) {
    const rows = await ctx.rows({ text: 'MATCH (e:Entity)-[:HAS_FACT]->(f:Fact)-[:REPORTED_IN]->(d:Document) RETURN e.id AS e, f.id AS f, d.id AS d ORDER BY f', params: {} });
    expect(rows).toEqual([
      { e: E.city.id, f: FACT_IDS[0], d: A }, { e: E.county.id, f: FACT_IDS[1], d: A },
      { e: E.city.id, f: FACT_IDS[2], d: B }, { e: E.county2.id, f: FACT_IDS[3], d: C },
    ].sort((x, y) => (x.f < y.f ? -1 : 1)));
    return rows;
  } },

  'remove.mentionedEntityIds': { async run(ctx) {
    const { mentioned, removed, again } = await ctx.removal();
    expect(mentioned.map((r) => [r.document, sorted(r.ids as string[])])).toEqual([
      [B, sorted(D.b.extraction.entities.map((e) => e.id))],
    ]);
    expect([removed, again]).toEqual([true, false]);
    expect(await ctx.rows(remove.mentionedEntityIds(B))).toEqual([]);
    return mentioned.length;
  } },
  'remove.dropEvidence': { async run(ctx) {
    const { after } = await ctx.removal();
    expect(edgeIn(after, 'PART_OF', E.county.id, E.city.id)).toEqual({ documents: [A], sentences: ['松溪县隶属青禾市。'], starts: [0], ends: [9] });
    expect(edgeIn(after, 'IN_INDUSTRY', E.firm.id, E.materials.id)?.documents).toEqual([A]);
    expect(entityEdges(after).filter((e) => (e[3] as string[]).includes(B))).toEqual([]);
    expect(entityEdges(after)).toHaveLength(5);
    return entityEdges(after);
  } },
  'remove.deleteFacts': { async run(ctx) {
    await ctx.removal();
    const answer = (await ctx.rows(read.factsWhere({}, 10))).map((r) => [r.place, r.document]);
    expect(answer).toEqual([[E.city.id, A], [E.county.id, A], [E.county2.id, C]].sort((x, y) => (x[0] < y[0] ? -1 : 1)));
    return answer;
  } },
  'remove.deleteDocument': { async run(ctx) {
    await ctx.removal();
    const answer = [await ctx.rows(read.documentById(B)), ids(await ctx.rows(read.listDocuments()))];
    expect(answer).toEqual([[], [A, C]]);
    return answer;
  } },
  'remove.deleteUnmentioned': { async run(ctx) {
    const { after } = await ctx.removal();
    const entities = (after.nodes as Array<{ id: string; labels: string[] }>).filter((n) => n.labels.includes('Entity')).map((n) => n.id);
    expect(entities).toEqual(sorted([E.city.id, E.county.id, E.county2.id, E.firm.id, E.materials.id, E.electronics.id]));
    return entities;
  } },
  'remove.recomputeAliases': { async run(ctx) {
    const { after } = await ctx.removal();
    const aliases = (after.nodes as Array<{ id: string; properties: { aliases?: string[] } }>).find((n) => n.id === E.city.id)?.properties.aliases;
    expect(aliases).toEqual(['青禾']);
    return aliases;
  } },

  'schema.schemaStatements': { async run(ctx) {
    const names = await ctx.engine.indexNames();
    const wanted = schemaStatements(ctx.engine.store.kind).map((t) => /(?:INDEX|CONSTRAINT) (\w+) IF NOT EXISTS/.exec(t)?.[1]);
    expect(wanted).not.toContain(undefined);
    expect(names).toEqual(expect.arrayContaining(wanted));
    await expect(ctx.engine.store.init()).resolves.toBeUndefined();
    return wanted;
  } },
  'schema.NAME_INDEX': { only: 'neo4j', async run(ctx) {
    expect(await ctx.engine.indexNames()).toContain(schema.NAME_INDEX);
    return schema.NAME_INDEX;
  } },
  'schema.NEO4J_NAME_INDEX': { only: 'neo4j', async run(ctx) {
    expect(schema.NEO4J_NAME_INDEX).toContain(schema.NAME_INDEX);
    const hits = (await ctx.engine.store.searchEntities!('新材', { limit: 5 })).map((h) => h.id);
    expect(hits).toEqual([E.materials.id, E.firm.id]);
    return hits;
  } },
};

const { schemaStatements } = schema;

/** The corpus written beside the store, one transaction per document, then removed again. */
async function writeBeside(engine: Engine, how: 'merge' | 'index'): Promise<Snapshot> {
  for (const item of WRITES) {
    await engine.transaction(async (run) => {
      // As the Grafeo store does: indexes loaded from the graph, new entities and edges created, known ones extended.
      const writers = how === 'merge' ? undefined : {
        entities: EntityIndex.fromRows(await run(read.entityFacetList())).stage().write,
        relations: EdgeIndex.fromRows(await run(read.entityEdgeList())).stage().write,
      };
      await writeDocumentsWith(run, [item], writers);
    });
  }
  const snapshot = await engine.transaction((run) => snapshotWith(run));
  for (const id of [A, B, C]) expect(await engine.transaction((run) => removeDocumentWith(run, id))).toBe(true);
  expect(await engine.transaction((run) => run(read.countNodes()))).toEqual([{ count: 0 }]);
  return snapshot;
}

/** Neo4j's database may hold what an interrupted run left: this corpus's nodes go, anything else stops the suite. */
async function clearCorpus(engine: Engine): Promise<void> {
  const corpusIds = [...Object.values(E).map((e) => e.id), ...WRITES.map((w) => w.doc.id)];
  await engine.transaction((run) => run({
    text: 'MATCH (n) WHERE n.id IN $ids OR n.document IN $ids DETACH DELETE n', params: { ids: corpusIds },
  }));
  const [{ count }] = await engine.transaction((run) => run(read.countNodes()));
  if (count !== 0) throw new Error(`the ${engine.name} database holds ${count} other nodes: the conformance suite needs an empty one`);
}

async function prepare(engine: Engine): Promise<Ctx> {
  await clearCorpus(engine);
  const beside = { merge: await writeBeside(engine, 'merge'), index: await writeBeside(engine, 'index') };
  const { store } = engine;
  await store.init();
  const summaries: WriteSummary[] = [];
  for (const w of WRITES) summaries.push(await store.writeDocument(w.doc, w.extraction));
  summaries.push(...(await store.writeDocuments!([D.a, D.b])));
  const rows = (s: Statement) => readRows(store, s);
  let removal: Promise<Removal> | null = null;
  return {
    engine, rows, beside,
    statuses: summaries.map((s) => s.status),
    snapshot: await snapshotWith(rows),
    removal: () => (removal ??= (async () => {
      const mentioned = await rows(remove.mentionedEntityIds(B));
      const removed = await store.removeDocument(B);
      const again = await store.removeDocument(B);
      return { mentioned, removed, again, after: await snapshotWith(rows) };
    })()),
  };
}

const ENGINES: Array<{ name: Engine['name']; open: () => Promise<Engine>; skip: boolean }> = [
  { name: 'grafeo', open: grafeoEngine, skip: false },
  { name: 'neo4j', open: () => neo4jEngine(process.env), skip: !process.env.NEO4J_URI },
];

const answers: Record<Engine['name'], Record<string, unknown>> = { grafeo: {}, neo4j: {} };

describe('the conformance cases', () => {
  it('cover every export of the query modules', () => {
    const modules = { read, write, remove, schema };
    const exported = Object.entries(modules).flatMap(([m, mod]) => Object.keys(mod).map((k) => `${m}.${k}`));
    expect(sorted(exported)).toEqual(sorted(Object.keys(CASES)));
  });
});

for (const { name, open, skip } of ENGINES) {
  describe.skipIf(skip)(`every query on ${name}`, () => {
    let ctx: Ctx;
    beforeAll(async () => {
      ctx = await prepare(await open());
    });
    afterAll(async () => {
      if (!ctx) return;
      for (const id of [A, B, C]) await ctx.engine.store.removeDocument(id);
      await ctx.engine.close();
    });
    for (const [key, c] of Object.entries(CASES)) {
      it.skipIf(c.only !== undefined && c.only !== name)(key, async () => {
        answers[name][key] = await c.run(ctx);
      });
    }
  });
}

describe.skipIf(!process.env.NEO4J_URI)('Grafeo and Neo4j', () => {
  it.each(Object.keys(CASES).filter((k) => !CASES[k].only))('answer %s the same', (key) => {
    expect(answers.neo4j[key]).toBeDefined();
    expect(answers.neo4j[key]).toEqual(answers.grafeo[key]);
  });
});
