// Exports as downloads: the formats of graph/export, the whole graph or the
// neighbourhood of some entities; CSV comes as a zip of its two files.
import JSZip from 'jszip';
import { edgesAmong, neighbourhoodIds, nodesByIds } from '../../../graph/cypher/read.js';
import { KgError } from '../../../graph/errors.js';
import { toNeo4jCsv } from '../../../graph/export/csv.js';
import { toCypherScript } from '../../../graph/export/cypher.js';
import { toGraphml } from '../../../graph/export/graphml.js';
import { toCytoscapeJson } from '../../../graph/export/json.js';
import { type Subgraph, loadSubgraph } from '../../../graph/export/subgraph.js';
import type { GraphEdge, GraphStore, PlainValue } from '../../../graph/store/types.js';
import { nodeFromColumns } from '../graph-view.js';
import type { FileAnswer } from '../route.js';
import type { ExportRequest } from '../schemas.js';
import { asString, run } from './run.js';

function edgeFromColumns(row: Record<string, PlainValue>): GraphEdge {
  return {
    id: asString(row.id), type: asString(row.type), source: asString(row.source), target: asString(row.target),
    properties: (row.properties ?? {}) as Record<string, unknown>,
  };
}

/** Every node within `depth` hops of any of `ids`, and the edges among them all. */
async function loadAround(store: GraphStore, ids: string[], depth: number): Promise<Subgraph> {
  const found = new Set<string>();
  for (const id of new Set(ids)) {
    const near = (await run(store, neighbourhoodIds(id, depth))).rows.map((row) => asString(row.id));
    if (near.length === 0) throw new KgError('NOT_FOUND', `No entity with id ${JSON.stringify(id)} to export around`);
    near.forEach((n) => found.add(n));
  }
  const all = [...found];
  const [nodes, edges] = await Promise.all([run(store, nodesByIds(all)), run(store, edgesAmong(all))]);
  return { nodes: nodes.rows.map(nodeFromColumns), edges: edges.rows.map(edgeFromColumns) };
}

const TEXT_FORMATS = {
  json: { render: toCytoscapeJson, contentType: 'application/json; charset=utf-8', extension: 'json' },
  graphml: { render: toGraphml, contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  cypher: { render: toCypherScript, contentType: 'text/plain; charset=utf-8', extension: 'cypher' },
} as const;

async function csvZip(graph: Subgraph): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(toNeo4jCsv(graph))) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export async function exportGraph(store: GraphStore, request: ExportRequest): Promise<FileAnswer> {
  const graph = request.ids.length > 0 ? await loadAround(store, request.ids, request.depth) : await loadSubgraph(store);
  const base = request.ids.length > 0 ? 'kg-neighbourhood' : 'kg-graph';
  if (request.format === 'csv') {
    return { file: { name: `${base}-csv.zip`, contentType: 'application/zip', body: await csvZip(graph) } };
  }
  const format = TEXT_FORMATS[request.format];
  return { file: { name: `${base}.${format.extension}`, contentType: format.contentType, body: format.render(graph) } };
}
