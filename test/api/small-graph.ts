// A small hand-written graph with made-up names, written through the real
// store, for assertions that need to know exactly what the graph holds.
import type { Evidence, Extraction } from '../../graph/extract/types.js';
import type { GraphStore, StoredDocument } from '../../graph/store/types.js';
import { entityId, type EntityKind, type RelationType } from '../../graph/schema.js';

export const DOC_A = 'a1b2c3d4e5f60718';
export const DOC_B = 'b1b2c3d4e5f60718';

export const TEXT_A = '青山市推动新能源汽车产业发展。青山汽车有限公司在临港新区建设电池项目。绿水县隶属青山市。';

export const ids = {
  city: entityId('City', '青山市'),
  county: entityId('County', '绿水县'),
  zone: entityId('Zone', '临港新区'),
  industry: entityId('Industry', '新能源汽车'),
  enterprise: entityId('Enterprise', '青山汽车有限公司'),
  project: entityId('Project', '电池项目'),
  other: entityId('City', '远山市'),
};

function entity(kind: EntityKind, name: string, aliases: string[] = []) {
  return { id: entityId(kind, name), kind, name, aliases, mentions: 1 };
}

function evidence(document: string, sentence: string): Evidence {
  const start = TEXT_A.indexOf(sentence);
  return { document, start: Math.max(start, 0), end: Math.max(start, 0) + sentence.length, text: sentence };
}

function relation(type: RelationType, from: string, to: string, sentence: string, document = DOC_A) {
  return { type, from, to, evidence: [evidence(document, sentence)] };
}

const S1 = '青山市推动新能源汽车产业发展。';
const S2 = '青山汽车有限公司在临港新区建设电池项目。';
const S3 = '绿水县隶属青山市。';

function document(id: string, file: string): StoredDocument {
  return { id, file, title: file, language: 'zh-Hans', chars: TEXT_A.length, sha256: id.repeat(4), ingestedAt: '2026-01-01T00:00:00Z' };
}

const extractionA: Extraction = {
  documents: [{ id: DOC_A, file: 'a.txt', title: 'a.txt', language: 'zh-Hans', chars: TEXT_A.length }],
  entities: [
    entity('City', '青山市', ['青山', 'Qingshan City']),
    entity('County', '绿水县', ['綠水縣']),
    entity('Zone', '临港新区'),
    entity('Industry', '新能源汽车', ['new energy vehicles']),
    entity('Enterprise', '青山汽车有限公司', ['青山汽车']),
    entity('Project', '电池项目'),
  ],
  relations: [
    relation('HAS_INDUSTRY', ids.city, ids.industry, S1),
    relation('LOCATED_IN', ids.enterprise, ids.zone, S2),
    relation('RUNS', ids.enterprise, ids.project, S2),
    relation('LOCATED_IN', ids.project, ids.zone, S2),
    relation('PART_OF', ids.county, ids.city, S3),
    relation('IN_INDUSTRY', ids.enterprise, ids.industry, S2),
  ],
  facts: [
    { subject: ids.city, indicator: '地区生产总值', value: 1200, unit: '亿元', measure: 'level', year: 2023, evidence: evidence(DOC_A, S1) },
    { subject: ids.city, indicator: '地区生产总值', value: 6.5, unit: '%', measure: 'growth', year: 2023, evidence: evidence(DOC_A, S1) },
  ],
};

const extractionB: Extraction = {
  documents: [{ id: DOC_B, file: 'b.txt', title: 'b.txt', language: 'zh-Hans', chars: 10 }],
  entities: [entity('City', '远山市'), entity('City', '青山市', ['青山'])],
  relations: [{ type: 'COOPERATES_WITH', from: ids.city, to: ids.other, evidence: [{ document: DOC_B, start: 0, end: 5, text: '青山市与远山市合作。' }] }],
  facts: [
    { subject: ids.other, indicator: '地区生产总值', value: 800, unit: '亿元', measure: 'level', year: 2022, evidence: { document: DOC_B, start: 0, end: 5, text: '远山市生产总值800亿元。' } },
    { subject: ids.other, indicator: '原煤产量', value: 2.1, unit: '%', measure: 'growth', fall: true, year: 2022, evidence: { document: DOC_B, start: 0, end: 5, text: '远山市原煤产量下降2.1%。' } },
  ],
};

export async function writeSmallGraph(store: GraphStore): Promise<void> {
  await store.writeDocument(document(DOC_A, 'a.txt'), extractionA);
  await store.writeDocument(document(DOC_B, 'b.txt'), extractionB);
}
