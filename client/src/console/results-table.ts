// Query rows as a table; nodes, relationships and paths are shown by name, never as HTML.
import type { QueryResponse } from '../api-client/schemas.js';
import { h } from '../ui/dom.js';

const MAX_ROWS_SHOWN = 500;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map(cellText).join(', ')}]`;
  const record = value as Record<string, unknown>;
  const props = record.properties as Record<string, unknown> | undefined;
  if (props && 'labels' in record) return `(${String(props.name ?? props.title ?? record.id)})`;
  if (props && 'type' in record) return `[:${String(record.type)}]`;
  if (Array.isArray(record.nodes) && Array.isArray(record.edges)) return `path of ${record.edges.length} hops`;
  return JSON.stringify(value);
}

export function resultsTable(result: QueryResponse): HTMLElement {
  const rows = result.rows.slice(0, MAX_ROWS_SHOWN);
  const caption = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}` +
    (result.rows.length > rows.length ? `, first ${rows.length} shown` : '') +
    ` · ${result.graph.nodes.length} nodes and ${result.graph.edges.length} relationships in the result`;
  return h('table', { class: 'results', 'data-testid': 'results-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...result.columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows.map((row) => h('tr', {}, ...result.columns.map((c) => h('td', {}, cellText(row[c])))))));
}
