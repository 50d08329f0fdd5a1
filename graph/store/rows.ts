// Extractions of one or more documents shaped into the flat rows the write
// statements UNWIND: entities by kind (each once, with its mentions per
// document), relations by type (each edge once, its evidence as parallel
// arrays in document order), facts. Merging a batch here gives the same graph
// as writing its documents one after another. Pure: no store, no I/O.
import { RELATION_TYPES, type EntityKind, type RelationType } from '../schema.js';
import type { Entity, Extraction } from '../extract/types.js';
import type { StoredDocument } from './types.js';

export type DocumentRow = StoredDocument & { place: string | null };

export interface MentionRow {
  document: string;
  entity: string;
  /** Mentions in that document. */
  count: number;
  /** The aliases that document saw, so a removal can recompute the entity's. */
  aliases: string[];
}

export interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  nameEn: string | null;
  divisionCode: string | null;
  level: string | null;
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
  /** The text states the change as a fall; `value` is as written. */
  fall: boolean;
  year: number | null;
  document: string;
  sentence: string;
  start: number;
  end: number;
}

export interface DocumentCounts {
  entities: number;
  relations: number;
  facts: number;
}

export interface WriteRows {
  documents: DocumentRow[];
  entities: Map<EntityKind, EntityRow[]>;
  mentions: MentionRow[];
  relations: Map<RelationType, RelationRow[]>;
  facts: FactRow[];
  /** What each input document contributes, in input order. */
  counts: DocumentCounts[];
  /** Relations and facts left out because an end is not among their document's entities. */
  skipped: number;
}

export interface DocumentInput {
  doc: StoredDocument;
  extraction: Extraction;
}

/** Symmetric relations are stored once, from the smaller id to the larger. */
function orientation(type: RelationType, from: string, to: string): [string, string] {
  return RELATION_TYPES[type].symmetric && to < from ? [to, from] : [from, to];
}

function addAliases(into: string[], aliases: readonly string[]): void {
  for (const a of aliases) if (!into.includes(a)) into.push(a);
}

/** Rows for one document merged into rows already holding earlier ones. */
class RowsBuilder {
  private readonly entities = new Map<string, EntityRow>();
  private readonly edges = new Map<string, { type: RelationType; row: RelationRow }>();
  readonly documents: DocumentRow[] = [];
  readonly mentions: MentionRow[] = [];
  readonly facts: FactRow[] = [];
  readonly counts: DocumentCounts[] = [];
  skipped = 0;

  add({ doc, extraction }: DocumentInput): void {
    const meta = extraction.documents.find((d) => d.id === doc.id) ?? extraction.documents[0];
    this.documents.push({ ...doc, place: meta?.place ?? null });
    const known = new Set<string>();
    for (const e of extraction.entities) {
      if (known.has(e.id)) continue;
      known.add(e.id);
      this.addEntity(doc.id, e);
    }
    const edges = new Set<string>();
    for (const r of extraction.relations) {
      if (!known.has(r.from) || !known.has(r.to) || r.evidence.length === 0) {
        this.skipped += 1;
        continue;
      }
      const [from, to] = orientation(r.type, r.from, r.to);
      const key = `${r.type}\u0000${from}\u0000${to}`;
      edges.add(key);
      let edge = this.edges.get(key);
      if (!edge) {
        edge = { type: r.type, row: { from, to, documents: [], sentences: [], starts: [], ends: [] } };
        this.edges.set(key, edge);
      }
      for (const ev of r.evidence) {
        edge.row.documents.push(doc.id);
        edge.row.sentences.push(ev.text);
        edge.row.starts.push(ev.start);
        edge.row.ends.push(ev.end);
      }
    }
    const before = this.facts.length;
    extraction.facts.forEach((f, i) => {
      if (!known.has(f.subject)) {
        this.skipped += 1;
        return;
      }
      this.facts.push({
        id: `Fact:${doc.id}:${i}`, subject: f.subject, indicator: f.indicator, value: f.value, unit: f.unit,
        measure: f.measure, fall: f.fall === true, year: f.year, document: doc.id, sentence: f.evidence.text,
        start: f.evidence.start, end: f.evidence.end,
      });
    });
    this.counts.push({ entities: known.size, relations: edges.size, facts: this.facts.length - before });
  }

  private addEntity(documentId: string, e: Entity): void {
    const aliases = [...new Set(e.aliases.filter((a) => a !== e.name))];
    this.mentions.push({ document: documentId, entity: e.id, count: e.mentions, aliases });
    const row = this.entities.get(e.id);
    if (!row) {
      this.entities.set(e.id, {
        id: e.id, kind: e.kind, name: e.name, aliases: [...aliases],
        nameEn: e.nameEn ?? null, divisionCode: e.divisionCode ?? null, level: e.level ?? null,
      });
      return;
    }
    addAliases(row.aliases, aliases);
    row.nameEn ??= e.nameEn ?? null;
    row.divisionCode ??= e.divisionCode ?? null;
    row.level ??= e.level ?? null;
  }

  build(): WriteRows {
    const entities = new Map<EntityKind, EntityRow[]>();
    for (const row of this.entities.values()) push(entities, row.kind, row);
    const relations = new Map<RelationType, RelationRow[]>();
    for (const { type, row } of this.edges.values()) push(relations, type, row);
    return { documents: this.documents, entities, mentions: this.mentions, relations, facts: this.facts, counts: this.counts, skipped: this.skipped };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Rows for writing `inputs` together; documents must have distinct ids. */
export function writeRows(inputs: readonly DocumentInput[]): WriteRows {
  const builder = new RowsBuilder();
  for (const input of inputs) builder.add(input);
  return builder.build();
}
