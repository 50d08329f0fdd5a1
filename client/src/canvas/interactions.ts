// What clicks and keys do on the canvas: select and show details, expand,
// collapse, hide, pin, undo, and the shortest path between two selected nodes.
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { documentTitles, edgeEvidence, nodeDetails, shortestPath } from '../api-client/api.js';
import { renderEdge, renderNode, showMessage } from '../details/details-panel.js';
import { relationIdOf } from './elements.js';
import { collapseNode, expandNode, hideNodes, remainingOf } from './expand.js';
import { ENTITY, type GraphView } from './graph-view.js';
import type { UndoStack } from './undo.js';

export interface Interactions {
  select: (id: string) => Promise<void>;
  selectedId: () => string | null;
  expand: (node: NodeSingular) => Promise<void>;
  undo: () => void;
  findPath: () => Promise<void>;
}

export function attachInteractions(view: GraphView, undo: UndoStack, details: HTMLElement, onError: (e: unknown) => void): Interactions {
  const cy = view.cy;
  let shown: NodeSingular | null = null;
  let shownEdge: EdgeSingular | null = null;

  const showNode = async (node: NodeSingular) => {
    shown = node;
    shownEdge = null;
    const actions = {
      expand: () => void expand(node),
      more: () => void expand(node),
      collapse: () => {
        collapseNode(view, undo, node);
        void showNode(node);
      },
      hide: () => {
        hideNodes(view, undo, cy.collection().union(node));
        showMessage(details, 'Hidden. Undo brings it back.');
      },
      pin: () => {
        view.togglePin(node);
        void showNode(node);
      },
    };
    renderNode(details, node, null, remainingOf(view, node), view.lang, actions);
    view.notify();
    try {
      const info = await nodeDetails(node.id());
      if (shown !== node || node.removed()) return;
      const degree = Object.values(info.degree).reduce((sum, n) => sum + n, 0);
      if (degree > 0) view.setKnownDegree(node.id(), degree);
      renderNode(details, node, info, remainingOf(view, node), view.lang, actions);
    } catch (error) {
      onError(error);
    }
  };

  const expand = async (node: NodeSingular) => {
    try {
      await expandNode(view, undo, node);
      if (shown === node) await showNode(node);
    } catch (error) {
      onError(error);
    }
  };

  const selectedEntities = () => cy.nodes(`${ENTITY}:selected`);
  const updatePathButton = () => {
    (document.getElementById('path-button') as HTMLButtonElement).disabled = selectedEntities().length !== 2;
  };

  cy.on('select unselect', updatePathButton);
  cy.on('tap', 'node.entity', (event) => void showNode(event.target as NodeSingular));
  cy.on('tap', 'edge.relation', (event) => {
    const edge = event.target as EdgeSingular;
    shown = null;
    shownEdge = edge;
    renderEdge(details, edge, view.lang);
    const titles = documentTitles();
    titles.then((known) => {
      if (shownEdge === edge) renderEdge(details, edge, view.lang, known);
    }).catch(onError);
    // A neighbour page brings the first few sentences of an edge; the rest come when the edge is opened.
    const held = (edge.data('evidence') as unknown[]).length;
    if (((edge.data('evidenceTotal') as number | undefined) ?? held) > held) {
      Promise.all([edgeEvidence({ type: edge.data('type'), source: edge.data('source'), target: edge.data('target') }), titles])
        .then(([evidence, known]) => {
          edge.data('evidence', evidence);
          edge.data('evidenceTotal', evidence.length);
          if (shownEdge === edge) renderEdge(details, edge, view.lang, known);
        })
        .catch(onError);
    }
  });
  cy.on('tap', 'node.more', (event) => {
    const owner = cy.getElementById(String((event.target as NodeSingular).data('moreOf')));
    if (owner.nonempty()) void expand(owner as NodeSingular);
  });
  cy.on('dbltap', 'node.entity', (event) => void expand(event.target as NodeSingular));
  cy.on('tap', (event) => {
    if (event.target === cy) {
      shown = null;
      shownEdge = null;
      showMessage(details, 'Select a node or an edge to see its details. Double-click a node to expand it.');
    }
  });
  cy.on('select unselect', () => view.notify());

  const container = cy.container() as HTMLElement;
  container.addEventListener('keydown', (event) => {
    const node = shown;
    if (!node || node.removed()) return;
    if (event.key === 'Enter') void expand(node);
    else if (event.key === 'Delete' || event.key === 'Backspace') hideNodes(view, undo, cy.collection().union(node));
    else if (event.key === 'p' || event.key === 'P') view.togglePin(node);
    else return;
    event.preventDefault();
  });

  return {
    async select(id) {
      const node = cy.getElementById(id);
      if (node.empty() || !node.isNode()) return;
      cy.elements().unselect();
      node.select();
      cy.animate({ center: { eles: node }, duration: 250 });
      await showNode(node);
    },
    selectedId: () => (shown && !shown.removed() ? shown.id() : null),
    expand,
    undo: () => {
      if (undo.undo() !== null && shown?.removed()) showMessage(details, 'Select a node or an edge to see its details.');
    },
    async findPath() {
      const [a, b] = selectedEntities().toArray();
      if (!a || !b) return;
      try {
        const path = await shortestPath(a.id(), b.id());
        cy.elements().removeClass('on-path');
        if (!path) {
          showMessage(details, `No path between ${String(a.data('label'))} and ${String(b.data('label'))} within 6 hops.`);
          return;
        }
        const added = view.add(path, a as NodeSingular);
        if (added.nonempty()) undo.push({ label: 'path', undo: () => void cy.remove(added) });
        const ids = [...path.nodes.map((n) => n.id), ...path.edges.map(relationIdOf)];
        ids.reduce((path, id) => path.union(cy.getElementById(id)), cy.collection()).addClass('on-path');
        if (added.nonempty()) await view.layout({ incremental: true, fit: false });
        showMessage(details, `Shortest path: ${path.edges.length} hop${path.edges.length === 1 ? '' : 's'}, highlighted on the canvas.`);
      } catch (error) {
        onError(error);
      }
    },
  };
}
