// A fixed-budget force layout for big graphs over plain arrays (d3-force, Barnes–Hut
// repulsion): fcose's spectral draft piles thousands of nodes onto a few points and
// its refinement takes tens of seconds at 5,000 nodes; this spreads them in about a second.
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export interface PlainGraph {
  /** Current positions; `fixed` nodes (pinned) keep theirs. */
  nodes: Array<{ x: number; y: number; fixed?: boolean }>;
  /** Index pairs into `nodes`. */
  links: Array<[number, number]>;
}

export interface ForceOptions {
  ticks: number;
  /** Start from the given positions (an incremental layout) instead of d3's phyllotaxis spiral. */
  keepPositions: boolean;
}

const LINK_DISTANCE = 40;
const REPULSION = -80;
/** A weak pull to the centre, so isolated nodes and small components stay near the rest. */
const GRAVITY = 0.04;
/** Coarser Barnes–Hut than d3's 0.9: repulsion is most of the cost, and a first picture needs no precision. */
const THETA = 1.5;

/** New positions, in the order of `graph.nodes`. */
export function forcePositions(graph: PlainGraph, options: ForceOptions): Array<{ x: number; y: number }> {
  const nodes: SimulationNodeDatum[] = graph.nodes.map((node) => ({
    ...(options.keepPositions || node.fixed ? { x: node.x, y: node.y } : {}),
    ...(node.fixed ? { fx: node.x, fy: node.y } : {}),
  }));
  const simulation = forceSimulation(nodes)
    .stop()
    .force('charge', forceManyBody().strength(REPULSION).theta(THETA))
    .force('link', forceLink(graph.links.map(([source, target]) => ({ source, target }))).distance(LINK_DISTANCE).iterations(1))
    .force('x', forceX(0).strength(GRAVITY))
    .force('y', forceY(0).strength(GRAVITY));
  // Cooling over the whole budget: alpha reaches its floor on the last tick.
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / options.ticks));
  if (options.keepPositions) simulation.alpha(0.3);
  simulation.tick(options.ticks);
  return nodes.map((node) => ({ x: node.x ?? 0, y: node.y ?? 0 }));
}
