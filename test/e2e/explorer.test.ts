// End to end: the built explorer in Chromium against the real server on the seeds.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../graph/extract/types.js';
import { ENTITY_KIND_NAMES, RELATION_TYPES, RELATION_TYPE_NAMES } from '../../graph/schema.js';
import { launchChromium, openPage, pagePositionOf, screenshot, settled, startExplorer, statusCounts, type Explorer } from './harness.js';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
const HOSTILE_SENTENCE = '<script>alert(2)</script>在测试市设立总部。';
const HOSTILE_DOC = 'feedc0de00000001';

/** A document whose entity names and evidence are markup, written straight into the real store. */
function hostileExtraction(): Extraction {
  const evidence = { document: HOSTILE_DOC, start: 0, end: HOSTILE_SENTENCE.length, text: HOSTILE_SENTENCE };
  return {
    documents: [{ id: HOSTILE_DOC, file: 'hostile.txt', title: '<b>hostile</b>', language: 'zh-Hans', chars: 40 }],
    entities: [
      { id: `Enterprise:${HOSTILE_NAME}`, kind: 'Enterprise', name: HOSTILE_NAME, aliases: ['<script>alert(3)</script>'], mentions: 1 },
      { id: 'City:测试市', kind: 'City', name: '测试市', aliases: [], mentions: 1 },
    ],
    relations: [{ type: 'LOCATED_IN', from: `Enterprise:${HOSTILE_NAME}`, to: 'City:测试市', evidence: [evidence] }],
    facts: [{ subject: 'City:测试市', indicator: '原煤产量', value: 2.1, unit: '%', measure: 'growth', fall: true, year: 2023, evidence }],
  };
}

let explorer: Explorer;
let browser: Browser;
let page: Page;
let dialogs: string[];
/** The entity the walk-through centres on, once found by search. */
let centre = '';

beforeAll(async () => {
  explorer = await startExplorer(async (store) => {
    await store.writeDocument({
      id: HOSTILE_DOC, file: 'hostile.txt', title: '<b>hostile</b>', language: 'zh-Hans', chars: 40, sha256: 'f'.repeat(64),
      ingestedAt: new Date().toISOString(),
    }, hostileExtraction());
  });
  browser = await launchChromium();
  ({ page, dialogs } = await openPage(browser, explorer.url));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await explorer?.close();
});

const T = { timeout: 30_000 };

describe('When an analyst explores the seeds in the browser', () => {
  it('then the first view shows the most connected entities, the legend and the counts', async () => {
    const counts = await statusCounts(page);
    expect(counts.nodes).toBeGreaterThan(3);
    expect(counts.edges).toBeGreaterThan(0);
    await expect(page.getByTestId('legend').textContent()).resolves.toContain('产业');
    await screenshot(page, '01-first-view');
  }, 60_000);

  it('then searching 晋中 on a cleared canvas suggests it with its kind, and choosing it opens its details', async () => {
    await page.getByTestId('clear-button').click();
    expect(await statusCounts(page)).toEqual({ nodes: 0, edges: 0 });
    await page.getByTestId('search-input').fill('晋中');
    const first = page.getByTestId('search-suggestion').first();
    await first.waitFor(T);
    await expect(first.textContent()).resolves.toContain('晋中');
    await expect(first.locator('.badge').textContent()).resolves.toMatch(/\S/);
    await screenshot(page, '02-suggestions');
    await first.click();
    const details = page.getByTestId('details-panel');
    await details.getByTestId('details-name').filter({ hasText: '晋中' }).waitFor(T);
    await details.getByTestId('details-documents').locator('li').first().waitFor(T);
    centre = await page.evaluate(() => window.kgExplorer.cy.$('node:selected').id());
    expect(centre).toContain('晋中');
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('sel')).toBe(centre);
  }, 90_000);

  it('then expanding it adds a linked Industry and the status line grows', async () => {
    const before = await statusCounts(page);
    const industryLinked = () => page.evaluate((id) =>
      window.kgExplorer.cy.getElementById(id).connectedEdges('[type = "HAS_INDUSTRY"]').connectedNodes('[kind = "Industry"]').length, centre);
    await page.getByTestId('expand-button').click();
    await page.waitForFunction((n) => {
      const m = /(\d+) node/.exec(document.querySelector('[data-testid="status-line"]')?.textContent ?? '');
      return m !== null && Number(m[1]) > n;
    }, before.nodes, T);
    while ((await industryLinked()) === 0 && (await page.getByTestId('expand-more').count()) > 0) {
      await page.getByTestId('expand-more').click();
      await page.waitForTimeout(500);
    }
    expect(await industryLinked()).toBeGreaterThan(0);
    expect((await statusCounts(page)).nodes).toBeGreaterThan(before.nodes);
    await settled(page);
    await page.getByTestId('fit-button').click();
    await settled(page);
    await screenshot(page, '03-expanded');
  }, 120_000);

  it('then the English toggle shows the English name where one is known, and back', async () => {
    const label = () => page.evaluate((id) => String(window.kgExplorer.cy.getElementById(id).data('label')), centre);
    const chinese = await label();
    await page.getByTestId('lang-toggle').click();
    const english = await label();
    expect(english).not.toBe(chinese);
    expect(english).toMatch(/^[\x20-\x7e]+$/);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('lang')).toBe('en');
    await page.getByTestId('lang-toggle').click();
    expect(await label()).toBe(chinese);
  }, 30_000);

  it('then the keyboard reaches the search box with a visible focus ring and Enter on the canvas expands', async () => {
    const brand = await page.locator('.brand').boundingBox();
    await page.mouse.click(brand!.x + 5, brand!.y + 5);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.evaluate((id) => {
      window.kgExplorer.cy.getElementById(id).emit('tap');
    }, centre);
    const before = await statusCounts(page);
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => {
      const m = /(\d+) node/.exec(document.querySelector('[data-testid="status-line"]')?.textContent ?? '');
      return m !== null && Number(m[1]) > n;
    }, before.nodes, T);
  }, 60_000);

  it('then, with only cities, industries and that relation shown, the evidence of the edge to the Industry highlights the mention', async () => {
    const kept = ['City', 'Industry', 'HAS_INDUSTRY'];
    for (const id of [...ENTITY_KIND_NAMES.map((k) => `filter-kind-${k}`), ...RELATION_TYPE_NAMES.map((t) => `filter-type-${t}`)]) {
      const box = page.getByTestId(id);
      if (!kept.some((k) => id.endsWith(`-${k}`)) && (await box.isEnabled())) await box.uncheck();
    }
    await settled(page);
    // The edge whose middle is farthest from every other element, so the click cannot land on something else.
    const edgeId = await page.evaluate((id) => {
      const cy = window.kgExplorer.cy;
      const candidates = cy.getElementById(id).connectedEdges('[type = "HAS_INDUSTRY"]').filter((e) => e.data('evidence').length > 0);
      cy.fit(cy.elements(':visible'), 30);
      const clearance = (edge: typeof candidates[number]) => {
        const m = edge.renderedMidpoint();
        let nearest = Infinity;
        cy.elements(':visible').not(edge).forEach((other) => {
          const b = other.renderedBoundingBox({ includeLabels: true });
          const dx = Math.max(b.x1 - m.x, 0, m.x - b.x2);
          const dy = Math.max(b.y1 - m.y, 0, m.y - b.y2);
          if (other.isNode() || (dx === 0 && dy === 0)) nearest = Math.min(nearest, Math.hypot(dx, dy));
        });
        return nearest;
      };
      return candidates.toArray().map((e) => ({ id: e.id(), clear: clearance(e as typeof candidates[number]) }))
        .sort((a, b) => b.clear - a.clear)[0].id;
    }, centre);
    const at = await pagePositionOf(page, edgeId);
    await page.mouse.click(at.x, at.y);
    await page.getByTestId('edge-ends').waitFor(T);
    const sentence = page.getByTestId('evidence-sentence').first();
    await sentence.waitFor(T);
    expect(await page.getByTestId('details-panel').locator('h2').textContent()).toBe(RELATION_TYPES.HAS_INDUSTRY.zh);
    const marks = await sentence.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect((await sentence.textContent()) ?? '').toContain(marks[0]);
    await screenshot(page, '04-evidence');
    // Neighbour pages bring the first sentences of an edge; opening one with more fetches the rest.
    const longer = await page.evaluate(() => {
      const edge = window.kgExplorer.cy.edges('.relation').filter((e) => e.data('evidenceTotal') > e.data('evidence').length).first();
      if (edge.empty()) return null;
      edge.emit('tap');
      return edge.data('evidenceTotal') as number;
    });
    expect(longer).not.toBeNull();
    await page.getByTestId('evidence-more').waitFor({ state: 'detached', ...T });
    expect(await page.getByTestId('evidence-sentence').count()).toBe(longer);
    expect(await page.getByTestId('evidence-count').textContent()).toBe(`Evidence (${longer})`);
    for (const kind of ENTITY_KIND_NAMES) await page.getByTestId(`filter-kind-${kind}`).check();
    for (const type of RELATION_TYPE_NAMES) await page.getByTestId(`filter-type-${type}`).check();
  }, 60_000);

  it('then a Cypher query in the console shows rows, and an invalid one its error inline', async () => {
    await page.getByTestId('console-toggle').click();
    const editor = page.getByTestId('console-input');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('MATCH (c:City) RETURN c.name AS name LIMIT 5');
    await page.getByTestId('console-run').click();
    const rows = page.getByTestId('results-table').locator('tbody tr');
    await rows.first().waitFor(T);
    expect(await rows.count()).toBeGreaterThan(0);
    await screenshot(page, '05-console');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('MATCH (c:City RETURN c');
    await page.getByTestId('console-run').click();
    await page.getByTestId('console-error').waitFor(T);
    expect(await page.getByTestId('console-error').textContent()).toMatch(/\S/);
    await page.getByTestId('console-toggle').click();
  }, 60_000);

  it('then the shortest path between two selected nodes is highlighted', async () => {
    const [a, b] = await page.evaluate((id) => {
      const cy = window.kgExplorer.cy;
      cy.fit(undefined, 40);
      const from = cy.getElementById(id);
      const far = from.neighborhood('node.entity').neighborhood('node.entity').difference(from.closedNeighborhood()).first();
      const target = far.nonempty() ? far : from.neighborhood('node.entity').first();
      cy.elements().unselect();
      return [from.id(), target.id()];
    }, centre);
    const pa = await pagePositionOf(page, a);
    await page.mouse.click(pa.x, pa.y);
    const pb = await pagePositionOf(page, b);
    await page.keyboard.down('Shift');
    await page.mouse.click(pb.x, pb.y);
    await page.keyboard.up('Shift');
    await page.waitForFunction(() => window.kgExplorer.cy.$('node.entity:selected').length === 2, undefined, T);
    await page.getByTestId('path-button').click();
    await page.waitForFunction(() => window.kgExplorer.cy.$('edge.on-path').length > 0, undefined, T);
    const onPath = await page.evaluate(() => window.kgExplorer.cy.$('node.on-path').map((n) => n.id()));
    expect(onPath).toContain(a);
    expect(onPath).toContain(b);
    await screenshot(page, '06-path');
  }, 60_000);

  it('then the view exported as GraphML parses and keeps the evidence', async () => {
    await page.getByTestId('export-menu').locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download', T), page.getByTestId('export-graphml').click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'kg-dl-')), 'view.graphml');
    await download.saveAs(file);
    const doc = parseDocument(readFileSync(file, 'utf8'), { xmlMode: true });
    const nodes = DomUtils.getElementsByTagName('node', doc);
    const edges = DomUtils.getElementsByTagName('edge', doc);
    const onCanvas = await page.evaluate(() => window.kgExplorer.cy.nodes('.entity').length);
    expect(DomUtils.getElementsByTagName('graphml', doc)).toHaveLength(1);
    expect(nodes.length).toBeGreaterThanOrEqual(onCanvas);
    expect(edges.length).toBeGreaterThan(0);
    expect(DomUtils.getElementsByTagName('data', doc).some((d) => /[。.]/.test(DomUtils.textContent(d)))).toBe(true);
  }, 60_000);

  it('then an uploaded document is ingested and its entity can be found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-up-'));
    const file = join(dir, 'upload-test.txt');
    writeFileSync(file, '赣州市政府工作报告\n\n2024年，赣州市大力发展稀土新材料产业，全市地区生产总值增长5.2%。赣州市积极推进现代家居产业集群建设。\n');
    await page.getByTestId('upload-input').setInputFiles(file);
    const result = page.getByTestId('upload-result').first();
    await result.filter({ hasText: 'upload-test.txt' }).waitFor({ timeout: 90_000 });
    expect(await result.textContent()).toMatch(/ingested/);
    await page.getByTestId('search-input').fill('赣州');
    await page.getByTestId('search-suggestion').filter({ hasText: '赣州' }).first().waitFor(T);
    await screenshot(page, '07-upload');
    await page.keyboard.press('Escape');
  }, 120_000);

  it('then names and sentences holding markup show as text and run nothing', async () => {
    const id = `Enterprise:${HOSTILE_NAME}`;
    const link = `${explorer.url}/#n=${encodeURIComponent(id)}&n=${encodeURIComponent('City:测试市')}&sel=${encodeURIComponent(id)}`;
    const earlierDialogs = dialogs;
    await page.close();
    ({ page, dialogs } = await openPage(browser, link));
    await page.getByTestId('details-name').filter({ hasText: HOSTILE_NAME }).waitFor(T);
    expect(await page.getByTestId('details-name').textContent()).toBe(HOSTILE_NAME);
    const edgeId = await page.evaluate(() => window.kgExplorer.cy.edges('.relation').first().id());
    const at = await pagePositionOf(page, edgeId);
    await page.mouse.click(at.x, at.y);
    await page.getByTestId('evidence-sentence').first().waitFor(T);
    expect(await page.getByTestId('evidence-sentence').first().textContent()).toContain('<script>alert(2)</script>');
    await page.getByTestId('search-input').fill('img src');
    await page.waitForTimeout(800);
    await screenshot(page, '08-markup-as-text');
    expect(await page.locator('img[src="x"], main script, aside script').count()).toBe(0);
    expect([...earlierDialogs, ...dialogs]).toEqual([]);
  }, 60_000);

  it('then a fall shows in the facts table as a signed change', async () => {
    const city = encodeURIComponent('City:测试市');
    await page.close();
    ({ page, dialogs } = await openPage(browser, `${explorer.url}/#n=${city}&sel=${city}`));
    await page.getByTestId('facts-table').waitFor(T);
    expect(await page.getByTestId('facts-table').textContent()).toContain('−2.1');
    await screenshot(page, '09-fall');
  }, 60_000);

  it('then a stopped server shows a clear unreachable message', async () => {
    await explorer.stopServer();
    await page.getByTestId('search-input').fill('晋中');
    await page.getByTestId('banner').filter({ hasText: 'Cannot reach' }).waitFor(T);
    await expect(page.getByTestId('retry-button').isVisible()).resolves.toBe(true);
    await screenshot(page, '10-unreachable');
  }, 60_000);
});
