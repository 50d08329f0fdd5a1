// Writing and removing one document, as a sequence of statements any store
// runs inside one transaction of its own.
import { createDocument, createFacts, documentsLike, mergeEntities, mergeRelations } from '../cypher/write.js';
import {
  deleteDocument, deleteFacts, deleteUnmentioned, dropEvidence, mentionedEntityIds, recomputeAliases,
} from '../cypher/remove.js';
import type { Statement } from '../cypher/statement.js';
import type { Extraction } from '../extract/types.js';
import { countRows, documentRows } from './rows.js';
import type { StoredDocument, WriteOptions, WriteSummary } from './types.js';

/** Runs one statement in the caller's transaction and returns its rows as plain objects. */
export type Run = (s: Statement) => Promise<Record<string, unknown>[]>;

const BATCH = 2000;

async function runBatched<R>(run: Run, rows: R[], make: (batch: R[]) => Statement): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await run(make(rows.slice(i, i + BATCH)));
}

export async function removeDocumentWith(run: Run, documentId: string): Promise<boolean> {
  const [found] = await run(mentionedEntityIds(documentId));
  if (!found) return false;
  const ids = (found.ids as string[]) ?? [];
  await run(dropEvidence(documentId));
  await run(deleteFacts(documentId));
  await run(deleteDocument(documentId));
  await runBatched(run, ids, deleteUnmentioned);
  await runBatched(run, ids, recomputeAliases);
  return true;
}

/**
 * Writes the document unless the same bytes are already stored; an earlier
 * version of the same file, or the same document under `replace`, is removed first.
 */
export async function writeDocumentWith(
  run: Run, doc: StoredDocument, extraction: Extraction, options: WriteOptions = {},
): Promise<WriteSummary> {
  const existing = await run(documentsLike(doc.id, doc.file));
  const same = existing.some((d) => d.id === doc.id);
  if (same && !options.replace) return { status: 'unchanged', entities: 0, relations: 0, facts: 0 };
  for (const d of existing) await removeDocumentWith(run, d.id as string);

  const rows = documentRows(doc, extraction);
  await run(createDocument(rows.document));
  for (const [kind, list] of rows.entities) await runBatched(run, list, (b) => mergeEntities(doc.id, kind, b));
  for (const [type, list] of rows.relations) await runBatched(run, list, (b) => mergeRelations(type, b));
  await runBatched(run, rows.facts, (b) => createFacts(doc.id, b));
  return {
    status: existing.length > 0 ? 'replaced' : 'ingested',
    entities: countRows(rows.entities),
    relations: countRows(rows.relations),
    facts: rows.facts.length,
  };
}
