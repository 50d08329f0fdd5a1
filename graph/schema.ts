// The one definition of what the graph holds: entity kinds, relation types, the
// properties they carry, and how the client draws them. The extractor, the
// stores, the API and the client all read this module; nothing else lists them.

export interface KindSpec {
  /** Chinese label shown in the UI. */
  zh: string;
  /** English label shown in the UI. */
  en: string;
  /** Drawing style for Cytoscape. */
  color: string;
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'triangle' | 'star' | 'tag' | 'barrel' | 'vee' | 'round-tag' | 'rhomboid' | 'octagon';
  /** A place in the administrative or geographic sense. */
  place: boolean;
}

export const ENTITY_KINDS = {
  Province: { zh: '省级', en: 'Province', color: '#7b3294', shape: 'octagon', place: true },
  Region: { zh: '区域', en: 'Region', color: '#c2a5cf', shape: 'octagon', place: true },
  City: { zh: '地级市', en: 'City', color: '#1b7837', shape: 'hexagon', place: true },
  County: { zh: '县区', en: 'County', color: '#5aae61', shape: 'hexagon', place: true },
  Locality: { zh: '乡镇村', en: 'Locality', color: '#a6dba0', shape: 'ellipse', place: true },
  Zone: { zh: '园区', en: 'Zone', color: '#2166ac', shape: 'round-rectangle', place: false },
  Industry: { zh: '产业', en: 'Industry', color: '#e66101', shape: 'diamond', place: false },
  Enterprise: { zh: '企业', en: 'Enterprise', color: '#b2182b', shape: 'round-rectangle', place: false },
  Organization: { zh: '机构', en: 'Organization', color: '#878787', shape: 'barrel', place: false },
  Project: { zh: '项目', en: 'Project', color: '#f1a340', shape: 'tag', place: false },
  Policy: { zh: '政策', en: 'Policy', color: '#4393c3', shape: 'rhomboid', place: false },
  Person: { zh: '人物', en: 'Person', color: '#d6604d', shape: 'ellipse', place: false },
} as const satisfies Record<string, KindSpec>;

export type EntityKind = keyof typeof ENTITY_KINDS;
export const ENTITY_KIND_NAMES = Object.keys(ENTITY_KINDS) as EntityKind[];
export const PLACE_KINDS = ENTITY_KIND_NAMES.filter((k) => ENTITY_KINDS[k].place);

export function isEntityKind(value: string): value is EntityKind {
  return Object.prototype.hasOwnProperty.call(ENTITY_KINDS, value);
}

export interface RelationSpec {
  zh: string;
  en: string;
  /** Kinds allowed at the start of the edge. */
  from: readonly EntityKind[];
  /** Kinds allowed at the end of the edge. */
  to: readonly EntityKind[];
  /** Symmetric relations are stored once, in either direction. */
  symmetric: boolean;
  color: string;
}

const PLACES = ['Province', 'Region', 'City', 'County', 'Locality'] as const;
const PLACES_AND_ZONES = [...PLACES, 'Zone'] as const;

export const RELATION_TYPES = {
  PART_OF: { zh: '隶属', en: 'part of', from: PLACES_AND_ZONES, to: PLACES_AND_ZONES, symmetric: false, color: '#1b7837' },
  LOCATED_IN: {
    zh: '位于', en: 'located in', from: ['Enterprise', 'Project', 'Zone', 'Organization'], to: PLACES_AND_ZONES,
    symmetric: false, color: '#5aae61',
  },
  HAS_INDUSTRY: { zh: '发展产业', en: 'has industry', from: PLACES_AND_ZONES, to: ['Industry'], symmetric: false, color: '#e66101' },
  IN_INDUSTRY: { zh: '属于产业', en: 'in industry', from: ['Enterprise', 'Project'], to: ['Industry'], symmetric: false, color: '#fdb863' },
  RUNS: { zh: '建设运营', en: 'runs', from: ['Enterprise', 'Organization'], to: ['Project'], symmetric: false, color: '#b2182b' },
  IMPLEMENTS: {
    zh: '实施', en: 'implements', from: [...PLACES_AND_ZONES, 'Organization'], to: ['Policy'], symmetric: false, color: '#4393c3',
  },
  SUPPORTS: {
    zh: '支持', en: 'supports', from: ['Policy'], to: ['Industry', 'Enterprise', 'Project', 'Zone'], symmetric: false,
    color: '#92c5de',
  },
  COOPERATES_WITH: {
    zh: '合作', en: 'cooperates with', from: [...PLACES, 'Enterprise', 'Organization'],
    to: [...PLACES, 'Enterprise', 'Organization'], symmetric: true, color: '#7b3294',
  },
  LEADS: { zh: '领导', en: 'leads', from: ['Person'], to: [...PLACES, 'Organization'], symmetric: false, color: '#d6604d' },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export function isRelationType(value: string): value is RelationType {
  return Object.prototype.hasOwnProperty.call(RELATION_TYPES, value);
}

/** Whether a relation of `type` may join an entity of kind `from` to one of kind `to`. */
export function relationAllows(type: RelationType, from: EntityKind, to: EntityKind): boolean {
  const spec: RelationSpec = RELATION_TYPES[type];
  return spec.from.includes(from) && spec.to.includes(to);
}

/** Labels and relationship types beyond the entity kinds, used by the stores. */
export const GRAPH_LABELS = {
  /** Every entity node carries this label as well as its kind. */
  entity: 'Entity',
  document: 'Document',
  fact: 'Fact',
} as const;

export const STRUCTURAL_RELATIONS = {
  /** (Document)-[:MENTIONS {count}]->(Entity) */
  mentions: 'MENTIONS',
  /** (Entity)-[:HAS_FACT]->(Fact) */
  hasFact: 'HAS_FACT',
  /** (Fact)-[:REPORTED_IN]->(Document) */
  reportedIn: 'REPORTED_IN',
} as const;

/** Properties every entity node carries; kind-specific ones are optional. */
export const ENTITY_PROPERTIES = {
  id: 'stable id, `Kind:canonical name`',
  kind: 'one of the entity kinds',
  name: 'canonical name: simplified Chinese where the text is Chinese',
  aliases: 'every other surface form (traditional, short, English, pinyin)',
  nameEn: 'English name, where known',
  divisionCode: 'national administrative-division code (places)',
  level: 'division level: province, city, county, township (places)',
} as const;

/** Properties every relationship carries, as flat values Neo4j can store. */
export const EVIDENCE_PROPERTIES = {
  documents: 'ids of the documents that state it',
  sentences: 'the evidence sentences, one per statement',
  starts: 'start offsets of the sentences in the normalized text',
  ends: 'end offsets of the sentences in the normalized text',
} as const;

export const FACT_MEASURES = ['level', 'growth', 'share', 'target'] as const;
export type FactMeasure = (typeof FACT_MEASURES)[number];

export const DOCUMENT_LANGUAGES = ['zh-Hans', 'zh-Hant', 'en', 'mixed'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/** The stable id of an entity: `Kind:canonical name`. */
export function entityId(kind: EntityKind, name: string): string {
  return `${kind}:${name}`;
}

/** Splits an entity id into its kind and name, or returns null when it is not one. */
export function parseEntityId(id: string): { kind: EntityKind; name: string } | null {
  const colon = id.indexOf(':');
  if (colon <= 0) return null;
  const kind = id.slice(0, colon);
  const name = id.slice(colon + 1);
  if (!isEntityKind(kind) || name.length === 0) return null;
  return { kind, name };
}
