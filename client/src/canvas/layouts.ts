// The layouts the page offers. fcose is the default; above LARGE nodes the force
// layout runs over plain arrays instead (force-layout.ts) so a first picture comes quickly.
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

export const LAYOUTS = {
  fcose: 'Force (fcose)',
  concentric: 'Concentric',
  dagre: 'Hierarchical',
} as const;

export type LayoutName = keyof typeof LAYOUTS;

export function isLayoutName(value: string): value is LayoutName {
  return Object.prototype.hasOwnProperty.call(LAYOUTS, value);
}

/** The hierarchical layout is loaded when first chosen, so it does not delay the first graph. */
let dagreExtension: Promise<void> | null = null;

export function ensureLayout(name: LayoutName): Promise<void> {
  if (name !== 'dagre') return Promise.resolve();
  return (dagreExtension ??= import('cytoscape-dagre').then(({ default: dagre }) => void cytoscape.use(dagre)));
}

const LARGE = 1500;
/** Enough ticks to untangle clusters at 5,000 nodes; a graph that grew by a few nodes needs fewer. */
const FORCE_TICKS = 50;
const INCREMENTAL_TICKS = 40;

/** The force layout over plain arrays, when the chosen layout is the force one and the graph is large. */
export function plainForceTicks(name: LayoutName, nodeCount: number, incremental: boolean): number | null {
  if (name !== 'fcose' || nodeCount <= LARGE) return null;
  return incremental ? INCREMENTAL_TICKS : FORCE_TICKS;
}

export function layoutOptions(name: LayoutName, nodeCount: number, incremental: boolean): LayoutOptions {
  const animate = nodeCount < 300;
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        quality: nodeCount > LARGE ? 'draft' : 'default',
        randomize: !incremental,
        animate,
        animationDuration: 400,
        nodeDimensionsIncludeLabels: nodeCount < LARGE,
        idealEdgeLength: () => 90,
        nodeRepulsion: () => 6500,
        packComponents: true,
        padding: 30,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        concentric: (node: cytoscape.NodeSingular) => node.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 24,
        animate,
        padding: 30,
      } as LayoutOptions;
    case 'dagre':
      return { name: 'dagre', rankDir: 'TB', nodeSep: 30, rankSep: 70, animate, padding: 30 } as LayoutOptions;
  }
}
