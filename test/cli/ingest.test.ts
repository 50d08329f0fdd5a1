import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.js';
import { LOCK_FILE } from '../../graph/store/lock.js';
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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function lockOwner(dataDir: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(join(dataDir, LOCK_FILE), 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Waits for an ingest to take the lock of `dataDir`, then stops the process holding it (SIGSTOP): the pid,
 * with the lock provably still held, or null when the ingest ended (`closed`) before it could be stopped.
 */
async function frozenLockHolder(dataDir: string, closed: Promise<unknown>): Promise<number | null> {
  let ended = false;
  void closed.then(() => { ended = true; });
  while (!ended) {
    const pid = lockOwner(dataDir);
    if (pid !== null && alive(pid)) {
      try {
        process.kill(pid, 'SIGSTOP');
      } catch {
        return null;
      }
      // Stopped, it can no longer release the lock: if the file still names it, it holds the lock.
      if (lockOwner(dataDir) === pid) return pid;
      process.kill(pid, 'SIGCONT');
      return null;
    }
    await new Promise((tick) => setTimeout(tick, 5));
  }
  return null;
}

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
    // The first ingest is frozen (SIGSTOP) once it holds the lock, so it is still running whatever the
    // extraction speed; an ingest that finished before it could be frozen is retried on a larger corpus.
    for (const [attempt, reports] of [40, 160, 640].entries()) {
      const folder = join(dir, `locking-${attempt}`);
      writeCorpus(folder, reports, 20);
      const env = data(`locked-${attempt}`);
      const first = startKg(['ingest', folder], env);
      const closed = new Promise<number | null>((done) => first.on('close', done));
      const owner = await frozenLockHolder(env.KG_DATA_DIR, closed);
      if (owner === null) {
        expect(await closed).toBe(0);
        continue;
      }
      try {
        const second = await runKg(['ingest', corpus], env);
        expect(second.code).toBe(1);
        expect(second.stderr).toMatch(new RegExp(`data folder .* is in use by pid ${owner}\\b`));
      } finally {
        process.kill(owner, 'SIGCONT');
      }
      expect(await closed).toBe(0);
      const counts = await runKg(['query', 'MATCH (d:Document) RETURN count(d) AS n', '--format', 'json'], env);
      expect(JSON.parse(counts.stdout)).toEqual([{ n: reports }]);
      return;
    }
    throw new Error('every first ingest finished before it could be held');
  });

  it('names the URI when Neo4j is unreachable', async () => {
    const out = await runKg(['query', 'MATCH (n) RETURN n'], { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' });
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/bolt:\/\/127\.0\.0\.1:1/);
  });
});
