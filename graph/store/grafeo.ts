// The embedded store: Grafeo in one file of the data folder. Writes run in
// one Grafeo transaction per document; reads run in a transaction that is
// always rolled back, so even a write that slipped past the guard leaves no trace.
import { existsSync } from 'node:fs';
import grafeo, { type GrafeoDB as Database, type Transaction } from '@grafeo-db/js';
import { KgError, messageOf } from '../errors.js';
import { assertReadOnly } from '../cypher/readonly.js';
import { entityEdgeList, entityFacetList, entityNameList } from '../cypher/read.js';
import { schemaStatements } from '../cypher/schema.js';
import type { Statement } from '../cypher/statement.js';
import type { Extraction } from '../extract/types.js';
import { grafeoValue, storedEdge, storedNode } from './grafeo-values.js';
import { EdgeIndex } from './edge-index.js';
import { EntityIndex } from './entity-index.js';
import { NameIndex } from './name-index.js';
import { grafeoEntityEdgeList, grafeoEntityList, NeighbourIndex } from './neighbour-index.js';
import { countsOf } from './read.js';
import { withTimeout } from './timeout.js';
import type {
  DocumentWrite, EntityHit, EntitySearchOptions, GraphNode, GraphStore, NeighbourPage, NeighbourQuery, PlainValue, QueryOptions, QueryResult, StoreCounts, StoredDocument, WriteOptions, WriteSummary,
} from './types.js';
import { removeDocumentWith, writeDocumentsWith, type Run } from './write-document.js';

// The package is CommonJS: its named exports are reached through the default one under Node's ESM loader.
const { GrafeoDB } = grafeo;

function storeError(what: string, error: unknown): KgError {
  if (error instanceof KgError) return error;
  const message = messageOf(error);
  const code = /syntax|semantic|unknown|expected|GRAFEO-Q/i.test(message) ? 'QUERY' : 'STORE';
  return new KgError(code, `${what}: ${message}`, undefined, { cause: error });
}

/** Entity nodes kept for neighbour pages at most (a few hundred bytes each). */
const PAGE_NODES = 100_000;

/** The neighbour index named something the graph no longer holds: it was built before a change it missed. */
function gone(what: 'node' | 'edge', internal: number): never {
  throw new KgError('STORE', `the neighbour index names ${what} ${internal}, which the graph no longer holds`);
}

export class GrafeoStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private closed = false;
  /** Loaded on the first write, dropped after anything that deletes. */
  private edges: Promise<EdgeIndex> | null = null;
  private entities: Promise<EntityIndex> | null = null;
  /** Loaded on the first search, kept up to date by writes, dropped after anything that deletes. */
  private names: Promise<NameIndex> | null = null;
  /** Loaded on the first neighbour page, dropped after every write (edge weights change). */
  private neighbours: Promise<NeighbourIndex> | null = null;
  /**
   * Entity nodes as neighbour pages show them, by internal id: a hub is the far end on
   * thousands of pages, and reading a node from Grafeo costs more than the rest of its
   * part in a page. Dropped with the neighbour index, after every write.
   */
  private readonly pageNodes = new Map<number, GraphNode>();
  /** Writes run one at a time: the edge index is staged against the graph as the previous write left it. */
  private lastWrite: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly db: Database,
    private readonly onClose: () => void,
  ) {}

  /** Opens (or creates) the database at `path`; in memory without a path. */
  static open(path?: string, onClose: () => void = () => {}): GrafeoStore {
    try {
      const db = path === undefined ? GrafeoDB.create() : existsSync(path) ? GrafeoDB.open(path) : GrafeoDB.create(path);
      return new GrafeoStore(db, onClose);
    } catch (error) {
      throw storeError(`the graph database ${path ?? '(in memory)'} could not be opened`, error);
    }
  }

  async init(): Promise<void> {
    for (const text of schemaStatements('embedded')) await this.db.executeCypher(text);
  }

  private runner(tx: Transaction): Run {
    return async (s: Statement) => (await tx.executeCypher(s.text, s.params)).toArray() as Record<string, unknown>[];
  }

  private async inTransaction<T>(what: string, work: (run: Run) => Promise<T>): Promise<T> {
    const tx = this.db.beginTransaction();
    try {
      const result = await work(this.runner(tx));
      tx.commit();
      return result;
    } catch (error) {
      if (tx.isActive) tx.rollback();
      throw storeError(what, error);
    }
  }

  async writeDocument(doc: StoredDocument, extraction: Extraction, options?: WriteOptions): Promise<WriteSummary> {
    const [summary] = await this.writeDocuments([{ doc, extraction, options }]);
    return summary;
  }

  private rowsOf(s: Statement): Promise<Array<Record<string, unknown>>> {
    return this.db.executeCypher(s.text, s.params).then((r) => r.toArray() as Array<Record<string, unknown>>);
  }

  private edgeIndex(): Promise<EdgeIndex> {
    this.edges ??= this.rowsOf(entityEdgeList()).then(EdgeIndex.fromRows);
    this.edges.catch(() => { this.edges = null; });
    return this.edges;
  }

  private entityIndex(): Promise<EntityIndex> {
    this.entities ??= this.rowsOf(entityFacetList()).then(EntityIndex.fromRows);
    this.entities.catch(() => { this.entities = null; });
    return this.entities;
  }

  /** After anything that deletes: the indexes load again when next needed. */
  private forgetIndexes(): void {
    this.edges = null;
    this.entities = null;
    this.names = null;
    this.forgetNeighbours();
  }

  private forgetNeighbours(): void {
    this.neighbours = null;
    this.pageNodes.clear();
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.lastWrite.then(work, work);
    this.lastWrite = next.catch(() => {});
    return next;
  }

  writeDocuments(items: readonly DocumentWrite[]): Promise<WriteSummary[]> {
    return this.serial(() => this.writeBatch(items));
  }

  private async writeBatch(items: readonly DocumentWrite[]): Promise<WriteSummary[]> {
    const what = items.length === 1 ? items[0].doc.file : `${items.length} documents`;
    const edges = (await this.edgeIndex()).stage();
    const entities = (await this.entityIndex()).stage();
    const summaries = await this.inTransaction(`writing ${what} failed`, (run) =>
      writeDocumentsWith(run, items, { entities: entities.write, relations: edges.write }));
    this.forgetNeighbours();
    if (summaries.some((s) => s.status === 'replaced')) this.forgetIndexes();
    else {
      edges.commit();
      entities.commit();
      const names = this.names && (await this.names.catch(() => null));
      items.forEach((item, i) => {
        if (names && summaries[i].status === 'ingested') item.extraction.entities.forEach((e) => names.add(e));
      });
    }
    return summaries;
  }

  private nameIndex(): Promise<NameIndex> {
    const s = entityNameList();
    this.names ??= this.db.executeCypher(s.text, s.params).then((r) =>
      NameIndex.of(r.toArray().map((row) => ({
        id: String(row.id), kind: String(row.kind), name: String(row.name),
        aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
      }))));
    this.names.catch(() => { this.names = null; });
    return this.names;
  }

  async searchEntities(text: string, options?: EntitySearchOptions): Promise<EntityHit[]> {
    return (await this.nameIndex()).search(text, options);
  }

  async warm(): Promise<void> {
    await this.neighbourIndex();
  }

  private neighbourIndex(): Promise<NeighbourIndex> {
    this.neighbours ??= Promise.all([this.rowsOf(grafeoEntityList()), this.rowsOf(grafeoEntityEdgeList())])
      .then(([entities, edges]) => NeighbourIndex.fromRows(entities, edges));
    this.neighbours.catch(() => { this.neighbours = null; });
    return this.neighbours;
  }

  async neighbourPage(query: NeighbourQuery): Promise<NeighbourPage> {
    const index = await this.neighbourIndex();
    const found = index.page(query);
    if (!found) return { centre: null, edges: [], total: 0 };
    const lookup = (internal: number) => index.idOf(internal) ?? this.endpointId(internal);
    const nodeAt = (internal: number): GraphNode => {
      let node = this.pageNodes.get(internal);
      if (node === undefined) {
        if (this.pageNodes.size >= PAGE_NODES) this.pageNodes.clear();
        this.pageNodes.set(internal, (node = storedNode(internal, this.db.getNode(internal) ?? gone('node', internal), lookup)));
      }
      return node;
    };
    const edges = found.neighbours.map((n) => {
      const edge = storedEdge(n.edge, this.db.getEdge(n.edge) ?? gone('edge', n.edge), lookup);
      return { edge, node: nodeAt(n.far), source: edge.source, target: edge.target };
    });
    return { centre: nodeAt(found.centre), edges, total: found.total };
  }

  removeDocument(documentId: string): Promise<boolean> {
    return this.serial(() => this.remove(documentId));
  }

  private async remove(documentId: string): Promise<boolean> {
    const removed = await this.inTransaction(`removing ${documentId} failed`, (run) => removeDocumentWith(run, documentId));
    if (removed) this.forgetIndexes();
    return removed;
  }

  private endpointId = (internal: number): string => {
    const id = this.db.getNode(internal)?.get('id');
    return typeof id === 'string' ? id : `n${internal}`;
  };

  async query(cypher: string, options: QueryOptions = {}): Promise<QueryResult> {
    assertReadOnly(cypher);
    const tx = this.db.beginTransaction();
    const running = tx.executeCypher(cypher, options.params ?? {});
    const release = () => { if (tx.isActive) tx.rollback(); };
    running.then(release, release);
    let result;
    try {
      result = await withTimeout(running, options.timeoutMs, 'the query');
    } catch (error) {
      throw storeError('the query failed', error);
    }
    const all = result.toArray();
    const limit = options.rowLimit ?? Infinity;
    const rows = all.slice(0, limit).map((row) => {
      const out: Record<string, PlainValue> = {};
      for (const column of result.columns) out[column] = grafeoValue(row[column], this.endpointId);
      return out;
    });
    return { columns: result.columns, rows, ...(all.length > limit ? { truncated: true } : {}) };
  }

  counts(): Promise<StoreCounts> {
    return countsOf(this);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      this.db.close();
    } finally {
      this.onClose();
    }
  }
}
