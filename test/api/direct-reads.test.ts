// The plain read routes are answered ahead of Express's router; any path only
// Express matches (a trailing slash, other letter case) still reaches the same
// route through Express. Both ways must give the same answer, status and headers.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Fixture } from './fixture.js';
import { enc, smallGraphServer } from './graph.js';

let f: Fixture;
let someId = '';
beforeAll(async () => {
  f = await smallGraphServer();
  const busiest = await f.store.query('MATCH (e:Entity)-[r]-(:Entity) RETURN e.id AS id, count(r) AS degree ORDER BY degree DESC, id LIMIT 1');
  someId = String(busiest.rows[0].id);
});
afterAll(() => f.close());

/** The same request by its exact path, and with a trailing slash on the path, which only Express's router accepts. */
async function bothWays(path: string, query = '') {
  const [direct, viaExpress] = await Promise.all([f.get(path + query), f.get(`${path}/${query}`)]);
  return { direct, viaExpress, bodies: await Promise.all([direct.text(), viaExpress.text()]) };
}

const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'strict-transport-security', 'content-type'];

describe('read routes answered ahead of Express', () => {
  test('When a read route is asked directly and through Express, then status, body and security headers are the same', async () => {
    const cases: Array<[string, string]> = [
      [`/api/nodes/${enc(someId)}/neighbors`, '?limit=2&offset=0&evidence=1'],
      [`/api/nodes/${enc(someId)}`, ''],
      ['/api/search', `?q=${enc(someId.split(':')[1].slice(0, 1))}&limit=5`],
      ['/api/health', ''],
      ['/api/documents', ''],
    ];
    for (const [path, query] of cases) {
      const { direct, viaExpress, bodies } = await bothWays(path, query);
      expect(direct.status, path).toBe(200);
      expect(viaExpress.status, path).toBe(200);
      expect(bodies[0], path).toBe(bodies[1]);
      expect(JSON.parse(bodies[0]), path).toBeTruthy();
      for (const header of SECURITY_HEADERS) expect(direct.headers.get(header), `${path} ${header}`).toBe(viaExpress.headers.get(header));
      expect(direct.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  test('When a read route gets a bad parameter, then both ways give the same 400 or 404 with a message', async () => {
    const cases: Array<[string, string, number]> = [
      ['/api/nodes/%E0%A4%A', '', 400],
      ['/api/nodes/City%3A%E6%97%A0%E6%AD%A4', '', 404],
      [`/api/nodes/${enc(someId)}/neighbors`, '?limit=many', 400],
      ['/api/search', '', 400],
      ['/api/search', '?q=x&q=y', 400],
    ];
    for (const [path, query, status] of cases) {
      const { direct, viaExpress, bodies } = await bothWays(path, query);
      expect([direct.status, viaExpress.status], path + query).toEqual([status, status]);
      expect(bodies[0], path + query).toBe(bodies[1]);
      expect(JSON.parse(bodies[0]).error.message.length).toBeGreaterThan(10);
    }
  });

  test('When a read route is asked with another method or with a body, then Express answers as before', async () => {
    const head = await f.get('/api/health', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await f.get('/api/health', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(post.status).toBe(404);
    expect((await post.json()).error.message).toContain('POST /api/health');
  });
});
