import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Fixture } from './fixture.js';
import { json, smallGraphServer } from './graph.js';
import { ids } from './small-graph.js';

let f: Fixture;
beforeAll(async () => {
  f = await smallGraphServer({ queryRowLimit: 3, queryRatePerMinute: 0 });
});
afterAll(() => f.close());

const query = (body: unknown) => f.get('/api/query', json(body));

/** Writes in every disguise: case, comments, strings, several statements, procedures, subqueries. */
const WRITES = [
  'CREATE (n:Entity {id: "x"})',
  'create (n:Entity {id: "x"})',
  'MATCH (n) DETACH DELETE n',
  'MATCH (n) DELETE n',
  'MATCH (n:Entity) SET n.name = "x"',
  'MATCH (n:Entity) REMOVE n.name',
  'MERGE (n:Entity {id: "x"})',
  'MATCH (n) RETURN n; MATCH (m) DETACH DELETE m',
  'MATCH (n) /* harmless */ DETACH /* really */ DELETE n',
  'MATCH (n) // comment\nDETACH DELETE n',
  'MATCH (n) WITH n DeTaCh DeLeTe n',
  'LOAD CSV FROM "file:///etc/passwd" AS line RETURN line',
  'CALL db.clearQueryCaches()',
  'CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DETACH DELETE n", {})',
  'DROP INDEX entity_id',
  'CREATE INDEX x FOR (n:Entity) ON (n.name)',
  'MATCH (n) CALL { WITH n DETACH DELETE n } RETURN 1',
  'MATCH (n) FOREACH (x IN [1] | SET n.hacked = true)',
  'UNWIND [1] AS x CREATE (:Entity {id: toString(x)})',
  'INSERT (:Entity {id: "gql"})',
];

describe('POST /api/query', () => {
  test('When a read query returns nodes, edges and paths, then the graph part collects each of them once', async () => {
    const res = await query({ cypher: 'MATCH p = (a:Entity {id: $id})-[r]-(b:Entity) RETURN p, a, r, b', params: { id: ids.enterprise } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.columns).toEqual(['p', 'a', 'r', 'b']);
    expect(body.rows).toHaveLength(3);
    const nodeIds = body.graph.nodes.map((n: { id: string }) => n.id);
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
    expect(nodeIds).toContain(ids.enterprise);
    expect(body.graph.edges).toHaveLength(3);
    expect(body.graph.edges.every((e: { source: string; target: string }) => nodeIds.includes(e.source) && nodeIds.includes(e.target))).toBe(true);
  });

  test('When a query returns more rows than the cap, then the rows are cut at the cap', async () => {
    const body = await (await query({ cypher: 'MATCH (n) RETURN n.id AS id' })).json();
    expect(body.rows).toHaveLength(3);
  });

  test('When a query writes, in any disguise, then it is refused with 403 and the graph is unchanged', async () => {
    const before = await f.store.counts();
    for (const cypher of WRITES) {
      const res = await query({ cypher });
      expect(res.status, cypher).toBe(403);
      const body = await res.json();
      expect(body.error.code, cypher).toBe('READ_ONLY');
      expect(body.error.message.length, cypher).toBeGreaterThan(10);
    }
    expect(await f.store.counts()).toEqual(before);
  });

  test('When user text travels as a parameter, then it is matched literally, never run', async () => {
    const hostile = '"}) DETACH DELETE n //';
    const res = await query({ cypher: 'MATCH (n:Entity) WHERE n.name = $name RETURN n', params: { name: hostile } });
    expect(res.status).toBe(200);
    expect((await res.json()).rows).toEqual([]);
  });

  test('When the Cypher has a syntax error, then the answer is 400 with the store message and no stack', async () => {
    const res = await query({ cypher: 'MATCH (n RETURN n' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('QUERY');
    expect(JSON.stringify(body)).not.toMatch(/\n\s+at |\.ts:\d+/);
  });

  test('When the body is not JSON, not an object, or too large, then the answer is 400 or 413', async () => {
    const text = await f.get('/api/query', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'MATCH (n) RETURN n' });
    expect(text.status).toBe(400);
    expect((await text.json()).error.message).toContain('application/json');
    const broken = await f.get('/api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"cypher": ' });
    expect(broken.status).toBe(400);
    expect((await query({ params: {} })).status).toBe(400);
    expect((await query({ cypher: 42 })).status).toBe(400);
    const huge = await query({ cypher: 'RETURN 1', params: { x: 'x'.repeat(2 * 1024 * 1024) } });
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe('TOO_LARGE');
  });
});

describe('POST /api/query limits', () => {
  test('When queries come faster than the rate limit, then the extra ones get 429 with a JSON message', async () => {
    const limited = await smallGraphServer({ queryRatePerMinute: 2 });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await limited.get('/api/query', json({ cypher: 'RETURN 1 AS one' }))).status);
      expect(statuses).toEqual([200, 200, 429]);
      const body = await (await limited.get('/api/query', json({ cypher: 'RETURN 1 AS one' }))).json();
      expect(body.error.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});
