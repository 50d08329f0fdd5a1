// The ingest use case: for each file, keep its bytes, skip it when the store
// already holds the same bytes, otherwise extract it and write it in one
// transaction. A failing file is reported and the others still go in.
import { documentById } from '../cypher/read.js';
import { messageOf } from '../errors.js';
import { extractSource } from '../extract/pipeline.js';
import { readSourceFile } from '../extract/read/index.js';
import type { ExtractResult, SourceFile } from '../extract/types.js';
import { readRows } from '../store/read.js';
import type { GraphStore, StoredDocument, WriteSummary } from '../store/types.js';
import { keepOriginal, sha256Of } from './originals.js';

export type Extract = (src: SourceFile) => Promise<ExtractResult>;

export interface IngestOptions {
  dataDir: string;
  /** Rewrite documents whose bytes are already stored. */
  force?: boolean;
  extract?: Extract;
  onDocument?: (outcome: DocumentOutcome, done: number, total: number) => void;
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

async function ingestOne(store: GraphStore, file: string, options: IngestOptions): Promise<DocumentOutcome> {
  const src = await readSourceFile(file);
  const sha256 = sha256Of(src.bytes);
  const id = sha256.slice(0, 16);
  if (!options.force && (await readRows(store, documentById(id))).length > 0) {
    return { file, status: 'unchanged', summary: NOTHING, id };
  }
  await keepOriginal(options.dataDir, src.bytes, sha256);
  const { extraction, document } = await (options.extract ?? extractSource)(src);
  const doc: StoredDocument = {
    id, file, title: document.title, language: document.language, chars: document.text.length, sha256,
    ingestedAt: new Date().toISOString(),
  };
  const summary = await store.writeDocument(doc, extraction, { replace: options.force });
  return { file, status: summary.status, summary, id };
}

export async function ingestFiles(store: GraphStore, files: string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const total: IngestSummary = {
    documents: { ingested: 0, replaced: 0, unchanged: 0, failed: 0 }, entities: 0, relations: 0, facts: 0, failures: [], ms: 0,
  };
  for (const [i, file] of files.entries()) {
    let outcome: DocumentOutcome;
    try {
      outcome = await ingestOne(store, file, options);
    } catch (error) {
      outcome = { file, status: 'failed', error: messageOf(error) };
    }
    total.documents[outcome.status] += 1;
    if (outcome.status === 'failed') total.failures.push({ file, error: outcome.error });
    else {
      total.entities += outcome.summary.entities;
      total.relations += outcome.summary.relations;
      total.facts += outcome.summary.facts;
    }
    options.onDocument?.(outcome, i + 1, files.length);
  }
  total.ms = performance.now() - started;
  return total;
}
