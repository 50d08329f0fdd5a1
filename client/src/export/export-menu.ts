// Export of the current view: pictures drawn in the page, data formats from the
// API (which keeps the evidence of every edge).
import cytoscape from 'cytoscape';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from '../api-client/api.js';
import type { GraphView } from '../canvas/graph-view.js';
import { button, download, replaceChildren } from '../ui/dom.js';

const LABELS: Record<ExportFormat | 'png' | 'svg', string> = {
  png: 'PNG image',
  svg: 'SVG image',
  json: 'JSON',
  graphml: 'GraphML',
  csv: 'CSV (zip)',
  cypher: 'Cypher script',
};

/** The SVG renderer is loaded on first use. */
let svgExtension: Promise<void> | null = null;
const loadSvg = () => (svgExtension ??= import('cytoscape-svg').then(({ default: extension }) => void cytoscape.use(extension)));

export function attachExportMenu(menu: HTMLDetailsElement, items: HTMLElement, view: GraphView, onError: (error: unknown) => void): void {
  const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const run = (work: () => Promise<void>) => () => {
    menu.open = false;
    work().catch(onError);
  };
  const png = run(async () => {
    const blob = view.cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' });
    download(blob, `kg-view-${stamp()}.png`);
  });
  const svg = run(async () => {
    await loadSvg();
    download(new Blob([view.cy.svg({ full: true, bg: '#ffffff' })], { type: 'image/svg+xml' }), `kg-view-${stamp()}.svg`);
  });
  const data = (format: ExportFormat) => run(async () => {
    const ids = view.entityIds();
    if (ids.length === 0) throw new Error('The canvas is empty: add entities before exporting.');
    const { blob, fileName } = await exportGraph(format, ids);
    download(blob, fileName);
  });
  replaceChildren(
    items,
    button(LABELS.png, { role: 'menuitem', 'data-testid': 'export-png' }, png),
    button(LABELS.svg, { role: 'menuitem', 'data-testid': 'export-svg' }, svg),
    ...EXPORT_FORMATS.map((format) => button(LABELS[format], { role: 'menuitem', 'data-testid': `export-${format}` }, data(format))),
  );
}
