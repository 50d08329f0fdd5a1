// The export formats and where each writes: one file, or a folder for CSV.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KgError } from '../errors.js';
import { toNeo4jCsv } from './csv.js';
import { toCypherScript } from './cypher.js';
import { toGraphml } from './graphml.js';
import { toCytoscapeJson } from './json.js';
import type { Subgraph } from './subgraph.js';

export const EXPORT_FORMATS = ['json', 'graphml', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const SINGLE_FILE: Record<Exclude<ExportFormat, 'csv'>, (g: Subgraph) => string> = {
  json: toCytoscapeJson,
  graphml: toGraphml,
  cypher: toCypherScript,
};

/** Writes the export to `out` (a folder for CSV), or returns the text for stdout. */
export async function writeExport(graph: Subgraph, format: ExportFormat, out?: string): Promise<string | null> {
  if (format === 'csv') {
    if (!out) throw new KgError('INPUT', 'CSV export writes a folder (nodes.csv, relationships.csv); give it with --out <folder>');
    await mkdir(out, { recursive: true });
    for (const [name, text] of Object.entries(toNeo4jCsv(graph))) await writeFile(join(out, name), text);
    return null;
  }
  const text = SINGLE_FILE[format](graph);
  if (!out) return text;
  await writeFile(out, text);
  return null;
}
