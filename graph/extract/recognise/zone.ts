// Zone mentions: designated areas named by a suffix (开发区, 高新区, 示范区, 产业园,
// 基地, 综保区, 大学城, heritage sites and commercial districts, and their
// English forms), the name running left from the suffix to the clause's verbs.
import type { Mention, RecogniseContext, Recogniser, Sentence } from '../types.js';
import { capitalisedRunBefore, isPinyin } from './english-names.js';
import { isKnownPlace } from './place-prefix.js';
import { longestEnglishTerm } from '../vocab/industry-index.js';
import { englishWords, trimPhrase } from './boundary.js';
import { beforeBrackets, matches, nameStart, sentenceTokens, tokenAt, tokenStartFrom, toMentions, type Span, type Token } from './span-tools.js';

const SOURCE = 'zone';
const MAX_NAME = 16;

// Longest alternatives first, so 高新技术产业开发区 is one suffix rather than 开发区.
const ZH_SUFFIXES = [
  '高新技术产业开发区', '经济技术开发区', '综合保税区', '自由贸易试验区', '保税物流中心', '农业高新技术产业示范区',
  '文化生态保护区', '产业园区', '工业园区', '物流园区', '化工园区', '经济开发区', '开发区', '高新区', '经开区', '农高区', '综改区',
  '示范区', '试验区', '实验区', '集聚区', '聚集区', '合作区', '保税区', '综保区', '自贸区', '功能区', '保护区', '新区',
  '产业园', '工业园', '化工园', '科技园', '物流园', '创业园', '农业园', '园区', '基地', '大学城', '科技城', '科学城', '科创城',
  '生态城', '职教城', '自由贸易港', '自贸港',
  '职教港', '影视城', '纺织城', '商贸城', '物流城', '陆港', '空港', '物流港', '创谷', '智谷', '光谷', '药谷', '数谷',
  '古城', '古镇', '古村', '大院', '遗址', '故居', '景区', '风景区', '公园', '商业街', '步行街', '广场', '奥特莱斯',
  '特色小镇', '小镇', '片区',
];
const ZONE_WORDS = new Set(ZH_SUFFIXES);

/** Whether the word is a zone word by itself (新区, 园区): the kind of a place, never a brand. */
export function isZoneWord(word: string): boolean {
  return ZONE_WORDS.has(word);
}

const ZH_SUFFIX = new RegExp(`(?:${[...ZH_SUFFIXES].sort((a, b) => b.length - a.length).join('|')})`, 'g');

const NATIONAL = /^(?:国家级?|全国)$/;
const ZONE_KIND_VERBS = new Set(['发展', '融合', '协同', '转型', '融合发展', '协同发展', '转型发展', '高质量发展', '一体化发展']);
// A suffix followed by these letters is the start of a longer word (园区化, 基地化, 公园路).
const NOT_FOLLOWED = /^[化路街]/;
// A suffix right before a media word is part of a website or paper name (某某大院资讯网).
const MEDIA = /[网报社台刊]$/;
// Words that describe a kind of zone rather than name one: a name made only of
// them (省级开发区, 各类园区, 中试基地) is no zone.
const GENERIC_WORDS = `国家级 国家 省级 市级 县级 区级 各类 各 各级 重点 现有 一批 全市 全省 全国 工业类 工业 产业 零碳 近零碳
特色 专业 综合 这些 该 本 其 新 双创 创新 创业 示范 试点 中试 孵化 实训 实践 教育 培训 研发 生产 种植 养殖 大学生 青年
就业 科普 教学 现代 农业 高新 高新技术 经济 技术 开发 文化 旅游 商业 城市 城区 乡村 农村 我市 我省 全区 全县 相关 配套
近 小微 企业 一般 公共 服务 主要 大型 中小 重大 省 市 县 区 等 口袋 生活 休闲 [A-Z]级 发展 融合 协同 转型 高质量 一体化
生态 绿色 低碳`.split(/\s+/);
const GENERIC = new RegExp(`^(?:${GENERIC_WORDS.sort((a, b) => b.length - a.length).join('|')}|[\\d一二三四五六七八九十两几多]+[个家批类处座]?|[（()）、])*$`);

function chineseSpans(sentence: Sentence, text: string, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  let previousEnd = sentence.start;
  for (const { start: anchor, end } of matches(ZH_SUFFIX, sentence)) {
    const floor = previousEnd;
    previousEnd = end;
    if (NOT_FOLLOWED.test(text.slice(end, end + 1)) || MEDIA.test(tokenAt(tokens, end)?.word ?? '')) continue;
    // A zone word right after a zone's name names the larger zone it anchors (某某科技城新区).
    const last = spans[spans.length - 1];
    if (last !== undefined && last.end === anchor) {
      last.end = end;
      continue;
    }
    const bracketed = beforeBrackets(text, floor, anchor);
    const left = nameStart(text, floor, bracketed, end, MAX_NAME, tokens) ?? bracketed;
    // 一体化发展示范区, 高质量发展融合试验区: the verbal nouns right before the suffix are part of the zone's kind.
    let trimEnd = end;
    for (let t = tokenAt(tokens, anchor - 1); t !== undefined && t.end === (trimEnd === end ? anchor : trimEnd) && t.start > left && ZONE_KIND_VERBS.has(t.word); t = tokenAt(tokens, t.start - 1)) {
      trimEnd = t.start;
    }
    const trimmed = left < anchor ? trimPhrase(text, tokenStartFrom(tokens, left), trimEnd, { afterLastVerb: true }, tokens) : null;
    if (trimmed === null || trimmed.start >= anchor) continue;
    const body = text.slice(trimmed.start, anchor);
    // A national designation of a specific type (国家文化生态保护区) names one zone; 省级开发区 does not.
    const national = NATIONAL.test(body) && end - anchor >= 5;
    if ((GENERIC.test(body) && !national) || body.includes('+') || body.startsWith('“')) continue;
    spans.push({ start: trimmed.start, end });
  }
  return spans;
}

// English -------------------------------------------------------------------

const EN_SUFFIX =
  /\b(?:(?:Comprehensive )?Bonded (?:Zone|Area|Logistics Center)|Economic and Technological Development (?:Zone|Area)|(?:Free Trade|Pilot|Development|High-tech|High-Tech|Hi-tech|Demonstration|Economic|Economy|Industrial|Agricultural|Protection|Protected|Cooperation|Comprehensive Reform|Experimental|Scenic) (?:Zone|Area|Park)|(?:Industrial|Science|Technology|Logistics|Science and Technology|Agricultural|Innovation|Entrepreneurship) Park|New (?:Area|District)|University (?:Town|City)|(?:Science and Technology|Science|Technology|Eco) City|Free Trade Port|Ancient (?:City|Town)|Scenic (?:Spot|Area)|Former Residence|(?:Inland|Land|Dry) Port|Base|Temple|Sites?|Park|Plaza)\b/gi;
// Lower-case modifiers that may open a zone name written in lower case ("provincial textile agglomeration area").
const EN_STOP = new Set(`the a an in on at of and or to for with by from as we our its this that these those it is are was were be all
each every new accelerate promote build built complete speed support implement focus strengthen develop construct start
launch continue carry deepen expand improve advance push further actively vigorously fully such key major other during
since after before under over into through while has have been will shall various relevant related more than one two
three four five six seven eight nine ten several many some creating create established establish national-level
provincial municipal provincial-level`.split(/\s+/));

const INDEFINITE_BEFORE = /\b[Aa]n? $/;

function englishSpans(sentence: Sentence): Span[] {
  const spans: Span[] = [];
  for (const { start: anchor, end, groups } of matches(EN_SUFFIX, sentence)) {
    const capitalised = groups[0][0] === groups[0][0].toUpperCase();
    let start = anchor;
    // A bare one-word head (base, park) is a common noun unless capitalised as part of a name.
    const oneWord = /^(?:Base|Park|Plaza|Temple|Sites?)$/i.test(groups[0]);
    if (capitalised) {
      const run = capitalisedRunBefore(sentence.text, 0, anchor - sentence.start);
      // Before a one-word head a name holds a proper word (Jinguo Heritage Park); a headline's "Chemical Base" none.
      if (oneWord && !run.some((w) => isPinyin(w.word) || isKnownPlace(w.word) || /^[A-Z]{2,}$/.test(w.word))) continue;
      if (run.length > 0) start = sentence.start + run[0].start;
    } else {
      start = sentence.start + lowerRunStart(sentence.text, anchor - sentence.start);
    }
    if ((oneWord && !capitalised) || (start === anchor && (oneWord || !capitalised))) continue;
    // "to Build a World-Class Industrial Base": a headline's capitals after an indefinite article describe, not name.
    if (capitalised && INDEFINITE_BEFORE.test(sentence.text.slice(Math.max(0, start - sentence.start - 4), start - sentence.start))) continue;
    spans.push({ start, end });
  }
  return spans;
}

/**
 * Start of up to four content words right before `end` in `text`, separated by spaces only. A
 * stop word that opens an industry's name (new energy, new materials) is part of the run.
 */
function lowerRunStart(text: string, end: number): number {
  const words = englishWords(text.slice(Math.max(0, end - 60), end), Math.max(0, end - 60));
  const joined = words.map((w, k) => k > 0 && /^[\s-]+$/.test(text.slice(words[k - 1].end, w.start)));
  let start = end;
  for (let i = words.length - 1, n = 0; i >= 0 && n < 4; i--, n++) {
    const opensIndustry = (longestEnglishTerm(words, i, joined)?.words ?? 0) > 1;
    if ((EN_STOP.has(words[i].key) && !opensIndustry) || /^\d/.test(words[i].key) || !/^\s+$/.test(text.slice(words[i].end, start))) break;
    start = words[i].start;
  }
  return start;
}

export const zoneRecogniser: Recogniser = {
  name: SOURCE,
  kinds: ['Zone'],
  recognise(sentence: Sentence, context: RecogniseContext): Mention[] {
    const spans: Span[] = [];
    if (/\p{Script=Han}/u.test(sentence.text)) spans.push(...chineseSpans(sentence, context.text, sentenceTokens(sentence)));
    if (/[A-Za-z]{4}/.test(sentence.text)) spans.push(...englishSpans(sentence));
    return toMentions('Zone', SOURCE, context.text, sentence, spans);
  },
};
