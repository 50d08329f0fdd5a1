// One relationship by its ends and type, with every evidence sentence: what the
// explorer fetches when an edge whose page carried a preview is opened.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Fixture } from './fixture.js';
import { enc, smallGraphServer } from './graph.js';
import { DOC_A, ids } from './small-graph.js';

let f: Fixture;
beforeAll(async () => {
  f = await smallGraphServer({ queryRatePerMinute: 1 });
});
afterAll(() => f.close());

const relationPath = (from: string, to: string, type: string) => `/api/relations?from=${enc(from)}&to=${enc(to)}&type=${enc(type)}`;

describe('relations', () => {
  test('When a relationship is asked by its ends and type, then it comes with every evidence sentence and its count', async () => {
    const res = await f.get(relationPath(ids.enterprise, ids.zone, 'LOCATED_IN'));
    expect(res.status).toBe(200);
    const { edge } = await res.json();
    expect(edge).toMatchObject({ type: 'LOCATED_IN', source: ids.enterprise, target: ids.zone, evidenceTotal: 1 });
    expect(edge.evidence).toEqual([expect.objectContaining({ document: DOC_A, sentence: '青山汽车有限公司在临港新区建设电池项目。' })]);
  });

  test('When the ends are reversed or the type is another, then the answer is 404 naming what was asked', async () => {
    for (const path of [relationPath(ids.zone, ids.enterprise, 'LOCATED_IN'), relationPath(ids.enterprise, ids.zone, 'RUNS')]) {
      const res = await f.get(path);
      expect(res.status, path).toBe(404);
      expect((await res.json()).error.message).toContain(ids.zone);
    }
  });

  test('When a parameter is missing or not valid, then the answer is 400 listing the accepted types', async () => {
    const badType = await f.get(relationPath(ids.enterprise, ids.zone, 'NEXT_TO'));
    expect(badType.status).toBe(400);
    expect((await badType.json()).error.message).toContain('LOCATED_IN');
    const missing = await f.get(`/api/relations?from=${enc(ids.enterprise)}`);
    expect(missing.status).toBe(400);
  });

  test('When many relationships are opened quickly, then none is refused by the query rate limit', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => f.get(relationPath(ids.city, ids.industry, 'HAS_INDUSTRY'))));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
  });
});
