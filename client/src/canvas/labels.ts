// Display names of kinds and relation types in the chosen language, from the schema.
import { ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType } from '../../../graph/schema.js';

export type Lang = 'zh' | 'en';

export function kindLabel(kind: EntityKind, lang: Lang): string {
  return ENTITY_KINDS[kind][lang];
}

export function relationLabel(type: RelationType, lang: Lang): string {
  return RELATION_TYPES[type][lang];
}
