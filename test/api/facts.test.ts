import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Fixture } from './fixture.js';
import { enc, smallGraphServer } from './graph.js';
import { ids } from './small-graph.js';

let f: Fixture;
beforeAll(async () => {
  f = await smallGraphServer();
});
afterAll(() => f.close());

type Fact = { subject: string; subjectName: string; year: number; value: number; indicator: string; measure: string; fall: boolean };
const facts = async (query: string): Promise<Fact[]> => (await (await f.get(`/api/facts?${query}`)).json()).facts;

describe('facts', () => {
  test('When facts are asked by indicator, then rows from every place come back for comparison', async () => {
    const rows = await facts(`indicator=${enc('生产总值')}`);
    expect(new Set(rows.map((r) => r.subject))).toEqual(new Set([ids.city, ids.other]));
    expect(rows.every((r) => r.indicator.includes('生产总值') && r.subjectName.length > 0)).toBe(true);
  });

  test('When facts are asked by place id or by place name, then the same rows come back', async () => {
    const byId = await facts(`place=${enc(ids.city)}`);
    const byName = await facts(`place=${enc('青山市')}`);
    expect(byId.length).toBe(2);
    expect(byName).toEqual(byId);
  });

  test('When facts are asked by year, then only that year comes back', async () => {
    const rows = await facts('year=2022');
    expect(new Set(rows.map((r) => r.subject))).toEqual(new Set([ids.other]));
  });

  test('When a fact states a fall, then it comes back marked as one, its value as written', async () => {
    const rows = await facts(`indicator=${enc('原煤产量')}`);
    expect(rows.map((r) => [r.value, r.measure, r.fall])).toEqual([[2.1, 'growth', true]]);
    expect((await facts(`indicator=${enc('生产总值')}`)).every((r) => r.fall === false)).toBe(true);
  });

  test('When the year is not a number, then the answer is 400', async () => {
    expect((await f.get('/api/facts?year=last')).status).toBe(400);
  });
});
