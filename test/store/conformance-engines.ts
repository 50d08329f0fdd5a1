// The stores the conformance suite runs against, each with its engine reached
// directly beside the store: for the write statements a store's own write
// path does not take (Grafeo creates what it knows is new, Neo4j merges) and
// for the index names the read-only guard keeps from `query`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import grafeo from '@grafeo-db/js';
import neo4j from 'neo4j-driver';
import { allEdges, allNodes } from '../../graph/cypher/read.js';
import { schemaStatements } from '../../graph/cypher/schema.js';
import type { Statement } from '../../graph/cypher/statement.js';
import { neo4jValue, toNeo4jParam } from '../../graph/store/neo4j-values.js';
import { openStore } from '../../graph/store/open.js';
import type { GraphStore, PlainValue } from '../../graph/store/types.js';
import type { Run } from '../../graph/store/write-document.js';

export interface Engine {
  name: 'grafeo' | 'neo4j';
  store: GraphStore;
  /**
   * `work` in one write transaction of a graph beside the store's: a fresh
   * in-memory database for Grafeo (its file is the store's alone), the same
   * database for Neo4j (the suite leaves it empty between uses).
   */
  transaction<T>(work: (run: Run) => Promise<T>): Promise<T>;
  /** Names of the indexes and constraints the store's database holds. */
  indexNames(): Promise<string[]>;
  close(): Promise<void>;
}

const { GrafeoDB } = grafeo;

export async function grafeoEngine(): Promise<Engine> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-conformance-'));
  const store = await openStore({ KG_DATA_DIR: dir });
  const beside = GrafeoDB.create();
  for (const text of schemaStatements('embedded')) await beside.executeCypher(text);
  return {
    name: 'grafeo',
    store,
    async transaction(work) {
      const tx = beside.beginTransaction();
      const result = await work(async (s: Statement) => (await tx.executeCypher(s.text, s.params)).toArray() as Record<string, unknown>[]);
      tx.commit();
      return result;
    },
    async indexNames() {
      // The store's file is locked to the store: its schema statements are replayed on a database of their own.
      const db = GrafeoDB.create();
      for (const text of schemaStatements('embedded')) await db.executeCypher(text);
      const names = (await db.executeCypher('SHOW INDEXES')).toArray().map((r) => String(r.name));
      db.close();
      return names;
    },
    async close() {
      await store.close();
      beside.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function neo4jEngine(env: NodeJS.ProcessEnv): Promise<Engine> {
  const store = await openStore(env);
  const driver = neo4j.driver(env.NEO4J_URI ?? '', neo4j.auth.basic(env.NEO4J_USER ?? 'neo4j', env.NEO4J_PASSWORD ?? ''));
  const database = env.NEO4J_DATABASE || undefined;
  const session = () => driver.session({ database });
  return {
    name: 'neo4j',
    store,
    async transaction(work) {
      const s = session();
      try {
        return await s.executeWrite((tx) => work(async (st: Statement) => {
          const result = await tx.run(st.text, toNeo4jParam(st.params) as Record<string, unknown>);
          return result.records.map((r) => Object.fromEntries(Object.entries(r.toObject()).map(([k, v]) => [k, neo4jValue(v)])));
        }));
      } finally {
        await s.close();
      }
    },
    async indexNames() {
      const s = session();
      try {
        const [indexes, constraints] = [await s.run('SHOW INDEXES YIELD name'), await s.run('SHOW CONSTRAINTS YIELD name')];
        return [...indexes.records, ...constraints.records].map((r) => String(r.get('name')));
      } finally {
        await s.close();
      }
    },
    async close() {
      await store.close();
      await driver.close();
    },
  };
}

/** Drops null properties and sorts labels: Neo4j stores no nulls, and neither engine promises a label order. */
export function comparable(value: unknown): PlainValue {
  if (Array.isArray(value)) return value.map(comparable);
  if (value === null || typeof value !== 'object') return value as PlainValue;
  const out: Record<string, PlainValue> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null) continue;
    out[k] = k === 'labels' && Array.isArray(v) ? [...v].map(String).sort() : comparable(v);
  }
  return out;
}

export interface Snapshot {
  nodes: PlainValue[];
  edges: PlainValue[];
}

/** Every node and edge, edge ids left out (each engine has its own). */
export async function snapshotWith(read: (s: Statement) => Promise<Record<string, unknown>[]>): Promise<Snapshot> {
  const nodes = (await read(allNodes())).map(comparable);
  const edges = (await read(allEdges())).map(({ id: _id, ...rest }) => comparable(rest));
  return { nodes, edges };
}
