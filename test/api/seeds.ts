// A real in-memory Grafeo store holding the seeds, extracted by the real pipeline.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { extractSource } from '../../graph/extract/pipeline.js';
import { GrafeoStore } from '../../graph/store/grafeo.js';
import type { GraphStore } from '../../graph/store/types.js';

export const SEEDS_DIR = join(import.meta.dirname, '../../seeds');

export async function seededStore(): Promise<GraphStore> {
  const store = GrafeoStore.open();
  await store.init();
  for (const name of (await readdir(SEEDS_DIR)).filter((f) => f.endsWith('.txt')).sort()) {
    const bytes = new Uint8Array(await readFile(join(SEEDS_DIR, name)));
    const { extraction, document } = await extractSource({ file: name, bytes });
    await store.writeDocument(
      {
        id: document.id, file: name, title: document.title, language: document.language, chars: document.text.length,
        sha256: createHash('sha256').update(bytes).digest('hex'), ingestedAt: new Date().toISOString(),
      },
      extraction,
    );
  }
  return store;
}

