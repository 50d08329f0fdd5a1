// The canvas: one Cytoscape instance and the operations the page performs on it.
import cytoscape, { type Collection, type Core, type NodeCollection, type NodeSingular, type PresetLayoutOptions } from 'cytoscape';
import type { Subgraph } from '../api-client/schemas.js';
import { nodeLabel, toElements } from './elements.js';
import { relationLabel, type Lang } from './labels.js';
import { forcePositions } from './force-layout.js';
import { ensureLayout, layoutOptions, plainForceTicks, type LayoutName } from './layouts.js';
import { LARGE_GRAPH, graphStyle, sizeForDegree } from './style.js';
import type { RelationType } from '../../../graph/schema.js';

/** The entities and relations drawn, as opposed to helper elements such as "+N more". */
export const ENTITY = 'node.entity';
export const RELATION = 'edge.relation';
const MAX_FIT_ZOOM = 1.5;

export interface GraphViewOptions {
  container: HTMLElement;
  /** Cytoscape's WebGL renderer, for very large graphs. */
  webgl?: boolean;
}

export class GraphView {
  readonly cy: Core;
  lang: Lang = 'zh';
  layoutName: LayoutName = 'fcose';
  private readonly changeListeners = new Set<() => void>();
  private changePending = false;
  private large = false;

  constructor(options: GraphViewOptions) {
    this.cy = cytoscape({
      container: options.container,
      style: graphStyle(),
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: true,
      ...(options.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    this.cy.on('add remove', () => this.notify());
  }

  /** Adds what is not on the canvas yet and returns only the new elements. */
  add(graph: Subgraph, anchor?: NodeSingular): Collection {
    const started = performance.now();
    const definitions = toElements(graph, this.lang).filter((d) => this.cy.getElementById(String(d.data.id)).empty());
    if (definitions.length === 0) return this.cy.collection();
    const origin = anchor?.position() ?? this.viewportCentre();
    let added = this.cy.collection();
    // The drawing mode first: styling thousands of elements twice costs more than adding them.
    this.updateDrawingMode(this.cy.nodes().length + definitions.filter((d) => d.group === 'nodes').length);
    this.cy.batch(() => {
      const nodes = this.cy.add(definitions.filter((d) => d.group === 'nodes'));
      nodes.forEach((node, i) => {
        const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
        node.position({ x: origin.x + 60 * Math.cos(angle), y: origin.y + 60 * Math.sin(angle) });
      });
      const edges = definitions.filter((d) => d.group === 'edges' && this.hasEndpoints(d.data.source, d.data.target));
      added = nodes.union(this.cy.add(edges));
    });
    this.refreshSizes();
    // The steps of a big first picture, for the UI bench.
    performance.measure('kg:add', { start: started });
    return added;
  }

  /** Records the whole-graph degree of entities when the API told it, so sizes do not depend on what is expanded. */
  setKnownDegree(id: string, degree: number): void {
    const node = this.cy.getElementById(id);
    if (node.nonempty()) node.data('degree', degree);
    this.refreshSizes();
  }

  refreshSizes(): void {
    this.cy.batch(() => {
      this.cy.nodes(ENTITY).forEach((node) => {
        const known = Number(node.data('degree') ?? 0);
        node.data('size', sizeForDegree(Math.max(known, node.degree(false))));
      });
    });
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.cy.batch(() => {
      this.cy.nodes(ENTITY).forEach((node) => {
        node.data('label', nodeLabel(node.data(), lang));
      });
      this.cy.edges(RELATION).forEach((edge) => {
        edge.data('label', relationLabel(edge.data('type') as RelationType, lang));
      });
    });
    this.notify();
  }

  /** Lays out the canvas; pinned (locked) nodes keep their places. */
  async layout(options: { name?: LayoutName; incremental?: boolean; fit?: boolean; animate?: boolean } = {}): Promise<void> {
    if (options.name) this.layoutName = options.name;
    await ensureLayout(this.layoutName);
    const visible = this.cy.elements().not('.filtered');
    if (visible.empty()) return;
    const started = performance.now();
    const incremental = options.incremental ?? false;
    const ticks = plainForceTicks(this.layoutName, visible.nodes().length, incremental);
    const layout = visible.layout({
      ...(ticks === null ? layoutOptions(this.layoutName, visible.nodes().length, incremental) : forceOnPlainArrays(visible.nodes(), ticks, incremental)),
      ...(options.animate === false ? { animate: false } : {}),
      fit: options.fit ?? true,
    } as cytoscape.LayoutOptions);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
    // Fitting two or three nodes would blow them up to the maximum zoom.
    if ((options.fit ?? true) && this.cy.zoom() > MAX_FIT_ZOOM) {
      const box = visible.boundingBox();
      this.cy.zoom({ level: MAX_FIT_ZOOM, position: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } });
      this.cy.center(visible);
    }
    performance.measure('kg:layout', { start: started });
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements().not('.filtered'), padding: 30 }, duration: 250 });
  }

  entityIds(): string[] {
    return this.cy.nodes(ENTITY).map((node) => node.id());
  }

  visibleCounts(): { nodes: number; edges: number } {
    return {
      nodes: this.cy.nodes(ENTITY).not('.filtered').length,
      edges: this.cy.edges(RELATION).not('.filtered').length,
    };
  }

  togglePin(node: NodeSingular): boolean {
    const pinned = !node.locked();
    if (pinned) node.lock();
    else node.unlock();
    node.toggleClass('pinned', pinned);
    this.notify();
    return pinned;
  }

  onChange(listener: () => void): void {
    this.changeListeners.add(listener);
  }

  /** Tells the listeners once per task, however many elements changed: Cytoscape fires one event per element. */
  notify(): void {
    if (this.changePending) return;
    this.changePending = true;
    queueMicrotask(() => {
      this.changePending = false;
      this.updateDrawingMode();
      for (const listener of this.changeListeners) listener();
    });
  }

  private updateDrawingMode(nodeCount = this.cy.nodes().length): void {
    const large = nodeCount > LARGE_GRAPH;
    if (large === this.large) return;
    this.large = large;
    this.cy.style(graphStyle(large));
    // Cytoscape reads these two renderer options only at start-up; setting them on the renderer lets a
    // canvas that grows big pan a cached picture (about 30x the frame rate at 5,000 nodes) and stay sharp when small.
    const renderer = (this.cy as unknown as { renderer(): { textureOnViewport?: boolean; hideEdgesOnViewport?: boolean } }).renderer();
    renderer.textureOnViewport = large;
    renderer.hideEdgesOnViewport = large;
  }

  private hasEndpoints(source: unknown, target: unknown): boolean {
    const present = (id: unknown) => typeof id === 'string' && this.cy.getElementById(id).nonempty();
    return present(source) && present(target);
  }

  private viewportCentre(): { x: number; y: number } {
    const extent = this.cy.extent();
    return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  }
}

/** Positions from the plain-array force layout, applied in one go by Cytoscape's preset layout. */
function forceOnPlainArrays(nodes: NodeCollection, ticks: number, incremental: boolean): PresetLayoutOptions {
  const started = performance.now();
  const index = new Map<string, number>();
  nodes.forEach((node, i) => void index.set(node.id(), i));
  const links: Array<[number, number]> = [];
  nodes.connectedEdges().forEach((edge) => {
    const source = index.get(edge.source().id());
    const target = index.get(edge.target().id());
    if (source !== undefined && target !== undefined) links.push([source, target]);
  });
  const positions = forcePositions(
    { nodes: nodes.map((node) => ({ ...node.position(), fixed: node.locked() })), links },
    { ticks, keepPositions: incremental },
  );
  performance.measure('kg:force', { start: started });
  return { name: 'preset', positions: Object.fromEntries(nodes.map((node, i) => [node.id(), positions[i]])), animate: false, padding: 30 };
}
