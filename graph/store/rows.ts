// One document's extraction shaped into the flat rows the write statements
// UNWIND: entities by kind, mentions, relations by type with their evidence as
// parallel arrays, facts. Pure: no store, no I/O.
import { RELATION_TYPES, type EntityKind, type RelationType } from '../schema.js';
import type { Extraction } from '../extract/types.js';
import type { StoredDocument } from './types.js';

export type DocumentRow = StoredDocument & { place: string | null };

export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  nameEn: string | null;
  divisionCode: string | null;
  level: string | null;
  /** Mentions in this document. */
  count: number;
}

export interface RelationRow {
  from: string;
  to: string;
  documents: string[];
  sentences: string[];
  starts: number[];
  ends: number[];
}

export interface FactRow {
  id: string;
  subject: string;
  indicator: string;
  value: number;
  unit: string;
  measure: string;
  year: number | null;
  document: string;
  sentence: string;
  start: number;
  end: number;
}

export interface DocumentRows {
  document: DocumentRow;
  entities: Map<EntityKind, EntityRow[]>;
  relations: Map<RelationType, RelationRow[]>;
  facts: FactRow[];
  /** Relations and facts left out because an end is not among the document's entities. */
  skipped: number;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Symmetric relations are stored once, from the smaller id to the larger. */
function orientation(type: RelationType, from: string, to: string): [string, string] {
  return RELATION_TYPES[type].symmetric && to < from ? [to, from] : [from, to];
}

export function documentRows(doc: StoredDocument, extraction: Extraction): DocumentRows {
  const meta = extraction.documents.find((d) => d.id === doc.id) ?? extraction.documents[0];
  const known = new Set(extraction.entities.map((e) => e.id));
  let skipped = 0;

  const entities = new Map<EntityKind, EntityRow[]>();
  const seen = new Set<string>();
  for (const e of extraction.entities) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    const aliases = [...new Set(e.aliases.filter((a) => a !== e.name))];
    push(entities, e.kind, {
      id: e.id, kind: e.kind, name: e.name, aliases,
      nameEn: e.nameEn ?? null, divisionCode: e.divisionCode ?? null, level: e.level ?? null, count: e.mentions,
    });
  }

  const byEdge = new Map<string, { type: RelationType; row: RelationRow }>();
  for (const r of extraction.relations) {
    if (!known.has(r.from) || !known.has(r.to) || r.evidence.length === 0) {
      skipped += 1;
      continue;
    }
    const [from, to] = orientation(r.type, r.from, r.to);
    const key = `${r.type}\u0000${from}\u0000${to}`;
    let edge = byEdge.get(key);
    if (!edge) {
      edge = { type: r.type, row: { from, to, documents: [], sentences: [], starts: [], ends: [] } };
      byEdge.set(key, edge);
    }
    for (const ev of r.evidence) {
      edge.row.documents.push(doc.id);
      edge.row.sentences.push(ev.text);
      edge.row.starts.push(ev.start);
      edge.row.ends.push(ev.end);
    }
  }
  const relations = new Map<RelationType, RelationRow[]>();
  for (const { type, row } of byEdge.values()) push(relations, type, row);

  const facts: FactRow[] = [];
  extraction.facts.forEach((f, i) => {
    if (!known.has(f.subject)) {
      skipped += 1;
      return;
    }
    facts.push({
      id: `Fact:${doc.id}:${i}`, subject: f.subject, indicator: f.indicator, value: f.value, unit: f.unit,
      measure: f.measure, year: f.year, document: doc.id, sentence: f.evidence.text,
      start: f.evidence.start, end: f.evidence.end,
    });
  });

  return { document: { ...doc, place: meta?.place ?? null }, entities, relations, facts, skipped };
}

export function countRows<V>(map: Map<unknown, V[]>): number {
  let n = 0;
  for (const list of map.values()) n += list.length;
  return n;
}
