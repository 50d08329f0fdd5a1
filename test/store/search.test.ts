import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchEntities } from '../../graph/cypher/read.js';
import { GrafeoStore } from '../../graph/store/grafeo.js';
import { NameIndex } from '../../graph/store/name-index.js';
import { readRows } from '../../graph/store/read.js';
import { entity, extraction, storedDocument } from './fixtures.js';

const names = [
  entity('City', '青禾市', { aliases: ['青禾', 'Qinghe'] }),
  entity('County', '青禾县'),
  entity('Enterprise', '远山新材料有限公司', { aliases: ['远山新材'] }),
  entity('Enterprise', '青山新材料有限公司'),
  entity('Industry', '新材料产业'),
  entity('Project', '禾丰新材料产业园项目'),
];

let store: GrafeoStore;
beforeEach(async () => {
  store = GrafeoStore.open();
  await store.init();
});
afterEach(() => store.close());

const doc = storedDocument('names.txt', 'names');
const hitsOf = (rows: Array<Record<string, unknown>>) => rows.map((r) => ({ id: r.id, kind: r.kind, name: r.name }));

describe('entity search through the in-memory name index', () => {
  it('answers what the CONTAINS query answers, shortest name first', async () => {
    await store.writeDocument(doc, extraction(doc, { entities: names }));
    for (const text of ['青禾', '禾', '新材料', '远山新材', 'Qing', '料有限', '不存在']) {
      const expected = hitsOf(await readRows(store, searchEntities(text, 4)));
      expect(await store.searchEntities(text, { limit: 4 })).toEqual(expected);
    }
    expect((await store.searchEntities('新材', { limit: 10 })).map((h) => h.name)[0]).toBe('新材料产业');
  });

  it('filters by kind', async () => {
    await store.writeDocument(doc, extraction(doc, { entities: names }));
    const hits = await store.searchEntities('新材料', { kinds: ['Enterprise'] });
    expect(hits.map((h) => h.kind)).toEqual(['Enterprise', 'Enterprise']);
    expect(hitsOf(await readRows(store, searchEntities('新材料', 20, ['Enterprise'])))).toEqual(hits);
  });

  it('follows writes and removals made after it was built', async () => {
    await store.writeDocument(doc, extraction(doc, { entities: names.slice(0, 2) }));
    expect(await store.searchEntities('远山')).toEqual([]);
    const later = storedDocument('later.txt', 'later');
    await store.writeDocument(later, extraction(later, {
      entities: [names[2], { ...names[1], aliases: ['青禾县城'] }],
    }));
    expect((await store.searchEntities('远山')).map((h) => h.id)).toEqual([names[2].id]);
    expect((await store.searchEntities('县城')).map((h) => h.id)).toEqual([names[1].id]);
    await store.removeDocument(later.id);
    expect(await store.searchEntities('远山')).toEqual([]);
    expect(await store.searchEntities('县城')).toEqual([]);
  });
});

describe('NameIndex', () => {
  it('finds one-character and multi-character texts in names and aliases, without duplicates', () => {
    const index = NameIndex.of([
      { id: 'a', kind: 'City', name: '青禾市', aliases: ['青禾'] },
      { id: 'b', kind: 'County', name: '禾禾县', aliases: [] },
    ]);
    // Equal lengths: code-point order, 禾 (U+79BE) before 青 (U+9752).
    expect(index.search('禾').map((h) => h.id)).toEqual(['b', 'a']);
    expect(index.search('禾禾').map((h) => h.id)).toEqual(['b']);
    expect(index.search('')).toEqual([]);
  });
});
