// Relations a name states by its own structure: 山西省平遥县某公司 is located in
// 平遥县; 某公司年产10万吨某项目 is run by the company and belongs to the industry
// named inside it.
import { isKind, isPlace, nestedIn, ownPlaces, type Candidate, type RelationRule } from './context.js';

const HOLDS_PLACE = isKind('Enterprise', 'Project', 'Zone', 'Organization');
const PROMOTED = isKind('Zone', 'Project');

export const nestingRule: RelationRule = ({ mentions, top }) => {
  const out: Candidate[] = [];
  if (top.length === mentions.length) return out;
  for (const outer of mentions) {
    const inner = mentions.filter((l) => nestedIn(l, outer));
    if (inner.length === 0) continue;
    // The last place of the name's own is the most precise (某省某县某项目 → 某县).
    const place = HOLDS_PLACE(outer) ? ownPlaces(outer, inner).filter((l) => l.mention.kind !== 'Region').at(-1) : undefined;
    if (place) out.push({ type: 'LOCATED_IN', from: outer.id, to: place.id });
    for (const l of inner) {
      const k = l.mention.kind;
      if (outer.mention.kind === 'Project') {
        if (k === 'Enterprise' || k === 'Organization') out.push({ type: 'RUNS', from: l.id, to: outer.id });
        if (k === 'Industry') out.push({ type: 'IN_INDUSTRY', from: outer.id, to: l.id });
        if (k === 'Zone') out.push({ type: 'LOCATED_IN', from: outer.id, to: l.id });
      }
      if (outer.mention.kind === 'Enterprise' && k === 'Industry') out.push({ type: 'IN_INDUSTRY', from: outer.id, to: l.id });
      if (outer.mention.kind === 'Zone' && k === 'Industry') out.push({ type: 'HAS_INDUSTRY', from: outer.id, to: l.id });
      if (outer.mention.kind === 'Policy' && isPlace(l)) out.push({ type: 'IMPLEMENTS', from: l.id, to: outer.id });
      if (outer.mention.kind === 'Policy' && !isPlace(l)) out.push({ type: 'SUPPORTS', from: outer.id, to: l.id });
      // A zone or project named after a programme (某某乡村振兴示范区) is one the programme promotes.
      if (k === 'Policy' && PROMOTED(outer)) out.push({ type: 'SUPPORTS', from: l.id, to: outer.id });
    }
  }
  return out;
};
