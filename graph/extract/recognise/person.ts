// People named next to a title word: 代市长刘某, 记者 张某, 某某同志, Reporter Zhang X,
// Mayor ... Huang X. Chinese names are a common surname plus one or two given
// characters; English ones a pinyin surname plus a pinyin given name.
import { pinyin } from 'pinyin-pro';
import { EN_HEAD_TITLES, EN_TITLE_RANKS, eitherCase } from '../vocab/titles.js';
import type { Mention, Recogniser, Sentence, RecogniseContext } from '../types.js';
import { hasLatinWords, pinyinNameAt } from './english-names.js';
import { hasHan } from '../scripts.js';
import { matches, toMentions, type Span } from './span-tools.js';
import { dictionaryTag } from './word-tags.js';
import { COMPOUND_SURNAMES, SURNAME_CHARS } from './surnames.js';

const SOURCE = 'person';

const ZH_TITLES = `市长 省长 县长 区长 州长 镇长 乡长 村长 书记 副书记 总书记 主任 局长 厅长 处长 科长 部长 主席 总理 委员长
院长 校长 所长 董事长 总经理 经理 总裁 行长 秘书长 记者 通讯员 实习生 教授 研究员 院士 主播 编辑 会长 理事长
站长 社长 总工程师 检察长 首席专家 专家 党组书记 常委`
  .split(/\s+/)
  .sort((a, b) => b.length - a.length);
const ZH_TITLE = ZH_TITLES.join('|');
// Title, optional rank prefix and spacing, then surname and up to two given characters.
const ZH_TITLE_THEN_NAME = new RegExp(`(?:${ZH_TITLE})[ \\t\\u3000:：]*(?=[\\u4e00-\\u9fa5])`, 'g');
const TITLE_AHEAD = new RegExp(`^(?:${ZH_TITLE})`);
// A byline: two or more names in brackets, separated by spaces or 、 (记者甲 乙).
const BYLINE = /[（(]([\u4e00-\u9fa5]{2,3}(?:[ \u3000、]+[\u4e00-\u9fa5]{2,3})+)[)）]/g;
// Name, then a title that follows names (刘某市长, 某某同志) or the leader's theory
// every report cites by its author's name.
const ZH_NAME_THEN_TITLE = /(?<=[\u4e00-\u9fa5]{2,3})(?:同志|总书记|新时代中国特色社会主义思想|市长|省长|县长|书记|主任|局长|董事长|院士|教授)/g;

// Characters that follow a name rather than end it (刘某向大会…, 张某报道): after two
// characters one of these means the name has two characters, not three.
const AFTER_NAME = new Set([...`以用按照彻向在说表指出作和与及等同带到对为是将就了也都并称介讲调提率的会参前赴来去报摄今昨再从于已被把让给代委副市县区省局院校书记要`]);

// Characters of office words (党委, 常务副) that a given name does not contain.
const NOT_GIVEN = new Set([...'委府局部厅院会司处办组市县区省镇乡村副务代总理']);

const HAN = /[\u4e00-\u9fa5]/;

/** Length (2 or 3) of the Chinese name starting at `pos`, or 0 when no surname starts there. */
function zhNameAt(text: string, pos: number, end: number): number {
  const compound = COMPOUND_SURNAMES.has(text.slice(pos, pos + 2));
  if (!compound && !SURNAME_CHARS.has(text[pos])) return 0;
  const base = compound ? 3 : 2;
  if (pos + base > end || !HAN.test(text.slice(pos + 1, pos + base))) return 0;
  if (AFTER_NAME.has(text[pos + base - 1])) return 0;
  const third = text[pos + base];
  const canGrow = pos + base < end && third !== undefined && HAN.test(third) && !AFTER_NAME.has(third);
  const after = text[pos + base + 1];
  // 张某李某: a surname right after two characters may start the next name, unless a title follows.
  const nextIsName = canGrow && SURNAME_CHARS.has(third) && pos + base + 1 < end && HAN.test(after) && !AFTER_NAME.has(after) && !TITLE_AHEAD.test(text.slice(pos + base + 1, pos + base + 6));
  if (canGrow && !nextIsName) return base + 1;
  // A two-character dictionary word that is not a name (支持, 张贴) is the clause going on.
  return compound || !isCommonWord(text.slice(pos, pos + 2)) ? base : 0;
}

function isCommonWord(word: string): boolean {
  const tag = dictionaryTag(word);
  return tag !== undefined && !tag.startsWith('nr');
}

function chineseSpans(sentence: Sentence, text: string): Span[] {
  const spans: Span[] = [];
  const end = sentence.end;
  for (const m of matches(ZH_TITLE_THEN_NAME, sentence)) {
    const length = zhNameAt(text, m.end, end);
    if (length > 0) spans.push({ start: m.end, end: m.end + length });
  }
  for (const m of matches(ZH_NAME_THEN_TITLE, sentence)) {
    // Prefer the three-character reading when it starts with a surname and stands alone.
    for (const length of [3, 2]) {
      const start = m.start - length;
      if (start < sentence.start) continue;
      const before = text[start - 1];
      const standsAlone = start === sentence.start || !HAN.test(before) || AFTER_NAME.has(before);
      const given = [...text.slice(start + 1, m.start)];
      if (SURNAME_CHARS.has(text[start]) && standsAlone && !given.some((c) => NOT_GIVEN.has(c))) {
        spans.push({ start, end: m.start });
        break;
      }
    }
  }
  for (const m of matches(BYLINE, sentence)) {
    const inner = m.groups[1];
    const parts = [...inner.matchAll(/[\u4e00-\u9fa5]+/g)];
    if (!parts.every((p) => zhNameAt(p[0], 0, p[0].length) === p[0].length)) continue;
    const base = m.start + 1;
    for (const p of parts) spans.push({ start: base + p.index, end: base + p.index + p[0].length });
  }
  return spans;
}

const EN_TITLE = new RegExp(
  "\\b(?:(?:Vice |Deputy |Executive Vice |Acting )?(?:Mayor|Governor|Secretary|Director|Chairman|Chairwoman|President|Premier|Minister|Professor|Academician|Comrade|Manager|Editor|Photographer|Correspondent|Reporter)|General Secretary|Party Secretary|" +
    `${EN_TITLE_RANKS}(?:${EN_HEAD_TITLES})|reporter|correspondent|[Pp]hoto by|[Pp]hotographed by|[Ww]ritten by)\\b`,
  'g',
);
// Between a title and the name there may be an organisation (Mayor of the People's
// Government of X   Huang Y), never a sentence end.
const EN_GAP = /^(?:\s+(?:of|the|[A-Z][A-Za-z'’]*|\d+(?:st|nd|rd|th))){0,8}\s*[:：,]?\s*/;
const EN_NAME_START = /[A-Z][a-z]+ [A-Z][a-z]+/g;

// A name and then its title ("said Wang Fang, director of the X Commission").
const EN_NAME_THEN_TITLE = new RegExp(`\\b[A-Z][a-z]+ [A-Z][a-z]+(?=, ${eitherCase(`${EN_TITLE_RANKS}(?:${EN_HEAD_TITLES}|professor|researcher)`)}\\b)`, 'g');

// The leader's theory every report cites by its author's name.
const EN_NAME_THEN_THEORY = /\b[A-Z][a-z]+ [A-Z][a-z]+(?= Thought\b)/g;

function englishSpans(sentence: Sentence, text: string): Span[] {
  const spans: Span[] = [];
  if (!hasLatinWords(sentence.text)) return spans;
  for (const pattern of [EN_NAME_THEN_THEORY, EN_NAME_THEN_TITLE]) {
    for (const m of matches(pattern, sentence)) {
      if (pinyinNameAt(m.groups[0]) === m.groups[0].length) spans.push(m);
    }
  }
  for (const m of matches(EN_TITLE, sentence)) {
    const rest = text.slice(m.end, Math.min(sentence.end, m.end + 120));
    const gap = EN_GAP.exec(rest)?.[0] ?? '';
    // Try the name right after the title first, then after the organisation.
    for (const offset of [rest.length - rest.trimStart().length, gap.length]) {
      EN_NAME_START.lastIndex = offset;
      const found = EN_NAME_START.exec(rest);
      if (found === null || found.index > gap.length) continue;
      const length = pinyinNameAt(rest.slice(found.index));
      if (length > 0) {
        spans.push({ start: m.end + found.index, end: m.end + found.index + length });
        break;
      }
    }
  }
  return spans;
}

// Romanised names met lately: a report names its officials again and again, and pinyin-pro's
// segmentation of a name costs more than the rest of the person recogniser.
const recentRomanised = new Map<string, string>();
const RECENT_NAMES = 5_000;

/** A Chinese name with its pinyin form as alias (王建平 → Wang Jianping), as English versions write it. */
function withPinyin(text: string, span: Span): Span {
  const name = text.slice(span.start, span.end);
  let romanised = recentRomanised.get(name);
  if (romanised === undefined) {
    const compound = COMPOUND_SURNAMES.has(name.slice(0, 2)) ? 2 : 1;
    const [surname, given] = [name.slice(0, compound), name.slice(compound)].map((part) =>
      (pinyin(part, { toneType: 'none', surname: 'all', type: 'array', v: true }) as string[]).join(''),
    );
    romanised = `${capitalised(surname)} ${capitalised(given)}`;
    if (recentRomanised.size >= RECENT_NAMES) recentRomanised.clear();
    recentRomanised.set(name, romanised);
  }
  return { ...span, aliases: [romanised] };
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export const personRecogniser: Recogniser = {
  name: SOURCE,
  kinds: ['Person'],
  recognise(sentence: Sentence, context: RecogniseContext): Mention[] {
    const chinese = (hasHan(sentence.text) ? chineseSpans(sentence, context.text) : []).map((span) => withPinyin(context.text, span));
    const spans = [...chinese, ...englishSpans(sentence, context.text)];
    return toMentions('Person', SOURCE, context.text, sentence, spans);
  },
};
