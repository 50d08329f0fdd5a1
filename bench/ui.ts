// UI figures in headless Chromium: page load to first graph on the seeds, and
// lay-out/render time and panning frame rate with 5,000 nodes and 10,000 edges,
// with Cytoscape's canvas renderer and with its WebGL renderer.
// Run: npx tsx bench/ui.ts
import { availableParallelism, loadavg } from 'node:os';
import type { ElementDefinition } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { ENTITY_KIND_NAMES, RELATION_TYPE_NAMES } from '../graph/schema.js';
import { sizeForDegree } from '../client/src/canvas/style.js';
import { launchChromium, openPage, startExplorer } from '../test/e2e/harness.js';

const RUNS = 3;
const NODES = 5_000;
const EDGES = 10_000;
const PAN_MS = 3_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A deterministic random graph shaped like the app's elements: kinds and relation types from the schema. */
function syntheticElements(nodes: number, edges: number): ElementDefinition[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const degree = new Array<number>(nodes).fill(0);
  const links: Array<[number, number, string]> = [];
  for (let i = 0; i < edges; i++) {
    // Preferential attachment by squaring: a few hubs, many leaves, as in the reports.
    const a = Math.floor(random() ** 2 * nodes);
    let b = Math.floor(random() * nodes);
    if (b === a) b = (b + 1) % nodes;
    degree[a]++;
    degree[b]++;
    links.push([a, b, RELATION_TYPE_NAMES[Math.floor(random() * RELATION_TYPE_NAMES.length)]]);
  }
  const kindOf = (i: number) => ENTITY_KIND_NAMES[i % ENTITY_KIND_NAMES.length];
  return [
    ...degree.map((d, i) => ({
      group: 'nodes' as const,
      data: { id: `n${i}`, kind: kindOf(i), name: `实体${i}`, label: `实体${i}`, aliases: [], size: sizeForDegree(d) },
      classes: 'entity',
    })),
    ...links.map(([a, b, type], i) => ({
      group: 'edges' as const,
      data: { id: `e${i}`, source: `n${a}`, target: `n${b}`, type, label: type, evidence: [] },
      classes: 'relation',
    })),
  ];
}

/** Milliseconds from navigation start to the page's scripts ready and to the first graph drawn. */
async function firstGraph(browser: Browser, url: string): Promise<{ scripts: number; graph: number }> {
  const { page } = await openPage(browser, url);
  const times = await page.evaluate(() => ({
    scripts: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    graph: performance.getEntriesByName('kg:first-graph')[0]?.startTime ?? Number.NaN,
  }));
  await page.close();
  return times;
}

async function largeGraph(page: Page, elements: ElementDefinition[]): Promise<{ layoutMs: number; fps: number }> {
  const layoutMs = await page.evaluate(async (els) => {
    const { cy, layout } = window.kgExplorer;
    cy.elements().remove();
    const started = performance.now();
    cy.add(els);
    await layout();
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return performance.now() - started;
  }, elements);
  const fps = await page.evaluate(async (duration) => {
    const { cy } = window.kgExplorer;
    cy.zoom({ level: 1, renderedPosition: { x: 400, y: 300 } });
    let frames = 0;
    const started = performance.now();
    // A plain loop: tsx would wrap a named callback in a helper the page does not have.
    while (performance.now() - started < duration) {
      await new Promise((frame) => requestAnimationFrame(frame));
      frames++;
      cy.panBy({ x: Math.sin(frames / 10) * 12, y: 6 * Math.cos(frames / 15) });
    }
    return (frames * 1000) / (performance.now() - started);
  }, PAN_MS);
  return { layoutMs, fps };
}

const explorer = await startExplorer();
const browser = await launchChromium();
try {
  console.log(`load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
  const loads: Array<{ scripts: number; graph: number }> = [];
  for (let i = 0; i < RUNS; i++) loads.push(await firstGraph(browser, explorer.url));
  const graphs = loads.map((l) => l.graph);
  console.log(`seeds: page load → first graph: median ${median(graphs).toFixed(0)} ms over ${RUNS} loads (${graphs.map((ms) => ms.toFixed(0)).join(', ')}; goal < 1000); scripts ready at ${median(loads.map((l) => l.scripts)).toFixed(0)} ms`);

  const elements = syntheticElements(NODES, EDGES);
  for (const renderer of ['canvas', 'webgl'] as const) {
    const { page } = await openPage(browser, renderer === 'webgl' ? `${explorer.url}/?webgl=1` : explorer.url);
    const { layoutMs, fps } = await largeGraph(page, elements);
    console.log(`${NODES} nodes, ${EDGES} edges, ${renderer} renderer: lay out and render ${layoutMs.toFixed(0)} ms (goal < 3000); panning ${fps.toFixed(1)} frames/s`);
    await page.close();
  }
} finally {
  await browser.close();
  await explorer.close();
}
