// The real thing for browser tests and the UI bench: a Grafeo store in a temp
// folder filled from seeds/, the API server on a free port serving the built
// client, and Debian's Chromium driven by playwright-core.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { EdgeSingular } from 'cytoscape';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openStore } from '../../graph/store/open.js';
import type { GraphStore } from '../../graph/store/types.js';
import { startServer } from '../../server/api/server.js';
import { ensureClientBuilt, ingestSeedsIfEmpty } from '../../server/cli/commands/start.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export interface Explorer {
  url: string;
  store: GraphStore;
  dataDir: string;
  /** Stops answering HTTP while the store stays open (for the unreachable state). */
  stopServer(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the explorer on the seeds. `prepare` may write more into the store
 * before the server starts (the search index is built from what is stored).
 */
export async function startExplorer(prepare?: (store: GraphStore) => Promise<void>): Promise<Explorer> {
  await ensureClientBuilt(ROOT);
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-e2e-'));
  const store = await openStore({ KG_DATA_DIR: dataDir } as NodeJS.ProcessEnv);
  try {
    await ingestSeedsIfEmpty(store, join(ROOT, 'seeds'), dataDir);
    await prepare?.(store);
    const server = await startServer({
      port: 0,
      store,
      config: { clientDir: join(ROOT, 'dist/client'), log: false, queryRatePerMinute: 0, writeRatePerMinute: 0, dataDir },
    });
    let stopped: Promise<void> | null = null;
    const stopServer = () => (stopped ??= server.close());
    return {
      url: server.url,
      store,
      dataDir,
      stopServer,
      async close() {
        await stopServer();
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Opens the page and waits until its first view is on the canvas. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  await page.waitForFunction(() => window.kgExplorer !== undefined);
  await page.evaluate(() => window.kgExplorer.ready);
  return { page, dialogs };
}

/** Nodes on the canvas as the status line counts them. */
export async function statusCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  const text = (await page.getByTestId('status-line').textContent()) ?? '';
  const match = /(\d+) nodes? · (\d+) edges?/.exec(text);
  if (!match) throw new Error(`The status line reads ${JSON.stringify(text)}, not "N nodes · M edges"`);
  return { nodes: Number(match[1]), edges: Number(match[2]) };
}

/** Waits until no node moves between two checks 250 ms apart: layouts animate, and a click must hit a still target. */
export async function settled(page: Page): Promise<void> {
  let previous = '';
  for (let i = 0; i < 80; i++) {
    const now = await page.evaluate(() => {
      const { cy } = window.kgExplorer;
      return JSON.stringify([cy.pan(), cy.zoom(), cy.nodes().map((n) => n.position())]);
    });
    if (now === previous) return;
    previous = now;
    await page.waitForTimeout(250);
  }
  throw new Error('The canvas kept moving for 20 s');
}

/** Where a canvas element is on the page once the canvas is still, for real mouse clicks. */
export async function pagePositionOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  await settled(page);
  const rendered = await page.evaluate((elementId) => {
    const element = window.kgExplorer.cy.getElementById(elementId);
    if (element.empty()) throw new Error(`${elementId} is not on the canvas`);
    return element.isNode() ? element.renderedPosition() : (element as unknown as EdgeSingular).renderedMidpoint();
  }, id);
  const box = await page.getByTestId('canvas').boundingBox();
  if (!box) throw new Error('The canvas is not visible');
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}
