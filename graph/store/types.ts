// One interface for every backend (embedded Grafeo, Neo4j). The API, the CLI
// and the benches speak only to this; each store turns driver values into
// these plain objects.
import type { Extraction } from '../extract/types.js';

/** A node as it leaves a store: entity, document or fact. */
export interface GraphNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

/** A relationship as it leaves a store; `id` is stable for one store. */
export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface GraphPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Anything a query row can hold once driver values are mapped. */
export type PlainValue =
  | null
  | boolean
  | number
  | string
  | PlainValue[]
  | { [key: string]: PlainValue }
  | GraphNode
  | GraphEdge
  | GraphPath;

export interface QueryResult {
  columns: string[];
  rows: Record<string, PlainValue>[];
  /** True when the row limit cut rows off. */
  truncated?: boolean;
}

export interface QueryOptions {
  params?: Record<string, unknown>;
  /** Milliseconds before the query is abandoned with a TIMEOUT error. */
  timeoutMs?: number;
  /** Rows kept at most; more are cut. */
  rowLimit?: number;
}

export interface StoredDocument {
  id: string;
  file: string;
  title: string;
  language: string;
  chars: number;
  /** SHA-256 of the original bytes. */
  sha256: string;
  ingestedAt: string;
}

export interface WriteSummary {
  status: 'ingested' | 'unchanged' | 'replaced';
  entities: number;
  relations: number;
  facts: number;
}

export interface WriteOptions {
  /** Rewrite the document even when the same bytes are already stored (`kg ingest --force`). */
  replace?: boolean;
}

/** One document of a batch written together (`GraphStore.writeDocuments`). */
export interface DocumentWrite {
  doc: StoredDocument;
  extraction: Extraction;
  options?: WriteOptions;
}

export interface EntitySearchOptions {
  /** Only entities of these kinds; every kind when absent or empty. */
  kinds?: readonly string[];
  /** Hits kept at most (default 20). */
  limit?: number;
}

/** An entity whose name or an alias contains the searched text. */
export interface EntityHit {
  id: string;
  kind: string;
  name: string;
}

/** One page of an entity's neighbouring entities, as `GraphStore.neighbourPage` takes it. */
export interface NeighbourQuery {
  /** The centre's entity id. */
  id: string;
  /** Only edges of these types; every type when absent or empty. */
  types?: readonly string[];
  /** Only neighbours of these kinds; every kind when absent or empty. */
  kinds?: readonly string[];
  limit: number;
  offset: number;
}

/** An edge of the centre with its far end; `source` and `target` are the entity ids of the edge's ends. */
export interface NeighbourEdge {
  edge: GraphEdge;
  node: GraphNode;
  source: string;
  target: string;
}

/**
 * Edges ordered by their number of supporting documents (most first), then
 * by the far end's id, then by type; `total` counts every matching edge.
 * `centre` is null for an unknown id.
 */
export interface NeighbourPage {
  centre: GraphNode | null;
  edges: NeighbourEdge[];
  total: number;
}

export interface StoreCounts {
  nodes: number;
  relationships: number;
}

export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';
  /** Creates constraints and indexes; safe to call on every start. */
  init(): Promise<void>;
  /** Writes one document's extraction in one transaction, replacing that document's earlier contributions. */
  writeDocument(doc: StoredDocument, extraction: Extraction, options?: WriteOptions): Promise<WriteSummary>;
  /**
   * Writes several documents in one transaction, as if one after another:
   * all of them or, on any failure, none. Optional: callers fall back to writeDocument.
   */
  writeDocuments?(items: readonly DocumentWrite[]): Promise<WriteSummary[]>;
  /**
   * Entities whose name or an alias contains `text`, shortest name first, then
   * by name: what `searchEntities` in graph/cypher/read.ts answers, through an
   * index instead of a scan. Optional: callers fall back to that query.
   */
  searchEntities?(text: string, options?: EntitySearchOptions): Promise<EntityHit[]>;
  /**
   * What the neighbour queries of server/api/queries.ts answer, from memory
   * instead of a query per page. Optional: callers fall back to those queries.
   */
  neighbourPage?(query: NeighbourQuery): Promise<NeighbourPage>;
  /** Builds the store's in-memory indexes now, so the first reads after a start or a write do not wait for them. */
  warm?(): Promise<void>;
  /** Removes a document and every entity, edge and fact only it supported. Returns false when unknown. */
  removeDocument(documentId: string): Promise<boolean>;
  /** Read-only Cypher: refused before it reaches the store when it writes. */
  query(cypher: string, options?: QueryOptions): Promise<QueryResult>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
