// Choosing and opening the store: Neo4j when NEO4J_URI is set, otherwise
// Grafeo in the data folder behind the folder lock. The store is closed on
// exit and on SIGINT/SIGTERM.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { GrafeoStore } from './grafeo.js';
import { acquireLock } from './lock.js';
import { Neo4jStore } from './neo4j.js';
import type { GraphStore } from './types.js';

export const GRAPH_FILE = 'graph.grafeo';

export function dataDirOf(env: NodeJS.ProcessEnv = process.env): string {
  return env.KG_DATA_DIR && env.KG_DATA_DIR !== '' ? env.KG_DATA_DIR : './data';
}

function openEmbedded(dataDir: string): GraphStore {
  mkdirSync(dataDir, { recursive: true });
  const release = acquireLock(dataDir);
  try {
    return GrafeoStore.open(join(dataDir, GRAPH_FILE), release);
  } catch (error) {
    release();
    throw error;
  }
}

/** Opens the configured store and creates its constraints and indexes. */
export async function openStore(env: NodeJS.ProcessEnv = process.env): Promise<GraphStore> {
  const store = env.NEO4J_URI
    ? Neo4jStore.connect({
        uri: env.NEO4J_URI,
        user: env.NEO4J_USER ?? 'neo4j',
        password: env.NEO4J_PASSWORD ?? '',
        database: env.NEO4J_DATABASE || undefined,
      })
    : openEmbedded(dataDirOf(env));
  try {
    await store.init();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Runs `work` with the configured store and closes it afterwards, also when
 * the process is interrupted: a Grafeo file must never be left open.
 */
export async function withStore<T>(work: (store: GraphStore) => Promise<T>, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const store = await openStore(env);
  const onSignal = (signal: NodeJS.Signals) => {
    void store.close().finally(() => process.exit(SIGNAL_EXIT[signal] ?? 1));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await work(store);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}
