// The conformance cases of the write, remove and schema queries: one per export of those modules.
import { expect } from 'vitest';
import * as read from '../../../graph/cypher/read.js';
import * as remove from '../../../graph/cypher/remove.js';
import * as schema from '../../../graph/cypher/schema.js';
import * as write from '../../../graph/cypher/write.js';
import { A, B, C, type Case, D, E, edgeIn, entityEdges, FACT_IDS, ids, sorted } from './context.js';

const { schemaStatements } = schema;

export const WRITE_CASES: Record<string, Case> = {
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
