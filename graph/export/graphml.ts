// GraphML for Gephi and Cytoscape Desktop: every property a declared, typed
// key; lists (evidence, aliases) as JSON text, since GraphML has no list type.
import { propertyTypes, type ValueType } from './values.js';
import type { Subgraph } from './subgraph.js';

const GRAPHML_TYPE: Record<ValueType, string> = {
  boolean: 'boolean', long: 'long', double: 'double', string: 'string', 'long[]': 'string', 'double[]': 'string', 'string[]': 'string',
};

export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function text(value: unknown): string {
  return escapeXml(Array.isArray(value) ? JSON.stringify(value) : String(value));
}

interface Key { id: string; name: string; type: string }

function declareKeys(prefix: string, items: Array<Record<string, unknown>>, fixed: string): Map<string, Key> {
  const keys = new Map<string, Key>([[fixed, { id: `${prefix}_${fixed}`, name: fixed, type: 'string' }]]);
  for (const [name, type] of propertyTypes(items)) {
    if (name !== fixed) keys.set(name, { id: `${prefix}${keys.size}`, name, type: GRAPHML_TYPE[type] });
  }
  return keys;
}

function dataLines(keys: Map<string, Key>, values: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const [name, key] of keys) {
    const value = values[name];
    if (value === null || value === undefined) continue;
    lines.push(`      <data key="${key.id}">${text(value)}</data>`);
  }
  return lines;
}

export function toGraphml(graph: Subgraph): string {
  const nodeKeys = declareKeys('n', graph.nodes.map((n) => n.properties), 'labels');
  const edgeKeys = declareKeys('e', graph.edges.map((e) => e.properties), 'type');
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [domain, keys] of [['node', nodeKeys], ['edge', edgeKeys]] as const) {
    for (const key of keys.values()) {
      out.push(`  <key id="${key.id}" for="${domain}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`);
    }
  }
  out.push('  <graph id="kg" edgedefault="directed">');
  for (const n of graph.nodes) {
    out.push(`    <node id="${escapeXml(n.id)}">`, ...dataLines(nodeKeys, { ...n.properties, labels: n.labels.join(':') }), '    </node>');
  }
  for (const e of graph.edges) {
    out.push(
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`,
      ...dataLines(edgeKeys, { ...e.properties, type: e.type }),
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
