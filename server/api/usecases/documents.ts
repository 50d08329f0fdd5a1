// Documents: listing, reading with entity spans, uploading through the ingest
// use case, removing.
import { KgError } from '../../../graph/errors.js';
import { documentById, listDocuments as listDocumentsQuery } from '../../../graph/cypher/read.js';
import type { GraphStore } from '../../../graph/store/types.js';
import { nodeFromColumns } from '../graph-view.js';
import { documentSchema } from '../schemas.js';
import { run } from './run.js';
import type { EntitySearch } from './search.js';

function toDocument(properties: Record<string, unknown>) {
  return documentSchema.parse({
    id: properties.id,
    file: properties.file,
    title: properties.title ?? properties.file,
    language: properties.language ?? 'mixed',
    chars: properties.chars ?? 0,
    sha256: properties.sha256 ?? '',
    ingestedAt: properties.ingestedAt ?? '',
  });
}

export async function listDocuments(store: GraphStore) {
  const rows = (await run(store, listDocumentsQuery())).rows;
  return { documents: rows.map((row) => toDocument(nodeFromColumns(row).properties)) };
}

export async function requireDocument(store: GraphStore, id: string) {
  const row = (await run(store, documentById(id))).rows[0];
  if (!row) throw new KgError('NOT_FOUND', `No document with id ${JSON.stringify(id)}; the documents are listed at /api/documents`);
  return toDocument(nodeFromColumns(row).properties);
}

export async function removeDocument(store: GraphStore, search: EntitySearch, id: string) {
  const removed = await store.removeDocument(id);
  if (!removed) throw new KgError('NOT_FOUND', `No document with id ${JSON.stringify(id)}; the documents are listed at /api/documents`);
  search.invalidate();
  return { removed: id };
}
