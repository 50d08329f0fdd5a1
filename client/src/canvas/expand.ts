// Expanding a node: its neighbours arrive a page at a time; a "+N more" node
// stands for the rest and fetches the next page when activated.
import type { Collection, NodeSingular } from 'cytoscape';
import { neighbors } from '../api-client/api.js';
import type { GraphView } from './graph-view.js';
import type { UndoStack } from './undo.js';

export const PAGE_SIZE = 25;

const moreId = (nodeId: string) => `more:${nodeId}`;

/** Adds the next page of `node`'s neighbours; resolves with what was added. */
export async function expandNode(view: GraphView, undo: UndoStack, node: NodeSingular): Promise<Collection> {
  const id = node.id();
  const fetched = Number(node.data('fetched') ?? 0);
  const page = await neighbors(id, PAGE_SIZE, fetched);
  const before = { fetched, more: view.cy.getElementById(moreId(id)).jsons() };
  const added = view.add(page, node);
  // The API pages by relation, so the offset counts edges.
  const nowFetched = fetched + page.edges.length;
  node.data('fetched', nowFetched);
  setMoreNode(view, node, page.total - nowFetched);
  if (added.nonempty()) await view.layout({ incremental: true, fit: false });
  undo.push({
    label: `expand ${node.data('label') as string}`,
    undo: () => {
      view.cy.remove(added);
      view.cy.remove(view.cy.getElementById(moreId(id)));
      if (node.inside()) node.data('fetched', before.fetched);
      if (before.more.length > 0 && node.inside()) view.cy.add(before.more as cytoscape.ElementDefinition[]);
      view.refreshSizes();
    },
  });
  return added;
}

function setMoreNode(view: GraphView, node: NodeSingular, remaining: number): void {
  const id = moreId(node.id());
  view.cy.remove(view.cy.getElementById(id));
  if (remaining <= 0) return;
  const position = node.position();
  const label = `+${remaining} more`;
  view.cy.add([
    {
      group: 'nodes',
      // Width follows the label; the stylesheet fixes the height.
      data: { id, label, moreOf: node.id(), remaining, size: 16 + 7 * label.length },
      classes: 'more',
      position: { x: position.x + 70, y: position.y - 50 },
    },
    { group: 'edges', data: { id: `${id}:edge`, source: node.id(), target: id }, classes: 'more' },
  ]);
}

/** How many neighbours of `node` are still to fetch, from its "+N more" node. */
export function remainingOf(view: GraphView, node: NodeSingular): number {
  const more = view.cy.getElementById(moreId(node.id()));
  return more.nonempty() ? Number(more.data('remaining')) : 0;
}

/** Hides nodes (and their edges), undoably. */
export function hideNodes(view: GraphView, undo: UndoStack, nodes: Collection): void {
  let targets = nodes;
  nodes.nodes().forEach((n) => {
    targets = targets.union(view.cy.getElementById(moreId(n.id())));
  });
  const removed = targets.remove();
  undo.push({ label: 'hide', undo: () => void removed.restore() });
  view.refreshSizes();
}

/** Collapses a node: hides the neighbours that only it holds on the canvas. */
export function collapseNode(view: GraphView, undo: UndoStack, node: NodeSingular): void {
  const leaves = node.neighborhood().nodes().filter((n) => n.degree(false) <= 1 && !n.locked());
  hideNodes(view, undo, leaves.union(view.cy.getElementById(moreId(node.id()))));
  node.data('fetched', 0);
}
