// The conformance cases of the read queries: one per export of graph/cypher/read.
import { expect } from 'vitest';
import * as read from '../../../graph/cypher/read.js';
import { comparable } from '../conformance-engines.js';
import { A, B, C, type Case, type Ctx, D, E, entityEdges, FACT_IDS, ids, sorted } from './context.js';

const SEARCHES: Array<[text: string, limit: number, kinds: string[]]> = [
  ['远山', 5, []], ['县', 10, []], ['县', 1, []], ['产业', 10, ['Industry']], ['产业', 10, ['City']], ['Qinghe', 5, []],
];

async function searchAnswers(ctx: Ctx, query: typeof read.searchEntities) {
  return Promise.all(SEARCHES.map(async ([text, limit, kinds]) => ids(await ctx.rows(query(text, limit, kinds)))));
}

const EXPECTED_SEARCHES = [
  [E.firm.id], [E.county.id, E.county2.id], [E.county.id], [E.materials.id, E.electronics.id], [], [E.city.id],
];

export const READ_CASES: Record<string, Case> = {
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
      place: E.county.id, indicator: '财政收入', value: 56, unit: '亿元', measure: 'level', fall: false, year: 2022, document: A, sentence: '松溪县财政收入56',
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
};
