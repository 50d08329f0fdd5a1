// The big graph of the UI bench, taken from the synthetic corpus of
// bench/corpus.ts ingested through the real extractor: the highest-degree
// entities and their neighbours, and the relationships among them, in the
// shape the API answers with. The store is built once under /tmp and reused;
// when the chosen entities have too few relationships among them, more
// reports are ingested.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entityEdgeList } from '../graph/cypher/read.js';
import { ingestFiles } from '../graph/ingest/ingest.js';
import { EVIDENCE_PROPERTIES, GRAPH_LABELS } from '../graph/schema.js';
import { readRows } from '../graph/store/read.js';
import { openStore } from '../graph/store/open.js';
import type { GraphEdge, GraphStore, StoreCounts } from '../graph/store/types.js';
import { nodeFromColumns, subgraph } from '../server/api/graph-view.js';
import type { Subgraph } from '../server/api/schemas.js';
import { writeCorpus } from './corpus.js';

const ENTITY = GRAPH_LABELS.entity;

const DATA_DIR = join(tmpdir(), 'kg-bench-ui-corpus');
/** Holds the number of reports the store holds in full. */
const COMPLETE = join(DATA_DIR, 'complete');
const FIRST_DOCUMENTS = 500;
const MOST_DOCUMENTS = 4000;

export interface CorpusGraph {
  graph: Subgraph;
  documents: number;
  /** Nodes and relationships in the whole store (documents and facts too). */
  store: StoreCounts;
}

interface Link { source: string; target: string }

/**
 * The `limit` entities with the most relationships among themselves, densest
 * first: peel off the entity with the fewest relationships left until `limit`
 * remain (Charikar's greedy peeling, with a bucket per degree). Taking hubs and
 * their neighbours instead gives stars: a city's neighbours are mostly leaves.
 */
export function chooseEntities(links: readonly Link[], limit: number): string[] {
  const incident = new Map<string, Link[]>();
  for (const link of links) {
    if (link.source === link.target) continue;
    for (const end of [link.source, link.target]) {
      const list = incident.get(end) ?? [];
      list.push(link);
      incident.set(end, list);
    }
  }
  const degree = new Map([...incident].map(([id, list]) => [id, list.length]));
  const buckets: Array<Set<string>> = [];
  for (const [id, d] of degree) (buckets[d] ??= new Set()).add(id);
  let low = 0;
  while (degree.size > limit) {
    while (!buckets[low]?.size) low++;
    const id = buckets[low].values().next().value!;
    buckets[low].delete(id);
    degree.delete(id);
    for (const { source, target } of incident.get(id)!) {
      const other = source === id ? target : source;
      const d = degree.get(other);
      if (d === undefined) continue;
      buckets[d].delete(other);
      (buckets[d - 1] ??= new Set()).add(other);
      degree.set(other, d - 1);
      low = Math.min(low, d - 1);
    }
  }
  return [...degree.keys()].sort((a, b) => degree.get(b)! - degree.get(a)! || (a < b ? -1 : 1));
}

/** Links whose both ends are among `ids`, at most `limit`: those between entities early in `ids` first. */
export function linksAmong<T extends Link>(links: readonly T[], ids: readonly string[], limit: number): T[] {
  const rank = new Map(ids.map((id, i) => [id, i]));
  const later = (l: Link) => Math.max(rank.get(l.source)!, rank.get(l.target)!);
  return links.filter((l) => rank.has(l.source) && rank.has(l.target)).sort((a, b) => later(a) - later(b)).slice(0, limit);
}

function ingestedDocuments(): number {
  return existsSync(COMPLETE) ? Number(readFileSync(COMPLETE, 'utf8')) || 0 : 0;
}

/** Reports 0 .. documents-1 in the store; those already there are skipped by the ingest use case. */
async function ingestUpTo(store: GraphStore, documents: number): Promise<void> {
  const started = performance.now();
  const files = writeCorpus(join(DATA_DIR, 'corpus'), documents);
  const ingest = await ingestFiles(store, files, { dataDir: DATA_DIR });
  if (ingest.failures.length > 0) console.log(`${ingest.failures.length} reports failed to ingest`);
  writeFileSync(COMPLETE, String(documents));
  console.log(`ingested ${ingest.documents.ingested} reports (${documents} in all) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function entityLinks(store: GraphStore): Promise<Link[]> {
  return (await readRows(store, entityEdgeList())).map((r) => ({ source: String(r.source), target: String(r.target) }));
}

// The page never draws evidence, but a hub edge of the corpus carries a sentence from every report that states
// it (118 MB of JSON for the whole graph): the bench keeps the first few, as a page built by expanding would show.
const EVIDENCE_KEPT = 3;

function firstEvidence(properties: Record<string, unknown>): Record<string, unknown> {
  const out = { ...properties };
  for (const key of Object.keys(EVIDENCE_PROPERTIES)) {
    const list = out[key];
    if (Array.isArray(list)) out[key] = list.slice(0, EVIDENCE_KEPT);
  }
  return out;
}

/**
 * The chosen entities and the stored relationships among them. One lookup per
 * id (UNWIND): `WHERE n.id IN $ids` over the whole store compares every row
 * with every id and runs past the store's time limit at this size.
 */
async function read(store: GraphStore, ids: string[], edges: number): Promise<Subgraph> {
  const params = { ids };
  const nodes = await store.query(
    `UNWIND $ids AS id MATCH (n:${ENTITY} {id: id}) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties`,
    { params },
  );
  const outgoing = await store.query(
    `UNWIND $ids AS id MATCH (a:${ENTITY} {id: id})-[r]->(b:${ENTITY})
RETURN elementId(r) AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS properties`,
    { params },
  );
  const stored: GraphEdge[] = outgoing.rows.map((r) => ({
    id: String(r.id), type: String(r.type), source: String(r.source), target: String(r.target),
    properties: firstEvidence(r.properties as Record<string, unknown>),
  }));
  return subgraph(nodes.rows.map(nodeFromColumns), linksAmong(stored, ids, edges));
}

/** `nodes` entities of the corpus graph and up to `edges` relationships among them; the store is closed on return. */
export async function corpusGraph(nodes: number, edges: number): Promise<CorpusGraph> {
  const store = await openStore({ KG_DATA_DIR: DATA_DIR });
  try {
    let documents = ingestedDocuments();
    if (documents === 0) await ingestUpTo(store, (documents = FIRST_DOCUMENTS));
    for (;;) {
      const links = await entityLinks(store);
      const ids = chooseEntities(links, nodes);
      const among = linksAmong(links, ids, edges).length;
      if ((ids.length >= nodes && among >= edges) || documents >= MOST_DOCUMENTS) {
        return { graph: await read(store, ids, edges), documents, store: await store.counts() };
      }
      console.log(`${ids.length} entities with ${among} relationships among them from ${documents} reports: ingesting more`);
      await ingestUpTo(store, (documents = Math.min(MOST_DOCUMENTS, documents * 2)));
    }
  } finally {
    await store.close();
  }
}
