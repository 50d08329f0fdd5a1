// A real in-memory Grafeo store holding the seeds, written by the ingest use
// case (originals kept in a temporary data folder).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listSourceFiles } from '../../graph/ingest/files.js';
import { ingestFiles } from '../../graph/ingest/ingest.js';
import { GrafeoStore } from '../../graph/store/grafeo.js';
import type { GraphStore } from '../../graph/store/types.js';

export const SEEDS_DIR = join(import.meta.dirname, '../../seeds');

export async function seededStore(): Promise<{ store: GraphStore; dataDir: string; failures: number }> {
  const store = GrafeoStore.open();
  await store.init();
  const dataDir = await mkdtemp(join(tmpdir(), 'kg-api-seeds-'));
  const summary = await ingestFiles(store, await listSourceFiles([SEEDS_DIR]), { dataDir });
  return { store, dataDir, failures: summary.failures.length };
}
