// Cytoscape.js elements JSON: `{elements: {nodes: [{data}], edges: [{data}]}}`,
// every property (evidence too) in `data`.
import type { Subgraph } from './subgraph.js';

function displayName(props: Record<string, unknown>, id: string): string {
  for (const key of ['name', 'title', 'indicator']) if (typeof props[key] === 'string') return props[key] as string;
  return id;
}

export function toCytoscapeJson(graph: Subgraph): string {
  const elements = {
    nodes: graph.nodes.map((n) => ({
      data: { ...n.properties, id: n.id, labels: n.labels, label: displayName(n.properties, n.id) },
    })),
    edges: graph.edges.map((e) => ({
      data: { ...e.properties, id: e.id, source: e.source, target: e.target, type: e.type, label: e.type },
    })),
  };
  return `${JSON.stringify({ elements }, null, 2)}\n`;
}
