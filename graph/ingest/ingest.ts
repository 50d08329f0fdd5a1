// The ingest use case: for each file, keep its bytes, skip it when the store
// already holds the same bytes, otherwise extract it and write it. Documents
// are written in groups, one transaction per group (a few seconds' worth), so
// the commit cost is shared: a crash loses at most the open group, and every
// document is in the graph entirely or not at all. A group is written while
// the next one is being extracted. A failing file is reported and the others
// still go in.
import { documentById } from '../cypher/read.js';
import { messageOf } from '../errors.js';
import { extractSource } from '../extract/pipeline.js';
import { readSourceFile } from '../extract/read/index.js';
import type { ExtractResult, SourceFile } from '../extract/types.js';
import { readRows } from '../store/read.js';
import type { DocumentWrite, GraphStore, StoredDocument, WriteSummary } from '../store/types.js';
import { keepOriginal, sha256Of } from './originals.js';

export type Extract = (src: SourceFile) => Promise<ExtractResult>;

export interface IngestOptions {
  dataDir: string;
  /** Rewrite documents whose bytes are already stored. */
  force?: boolean;
  extract?: Extract;
  /** Called once a document's outcome is final: after its group committed. */
  onDocument?: (outcome: DocumentOutcome, done: number, total: number) => void;
  /** A group closes at this many documents (default 64) or this many ms after it opened (default 2000). */
  group?: { documents: number; ms: number };
}

export type DocumentOutcome =
  | { file: string; status: WriteSummary['status']; summary: WriteSummary; id: string }
  | { file: string; status: 'failed'; error: string };

export interface IngestSummary {
  documents: Record<DocumentOutcome['status'], number>;
  entities: number;
  relations: number;
  facts: number;
  failures: Array<{ file: string; error: string }>;
  ms: number;
}

const NOTHING: WriteSummary = { status: 'unchanged', entities: 0, relations: 0, facts: 0 };
const GROUP = { documents: 64, ms: 2000 };

/** A source read and extracted, waiting for its group to be written, or already settled. */
export type Prepared = { file: string; outcome: DocumentOutcome } | { file: string; write: DocumentWrite };

/**
 * The steps before the write, for bytes from a file or an upload alike: keep the
 * bytes, settle the source as unchanged when the store holds them already (unless
 * forced), else extract it. Errors are the caller's to report.
 */
export async function prepareSource(store: GraphStore, src: SourceFile, options: Omit<IngestOptions, 'onDocument' | 'group'>): Promise<Prepared> {
  const { file } = src;
  const sha256 = sha256Of(src.bytes);
  const id = sha256.slice(0, 16);
  if (!options.force && (await readRows(store, documentById(id))).length > 0) {
    return { file, outcome: { file, status: 'unchanged', summary: NOTHING, id } };
  }
  await keepOriginal(options.dataDir, src.bytes, sha256);
  const { extraction, document } = await (options.extract ?? extractSource)(src);
  const doc: StoredDocument = {
    id, file, title: document.title, language: document.language, chars: document.text.length, sha256,
    ingestedAt: new Date().toISOString(),
  };
  return { file, write: { doc, extraction, options: { replace: options.force } } };
}

async function prepare(store: GraphStore, file: string, options: IngestOptions): Promise<Prepared> {
  try {
    return await prepareSource(store, await readSourceFile(file), options);
  } catch (error) {
    return { file, outcome: { file, status: 'failed', error: messageOf(error) } };
  }
}

/** One transaction for the group; if it fails, each document alone, so only the bad ones fail. */
async function writeGroup(store: GraphStore, writes: DocumentWrite[]): Promise<Array<WriteSummary | Error>> {
  if (store.writeDocuments && writes.length > 1) {
    try {
      return await store.writeDocuments(writes);
    } catch {
      // Fall through: find the documents that fail on their own.
    }
  }
  const results: Array<WriteSummary | Error> = [];
  for (const w of writes) {
    results.push(await store.writeDocument(w.doc, w.extraction, w.options).catch((e: unknown) => new Error(messageOf(e))));
  }
  return results;
}

async function settle(store: GraphStore, group: Prepared[]): Promise<DocumentOutcome[]> {
  const writes = group.flatMap((p) => ('write' in p ? [p.write] : []));
  const results = await writeGroup(store, writes);
  let next = 0;
  return group.map((p) => {
    if ('outcome' in p) return p.outcome;
    const result = results[next++];
    return result instanceof Error
      ? { file: p.file, status: 'failed', error: result.message }
      : { file: p.file, status: result.status, summary: result, id: p.write.doc.id };
  });
}

export async function ingestFiles(store: GraphStore, files: string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const limits = options.group ?? GROUP;
  const total: IngestSummary = {
    documents: { ingested: 0, replaced: 0, unchanged: 0, failed: 0 }, entities: 0, relations: 0, facts: 0, failures: [], ms: 0,
  };
  let done = 0;
  const report = (outcomes: DocumentOutcome[]) => {
    for (const outcome of outcomes) {
      total.documents[outcome.status] += 1;
      if (outcome.status === 'failed') total.failures.push({ file: outcome.file, error: outcome.error });
      else {
        total.entities += outcome.summary.entities;
        total.relations += outcome.summary.relations;
        total.facts += outcome.summary.facts;
      }
      options.onDocument?.(outcome, ++done, files.length);
    }
  };

  let writing: Promise<void> = Promise.resolve();
  let group: Prepared[] = [];
  let opened = performance.now();
  const close = async () => {
    const closing = group;
    group = [];
    await writing;
    writing = settle(store, closing).then(report);
  };
  for (const file of files) {
    if (group.length === 0) opened = performance.now();
    group.push(await prepare(store, file, options));
    if (group.length >= limits.documents || performance.now() - opened >= limits.ms) await close();
  }
  await close();
  await writing;
  total.ms = performance.now() - started;
  return total;
}
