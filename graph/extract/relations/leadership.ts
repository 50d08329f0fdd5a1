// A person named with a head's title leads the body or place the title
// belongs to: 某市发改委主任某某, 代市长某某, "Mayor of X ... Name".
import { EN_HEAD_TITLES, EN_TITLE_RANKS } from '../vocab/titles.js';
import { isKind, isPlace, type Candidate, type Located, type RelationRule } from './context.js';

const HEAD_TITLE = /(?:代|副)?(?:市长|县长|区长|省长|书记|主任|局长|厅长|院长|校长|主席|董事长|总经理|镇长|乡长)\s*$|(?:Mayor|Governor|Secretary|Director|Chairman|President|Head)(?:\s+of\s+[^,.;]{0,60})?\s*$/;
const LEADABLE = (l: Located) => isPlace(l) || isKind('Organization')(l);
// "Name, director of the X Commission": the title and the body come after the name.
const TITLE_AFTER = new RegExp(`^,\\s*${EN_TITLE_RANKS}(?:${EN_HEAD_TITLES})\\s+of\\s+(?:the\\s+)?$`, 'i');

export const leadershipRule: RelationRule = ({ mentions, text, documentPlace, sentence }) => {
  const out: Candidate[] = [];
  for (const p of mentions) {
    if (p.mention.kind !== 'Person') continue;
    const body = mentions.find((l) => LEADABLE(l) && l.mention.start > p.mention.end && TITLE_AFTER.test(text.slice(p.mention.end, l.mention.start)));
    if (body) {
      out.push({ type: 'LEADS', from: p.id, to: body.id });
      continue;
    }
    const before = text.slice(Math.max(sentence.start, p.mention.start - 80), p.mention.start);
    if (!HEAD_TITLE.test(before)) continue;
    // The body named closest before the title: 某市发改委 rather than the 某市 inside it. It lies after
    // the person named before (某区委书记甲、区长乙: 区委 is 甲's, not 乙's).
    const floor = Math.max(sentence.start, ...mentions
      .filter((l) => l.mention.kind === 'Person' && l.mention.end <= p.mention.start)
      .map((l) => l.mention.end));
    const head = mentions
      .filter((l) => LEADABLE(l) && l.mention.start >= floor && l.mention.end <= p.mention.start && p.mention.start - l.mention.end <= 80)
      .sort((a, b) => a.mention.end - b.mention.end || a.mention.start - b.mention.start)
      .at(-1);
    const to = head?.id ?? documentPlace;
    if (to) out.push({ type: 'LEADS', from: p.id, to });
  }
  return out;
};
