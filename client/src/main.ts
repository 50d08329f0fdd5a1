// The explorer page: builds the canvas and panels, wires them together, and
// opens the first view (the one in the URL, or the most connected entities).
import { documentTitles, health } from './api-client/api.js';
import type { Subgraph } from './api-client/schemas.js';
import { Filters } from './canvas/filters.js';
import { GraphView } from './canvas/graph-view.js';
import { attachInteractions } from './canvas/interactions.js';
import type { Lang } from './canvas/labels.js';
import { LAYOUTS, isLayoutName } from './canvas/layouts.js';
import { renderLegend } from './canvas/legend.js';
import { entitiesById, entitiesOfDocuments, overview } from './canvas/loaders.js';
import { UndoStack } from './canvas/undo.js';
import { attachExportMenu } from './export/export-menu.js';
import { attachSearchBox } from './search/search-box.js';
import { byId, h, replaceChildren } from './ui/dom.js';
import { hideBanner, setCanvasMessage, setStatus, setStoreInfo, showError, watchConnection } from './ui/status.js';
import { attachUpload } from './upload/upload-panel.js';
import { decodeState, saveState } from './url-state/url-state.js';

const initial = decodeState(location.hash);
const view = new GraphView({ container: byId('cy'), webgl: new URLSearchParams(location.search).has('webgl') });
view.lang = initial.lang;
view.layoutName = initial.layout;
const undo = new UndoStack();
const filters = new Filters(view, byId('filters'));
const details = byId('details');
const interactions = attachInteractions(view, undo, details, showError);

/** Handle for the end-to-end tests and the UI bench. */
declare global {
  interface Window {
    kgExplorer: { cy: typeof view.cy; ready: Promise<void>; layout: () => Promise<void>; show: (graph: Subgraph) => Promise<void> };
  }
}

async function addAndShow(graph: Subgraph, options: { fit: boolean; animate?: boolean }): Promise<void> {
  const added = view.add(graph);
  if (added.empty()) return;
  undo.push({ label: 'add', undo: () => void view.cy.remove(added) });
  filters.refresh();
  await view.layout({ incremental: view.cy.nodes().length > added.nodes().length, fit: options.fit, animate: options.animate });
}

function persist(): void {
  saveState({ nodes: view.entityIds(), selected: interactions.selectedId(), lang: view.lang, layout: view.layoutName });
}

view.onChange(() => {
  filters.refresh();
  const { nodes, edges } = view.visibleCounts();
  setStatus(nodes, edges);
  if (nodes > 0) setCanvasMessage(null);
  persist();
});
undo.onChange(() => ((byId<HTMLButtonElement>('undo-button')).disabled = undo.peek() === undefined));

function setLang(lang: Lang): void {
  view.setLang(lang);
  const toggle = byId('lang-toggle');
  toggle.setAttribute('aria-pressed', String(lang === 'en'));
  toggle.textContent = lang === 'en' ? '中文' : 'EN';
  renderLegend(byId('legend'), lang);
}

function wireToolbar(): void {
  const layoutSelect = byId<HTMLSelectElement>('layout-select');
  replaceChildren(layoutSelect, ...Object.entries(LAYOUTS).map(([value, label]) => h('option', { value, selected: value === view.layoutName }, label)));
  layoutSelect.addEventListener('change', () => {
    if (isLayoutName(layoutSelect.value)) void view.layout({ name: layoutSelect.value }).then(persist);
  });
  byId('fit-button').addEventListener('click', () => view.fit());
  byId('undo-button').addEventListener('click', () => interactions.undo());
  byId('clear-button').addEventListener('click', () => {
    const removed = view.cy.elements().remove();
    if (removed.nonempty()) undo.push({ label: 'clear', undo: () => void removed.restore() });
    setCanvasMessage('The canvas is empty: search for an entity above, or undo.');
  });
  byId('path-button').addEventListener('click', () => void interactions.findPath());
  byId('lang-toggle').addEventListener('click', () => setLang(view.lang === 'zh' ? 'en' : 'zh'));
  const consolePanel = byId('console');
  const consoleToggle = byId('console-toggle');
  // The editor is loaded on first use, so it does not delay the first graph.
  let cypherConsole: Promise<{ focus: () => void }> | null = null;
  const loadConsole = () => (cypherConsole ??= import('./console/cypher-console.js').then(({ attachConsole }) => attachConsole(
    {
      editor: byId('console-editor'), run: byId('console-run'), add: byId('console-add'), history: byId('console-history'),
      error: byId('console-error'), results: byId('console-results'),
    },
    (graph) => void addAndShow(graph, { fit: true }).catch(showError),
  )));
  consoleToggle.addEventListener('click', () => {
    consolePanel.hidden = !consolePanel.hidden;
    consoleToggle.setAttribute('aria-expanded', String(!consolePanel.hidden));
    if (!consolePanel.hidden) loadConsole().then((c) => c.focus()).catch(showError);
    view.cy.resize();
  });
  document.addEventListener('keydown', (event) => {
    const inEditor = (event.target as HTMLElement).closest('input, textarea, .cm-editor');
    if ((event.ctrlKey || event.metaKey) && event.key === 'z' && !inEditor) {
      event.preventDefault();
      interactions.undo();
    }
  });
  attachExportMenu(byId('export-menu'), byId('export-items'), view, showError);
  attachUpload(
    { input: byId('upload-input'), results: byId('upload-results'), dropTarget: document.body, overlay: byId('drop-overlay') },
    (results) => {
      const files = results.filter((r) => r.status !== 'error').map((r) => r.file);
      void documentTitles(true).catch(() => undefined);
      if (files.length > 0) void entitiesOfDocuments(files).then((graph) => addAndShow(graph, { fit: true })).then(refreshStoreInfo).catch(showError);
    },
  );
  attachSearchBox({
    input: byId('search-input'),
    list: byId('search-suggestions'),
    lang: () => view.lang,
    onError: showError,
    onChoose: (result) => {
      void (async () => {
        if (view.cy.getElementById(result.id).empty()) await addAndShow(await entitiesById([result.id]), { fit: false });
        await interactions.select(result.id);
      })().catch(showError);
    },
  });
}

async function refreshStoreInfo(): Promise<number> {
  const info = await health();
  setStoreInfo(`${info.store} store · ${info.nodes} nodes · ${info.relationships} relationships`);
  return info.nodes;
}

/** The first picture: the saved view when the URL has one, else the hubs. */
async function openFirstView(): Promise<void> {
  setCanvasMessage('Loading the graph…');
  // The first picture is drawn without animation: it is what the page waits for.
  const shown = { fit: true, animate: false };
  const [storeNodes, first] = await Promise.all([refreshStoreInfo(), initial.nodes.length > 0 ? null : overview()]);
  hideBanner();
  if (initial.nodes.length > 0) {
    await addAndShow(await entitiesById(initial.nodes), shown);
    if (initial.selected) await interactions.select(initial.selected);
  } else if (storeNodes === 0 || !first) {
    setCanvasMessage('The graph is empty. Upload documents (button above or drag and drop) to build it.');
    return;
  } else {
    await addAndShow(first.graph, shown);
    for (const [id, degree] of first.degrees) view.setKnownDegree(id, degree);
  }
  performance.mark('kg:first-graph');
  if (view.cy.nodes().empty()) setCanvasMessage('Nothing to show yet: search for an entity above.');
}

const start = () => openFirstView().catch((error) => {
  setCanvasMessage('The graph could not be loaded.');
  showError(error);
});

watchConnection(() => void start());
setLang(view.lang);
wireToolbar();
window.kgExplorer = {
  cy: view.cy, ready: start(), layout: () => view.layout({ fit: true }), show: (graph) => addAndShow(graph, { fit: true, animate: false }),
};
