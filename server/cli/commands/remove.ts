// `kg remove <document...>`: take documents out of the graph, with every
// entity, edge and fact only they supported. A document is named by its id
// or by a file: the file's current bytes, or the path it was ingested from.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { documentById, documentsByFile } from '../../../graph/cypher/read.js';
import { KgError } from '../../../graph/errors.js';
import { readSourceFile } from '../../../graph/extract/read/index.js';
import { sha256Of } from '../../../graph/ingest/originals.js';
import { readRows } from '../../../graph/store/read.js';
import type { GraphStore } from '../../../graph/store/types.js';
import { withStore } from '../../../graph/store/open.js';

/** The ids of the stored documents `ref` names. */
export async function resolveDocument(store: GraphStore, ref: string): Promise<string[]> {
  const path = resolve(ref);
  const ids = new Set<string>();
  if (existsSync(path) && statSync(path).isFile()) {
    const byBytes = sha256Of((await readSourceFile(path)).bytes).slice(0, 16);
    if ((await readRows(store, documentById(byBytes))).length > 0) ids.add(byBytes);
  }
  for (const row of await readRows(store, documentsByFile(path))) ids.add(String(row.id));
  if ((await readRows(store, documentById(ref))).length > 0) ids.add(ref);
  return [...ids];
}

export function registerRemove(program: Command): void {
  program
    .command('remove')
    .description('remove documents and every entity, relation and fact only they supported')
    .argument('<documents...>', 'document ids or files')
    .action(async (refs: string[]) => {
      const missing: string[] = [];
      await withStore(async (store) => {
        for (const ref of refs) {
          const ids = await resolveDocument(store, ref);
          if (ids.length === 0) missing.push(ref);
          for (const id of ids) {
            await store.removeDocument(id);
            process.stdout.write(`removed ${id} (${ref})\n`);
          }
        }
      });
      if (missing.length > 0) {
        throw new KgError('NOT_FOUND', `no stored document is named by ${missing.join(', ')}; give a document id or a file that was ingested`);
      }
    });
}
