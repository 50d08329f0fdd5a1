// Two places, companies or bodies named together with a word of working
// together (合作, 一体化, 协同 …) cooperate.
import { isKind, nestedIn, type Candidate, type RelationRule } from './context.js';

const PARTY = isKind('Province', 'City', 'County', 'Locality', 'Enterprise', 'Organization');
const TOGETHER = /合作|一体化|协同|联动|共建|对接|携手|结对|签约|战略合作|cooperat|integrat|jointly|partnership/i;
const JOIN = /^(?:与|和|同|、|-|—|–|\s?and\s|\s?with\s|,\s?)?$/;

export const cooperationRule: RelationRule = ({ mentions, text }) => {
  const out: Candidate[] = [];
  const top = mentions.filter((l) => PARTY(l) && !mentions.some((o) => nestedIn(l, o)));
  for (let i = 0; i + 1 < top.length; i++) {
    const a = top[i];
    const b = top[i + 1];
    if (a.clause !== b.clause || a.id === b.id) continue;
    if (!JOIN.test(text.slice(a.mention.end, b.mention.start))) continue;
    const after = text.slice(b.mention.end, b.mention.end + 12);
    if (TOGETHER.test(after)) out.push({ type: 'COOPERATES_WITH', from: a.id, to: b.id });
  }
  return out;
};
