// Relations stated by putting two names side by side: 山西省平遥县 (a county
// of its province), 平遥县某公司 / 某市的某项目 / 某公司位于某县 (where a thing is).
import { placeAncestors } from '../places/index.js';
import { isKind, isPlace, type Candidate, type Located, type RelationRule } from './context.js';

const JOINER = /^(?:的|,? ?|\s?of\s|\s?in\s)?$/;
// A thing, then where it is: 某公司位于某县, 某项目落户某区, "X Co., Ltd., based in Golmud".
const LOCATED_JOINER = /^(?:\.?,?\s*(?:(?:which|that) is )?(?:based|headquartered|located|situated) in (?:the )?|\s*(?:位于|坐落于|地处|落户(?:于|在|到)?))$/;
const LOCATABLE = isKind('Enterprise', 'Project', 'Zone', 'Organization');

function isAncestor(parent: Located, child: Located): boolean {
  const code = child.mention.place?.divisionCode;
  const parentCode = parent.mention.place?.divisionCode;
  if (!code || !parentCode) return false;
  return placeAncestors(code).some((p) => p.code === parentCode);
}

export const adjacencyRule: RelationRule = ({ top, text }) => {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < top.length; i++) {
    const a = top[i];
    const b = top[i + 1];
    const gap = text.slice(a.mention.end, b.mention.start);
    if (LOCATABLE(a) && isPlace(b) && LOCATED_JOINER.test(gap)) out.push({ type: 'LOCATED_IN', from: a.id, to: b.id });
    if (!JOINER.test(gap)) continue;
    if (isPlace(a) && isPlace(b) && isAncestor(a, b)) out.push({ type: 'PART_OF', from: b.id, to: a.id });
    else if (isPlace(a) && LOCATABLE(b)) out.push({ type: 'LOCATED_IN', from: b.id, to: a.id });
    else if (a.mention.kind === 'Zone' && isKind('Enterprise', 'Project')(b)) {
      out.push({ type: 'LOCATED_IN', from: b.id, to: a.id });
    }
  }
  return out;
};
