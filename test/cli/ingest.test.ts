import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.js';
import { runKg, startKg } from './run-kg.js';

let dir: string;
let corpus: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
  corpus = join(dir, 'corpus');
  writeCorpus(corpus, 8, 6);
  writeCorpus(join(dir, 'large'), 40, 20);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const data = (name: string) => ({ KG_DATA_DIR: join(dir, name) });

/** The graph as comparable text: every node and edge with sorted list properties, ingest times left out. */
async function snapshot(env: Record<string, string>): Promise<string[]> {
  const out = await runKg(['export', '--format', 'json'], env);
  expect(out.code).toBe(0);
  const { elements } = JSON.parse(out.stdout) as { elements: { nodes: Array<{ data: Record<string, unknown> }>; edges: Array<{ data: Record<string, unknown> }> } };
  const norm = (d: Record<string, unknown>) => {
    const { ingestedAt: _t, id, ...rest } = d;
    const sorted = Object.fromEntries(Object.entries(rest).sort().map(([k, v]) => [k, Array.isArray(v) ? [...v].map(String).sort() : v]));
    return JSON.stringify('source' in d ? sorted : { id, ...sorted });
  };
  return [...elements.nodes.map((n) => norm(n.data)), ...elements.edges.map((e) => norm(e.data))].sort();
}

describe('kg ingest', () => {
  it('ingests, prints a summary, and is a no-op the second time', async () => {
    const first = await runKg(['ingest', corpus], data('plain'));
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/8 ingested, 0 replaced, 0 unchanged, 0 failed/);
    expect(first.stderr).toMatch(/\[8\/8\]/);
    const before = await snapshot(data('plain'));
    const again = await runKg(['ingest', corpus], data('plain'));
    expect(again.stdout).toMatch(/0 ingested, 0 replaced, 8 unchanged/);
    expect(await snapshot(data('plain'))).toEqual(before);
  });

  it('exits non-zero for a bad file and still ingests the others', async () => {
    const bad = join(dir, 'mixed');
    writeCorpus(bad, 2, 3);
    writeFileSync(join(bad, 'empty.txt'), '');
    const out = await runKg(['ingest', bad], data('mixed'));
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/2 ingested, 0 replaced, 0 unchanged, 1 failed/);
    expect(out.stdout).toMatch(/empty\.txt/);
  });

  it('replaces a changed file and removes a document with what only it supported', async () => {
    const folder = join(dir, 'changing');
    const [file] = writeCorpus(folder, 1, 3);
    const env = data('changing');
    await runKg(['ingest', file], env);
    writeFileSync(file, '青禾市隶属于云岭省。青禾市地区生产总值达到100亿元。\n');
    const out = await runKg(['ingest', file], env);
    expect(out.stdout).toMatch(/1 replaced/);
    const docs = await runKg(['query', 'MATCH (d:Document) RETURN d.file AS file', '--format', 'json'], env);
    expect(JSON.parse(docs.stdout)).toEqual([{ file }]);
    const removed = await runKg(['remove', file], env);
    expect(removed.code).toBe(0);
    const left = await runKg(['query', 'MATCH (n) RETURN count(n) AS n', '--format', 'json'], env);
    expect(JSON.parse(left.stdout)).toEqual([{ n: 0 }]);
    const unknown = await runKg(['remove', 'ffffffffffffffff'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no stored document/);
  });

  it('after a SIGKILL half way, a second run gives the same graph as a clean run', async () => {
    // 40 reports take more than one ingest group: the kill lands while a later group is open.
    const large = join(dir, 'large');
    const clean = await runKg(['ingest', large], data('clean'));
    expect(clean.code).toBe(0);
    const child = startKg(['ingest', large], data('killed'));
    await new Promise<void>((done) => {
      child.stderr?.on('data', (d: Buffer) => {
        if (/\[3\/40\]/.test(String(d))) {
          child.kill('SIGKILL');
          done();
        }
      });
    });
    await new Promise((done) => child.on('close', done));
    const rerun = await runKg(['ingest', large], data('killed'));
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/[1-9]\d* unchanged/);
    expect(await snapshot(data('killed'))).toEqual(await snapshot(data('clean')));
  });

  it('refuses a second ingest while the first runs, naming the pid', async () => {
    const env = data('locked');
    const first = startKg(['ingest', join(dir, 'large')], env);
    await new Promise<void>((done) => first.stderr?.once('data', () => done()));
    const second = await runKg(['ingest', corpus], env);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/data folder .* is in use by pid \d+/);
    first.kill('SIGTERM');
    expect(await new Promise((done) => first.on('close', done))).not.toBe(0);
  });

  it('names the URI when Neo4j is unreachable', async () => {
    const out = await runKg(['query', 'MATCH (n) RETURN n'], { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' });
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/bolt:\/\/127\.0\.0\.1:1/);
  });
});
