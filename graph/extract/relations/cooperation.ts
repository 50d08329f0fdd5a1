// Places, companies or bodies named in a clause that speaks of working
// together (合作, 一体化, 协同, cooperation …) cooperate: the first place named
// with each of the others, or, when the clause names only one party or no
// place leads, the document's own place with each (我市与某市合作).
import { clauseText, isKind, nestedIn, type Candidate, type Located, type RelationRule } from './context.js';

const PARTY = isKind('Province', 'Region', 'City', 'County', 'Locality', 'Enterprise', 'Organization');
const TOGETHER = /合作|协作|一体化|协同|联动|共建|对接|携手|结对|对口|同心同向|cooperat|integrat|jointly|partnership|pairing|connect with|work(?:s|ed|ing)? (?:together )?with|join(?:s|ed)? hands with/i;
const PLACE = isKind('Province', 'Region', 'City', 'County', 'Locality');

// "与X…合作", "cooperation with X": the clause's subject, not X, is the other party.
const WITH_BEFORE = /(?:与|同|跟|with(?: the)?)\s*$/;
const WITH_AFTER = /^\s*(?:与|同|跟|和)/;
const OF_BEFORE = /\bof (?:the )?$/;
// "甲市、乙市与我市签署合作协议": the document's own place is the other party of each.
const WITH_SELF = /(?:与|同|跟|和)(?:我|本)(?:市|县|縣|区|區|州|旗|盟|省)|\bwith (?:our|the) (?:city|county|district|province)\b/i;

/** Whether `next` names a part of `place` written right after it (广东省佛山市顺德区). */
function placeBeforeItsPart(place: Located, next: Located | undefined): boolean {
  const outer = place.mention.place?.divisionCode;
  const inner = next?.mention.place?.divisionCode;
  return next !== undefined && outer !== undefined && inner !== undefined && next.mention.start === place.mention.end
    && inner !== outer && inner.startsWith(outer);
}

/** Whether the last mention with this id is of a place kind. */
function isPlaceAsLastNamed(mentions: readonly Located[], id: string): boolean {
  return PLACE(mentions.findLast((l) => l.id === id)!);
}

export const cooperationRule: RelationRule = (ctx) => {
  const { mentions, sentence, documentPlace, text } = ctx;
  const out: Candidate[] = [];
  const clauses = new Map<number, string[]>();
  const firstStart = new Map<string, number>();
  const firstEnd = new Map<string, number>();
  let chainStart: number | undefined;
  for (const [i, l] of mentions.entries()) {
    // Places inside a programme's name (甲乙一体化) are its parties; inside other names they only qualify them.
    if (!PARTY(l) || mentions.some((o) => nestedIn(l, o) && o.mention.kind !== 'Policy')) continue;
    // "the strategy of Hunan Province": a province after "of" says whose the strategy is, it works with no one.
    if (l.mention.kind === 'Province' && OF_BEFORE.test(text.slice(Math.max(sentence.start, l.mention.start - 8), l.mention.start))) continue;
    // Of a chain of places (广东省佛山市顺德区) the last, the most precise, is the party; the chain starts where its first does.
    if (placeBeforeItsPart(l, mentions[i + 1])) {
      chainStart ??= l.mention.start;
      continue;
    }
    if (!firstEnd.has(l.id)) firstEnd.set(l.id, l.mention.end);
    const ids = clauses.get(l.clause) ?? [];
    if (!ids.includes(l.id)) ids.push(l.id);
    if (!firstStart.has(l.id)) firstStart.set(l.id, chainStart ?? l.mention.start);
    chainStart = undefined;
    clauses.set(l.clause, ids);
  }
  if (clauses.size === 0) return out;
  for (const [clause, ids] of clauses) {
    const said = clauseText(ctx, clause);
    if (!TOGETHER.test(said)) continue;
    // Bodies or companies listed without a place before them work with the document's own place.
    const lead = firstStart.get(ids[0])!;
    const withFirst = WITH_BEFORE.test(text.slice(Math.max(sentence.start, lead - 8), lead));
    // "某区人民政府与某区建立协作机制": a body before 与 is a party itself.
    const withAfterFirst = WITH_AFTER.test(text.slice(firstEnd.get(ids[0])!, firstEnd.get(ids[0])! + 3));
    const implied = documentPlace !== undefined && !ids.includes(documentPlace)
      && (ids.length === 1 || withFirst || WITH_SELF.test(said) || (!isPlaceAsLastNamed(mentions, ids[0]) && !withAfterFirst));
    if (implied) for (const other of ids) out.push({ type: 'COOPERATES_WITH', from: documentPlace, to: other });
    else for (const other of ids.slice(1)) out.push({ type: 'COOPERATES_WITH', from: ids[0], to: other });
  }
  return out;
};
