// Documents: listing, reading with entity spans, uploading through the ingest
// use case, removing.
import { readFile } from 'node:fs/promises';
import { KgError, messageOf } from '../../../graph/errors.js';
import { documentById, listDocuments as listDocumentsQuery } from '../../../graph/cypher/read.js';
import { mergeMentions } from '../../../graph/extract/mentions/merge.js';
import { extractSource } from '../../../graph/extract/pipeline.js';
import type { SourceFile } from '../../../graph/extract/types.js';
import { prepareSource } from '../../../graph/ingest/ingest.js';
import { originalPath } from '../../../graph/ingest/originals.js';
import type { GraphStore } from '../../../graph/store/types.js';
import { nodeFromColumns } from '../graph-view.js';
import { type UploadResult, documentSchema } from '../schemas.js';
import { run } from './run.js';

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

/**
 * The document's normalized text with the span of every entity mention, for
 * a reading view. The text is not stored in the graph: it is extracted again
 * from the original bytes kept in the data folder, so offsets match the
 * evidence offsets on the edges.
 */
export async function readDocument(store: GraphStore, dataDir: string, id: string) {
  const document = await requireDocument(store, id);
  const bytes = await readFile(originalPath(dataDir, document.sha256)).catch(() => null);
  if (!bytes) {
    throw new KgError('NOT_FOUND', `The original of document ${id} (${document.file}) is not kept in the data folder; ingest it again to read it`);
  }
  const result = await extractSource({ file: document.file, bytes: new Uint8Array(bytes) });
  const { entityOf } = mergeMentions(result.mentions);
  const spans = result.mentions
    .map((m, i) => ({ start: m.start, end: m.end, entity: entityOf[i], kind: m.kind }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return { document, text: result.document.text, spans };
}

/**
 * One uploaded file through the same steps as `kg ingest`: keep the bytes,
 * skip them when already stored, else extract and write in one transaction.
 * A failure is reported for that file only.
 */
export async function ingestUpload(store: GraphStore, dataDir: string, src: SourceFile): Promise<UploadResult> {
  try {
    const prepared = await prepareSource(store, src, { dataDir });
    if ('outcome' in prepared) return { file: src.file, status: 'unchanged', entities: 0, relations: 0 };
    const summary = await store.writeDocument(prepared.write.doc, prepared.write.extraction);
    const status = summary.status === 'unchanged' ? 'unchanged' : 'ingested';
    return { file: src.file, status, entities: summary.entities, relations: summary.relations };
  } catch (error) {
    return { file: src.file, status: 'error', error: messageOf(error), entities: 0, relations: 0 };
  }
}

/** `changed` is told when anything was written. */
export async function ingestUploads(store: GraphStore, changed: () => void, dataDir: string, sources: SourceFile[]) {
  const results: UploadResult[] = [];
  for (const src of sources) results.push(await ingestUpload(store, dataDir, src));
  if (results.some((r) => r.status === 'ingested')) changed();
  return { results };
}

export async function removeDocument(store: GraphStore, changed: () => void, id: string) {
  const removed = await store.removeDocument(id);
  if (!removed) throw new KgError('NOT_FOUND', `No document with id ${JSON.stringify(id)}; the documents are listed at /api/documents`);
  changed();
  return { removed: id };
}
