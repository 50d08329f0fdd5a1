import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ENTITY_KIND_NAMES, RELATION_TYPE_NAMES } from '../../graph/schema.js';
import { GrafeoStore } from '../../graph/store/grafeo.js';
import { startServer } from '../../server/api/server.js';
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
    for (const path of ['/api/search', '/api/nodes/{id}/neighbors', '/api/relations', '/api/paths', '/api/facts', '/api/query', '/api/documents']) {
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

  test('When logging is on, then each request is one JSON line with status and the bearer token redacted', async () => {
    const lines: string[] = [];
    const store = GrafeoStore.open();
    const server = await startServer({
      port: 0, store, config: { log: true, clientDir: undefined }, logDestination: { write: (line: string) => lines.push(line) },
    });
    try {
      await fetch(`${server.url}/api/health`, { headers: { authorization: 'Bearer secret-value' } });
      await fetch(`${server.url}/api/nope`);
    } finally {
      await server.close();
      await store.close();
    }
    const entries = lines.map((line) => JSON.parse(line));
    expect(entries.map((e) => e.res.statusCode)).toEqual([200, 404]);
    expect(lines.join('')).not.toContain('secret-value');
  });

  test('When a built client folder exists, then / and client pages serve it while /api stays JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-client-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>kg explorer test</title>');
    const store = GrafeoStore.open();
    const server = await startServer({ port: 0, store, config: { log: false, clientDir: dir } });
    try {
      for (const path of ['/', '/graph/some-view']) {
        const res = await fetch(server.url + path);
        expect(res.status, path).toBe(200);
        expect(await res.text()).toContain('kg explorer test');
      }
      const api = await fetch(`${server.url}/api/nope`);
      expect(api.status).toBe(404);
      expect(api.headers.get('content-type')).toMatch(/json/);
    } finally {
      await server.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('When the server starts without a host, then it listens on 127.0.0.1 only', () => {
    expect(new URL(f.url).hostname).toBe('127.0.0.1');
  });
});
