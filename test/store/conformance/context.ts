// What every conformance case reads: the corpus, the store's context and small comparisons.
import type { Statement } from '../../../graph/cypher/statement.js';
import type { PlainValue, WriteSummary } from '../../../graph/store/types.js';
import type { Engine, Snapshot } from '../conformance-engines.js';
import { conformanceCorpus } from '../fixtures.js';

export const { entities: E, docs: D } = conformanceCorpus();
export const WRITES = [D.a, D.b, D.c1, D.c2];
export const A = D.a.doc.id;
export const B = D.b.doc.id;
export const C = D.c2.doc.id;
export const FACT_IDS = [`Fact:${A}:0`, `Fact:${A}:1`, `Fact:${B}:0`, `Fact:${C}:0`];
const STRUCTURAL = new Set(['MENTIONS', 'HAS_FACT', 'REPORTED_IN']);

export interface Removal {
  mentioned: Record<string, PlainValue>[];
  removed: boolean;
  again: boolean;
  after: Snapshot;
}

export interface Ctx {
  engine: Engine;
  rows(s: Statement): Promise<Record<string, PlainValue>[]>;
  statuses: WriteSummary['status'][];
  snapshot: Snapshot;
  /** The same documents written beside the store, through the MERGE texts and through the index writers. */
  beside: { merge: Snapshot; index: Snapshot };
  /** Document b removed through the store, once, after every read case. */
  removal(): Promise<Removal>;
}

export interface Case {
  only?: Engine['name'];
  run(ctx: Ctx): Promise<unknown>;
}

export type Edge = { type: string; source: string; target: string; properties: Record<string, unknown> };

export function edgeIn(s: Snapshot, type: string, source: string, target: string): Record<string, unknown> | undefined {
  return (s.edges as Edge[]).find((e) => e.type === type && e.source === source && e.target === target)?.properties;
}

export const entityEdges = (s: Snapshot) =>
  (s.edges as Edge[]).filter((e) => !STRUCTURAL.has(e.type)).map((e) => [e.type, e.source, e.target, e.properties.documents]);

export const ids = (rows: Record<string, PlainValue>[]) => rows.map((r) => r.id);
export const sorted = (list: string[]) => [...list].sort();
