import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ENTITY_KIND_NAMES, RELATION_TYPE_NAMES } from '../../graph/schema.js';
import type { Fixture } from './fixture.js';
import { smallGraphServer } from './graph.js';

let f: Fixture;
beforeAll(async () => {
  f = await smallGraphServer();
});
afterAll(() => f.close());

describe('health, schema, OpenAPI and unknown routes', () => {
  test('When health is asked, then it names the store and counts what it holds', async () => {
    const res = await f.get('/api/health');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({ status: 'ok', store: 'embedded', ...(await f.store.counts()) });
    expect(body.nodes).toBeGreaterThan(0);
  });

  test('When the schema is asked, then every kind and relation type comes with the count the store holds', async () => {
    const body = await (await f.get('/api/schema')).json();
    expect(body.kinds.map((k: { name: string }) => k.name)).toEqual(ENTITY_KIND_NAMES);
    expect(body.relationTypes.map((t: { name: string }) => t.name)).toEqual(RELATION_TYPE_NAMES);
    const city = body.kinds.find((k: { name: string }) => k.name === 'City');
    const cities = await f.store.query('MATCH (e:City) RETURN count(e) AS n');
    expect(city.count).toBe(cities.rows[0].n);
    const located = body.relationTypes.find((t: { name: string }) => t.name === 'LOCATED_IN');
    expect(located.count).toBe(2);
  });

  test('When the OpenAPI document is asked, then it is 3.1 and describes every route with its parameters', async () => {
    const doc = await (await f.get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/search', '/api/nodes/{id}/neighbors', '/api/paths', '/api/facts', '/api/query', '/api/documents']) {
      expect(doc.paths[path], path).toBeDefined();
    }
    const search = doc.paths['/api/search'].get;
    const limit = search.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ type: 'integer', maximum: 100 });
    expect(search.parameters.find((p: { name: string }) => p.name === 'q').required).toBe(true);
    expect(doc.paths['/api/query'].post.requestBody.content['application/json'].schema.required).toContain('cypher');
  });

  test('When an unknown API route is asked, then the answer is a JSON 404 naming it', async () => {
    const res = await f.get('/api/no-such-thing?x=1');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
    const body = await res.json();
    expect(body.error.code).toBe('NOT_FOUND');
    expect(body.error.message).toContain('/api/no-such-thing');
  });

  test('When any answer is sent, then it carries helmet security headers and no x-powered-by', async () => {
    const res = await f.get('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  test('When the server starts without a host, then it listens on 127.0.0.1 only', () => {
    expect(new URL(f.url).hostname).toBe('127.0.0.1');
  });
});
