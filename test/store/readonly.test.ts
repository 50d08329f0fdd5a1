import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertReadOnly } from '../../graph/cypher/readonly.js';
import { GrafeoStore } from '../../graph/store/grafeo.js';
import { entity, extraction, relation, storedDocument } from './fixtures.js';

const HOSTILE = [
  'CREATE (n:Entity {id: "x"})',
  'create (n:Entity {id: "x"})',
  'MATCH (n) DETACH DELETE n',
  'MATCH (n) dEtAcH dElEtE n',
  'MATCH (n:Entity) SET n.name = "x"',
  'MATCH (n:Entity) REMOVE n.name',
  'MERGE (n:Entity {id: "x"})',
  'MATCH (n) RETURN n; MATCH (m) DELETE m',
  'MATCH (n) RETURN n /* harmless */ ; CREATE (x)',
  'MATCH (n) // comment\nDELETE n',
  'MATCH (n) WITH n /* " */ DELETE n',
  "MATCH (n) WHERE n.name = 'it''s' DELETE n",
  'LOAD CSV FROM "file:///etc/passwd" AS line RETURN line',
  'CALL apoc.cypher.doIt("CREATE (x)", {})',
  'CALL dbms.security.createUser("u", "p", false)',
  'RETURN apoc.cypher.runFirstColumnSingle("MATCH (n) DETACH DELETE n", {})',
  'CALL db.createLabel("X")',
  'MATCH (n) FOREACH (x IN [1] | SET n.z = x)',
  'DROP INDEX entity_id',
  'CREATE INDEX evil IF NOT EXISTS FOR (n:Entity) ON (n.name)',
  'MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS',
  'INSERT (:Entity {id: "x"})',
  'MATCH (n)\tSET\tn:Evil',
  'UNWIND [1] AS x CALL { CREATE (y) } RETURN x',
];

const READS = [
  'MATCH (n:Entity) RETURN n.id AS id',
  "MATCH (n:Entity) WHERE n.name CONTAINS 'CREATE' RETURN n.id",
  'MATCH (n:Entity) WHERE n.set IS NULL RETURN count(n) AS c',
  'MATCH (n:`DELETE`) RETURN n',
  'RETURN {create: 1, delete: 2} AS m',
  'CALL db.labels() YIELD label RETURN label',
  'MATCH (n) RETURN count(n) AS c;',
];

describe('read-only guard', () => {
  let store: GrafeoStore;
  beforeAll(async () => {
    store = GrafeoStore.open();
    await store.init();
    const doc = storedDocument('r.txt', 'r');
    const a = entity('City', '甲市');
    const b = entity('County', '乙县');
    await store.writeDocument(doc, extraction(doc, { entities: [a, b], relations: [relation('PART_OF', b, a, doc.id, '乙县属甲市。')] }));
  });
  afterAll(() => store.close());

  it.each(HOSTILE)('refuses %s and leaves the graph unchanged', async (cypher) => {
    const before = await store.counts();
    const names = await store.query('MATCH (n) RETURN n.id AS id, n.name AS name ORDER BY id');
    await expect(store.query(cypher)).rejects.toMatchObject({ code: 'READ_ONLY' });
    expect(await store.counts()).toEqual(before);
    expect(await store.query('MATCH (n) RETURN n.id AS id, n.name AS name ORDER BY id')).toEqual(names);
  });

  it('has at least 15 hostile cases', () => expect(HOSTILE.length).toBeGreaterThanOrEqual(15));

  it.each(READS)('lets %s through', (cypher) => {
    expect(() => assertReadOnly(cypher)).not.toThrow();
  });

  it('discards a write that slipped past the guard (reads run in a rolled-back transaction)', async () => {
    const before = await store.counts();
    const db = (store as unknown as { db: { beginTransaction(): { executeCypher(q: string): Promise<unknown>; rollback(): void } } }).db;
    const tx = db.beginTransaction();
    await tx.executeCypher('CREATE (:Entity {id: "slipped"})');
    tx.rollback();
    expect(await store.counts()).toEqual(before);
  });
});
