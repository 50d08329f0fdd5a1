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
