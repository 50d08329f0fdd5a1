import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Fixture } from './fixture.js';
import { enc, smallGraphServer } from './graph.js';
import { ids } from './small-graph.js';

let f: Fixture;
beforeAll(async () => {
  f = await smallGraphServer();
});
afterAll(() => f.close());

async function search(query: string) {
  const res = await f.get(`/api/search?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()).results as Array<{ id: string; match: string; score: number }>;
}

describe('search', () => {
  test('When the exact name is searched, then it comes first as an exact match above prefix matches', async () => {
    const results = await search(`q=${enc('青山市')}`);
    expect(results[0]).toMatchObject({ id: ids.city, match: 'exact' });
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test('When a prefix is searched, then names starting with it rank above names that only contain it', async () => {
    const results = await search(`q=${enc('青山')}`);
    const prefixes = results.filter((r) => r.match === 'prefix').map((r) => r.id);
    expect(prefixes).toContain(ids.city);
    expect(prefixes).toContain(ids.enterprise);
  });

  test('When a traditional-character name is searched, then the simplified entity is found', async () => {
    const results = await search(`q=${enc('綠水縣')}`);
    expect(results[0].id).toBe(ids.county);
  });

  test('When pinyin is searched, then entities whose names sound like it are found', async () => {
    const results = await search('q=lvshui');
    expect(results[0]).toMatchObject({ id: ids.county, match: 'prefix' });
    expect((await search('q=Qing%20Shan')).map((r) => r.id)).toContain(ids.city);
  });

  test('When an English alias is searched, then it matches as an alias', async () => {
    const results = await search(`q=${enc('New Energy')}`);
    expect(results[0]).toMatchObject({ id: ids.industry, match: 'alias' });
  });

  test('When a query has a typo, then a fuzzy match still finds the entity, ranked last', async () => {
    const results = await search('q=qinshan');
    expect(results.map((r) => r.id)).toContain(ids.city);
    expect(results.every((r) => r.match === 'fuzzy')).toBe(true);
  });

  test('When kinds and a limit are given, then only those kinds come back, at most limit of them', async () => {
    const results = await search(`q=${enc('青山')}&kinds=Enterprise,County&limit=1`);
    expect(results).toHaveLength(1);
    expect(results[0].id).toBe(ids.enterprise);
  });

  test('When the query is empty, too long or the kind unknown, then the answer is 400 naming the parameter', async () => {
    for (const query of ['q=', `q=${'x'.repeat(201)}`, 'q=a&kinds=Planet', 'q=a&limit=0', 'q=a&limit=abc']) {
      const res = await f.get(`/api/search?${query}`);
      expect(res.status, query).toBe(400);
      expect((await res.json()).error.message).toMatch(/^query\.(q|kinds|limit)/);
    }
  });
});
