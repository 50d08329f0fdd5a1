// Joins the extractions of several documents into one graph: entities with the
// same id become one (aliases and mention counts added up), statements of the
// same relation keep every document's evidence.
import type { Entity, Extraction, Relation } from './types.js';

export function combineExtractions(parts: readonly Extraction[]): Extraction {
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  const out: Extraction = { documents: [], entities: [], relations: [], facts: [] };
  for (const part of parts) {
    out.documents.push(...part.documents);
    out.facts.push(...part.facts);
    for (const e of part.entities) {
      const known = entities.get(e.id);
      if (!known) {
        entities.set(e.id, { ...e, aliases: [...e.aliases] });
        continue;
      }
      known.mentions += e.mentions;
      known.aliases = [...new Set([...known.aliases, ...e.aliases])];
      known.nameEn ??= e.nameEn;
      known.divisionCode ??= e.divisionCode;
      known.level ??= e.level;
    }
    for (const r of part.relations) {
      const key = `${r.type}|${r.from}|${r.to}`;
      const known = relations.get(key);
      if (known) known.evidence.push(...r.evidence);
      else relations.set(key, { ...r, evidence: [...r.evidence] });
    }
  }
  out.entities = [...entities.values()];
  out.relations = [...relations.values()];
  return out;
}
