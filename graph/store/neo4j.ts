// The Neo4j store, chosen when NEO4J_URI is set. Writes go through write
// transactions, reads through read transactions; every driver value leaves
// through the mappers of neo4j-values.ts.
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { KgError, messageOf } from '../errors.js';
import { assertReadOnly } from '../cypher/readonly.js';
import { searchEntities, searchEntitiesFulltext } from '../cypher/read.js';
import { NEO4J_NAME_INDEX, schemaStatements } from '../cypher/schema.js';
import type { Statement } from '../cypher/statement.js';
import type { Extraction } from '../extract/types.js';
import { collectEndpoints, collectNodeIds, neo4jValue, toNeo4jParam } from './neo4j-values.js';
import { countsOf } from './read.js';
import type {
  DocumentWrite, EntityHit, EntitySearchOptions, GraphStore, PlainValue, QueryOptions, QueryResult, StoreCounts, StoredDocument, WriteOptions, WriteSummary,
} from './types.js';
import { removeDocumentWith, writeDocumentsWith, type Run } from './write-document.js';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

function params(p: Record<string, unknown>): Record<string, unknown> {
  return toNeo4jParam(p) as Record<string, unknown>;
}

/** The driver's error as one of ours, naming the server. */
export function neo4jError(uri: string, error: unknown): KgError {
  if (error instanceof KgError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = messageOf(error);
  if (code === 'Neo.ClientError.Security.Unauthorized' || /unauthori[sz]ed|authentication/i.test(message)) {
    return new KgError('STORE', `Neo4j at ${uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD)`, { uri }, { cause: error });
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /connect|ECONNREFUSED|ENOTFOUND|unavailable/i.test(message)) {
    return new KgError('STORE', `Neo4j at ${uri} is unreachable: ${message}`, { uri }, { cause: error });
  }
  if (code.includes('TransactionTimedOut') || code.includes('TransactionTimedOutClientConfiguration')) {
    return new KgError('TIMEOUT', `the query took too long on Neo4j at ${uri}`, { uri }, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.Statement')) return new KgError('QUERY', message, { uri }, { cause: error });
  return new KgError('STORE', `Neo4j at ${uri}: ${message}`, { uri }, { cause: error });
}

export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;

  private constructor(private readonly driver: Driver, private readonly settings: Neo4jSettings) {}

  static connect(settings: Neo4jSettings): Neo4jStore {
    try {
      const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
        connectionTimeout: 5000,
        maxTransactionRetryTime: 5000,
        disableLosslessIntegers: false,
      });
      return new Neo4jStore(driver, settings);
    } catch (error) {
      throw new KgError('STORE', `Neo4j at ${settings.uri} cannot be used: ${messageOf(error)}`, { uri: settings.uri }, { cause: error });
    }
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.settings.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private async guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw neo4jError(this.settings.uri, error);
    }
  }

  async init(): Promise<void> {
    await this.guarded(async () => {
      await this.driver.verifyConnectivity({ database: this.settings.database });
      const session = this.session('WRITE');
      try {
        for (const text of [...schemaStatements('neo4j'), NEO4J_NAME_INDEX]) await session.run(text);
      } finally {
        await session.close();
      }
    });
  }

  private async write<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.guarded(async () => {
      const session = this.session('WRITE');
      try {
        return await session.executeWrite((tx) => work(runner(tx)));
      } finally {
        await session.close();
      }
    });
  }

  async writeDocument(doc: StoredDocument, extraction: Extraction, options?: WriteOptions): Promise<WriteSummary> {
    const [summary] = await this.writeDocuments([{ doc, extraction, options }]);
    return summary;
  }

  writeDocuments(items: readonly DocumentWrite[]): Promise<WriteSummary[]> {
    return this.write((run) => writeDocumentsWith(run, items));
  }

  /** Through the full-text index; one character is below its character pairs, so it scans. */
  async searchEntities(text: string, options: EntitySearchOptions = {}): Promise<EntityHit[]> {
    const limit = options.limit ?? 20;
    const s = Array.from(text).length > 1
      ? searchEntitiesFulltext(text, limit, options.kinds)
      : searchEntities(text, limit, options.kinds);
    const { rows } = await this.query(s.text, { params: s.params });
    return rows.map((r) => ({ id: String(r.id), kind: String(r.kind), name: String(r.name) }));
  }

  removeDocument(documentId: string): Promise<boolean> {
    return this.write((run) => removeDocumentWith(run, documentId));
  }

  async query(cypher: string, options: QueryOptions = {}): Promise<QueryResult> {
    assertReadOnly(cypher);
    const limit = options.rowLimit ?? Infinity;
    return this.guarded(async () => {
      const session = this.session('READ');
      try {
        return await session.executeRead(async (tx) => {
          const result = tx.run(cypher, params(options.params ?? {}));
          const records: Neo4jRecord[] = [];
          let truncated = false;
          for await (const record of result) {
            if (records.length >= limit) {
              truncated = true;
              break;
            }
            records.push(record);
          }
          const columns = records[0]?.keys.map(String) ?? (await result.keys()).map(String);
          const rows = await this.mapRecords(tx, records, columns);
          return { columns, rows, ...(truncated ? { truncated } : {}) };
        }, options.timeoutMs ? { timeout: options.timeoutMs } : undefined);
      } finally {
        await session.close();
      }
    });
  }

  /** Maps the records, resolving relationship ends to node ids with one extra lookup when the rows lack them. */
  private async mapRecords(tx: ManagedTransaction, records: Neo4jRecord[], columns: string[]): Promise<Record<string, PlainValue>[]> {
    const raw = records.map((r) => r.toObject());
    const ids = new Map<string, string>();
    const ends = new Set<string>();
    collectNodeIds(raw, ids);
    collectEndpoints(raw, ends);
    const missing = [...ends].filter((e) => !ids.has(e));
    if (missing.length > 0) {
      const found = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS e, n.id AS id', { ids: missing });
      for (const r of found.records) if (typeof r.get('id') === 'string') ids.set(r.get('e'), r.get('id'));
    }
    const lookup = (elementId: string) => ids.get(elementId) ?? elementId;
    return raw.map((row) => Object.fromEntries(columns.map((c) => [c, neo4jValue(row[c], lookup)])));
  }

  counts(): Promise<StoreCounts> {
    return countsOf(this);
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

function runner(tx: ManagedTransaction): Run {
  return async (s: Statement) => {
    const result = await tx.run(s.text, params(s.params));
    return result.records.map((r) => {
      const o = r.toObject();
      return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, neo4jValue(v)]));
    });
  };
}
