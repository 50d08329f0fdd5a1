import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCypherScript } from '../../graph/export/cypher.js';
import { toGraphml } from '../../graph/export/graphml.js';
import { writeExport } from '../../graph/export/index.js';
import { toCytoscapeJson } from '../../graph/export/json.js';
import { loadSubgraph, type Subgraph } from '../../graph/export/subgraph.js';
import { GrafeoStore } from '../../graph/store/grafeo.js';
import { entity, extraction, fact, relation, storedDocument } from './fixtures.js';

const city = entity('City', '青禾市', { aliases: ['青禾', 'A|B'] });
const county = entity('County', '松溪县');
const firm = entity('Enterprise', '远山有限公司');
const doc = storedDocument('e.txt', 'export me');
const tricky = '松溪县隶属"青禾市", 含逗号\n与 <尖括号> & 反斜杠 \\';

let store: GrafeoStore;
let graph: Subgraph;
beforeAll(async () => {
  store = GrafeoStore.open();
  await store.init();
  await store.writeDocument(doc, extraction(doc, {
    entities: [city, county, firm],
    relations: [relation('PART_OF', county, city, doc.id, tricky), relation('LOCATED_IN', firm, county, doc.id, '远山位于松溪县。', 40)],
    facts: [fact(city, '地区生产总值', 12.5, 2023, doc.id)],
  }));
  graph = await loadSubgraph(store);
});
afterAll(() => store.close());

describe('exports', () => {
  it('loads the whole graph or a neighbourhood', async () => {
    expect(graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([city.id, county.id, firm.id, doc.id]));
    const around = await loadSubgraph(store, { node: firm.id, depth: 1 });
    expect(around.nodes.map((n) => n.id).sort()).toEqual([county.id, doc.id, firm.id].sort());
    expect(around.edges.every((e) => around.nodes.some((n) => n.id === e.source))).toBe(true);
    await expect(loadSubgraph(store, { node: 'City:nowhere', depth: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('writes Cytoscape elements with evidence on the edges', () => {
    const { elements } = JSON.parse(toCytoscapeJson(graph));
    const partOf = elements.edges.find((e: { data: { type: string } }) => e.data.type === 'PART_OF');
    expect(partOf.data).toMatchObject({ source: county.id, target: city.id, sentences: [tricky], documents: [doc.id] });
  });

  it('writes GraphML with typed keys that parses as XML and keeps the evidence', () => {
    const xml = toGraphml(graph);
    const keys: Record<string, string> = {};
    const texts: string[] = [];
    let errors = 0;
    const parser = new Parser({
      onopentag: (name, attrs) => { if (name === 'key') keys[attrs['attr.name']] = attrs['attr.type']; },
      ontext: (t) => texts.push(t),
      onerror: () => { errors += 1; },
    }, { xmlMode: true, decodeEntities: true });
    parser.end(xml);
    expect(errors).toBe(0);
    expect(keys).toMatchObject({ chars: 'long', value: 'double', name: 'string', sentences: 'string' });
    expect(texts.join('')).toContain(JSON.stringify([tricky]));
  });

  it('writes neo4j-admin CSV with typed headers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-csv-'));
    try {
      await writeExport(graph, 'csv', dir);
      const nodes = readFileSync(join(dir, 'nodes.csv'), 'utf8');
      const rels = readFileSync(join(dir, 'relationships.csv'), 'utf8');
      expect(nodes.split('\n')[0]).toMatch(/^id:ID,:LABEL,aliases:string\[\],/);
      expect(nodes).toContain('City|Entity');
      expect(nodes).toContain('青禾|A｜B');
      expect(rels.split('\n')[0]).toMatch(/^:START_ID,:END_ID,:TYPE,.*sentences:string\[\],starts:long\[\]/);
      expect(rels).toContain(`"${tricky.replace(/"/g, '""')}"`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes a Cypher script that recreates the same graph in an empty store', async () => {
    const script = toCypherScript(graph);
    const copy = GrafeoStore.open();
    const db = (copy as unknown as { db: { executeCypher(q: string): Promise<unknown> } }).db;
    for (const line of script.split(';\n').filter((l) => l.trim())) await db.executeCypher(line.replace(/;\s*$/, ''));
    const again = await loadSubgraph(copy);
    const strip = (g: Subgraph) => ({
      nodes: g.nodes.map((n) => ({ ...n })),
      edges: g.edges.map(({ id: _id, ...e }) => e),
    });
    expect(strip(again)).toEqual(strip(graph));
    await copy.close();
  });
});
