import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Fixture, startFixture } from './fixture.js';
import { seededStore } from './seeds.js';

let f: Fixture | undefined;
let dataDir = '';
let failures = 0;
beforeAll(async () => {
  const seeded = await seededStore();
  dataDir = seeded.dataDir;
  failures = seeded.failures;
  f = await startFixture(seeded.store, { dataDir });
}, 120_000);
afterAll(async () => {
  await f?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function server(): Fixture {
  if (!f) throw new Error('the seeded server did not start');
  return f;
}

describe('the API over the seeds', () => {
  test('When every seed is ingested, then health and the document list agree with the store', async () => {
    const f = server();
    expect(failures).toBe(0);
    const health = await (await f.get('/api/health')).json();
    expect(health).toMatchObject(await f.store.counts());
    const { documents } = await (await f.get('/api/documents')).json();
    expect(documents.length).toBeGreaterThanOrEqual(5);
  });

  test('When the most connected entity is searched by its own name, then it is found exactly and its neighbours page', async () => {
    const f = server();
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
    const f = server();
    const withFacts = await f.store.query('MATCH (e:Entity)-[:HAS_FACT]->(:Fact) RETURN e.id AS id, count(*) AS n ORDER BY n DESC LIMIT 1');
    if (withFacts.rows.length === 0) return;
    const { id, n } = withFacts.rows[0] as { id: string; n: number };
    const body = await (await f.get(`/api/nodes/${encodeURIComponent(id)}`)).json();
    expect(body.facts).toHaveLength(n);
    expect(body.documents.length).toBeGreaterThan(0);
  });

  test('When a seed is read, then its text comes back with spans whose entities exist in the graph', async () => {
    const f = server();
    const { documents } = await (await f.get('/api/documents')).json();
    const read = await (await f.get(`/api/documents/${documents[0].id}`)).json();
    expect(read.text.length).toBe(documents[0].chars);
    expect(read.spans.length).toBeGreaterThan(0);
    const ids = [...new Set(read.spans.map((s: { entity: string }) => s.entity))].slice(0, 5);
    for (const id of ids) expect((await f.get(`/api/nodes/${encodeURIComponent(String(id))}`)).status, String(id)).toBe(200);
  });
});
