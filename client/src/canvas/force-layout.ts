// A fixed-budget force layout for big graphs over plain arrays (d3-force, Barnes–Hut
// repulsion): fcose's spectral draft piles thousands of nodes onto a few points and
// its refinement takes tens of seconds at 5,000 nodes. A few dozen force ticks cannot
// pull clusters apart from a random start, so nodes start by community (label
// propagation), each community a disc of its own, and the forces tidy up from there.
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

const PASSES = 5;
/** Distance between neighbouring start positions, in both the community discs and the spiral of discs. */
const SPACING = 30;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

const LINK_DISTANCE = 40;
const REPULSION = -80;
/** A weak pull to the centre, so isolated nodes and small components stay near the rest. */
const GRAVITY = 0.04;
/** Coarser Barnes–Hut than d3's 0.9: repulsion is most of the cost, and a first picture needs no precision. */
const THETA = 1.5;

/** New positions, in the order of `graph.nodes`. */
export function forcePositions(graph: PlainGraph, options: ForceOptions): Array<{ x: number; y: number }> {
  const start = options.keepPositions ? graph.nodes : communityStart(graph.nodes.length, graph.links);
  const nodes: SimulationNodeDatum[] = graph.nodes.map((node, i) => (node.fixed
    ? { x: node.x, y: node.y, fx: node.x, fy: node.y }
    : { x: start[i].x, y: start[i].y }));
  const simulation = forceSimulation(nodes)
    .stop()
    .force('charge', forceManyBody().strength(REPULSION).theta(THETA))
    .force('link', forceLink(graph.links.map(([source, target]) => ({ source, target }))).distance(LINK_DISTANCE).iterations(1))
    .force('x', forceX(0).strength(GRAVITY))
    .force('y', forceY(0).strength(GRAVITY));
  // Cooling over the whole budget: alpha reaches its floor on the last tick.
  simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / options.ticks));
  simulation.alpha(0.3);
  simulation.tick(options.ticks);
  return nodes.map((node) => ({ x: node.x ?? 0, y: node.y ?? 0 }));
}

/**
 * Communities by label propagation: in a few passes, in a fixed shuffled order (index order sweeps one label
 * across the graph), each node takes the label most of its neighbours carry. Returns a community number per node.
 */
export function communities(count: number, links: ReadonlyArray<[number, number]>): Int32Array {
  const offsets = new Int32Array(count + 1);
  for (const [a, b] of links) {
    offsets[a + 1]++;
    offsets[b + 1]++;
  }
  for (let i = 0; i < count; i++) offsets[i + 1] += offsets[i];
  const neighbours = new Int32Array(offsets[count]);
  const filled = offsets.slice(0, count);
  for (const [a, b] of links) {
    neighbours[filled[a]++] = b;
    neighbours[filled[b]++] = a;
  }
  const labels = Int32Array.from({ length: count }, (_, i) => i);
  const order = shuffled(count);
  const votes = new Map<number, number>();
  for (let pass = 0; pass < PASSES; pass++) {
    let changed = false;
    for (const i of order) {
      if (offsets[i] === offsets[i + 1]) continue;
      votes.clear();
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const label = labels[neighbours[k]];
        votes.set(label, (votes.get(label) ?? 0) + 1);
      }
      // Ties go to the smaller label, so hubs whose neighbours all differ still join one another.
      let best = labels[i];
      let bestVotes = votes.get(best) ?? 0;
      for (const [label, n] of votes) {
        if (n > bestVotes || (n === bestVotes && label < best)) {
          best = label;
          bestVotes = n;
        }
      }
      if (best !== labels[i]) {
        labels[i] = best;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return labels;
}

/** Start positions: each community a phyllotaxis disc, the discs on a spiral, biggest in the middle. */
function communityStart(count: number, links: ReadonlyArray<[number, number]>): Array<{ x: number; y: number }> {
  const labels = communities(count, links);
  const members = new Map<number, number[]>();
  labels.forEach((label, i) => {
    const list = members.get(label);
    if (list) list.push(i);
    else members.set(label, [i]);
  });
  const groups = [...members.values()].sort((a, b) => b.length - a.length);
  const positions = new Array<{ x: number; y: number }>(count);
  // Discs take area in proportion to their members: the k-th disc sits where the spiral has room for all before it.
  let placed = 0;
  groups.forEach((group, k) => {
    const centreRadius = SPACING * Math.sqrt(placed + group.length / 2) * 1.4;
    const cx = centreRadius * Math.cos(k * GOLDEN_ANGLE);
    const cy = centreRadius * Math.sin(k * GOLDEN_ANGLE);
    group.forEach((node, j) => {
      const r = SPACING * 0.5 * Math.sqrt(j);
      positions[node] = { x: cx + r * Math.cos(j * GOLDEN_ANGLE), y: cy + r * Math.sin(j * GOLDEN_ANGLE) };
    });
    placed += group.length;
  });
  return positions;
}

/** 0..count-1 in a fixed pseudo-random order (Fisher–Yates over a small LCG), the same on every run. */
function shuffled(count: number): Int32Array {
  const order = Int32Array.from({ length: count }, (_, i) => i);
  let seed = 1;
  for (let i = count - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
