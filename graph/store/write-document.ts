// Writing and removing documents, as a sequence of statements any store runs
// inside one transaction of its own. Several documents may share the
// transaction: their rows are merged, so each kind and relation type costs
// one statement per batch instead of one per document.
import { createDocuments, createFacts, createMentions, documentsLike, mergeEntities, mergeRelations } from '../cypher/write.js';
import {
  deleteDocument, deleteFacts, deleteUnmentioned, dropEvidence, mentionedEntityIds, recomputeAliases,
} from '../cypher/remove.js';
import type { Statement } from '../cypher/statement.js';
import { writeRows, type DocumentInput, type EntityRow, type RelationRow } from './rows.js';
import type { DocumentWrite, WriteSummary } from './types.js';
import type { EntityKind, RelationType } from '../schema.js';

/** Runs one statement in the caller's transaction and returns its rows as plain objects. */
export type Run = (s: Statement) => Promise<Record<string, unknown>[]>;

/** How one type's relation rows reach the store: a MERGE unless the store knows its edges (edge-index.ts). */
export type WriteRelations = (run: Run, type: RelationType, rows: RelationRow[]) => Promise<void>;

/** How one kind's entity rows reach the store: a MERGE unless the store knows its entities (entity-index.ts). */
export type WriteEntities = (run: Run, kind: EntityKind, rows: EntityRow[]) => Promise<void>;

export interface Writers {
  entities: WriteEntities;
  relations: WriteRelations;
}

const mergeAll: Writers = {
  entities: (run, kind, rows) => runBatched(run, rows, (b) => mergeEntities(kind, b)),
  relations: (run, type, rows) => runBatched(run, rows, (b) => mergeRelations(type, b)),
};

const BATCH = 5000;

export async function runBatched<R>(run: Run, rows: R[], make: (batch: R[]) => Statement): Promise<void> {
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

const UNCHANGED: WriteSummary = { status: 'unchanged', entities: 0, relations: 0, facts: 0 };

/** The end of the longest run from `start` in which no two documents share an id or a file. */
function distinctRunEnd(items: readonly DocumentWrite[], start: number): number {
  const ids = new Set<string>();
  const files = new Set<string>();
  let end = start;
  for (; end < items.length; end += 1) {
    const { id, file } = items[end].doc;
    if (ids.has(id) || files.has(file)) break;
    ids.add(id);
    files.add(file);
  }
  return end;
}

/**
 * Writes documents with distinct ids and files. Each is skipped when its bytes
 * are already stored (unless `replace`); an earlier version of the same file,
 * or the same document under `replace`, is removed first.
 */
async function writeDistinct(run: Run, items: readonly DocumentWrite[], writers: Writers): Promise<WriteSummary[]> {
  const stored = await run(documentsLike(items.map((i) => i.doc.id), items.map((i) => i.doc.file)));
  const writes: DocumentInput[] = [];
  const statuses: WriteSummary['status'][] = [];
  for (const { doc, extraction, options } of items) {
    const same = stored.some((d) => d.id === doc.id);
    if (same && !options?.replace) {
      statuses.push('unchanged');
      continue;
    }
    const earlier = stored.filter((d) => d.id === doc.id || d.file === doc.file);
    for (const d of earlier) await removeDocumentWith(run, d.id as string);
    statuses.push(earlier.length > 0 ? 'replaced' : 'ingested');
    writes.push({ doc, extraction });
  }
  const rows = writeRows(writes);
  await runBatched(run, rows.documents, createDocuments);
  // Removals delete entities and edges behind the back of a store's knowledge of them.
  const write = statuses.includes('replaced') ? mergeAll : writers;
  for (const [kind, list] of rows.entities) await write.entities(run, kind, list);
  await runBatched(run, rows.mentions, createMentions);
  for (const [type, list] of rows.relations) await write.relations(run, type, list);
  await runBatched(run, rows.facts, createFacts);

  let written = 0;
  return statuses.map((status) => (status === 'unchanged' ? UNCHANGED : { status, ...rows.counts[written++] }));
}

/** Writes documents in order, as if one after another, in the caller's one transaction. */
export async function writeDocumentsWith(
  run: Run, items: readonly DocumentWrite[], writers: Writers = mergeAll,
): Promise<WriteSummary[]> {
  const summaries: WriteSummary[] = [];
  let write = writers;
  for (let start = 0; start < items.length;) {
    const end = distinctRunEnd(items, start);
    const written = await writeDistinct(run, items.slice(start, end), write);
    if (written.some((s) => s.status === 'replaced')) write = mergeAll;
    summaries.push(...written);
    start = end;
  }
  return summaries;
}
