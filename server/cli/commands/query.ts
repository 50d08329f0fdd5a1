// `kg query "<cypher>" [--params '<json>'] [--format table|json]`: read-only
// Cypher against the store. A query that writes is refused before the store opens.
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { assertReadOnly } from '../../../graph/cypher/readonly.js';
import { KgError } from '../../../graph/errors.js';
import { withStore } from '../../../graph/store/open.js';
import type { PlainValue, QueryResult } from '../../../graph/store/types.js';

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Columns a string takes on a terminal: CJK characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

function isRecord(v: PlainValue): v is Record<string, PlainValue> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function cellText(v: PlainValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isRecord(v) && Array.isArray(v.labels) && typeof v.id === 'string' && 'properties' in v) {
    return `(${(v.labels as string[]).map((l) => `:${l}`).join('')} ${v.id})`;
  }
  if (isRecord(v) && typeof v.type === 'string' && typeof v.source === 'string' && 'properties' in v) {
    return `(${v.source})-[:${v.type}]->(${v.target as string})`;
  }
  return JSON.stringify(v);
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function formatTable(result: QueryResult): string {
  const cells = result.rows.map((row) => result.columns.map((c) => cellText(row[c] ?? null).replace(/\s+/g, ' ')));
  const widths = result.columns.map((c, i) => Math.max(displayWidth(c), ...cells.map((r) => displayWidth(r[i]))));
  const line = (values: string[]) => values.map((v, i) => pad(v, widths[i])).join(' | ').trimEnd();
  const out = [line(result.columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)];
  const footer = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncated ? ' (cut at the row limit)' : ''}`;
  return `${out.join('\n')}\n${footer}\n`;
}

const paramsSchema = z.record(z.string(), z.unknown());
const positiveInt = z.coerce.number().int().positive();

export function parseParams(text: string | undefined): Record<string, unknown> {
  if (text === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new KgError('INPUT', `--params ${JSON.stringify(text)} is not valid; accepted: a JSON object such as '{"id": "City:name"}'`);
  }
  const parsed = paramsSchema.safeParse(value);
  if (!parsed.success) throw new KgError('INPUT', '--params must be a JSON object of parameter names to values');
  return parsed.data;
}

function positive(name: string, text: string): number {
  const parsed = positiveInt.safeParse(text);
  if (!parsed.success) throw new KgError('INPUT', `${name} ${JSON.stringify(text)} is not valid; accepted: a positive whole number`);
  return parsed.data;
}

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run a read-only Cypher query against the graph store')
    .argument('<cypher>', 'the query (MATCH … RETURN …); writes are refused')
    .option('--params <json>', 'query parameters as a JSON object')
    .addOption(new Option('-f, --format <format>', 'table or json (an array of row objects)').choices(['table', 'json']).default('table'))
    .option('--timeout <ms>', 'abandon the query after this many milliseconds', '30000')
    .option('--limit <rows>', 'keep at most this many rows', '1000')
    .action(async (cypher: string, opts: { params?: string; format: 'table' | 'json'; timeout: string; limit: string }) => {
      assertReadOnly(cypher);
      const params = parseParams(opts.params);
      const options = { params, timeoutMs: positive('--timeout', opts.timeout), rowLimit: positive('--limit', opts.limit) };
      const result = await withStore((store) => store.query(cypher, options));
      if (result.truncated) process.stderr.write(`kg query: only the first ${options.rowLimit} rows are shown (--limit)\n`);
      process.stdout.write(opts.format === 'json' ? `${JSON.stringify(result.rows, null, 2)}\n` : formatTable(result));
    });
}
