import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.js';
import { ingestFiles, type DocumentOutcome } from '../../graph/ingest/ingest.js';
import { GrafeoStore } from '../../graph/store/grafeo.js';
import type { DocumentWrite } from '../../graph/store/types.js';

let dir: string;
let files: string[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-groups-'));
  files = writeCorpus(join(dir, 'corpus'), 4, 2);
  const empty = join(dir, 'corpus', 'empty.txt');
  writeFileSync(empty, '');
  files.splice(2, 0, empty);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ingestInGroups(store: GrafeoStore, documents: number) {
  const batches: number[] = [];
  const write = store.writeDocuments.bind(store);
  store.writeDocuments = (items: readonly DocumentWrite[]) => {
    batches.push(items.length);
    return write(items);
  };
  const seen: Array<[DocumentOutcome['status'], number]> = [];
  const summary = await ingestFiles(store, files, {
    dataDir: dir, group: { documents, ms: 60_000 }, onDocument: (o, done) => seen.push([o.status, done]),
  });
  return { summary, batches, seen };
}

describe('ingest in groups', () => {
  it('writes each group in one transaction, a failing file alone, and reports in file order', async () => {
    const store = GrafeoStore.open();
    await store.init();
    const { summary, batches, seen } = await ingestInGroups(store, 2);
    expect(summary.documents).toEqual({ ingested: 4, replaced: 0, unchanged: 0, failed: 1 });
    // Groups of two files: [a, b], [empty (failed), c], [d]; a group with one write left goes through writeDocument.
    expect(batches).toEqual([2, 1, 1]);
    expect(seen).toEqual([['ingested', 1], ['ingested', 2], ['failed', 3], ['ingested', 4], ['ingested', 5]]);
    const docs = await store.query('MATCH (d:Document) RETURN count(d) AS n');
    expect(docs.rows[0].n).toBe(4);
    await store.close();
  });

  it('gives the same graph whatever the group size', async () => {
    const counts = [];
    for (const size of [1, 3, 64]) {
      const store = GrafeoStore.open();
      await store.init();
      await ingestInGroups(store, size);
      counts.push(await store.counts());
      await store.close();
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[2]).toEqual(counts[0]);
  });
});
