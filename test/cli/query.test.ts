import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.js';
import { runKg } from './run-kg.js';

let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-query-'));
  env = { KG_DATA_DIR: join(dir, 'data') };
  expect((await runKg(['ingest', ...writeCorpus(join(dir, 'corpus'), 2, 4)], env)).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg query', () => {
  it('prints rows as JSON objects keyed by column, with parameters', async () => {
    const out = await runKg(['query', 'MATCH (d:Document) WHERE d.chars > $min RETURN d.id AS id, d.chars AS chars', '--params', '{"min": 10}', '--format', 'json'], env);
    expect(out.code).toBe(0);
    const rows = JSON.parse(out.stdout) as Array<{ id: string; chars: number }>;
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => typeof r.id === 'string' && r.chars > 10)).toBe(true);
  });

  it('prints a table and applies the row limit', async () => {
    const out = await runKg(['query', 'MATCH (e:Entity) RETURN e.kind AS kind, e.name AS name', '--limit', '3'], env);
    expect(out.stdout.split('\n')[0]).toMatch(/^kind\s+\| name/);
    expect(out.stdout).toMatch(/3 rows \(cut at the row limit\)/);
  });

  it('refuses a write before the store opens, and bad parameters', async () => {
    const before = await runKg(['query', 'MATCH (n) RETURN count(n) AS n', '--format', 'json'], env);
    const out = await runKg(['query', 'MATCH (n) /* x */ DETACH DELETE n'], env);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/refused: DETACH/);
    expect((await runKg(['query', 'MATCH (n) RETURN count(n) AS n', '--format', 'json'], env)).stdout).toBe(before.stdout);
    const bad = await runKg(['query', 'RETURN 1', '--params', '[1]'], env);
    expect(bad.stderr).toMatch(/JSON object/);
  });
});
