// Every query text of graph/cypher against every store: Grafeo always, Neo4j
// when NEO4J_URI is set (it needs a database holding nothing but what this
// suite writes). The cases (conformance/read-cases.ts, write-cases.ts) have one
// entry per export of the query modules, so a query added without a case fails
// the suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as read from '../../graph/cypher/read.js';
import * as remove from '../../graph/cypher/remove.js';
import * as schema from '../../graph/cypher/schema.js';
import type { Statement } from '../../graph/cypher/statement.js';
import * as write from '../../graph/cypher/write.js';
import { EdgeIndex } from '../../graph/store/edge-index.js';
import { EntityIndex } from '../../graph/store/entity-index.js';
import { readRows } from '../../graph/store/read.js';
import type { WriteSummary } from '../../graph/store/types.js';
import { removeDocumentWith, writeDocumentsWith } from '../../graph/store/write-document.js';
import { grafeoEngine, neo4jEngine, snapshotWith, type Engine, type Snapshot } from './conformance-engines.js';
import { A, B, C, type Case, type Ctx, D, E, type Removal, sorted, WRITES } from './conformance/context.js';
import { READ_CASES } from './conformance/read-cases.js';
import { WRITE_CASES } from './conformance/write-cases.js';

const CASES: Record<string, Case> = { ...READ_CASES, ...WRITE_CASES };

/** The corpus written beside the store, one transaction per document, then removed again. */
async function writeBeside(engine: Engine, how: 'merge' | 'index'): Promise<Snapshot> {
  for (const item of WRITES) {
    await engine.transaction(async (run) => {
      // As the Grafeo store does: indexes loaded from the graph, new entities and edges created, known ones extended.
      const writers = how === 'merge' ? undefined : {
        entities: EntityIndex.fromRows(await run(read.entityFacetList())).stage().write,
        relations: EdgeIndex.fromRows(await run(read.entityEdgeList())).stage().write,
      };
      await writeDocumentsWith(run, [item], writers);
    });
  }
  const snapshot = await engine.transaction((run) => snapshotWith(run));
  for (const id of [A, B, C]) expect(await engine.transaction((run) => removeDocumentWith(run, id))).toBe(true);
  expect(await engine.transaction((run) => run(read.countNodes()))).toEqual([{ count: 0 }]);
  return snapshot;
}

/** Neo4j's database may hold what an interrupted run left: this corpus's nodes go, anything else stops the suite. */
async function clearCorpus(engine: Engine): Promise<void> {
  const corpusIds = [...Object.values(E).map((e) => e.id), ...WRITES.map((w) => w.doc.id)];
  await engine.transaction((run) => run({
    text: 'MATCH (n) WHERE n.id IN $ids OR n.document IN $ids DETACH DELETE n', params: { ids: corpusIds },
  }));
  const [{ count }] = await engine.transaction((run) => run(read.countNodes()));
  if (count !== 0) throw new Error(`the ${engine.name} database holds ${count} other nodes: the conformance suite needs an empty one`);
}

async function prepare(engine: Engine): Promise<Ctx> {
  await clearCorpus(engine);
  const beside = { merge: await writeBeside(engine, 'merge'), index: await writeBeside(engine, 'index') };
  const { store } = engine;
  await store.init();
  const summaries: WriteSummary[] = [];
  for (const w of WRITES) summaries.push(await store.writeDocument(w.doc, w.extraction));
  summaries.push(...(await store.writeDocuments!([D.a, D.b])));
  const rows = (s: Statement) => readRows(store, s);
  let removal: Promise<Removal> | null = null;
  return {
    engine, rows, beside,
    statuses: summaries.map((s) => s.status),
    snapshot: await snapshotWith(rows),
    removal: () => (removal ??= (async () => {
      const mentioned = await rows(remove.mentionedEntityIds(B));
      const removed = await store.removeDocument(B);
      const again = await store.removeDocument(B);
      return { mentioned, removed, again, after: await snapshotWith(rows) };
    })()),
  };
}

const ENGINES: Array<{ name: Engine['name']; open: () => Promise<Engine>; skip: boolean }> = [
  { name: 'grafeo', open: grafeoEngine, skip: false },
  { name: 'neo4j', open: () => neo4jEngine(process.env), skip: !process.env.NEO4J_URI },
];

const answers: Record<Engine['name'], Record<string, unknown>> = { grafeo: {}, neo4j: {} };

describe('the conformance cases', () => {
  it('cover every export of the query modules', () => {
    const modules = { read, write, remove, schema };
    const exported = Object.entries(modules).flatMap(([m, mod]) => Object.keys(mod).map((k) => `${m}.${k}`));
    expect(sorted(exported)).toEqual(sorted(Object.keys(CASES)));
  });
});

for (const { name, open, skip } of ENGINES) {
  describe.skipIf(skip)(`every query on ${name}`, () => {
    let ctx: Ctx;
    beforeAll(async () => {
      ctx = await prepare(await open());
    });
    afterAll(async () => {
      if (!ctx) return;
      for (const id of [A, B, C]) await ctx.engine.store.removeDocument(id);
      await ctx.engine.close();
    });
    for (const [key, c] of Object.entries(CASES)) {
      it.skipIf(c.only !== undefined && c.only !== name)(key, async () => {
        answers[name][key] = await c.run(ctx);
      });
    }
  });
}

describe.skipIf(!process.env.NEO4J_URI)('Grafeo and Neo4j', () => {
  it.each(Object.keys(CASES).filter((k) => !CASES[k].only))('answer %s the same', (key) => {
    expect(answers.neo4j[key]).toBeDefined();
    expect(answers.neo4j[key]).toEqual(answers.grafeo[key]);
  });
});
