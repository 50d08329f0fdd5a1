// Bodies a report names by their level alone (市委, 市人民政府) are named after the
// document's own places when merged (晋中市委, mentions/local-bodies.ts); each
// mention of one states where the body is, as 晋中市人民政府 would by its name.
import { isLevelNamed } from '../mentions/local-bodies.js';
import type { Entity } from '../types.js';
import { PLACE_KINDS, type Candidate, type RelationRule } from './context.js';

/** The place each level-named body was named after: its name less the bare alias's body, when a place of the document. */
export function placesOfLocalBodies(entities: readonly Entity[]): Map<string, string> {
  const placeByName = new Map(entities.filter((e) => PLACE_KINDS.has(e.kind)).map((e) => [e.name, e.id]));
  const out = new Map<string, string>();
  for (const e of entities) {
    if (e.kind !== 'Organization') continue;
    const bare = e.aliases.find((a) => isLevelNamed(a) && e.name.endsWith(a.slice(1)));
    const place = bare === undefined ? undefined : placeByName.get(e.name.slice(0, e.name.length - bare.length + 1));
    if (place !== undefined) out.set(e.id, place);
  }
  return out;
}

export const localBodyRule: RelationRule = ({ mentions, localBodies }) => {
  const out: Candidate[] = [];
  for (const l of mentions) {
    const place = localBodies?.get(l.id);
    if (place !== undefined && isLevelNamed(l.mention.surface)) out.push({ type: 'LOCATED_IN', from: l.id, to: place });
  }
  return out;
};
