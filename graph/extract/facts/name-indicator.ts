// Which indicator a figure states: the words before it in its clause, else what follows
// it (the counted noun, what an English figure is "of"), else the clause before, else
// the sentence's previous indicator.
import { isKnownPlace } from '../recognise/place-prefix.js';
import { chineseFollowing, chineseIndicator, englishIndicator, knownEnglishIndicator } from './indicator.js';
import type { Candidate } from './special.js';
import { isCountUnit, unitNoun } from './units.js';

export const CJK_RE = /[\u4e00-\u9fff]/;
const LATIN_RE = /[A-Za-z]/;

export interface IndicatorContext {
  text: string;
  /** Clause text before the figure, after any place name. */
  segment: string;
  /** The clause before this one, when no figure took it: "X reached 445,000, an increase of 5.8%". */
  earlier: string;
  /** The indicator of the sentence's previous figure. */
  previous: string;
  /** Clause text before the place the segment follows ("the foreign trade volume of" X Prefecture rose by 18.7%). */
  beforePlace: string;
  clauseEnd: number;
}

const OF_BEFORE_FIGURE_RE = /\bof\s*$/i;
/** One to three plain lower-case words ("construction", "annual output"), as a measured thing's head. */
const SHORT_NOUN_RE = /^[a-z]+(?:[ -][a-z]+){0,2}$/;
const EN_OF_PHRASE_RE = /^\s*of\s+(?:the\s+)?(?:city'?s\s+)?([a-z][a-z' -]{2,60}?)(?=\s+(?:are|is|was|were|have|has|will|in|to|used)\b|[,.;]|$)/i;

const ANNUAL_OUTPUT_RE = /年产(?:能)?$/;

/** The indicator of a figure; a clause that names none ("，增长5.2%") borrows the previous one. */
export function nameIndicator(c: Candidate, ctx: IndicatorContext): string {
  if (c.indicator) return c.indicator;
  if (c.counted) return c.unit;
  const english = CJK_RE.test(ctx.segment) ? false : LATIN_RE.test(ctx.segment) || c.english;
  const counted = isCountUnit(c.unit);
  let own: string;
  let following = '';
  let placeOnly = false;
  let earlier = '';
  if (english) {
    const found = englishIndicator(ctx.segment);
    own = found.changeOnly ? '' : found.name;
    // "the construction of 120 kilometers of urban roads": the figure measures what follows it.
    const measured = SHORT_NOUN_RE.test(own) && OF_BEFORE_FIGURE_RE.test(ctx.segment) ? EN_OF_PHRASE_RE.exec(ctx.text.slice(c.end, ctx.clauseEnd))?.[1] : undefined;
    if (measured) own = `${own} of ${measured}`;
    if (!own) {
      // "10 per cent growth in fixed asset investment" names its indicator after the figure.
      const after = ctx.text.slice(c.end, ctx.clauseEnd);
      own = knownEnglishIndicator(after) || englishIndicator(ctx.beforePlace).name;
      following = EN_OF_PHRASE_RE.exec(after)?.[1] ?? '';
      // A Chinese clause before an English one (mixed text) names nothing the English figure is of.
      earlier = CJK_RE.test(ctx.earlier) ? '' : englishIndicator(ctx.earlier).name;
    }
  } else {
    own = chineseIndicator(ctx.segment);
    // "年产1万台甲醇重卡生产线": a capacity is the capacity of what follows it. A place alone before
    // the figure ("某旗100万千瓦风光制氢项目", the place of a name) names no indicator either.
    const annual = ANNUAL_OUTPUT_RE.test(own);
    placeOnly = own !== '' && isKnownPlace(own);
    if (counted || annual || placeOnly) following = chineseFollowing(ctx.text, c.end);
    if (annual && following) own = `${following}年产能`;
    else if (placeOnly) own = '';
    if (!own) earlier = chineseIndicator(ctx.earlier);
  }
  let indicator: string;
  // An English amount with nothing naming it ("attracted 12.3 million tourists") is named by its unit noun.
  const noun = english ? unitNoun(c.unit) : '';
  if (!own) indicator = ((counted || placeOnly) && following) || ctx.previous || earlier || following || noun;
  // A bare verb before a count ("新建3座智能化煤矿") names the indicator together with the counted noun.
  else if (!english && following && own.length <= 2) indicator = own + following;
  else indicator = own;
  // A rank named only by its unit ("ranked second") is not "rank rank".
  return indicator && c.suffix && !indicator.endsWith(c.suffix.trim()) ? indicator + c.suffix : indicator;
}
