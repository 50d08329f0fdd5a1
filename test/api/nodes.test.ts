import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Fixture } from './fixture.js';
import { enc, smallGraphServer } from './graph.js';
import { DOC_A, DOC_B, ids } from './small-graph.js';

let f: Fixture;
beforeAll(async () => {
  f = await smallGraphServer();
});
afterAll(() => f.close());

describe('nodes, neighbours and paths', () => {
  test('When an entity is asked, then it comes with aliases, the documents that mention it, its facts and degree per type', async () => {
    const res = await f.get(`/api/nodes/${enc(ids.city)}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.node).toMatchObject({ id: ids.city, kind: 'City', name: '青山市' });
    expect(body.node.aliases).toEqual(expect.arrayContaining(['青山', 'Qingshan City']));
    expect(body.documents.map((d: { id: string }) => d.id).sort()).toEqual([DOC_A, DOC_B]);
    expect(body.facts.map((x: { value: number }) => x.value).sort((a: number, b: number) => a - b)).toEqual([6.5, 1200]);
    expect(body.degree).toEqual({ HAS_INDUSTRY: 1, PART_OF: 1, COOPERATES_WITH: 1 });
  });

  test('When an unknown or malformed id is asked, then the answer is 404 or 400 with a message saying why', async () => {
    const unknown = await f.get(`/api/nodes/${enc('City:没有这个市')}`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toContain('City:没有这个市');
    for (const bad of ['nokind', 'Planet:Mars', 'City:', enc('../../etc/passwd'), enc('City:x'.padEnd(400, 'x'))]) {
      const res = await f.get(`/api/nodes/${bad}`);
      expect(res.status, bad).toBe(400);
      expect((await res.json()).error.code).toBe('INPUT');
    }
  });

  test('When neighbours are asked, then every edge touches the entity, ends are among the nodes and evidence comes along', async () => {
    const res = await f.get(`/api/nodes/${enc(ids.enterprise)}/neighbors`);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await res.text();
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    const body = JSON.parse(text);
    expect(body.total).toBe(3);
    expect(body.edges).toHaveLength(3);
    const nodeIds = new Set(body.nodes.map((n: { id: string }) => n.id));
    for (const edge of body.edges) {
      expect([edge.source, edge.target]).toContain(ids.enterprise);
      expect(nodeIds.has(edge.source) && nodeIds.has(edge.target)).toBe(true);
      expect(edge.evidence[0]).toMatchObject({ document: DOC_A, sentence: expect.stringContaining('青山汽车有限公司') });
    }
  });

  test('When neighbours are asked for fewer evidence sentences, then each edge carries at most that many and says how many it has', async () => {
    const all = await (await f.get(`/api/nodes/${enc(ids.city)}/neighbors`)).json();
    expect(all.edges.length).toBeGreaterThan(0);
    for (const edge of all.edges) {
      expect(edge.evidence.length).toBeGreaterThan(0);
      expect(edge.evidenceTotal).toBe(edge.evidence.length);
    }
    const none = await (await f.get(`/api/nodes/${enc(ids.city)}/neighbors?evidence=0`)).json();
    expect(none.edges.map((e: { evidence: unknown[] }) => e.evidence)).toEqual(all.edges.map(() => []));
    expect(none.edges.map((e: { evidenceTotal: number }) => e.evidenceTotal)).toEqual(all.edges.map((e: { evidenceTotal: number }) => e.evidenceTotal));
    const one = await (await f.get(`/api/nodes/${enc(ids.city)}/neighbors?evidence=1`)).json();
    expect(one.edges.map((e: { evidence: unknown[] }) => e.evidence)).toEqual(all.edges.map((e: { evidence: unknown[] }) => e.evidence.slice(0, 1)));
    expect((await f.get(`/api/nodes/${enc(ids.city)}/neighbors?evidence=-1`)).status).toBe(400);
  });

  test('When neighbours are filtered by type and kind, then only matching edges come back and total counts them', async () => {
    const byType = await (await f.get(`/api/nodes/${enc(ids.enterprise)}/neighbors?types=LOCATED_IN,RUNS`)).json();
    expect(byType.edges.map((e: { type: string }) => e.type).sort()).toEqual(['LOCATED_IN', 'RUNS']);
    const byKind = await (await f.get(`/api/nodes/${enc(ids.enterprise)}/neighbors?kinds=Industry`)).json();
    expect(byKind.total).toBe(1);
    expect(byKind.edges[0].target).toBe(ids.industry);
  });

  test('When neighbours are paged, then pages do not overlap and together make the total', async () => {
    const seen = new Set<string>();
    for (let offset = 0; offset < 3; offset++) {
      const page = await (await f.get(`/api/nodes/${enc(ids.enterprise)}/neighbors?limit=1&offset=${offset}`)).json();
      expect(page.total).toBe(3);
      expect(page.edges).toHaveLength(1);
      seen.add(page.edges[0].id);
    }
    expect(seen.size).toBe(3);
  });

  test('When a path is asked, then the shortest comes first and each runs from one entity to the other', async () => {
    const res = await f.get(`/api/paths?from=${enc(ids.county)}&to=${enc(ids.zone)}&maxHops=5`);
    expect(res.status).toBe(200);
    const { paths } = await res.json();
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.nodes[0].id).toBe(ids.county);
      expect(path.nodes.at(-1).id).toBe(ids.zone);
      expect(path.edges).toHaveLength(path.nodes.length - 1);
    }
    const lengths = paths.map((p: { edges: unknown[] }) => p.edges.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  test('When the hop limit is shorter than any path, then no path comes back; when out of range, then 400', async () => {
    const none = await (await f.get(`/api/paths?from=${enc(ids.county)}&to=${enc(ids.zone)}&maxHops=1`)).json();
    expect(none.paths).toEqual([]);
    expect((await f.get(`/api/paths?from=${enc(ids.county)}&to=${enc(ids.zone)}&maxHops=99`)).status).toBe(400);
    expect((await f.get(`/api/paths?from=${enc(ids.county)}`)).status).toBe(400);
  });
});
