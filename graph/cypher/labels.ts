// Labels and relationship types cannot be Cypher parameters, so the few texts
// that need one interpolate it, and only after checking it against the schema.
import { KgError, notOneOf } from '../errors.js';
import { ENTITY_KIND_NAMES, RELATION_TYPE_NAMES, isEntityKind, isRelationType } from '../schema.js';
import type { EntityKind, RelationType } from '../schema.js';

export function kindLabel(kind: string): EntityKind {
  if (!isEntityKind(kind)) throw notOneOf('entity kind', kind, ENTITY_KIND_NAMES);
  return kind;
}

export function relationLabel(type: string): RelationType {
  if (!isRelationType(type)) throw notOneOf('relation type', type, RELATION_TYPE_NAMES);
  return type;
}

export const MAX_DEPTH = 5;

/** A path length for `[*0..N]`: an integer 0..MAX_DEPTH. */
export function depthBound(depth: number): number {
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) {
    throw new KgError('INPUT', `depth ${JSON.stringify(depth)} is not valid; accepted: an integer from 0 to ${MAX_DEPTH}`);
  }
  return depth;
}
