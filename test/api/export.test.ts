import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Fixture } from './fixture.js';
import { enc, json, smallGraphServer } from './graph.js';
import { ids } from './small-graph.js';

let f: Fixture;
beforeAll(async () => {
  f = await smallGraphServer();
});
afterAll(() => f.close());

describe('export', () => {
  test('When the whole graph is exported as JSON, then it is a Cytoscape download holding every node', async () => {
    const res = await f.get('/api/export?format=json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="?kg-graph\.json/);
    const body = await res.json();
    const elements = Array.isArray(body) ? body : [...(body.elements?.nodes ?? []), ...(body.elements?.edges ?? [])];
    expect(elements.length).toBeGreaterThanOrEqual((await f.store.counts()).nodes);
  });

  test('When a neighbourhood is exported as GraphML, then it is XML holding the centre and not far-away entities', async () => {
    const res = await f.get(`/api/export?format=graphml&ids=${enc(ids.project)}&depth=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/graphml\+xml/);
    const xml = await res.text();
    expect(xml).toContain('<graphml');
    expect(xml).toContain(ids.project);
    expect(xml).not.toContain(ids.other);
  });

  test('When CSV is asked, then a zip of nodes.csv and relationships.csv in the neo4j-admin layout comes back', async () => {
    const res = await f.get('/api/export?format=csv');
    expect(res.headers.get('content-type')).toBe('application/zip');
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    expect(Object.keys(zip.files).sort()).toEqual(['nodes.csv', 'relationships.csv']);
    expect(await zip.file('nodes.csv')!.async('string')).toMatch(/:ID/);
    expect(await zip.file('relationships.csv')!.async('string')).toMatch(/:START_ID.*:END_ID|:END_ID.*:START_ID/);
  });

  test('When ids come in a POST body, then the export is the same as with the query string', async () => {
    const viaGet = await (await f.get(`/api/export?format=cypher&ids=${enc(ids.zone)},${enc(ids.county)}&depth=1`)).text();
    const viaPost = await f.get('/api/export', json({ format: 'cypher', ids: [ids.zone, ids.county], depth: 1 }));
    expect(viaPost.status).toBe(200);
    expect(await viaPost.text()).toBe(viaGet);
  });

  test('When the format, depth or an id is wrong, then 400; when the id is unknown, then 404', async () => {
    expect((await f.get('/api/export?format=pdf')).status).toBe(400);
    expect((await f.get(`/api/export?ids=${enc(ids.zone)}&depth=9`)).status).toBe(400);
    expect((await f.get('/api/export?ids=not-an-id')).status).toBe(400);
    expect((await f.get(`/api/export?ids=${enc('City:无此市')}`)).status).toBe(404);
  });
});
