// Small hand-made extractions for the store tests: invented names, the shapes
// the extractor produces.
import { createHash } from 'node:crypto';
import { entityId, type EntityKind, type RelationType } from '../../graph/schema.js';
import type { Entity, Extraction, Fact, Relation } from '../../graph/extract/types.js';
import type { StoredDocument } from '../../graph/store/types.js';

export function storedDocument(file: string, content: string): StoredDocument {
  const sha256 = createHash('sha256').update(content).digest('hex');
  return {
    id: sha256.slice(0, 16), file, title: file, language: 'zh-Hans', chars: content.length, sha256,
    ingestedAt: '2024-01-01T00:00:00.000Z',
  };
}

export function entity(kind: EntityKind, name: string, extra: Partial<Entity> = {}): Entity {
  return { id: entityId(kind, name), kind, name, aliases: [], mentions: 1, ...extra };
}

export function relation(type: RelationType, from: Entity, to: Entity, documentId: string, text: string, start = 0): Relation {
  return { type, from: from.id, to: to.id, evidence: [{ document: documentId, start, end: start + text.length, text }] };
}

export function fact(subject: Entity, indicator: string, value: number, year: number | null, documentId: string): Fact {
  const text = `${subject.name}${indicator}${value}`;
  return { subject: subject.id, indicator, value, unit: '亿元', measure: 'level', year, evidence: { document: documentId, start: 0, end: text.length, text } };
}

export function extraction(doc: StoredDocument, parts: Partial<Omit<Extraction, 'documents'>>): Extraction {
  return {
    documents: [{ id: doc.id, file: doc.file, title: doc.title, language: 'zh-Hans', chars: doc.chars }],
    entities: parts.entities ?? [],
    relations: parts.relations ?? [],
    facts: parts.facts ?? [],
  };
}

/**
 * The conformance suite's documents, written in this order: a, b, c (first
 * edition), c (second edition, replacing the first). Shaped so every write
 * path runs: b restates a PART_OF edge from its quiet end and an IN_INDUSTRY
 * edge from its busy end (the firm has two industries, the industry one firm),
 * adds an alias and an English name to a known entity; c's second edition drops a project.
 */
export function conformanceCorpus() {
  const city = entity('City', '青禾市', { aliases: ['青禾'], divisionCode: '990100', level: 'city' });
  const county = entity('County', '松溪县', { aliases: ['松溪'] });
  const county2 = entity('County', '柳河县');
  const firm = entity('Enterprise', '远山新材料有限公司', { aliases: ['远山新材'], mentions: 3 });
  const firm2 = entity('Enterprise', '白石电子有限公司');
  const materials = entity('Industry', '新材料产业');
  const electronics = entity('Industry', '电子信息产业');
  const project = entity('Project', '柳河物流园项目');
  const a = storedDocument('a.txt', 'conformance a');
  const b = storedDocument('b.txt', 'conformance b');
  const c1 = storedDocument('c.txt', 'conformance c, first edition');
  const c2 = storedDocument('c.txt', 'conformance c, second edition');
  const docs = {
    a: { doc: a, extraction: extraction(a, {
      entities: [city, county, county2, firm, materials, electronics],
      relations: [
        relation('PART_OF', county, city, a.id, '松溪县隶属青禾市。'),
        relation('PART_OF', county2, city, a.id, '柳河县隶属青禾市。', 10),
        relation('LOCATED_IN', firm, county, a.id, '远山新材落户松溪县。', 20),
        relation('IN_INDUSTRY', firm, materials, a.id, '远山新材发展新材料产业。', 30),
        relation('IN_INDUSTRY', firm, electronics, a.id, '远山新材进军电子信息产业。', 45),
      ],
      facts: [fact(city, '地区生产总值', 1234.5, 2023, a.id), fact(county, '财政收入', 56, 2022, a.id)],
    }) },
    b: { doc: b, extraction: extraction(b, {
      entities: [{ ...city, aliases: ['青禾', 'Qinghe'], nameEn: 'Qinghe City' }, county, firm, firm2, materials, electronics],
      relations: [
        relation('PART_OF', county, city, b.id, '松溪县是青禾市下辖县。', 5),
        relation('LOCATED_IN', firm2, county, b.id, '白石电子位于松溪县。', 30),
        relation('IN_INDUSTRY', firm, materials, b.id, '远山新材做强新材料产业。', 50),
        relation('IN_INDUSTRY', firm2, electronics, b.id, '白石电子属电子信息产业。', 70),
        relation('COOPERATES_WITH', firm, firm2, b.id, '远山新材与白石电子合作。', 90),
      ],
      facts: [fact(city, '地区生产总值', 1300, 2024, b.id)],
    }) },
    c1: { doc: c1, extraction: extraction(c1, {
      entities: [county2, city, project],
      relations: [
        relation('PART_OF', county2, city, c1.id, '柳河县属青禾市。'),
        relation('LOCATED_IN', project, county2, c1.id, '柳河物流园项目落地柳河县。', 12),
      ],
      facts: [fact(county2, '地区生产总值', 300, 2023, c1.id)],
    }) },
    c2: { doc: c2, extraction: extraction(c2, {
      entities: [county2, city],
      relations: [relation('PART_OF', county2, city, c2.id, '柳河县属青禾市管辖。')],
      facts: [fact(county2, '地区生产总值', 320, 2024, c2.id)],
    }) },
  };
  return { entities: { city, county, county2, firm, firm2, materials, electronics, project }, docs };
}
