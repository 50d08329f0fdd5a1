import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Fixture, startFixture } from './fixture.js';
import { seededStore } from './seeds.js';

let f: Fixture;
beforeAll(async () => {
  f = await startFixture(await seededStore());
}, 120_000);
afterAll(() => f.close());

describe('the API over the seeds', () => {
  test('When every seed is ingested, then health and the document list agree with the store', async () => {
    const health = await (await f.get('/api/health')).json();
    expect(health).toMatchObject(await f.store.counts());
    const { documents } = await (await f.get('/api/documents')).json();
    expect(documents.length).toBeGreaterThanOrEqual(5);
  });

  test('When the most connected entity is searched by its own name, then it is found exactly and its neighbours page', async () => {
    const top = await f.store.query('MATCH (e:Entity)-[r]-(:Entity) RETURN e.id AS id, e.name AS name, count(r) AS degree ORDER BY degree DESC LIMIT 1');
    const { id, name, degree } = top.rows[0] as { id: string; name: string; degree: number };
    const results = (await (await f.get(`/api/search?q=${encodeURIComponent(name)}`)).json()).results;
    expect(results[0]).toMatchObject({ id, match: 'exact' });
    const page = await (await f.get(`/api/nodes/${encodeURIComponent(id)}/neighbors?limit=5`)).json();
    expect(page.total).toBe(degree);
    expect(page.edges.length).toBe(Math.min(5, degree));
    expect(page.edges.every((e: { evidence: unknown[] }) => e.evidence.length > 0)).toBe(true);
  });

  test('When a place with facts is asked, then the node answer carries its facts and the documents that mention it', async () => {
    const withFacts = await f.store.query('MATCH (e:Entity)-[:HAS_FACT]->(:Fact) RETURN e.id AS id, count(*) AS n ORDER BY n DESC LIMIT 1');
    if (withFacts.rows.length === 0) return;
    const { id, n } = withFacts.rows[0] as { id: string; n: number };
    const body = await (await f.get(`/api/nodes/${encodeURIComponent(id)}`)).json();
    expect(body.facts).toHaveLength(n);
    expect(body.documents.length).toBeGreaterThan(0);
  });
});
