// Policy mentions: 《document titles》, quoted slogans that work as programmes
// (“六个一体化”, “156”战略举措), five-year plans, named campaigns and reforms
// (X改革, X行动, X攻坚战, campaign-like X工程) and well-known national
// programmes, in Chinese and English.
//
// Canonical names: a title keeps its 《》; a quoted slogan drops its quote marks
// (“三个一批”活动 → 三个一批) unless it is a bare number or formula, which only
// means something with the word after it and is written with “ ” whatever
// quotes the text used ("156"战略举措 → “156”战略举措); a five-year plan is
// “十四五”规划 in either language.
import type { Mention, RecogniseContext, Recogniser, Sentence } from '../types.js';
import { longestChineseTerm } from '../vocab/industry-index.js';
import { HONOUR, IDEOLOGY, IDEOLOGY_EN, METAPHOR, PROGRAMMES_KNOWN, VAGUE } from '../vocab/policies.js';
import { tag, trimPhrase } from './boundary.js';
import { hasLatinWords } from './english-names.js';
import { isKnownPlace } from './place-prefix.js';
import { hasHan } from '../scripts.js';
import { matches, sentenceTokens, tokenAt, toMentions, type Span, type Token } from './span-tools.js';

const SOURCE = 'policy';
const byLength = (a: string, b: string) => b.length - a.length;

const TITLE = /《([^《》\n]{2,60})》/g;
const TITLE_HEAD = /(?:规划|纲要|办法|方案|意见|条例|规定|措施|通知|决定|计划|细则|政策|制度|清单|标准|法|规程|指南|行动|准则|要点|目录|机制)(?:[（(][^）)]{0,20}[）)])?$/;

const QUOTED = /[“"]([^“”"\n]{1,24})[”"]/g;
const PROGRAMME_WORD = /^(?:现代化产业体系|现代产业体系|产业体系|发展格局|空间格局|产业格局|产业布局|空间布局|战略举措|战略目标|战略|重大举措|举措|专项行动|攻坚行动|行动计划|三年行动|行动|工程|计划|改革|攻坚战|保卫战|活动|工作机制|机制|模式|政策|体系|发展路径|路径|发展思路|思路|发展理念|理念|品牌|标准|试点|创建|集成|要求|城建工程)/;
// Quoted words followed by these name an industry, a zone or a company, not a programme.
const NOT_PROGRAMME_NEXT = /^(?:产业|企业|集聚区|产业园|园区|基地|中小企业|公司|等|旅游公路|公路|大道|项目|荣誉)/;
const NUMBERED = /[一二三四五六七八九十百千万两双\d]/;
const FORMULA = /^[\d+＋.N]+$/;

const FIVE_YEAR = /[“"]?十([一二三四五])五[”"]?(?:([^，。；、“”"\n]{0,10}?)规划|时期|期间)?/g;
// Machine translation glues words (Plan88.9, PlanThe): no word boundary is required after the name.
const EN_FIVE_YEAR = /\b(1[1-5])th Five-Year Plan(?: Period)?(?![a-z])/gi;
const EN_FIVE_YEAR_ONLY = /^\d+th Five-Year Plan(?: Period)?$/i;
const NUMBER_WORDS = ['', '一', '二', '三', '四', '五'];

const CAMPAIGN = new RegExp(`(?:${['综合改革', '制度改革', '体制改革', '改革', '专项行动', '攻坚行动', '提升行动', '行动计划', '三年行动', '行动',
  '攻坚战', '保卫战', '战略', '工程', '试点', '创建', '一体化', '制度', '清单', '普查', '全国统筹', '省级统筹', '示范城市', '示范县',
  '提升年活动', '提升年', '攻坚年', '建设年', '推进年', '落实年'].sort(byLength).join('|')})`, 'g');
// A campaign word followed by these is part of an organization's name (发展和改革委员会, 战略联盟).
// 战略合作, 战略性, 战略地位: the word describes, it names no strategy.
const CAMPAIGN_NOT_NEXT = /^(?:委|局|办|部|厅|联盟|中心|研究|领导小组|小组|试验区|示范区|工作|合作|伙伴|性|地位|高度|机遇|意义|支点|腹地|储备)/;
// Characters a programme name never spans; a quoted part is a slogan of its own (quotedSpans).
const POLICY_BREAK = /[\s，。；：！？,;:!?、（）()《》【】“”"的]/;
const MAX_CAMPAIGN = 20;
// A 工程 is a campaign (not a construction project) when its name holds one of these and no infrastructure word.
const CAMPAIGN_CUE = /提质|提速|提升|幸福|惠民|圆梦|民生|关爱|帮扶|助学|助餐|培训|培育|人才|素质|振兴|保障|服务|示范|覆盖|万|千|百|安居|暖心|爱心|健康|育/;
const INFRASTRUCTURE = /路|桥|街|道|线|管网|水库|电站|厂|隧道|机场|铁|高速|站|港|管廊|堤|渠|楼|馆|场|中心|医院|学校|园|基地/;
const GENERIC_X = new Set(`国家 发展 重大 重要 总体 区域 各项 重点 相关 这项 该项 一系列 系列 综合 专项 系统 全面 深化 关键 配套 三年 各类 多项
一批 新 此次 本次 该 这些 上述 此项 全市 全省 市级 省级 国家级 年度 各 有关 主要 一项 两项 多个 系列化 民生 示范 重点工程
重点项目 攻坚 这一 一大 改革 行动 工程`.split(/\s+/));
const NUMERAL_PREFIX = /[一二三四五六七八九十两\d]+[大个项]$/;

// Known programmes: one alternation each for Chinese and English, built once.
const KNOWN_BY_FORM = new Map<string, string>();
for (const p of PROGRAMMES_KNOWN) for (const f of [p.name, ...p.zh, ...p.en]) KNOWN_BY_FORM.set(f.toLowerCase(), p.name);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KNOWN_ZH = new RegExp(PROGRAMMES_KNOWN.flatMap((p) => [p.name, ...p.zh]).sort(byLength).map(escape).join('|'), 'g');
const KNOWN_EN = new RegExp(`\\b(?:${PROGRAMMES_KNOWN.flatMap((p) => p.en).sort(byLength).map(escape).join('|')})\\b`, 'gi');

const EN_REFORM =
  /\b((?:comprehensive |pilot )?reform of (?:the )?)("[^"\n]{2,60}"|[a-z][a-z'-]*(?: (?!(?:to|in|by|for|with|so|as|which|that|is|are|was|were|will|has|have|and (?:promote|improve|set|carry|deepen|build))\b)[a-z][a-z'-]*){0,7})/g;
const EN_QUOTED = /[“"]([^“”"\n]{1,60})[”"](\s+(?:(?:strategic|key|major|development|work|reform) )?(?:initiatives?|actions?|plans?|strateg(?:y|ies)|reforms?|projects?|programs?|programmes?|campaigns?|activities|activity|system|mechanism|model|ideas?|measures?|polic(?:y|ies)|battles?|talent attracting plan|modern industrial system))?/g;

function acceptable(name: string): boolean {
  return name.length >= 2 && !IDEOLOGY.test(name) && !VAGUE.has(name);
}

function titleSpans(sentence: Sentence): Span[] {
  const spans: Span[] = [];
  for (const { start, end, groups } of matches(TITLE, sentence)) {
    if (TITLE_HEAD.test(groups[1]) && acceptable(groups[1])) spans.push({ start, end, name: `《${groups[1]}》`, aliases: [groups[1]] });
  }
  return spans;
}

function isIndustryTerm(x: string): boolean {
  return longestChineseTerm(x, 0)?.length === x.length;
}

function quotedSpans(sentence: Sentence, text: string): Span[] {
  const spans: Span[] = [];
  for (const { start, end, groups } of matches(QUOTED, sentence)) {
    const x = groups[1].trim();
    const after = text.slice(end, end + 8);
    if (NOT_PROGRAMME_NEXT.test(after) || isIndustryTerm(x) || !acceptable(x) || /[A-Za-z]{3}/.test(x)) continue;
    if (METAPHOR.test(x) || HONOUR.test(x)) continue;
    const word = PROGRAMME_WORD.exec(after)?.[0] ?? '';
    const enumerated = /[、，,]/.test(x);
    const numbered = NUMBERED.test(x);
    // Tagging is asked only when the answer decides: a programme word or a figure settles it first.
    if (!(word !== '' || (!enumerated && (numbered || isVerbal(x))))) continue;
    const spanEnd = end + word.length;
    const name = KNOWN_BY_FORM.get(x) ?? (FORMULA.test(x) ? `“${x}”${word}` : x);
    spans.push({ start, end: spanEnd, name });
  }
  return spans;
}

/** Whether a quoted phrase of three or more characters holds a verb (“六个一体化” no, “稳企业保就业” yes). */
function isVerbal(x: string): boolean {
  return x.length >= 3 && tag(x).some((t) => t.tag === 'v');
}

function fiveYearSpans(sentence: Sentence, han: boolean, latin: boolean): Span[] {
  const spans: Span[] = [];
  if (han) for (const { start, end, groups } of matches(FIVE_YEAR, sentence)) {
    const plan = `“十${groups[1]}五”规划`;
    const topic = groups[2];
    spans.push(topic ? { start, end, name: `“十${groups[1]}五”${topic}规划` } : { start, end, name: plan });
  }
  if (latin) for (const { start, end, groups } of matches(EN_FIVE_YEAR, sentence)) {
    const n = Number(groups[1]) - 10;
    spans.push({ start, end, name: `“十${NUMBER_WORDS[n]}五”规划` });
  }
  return spans;
}

function campaignSpans(sentence: Sentence, text: string, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  let floor = sentence.start;
  for (const { start: anchor, end, groups } of matches(CAMPAIGN, sentence)) {
    const suffix = groups[0];
    const left = Math.max(floor, anchor - MAX_CAMPAIGN);
    floor = end;
    if (CAMPAIGN_NOT_NEXT.test(text.slice(end, end + 4))) continue;
    let start = anchor;
    while (start > left && !POLICY_BREAK.test(text[start - 1])) start--;
    const trimmed = start < anchor ? trimPhrase(text, start, anchor, { keepNumerals: true, afterLastVerb: true, listedVerbsOnly: true }, tokens) : null;
    start = numeralBefore(text, sentence.start, trimmed?.start ?? anchor);
    const x = text.slice(start, anchor);
    // A counted X (3个开发区创建) is a number of instances, not one programme.
    if (GENERIC_X.has(x) || x.length < 2 || /^[\d年]+$/.test(x) || /^\d+个/.test(x) || !startsOnToken(tokens, start)) continue;
    if (suffix === '工程' && (!CAMPAIGN_CUE.test(x) || INFRASTRUCTURE.test(x))) continue;
    const name = x + suffix;
    if (acceptable(name) && !IDEOLOGY.test(x) && !HONOUR.test(x)) spans.push({ start, end, name });
  }
  return spans;
}

/** Moves `start` left over a numeral with 大/个/项 right before it (四大结构调整), which trimming removed. */
// Campaigns named by a quality and a place (美丽某某, 平安某某, 健康某某): the place's name, short or full, makes them one programme.
const QUALITY_THEN_PLACE = /(?:美丽|平安|健康|数字|法治)(?=[\u4e00-\u9fa5]{2})/g;

function placeCampaignSpans(sentence: Sentence, text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matches(QUALITY_THEN_PLACE, sentence)) {
    const place = [4, 3, 2].map((n) => text.slice(m.end, m.end + n)).find((name) => m.end + name.length <= sentence.end && (isKnownPlace(name) || name === '中国'));
    if (place !== undefined) spans.push({ start: m.start, end: m.end + place.length });
  }
  return spans;
}

function numeralBefore(text: string, floor: number, start: number): number {
  const m = NUMERAL_PREFIX.exec(text.slice(Math.max(floor, start - 4), start));
  return m === null ? start : start - m[0].length;
}

/** Whether a token begins at `start`, or none covers it (the sentence's tokens, in order, found by binary search). */
function startsOnToken(tokens: readonly Token[], start: number): boolean {
  const token = tokenAt(tokens, start);
  return token === undefined || token.start === start;
}

function knownSpans(sentence: Sentence, han: boolean, latin: boolean): Span[] {
  const spans: Span[] = [];
  for (const pattern of han && latin ? [KNOWN_ZH, KNOWN_EN] : han ? [KNOWN_ZH] : latin ? [KNOWN_EN] : []) {
    for (const { start, end, groups } of matches(pattern, sentence)) {
      const name = KNOWN_BY_FORM.get(groups[0].toLowerCase());
      if (name !== undefined) spans.push({ start, end, name, aliases: [groups[0]] });
    }
  }
  return spans;
}

/** "(comprehensive|pilot) reform of X": X a quoted slogan or up to eight lower-case words, ended by a preposition or punctuation. */
function englishReformSpans(sentence: Sentence): Span[] {
  const spans: Span[] = [];
  for (const { start, end, groups } of matches(EN_REFORM, sentence)) {
    const object = groups[2];
    if (object.startsWith('"')) spans.push({ start, end, name: object.slice(1, -1) });
    else if (!/^\d/.test(object)) spans.push({ start, end, name: `${groups[1]}${object}`.replace(/^the /, '') });
  }
  return spans;
}

function englishQuotedSpans(sentence: Sentence): Span[] {
  const spans: Span[] = [];
  for (const { start, end, groups } of matches(EN_QUOTED, sentence)) {
    const content = groups[1].trim();
    const word = groups[2]?.trim() ?? '';
    const words = content.split(/\s+/).length;
    const numbered = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|double|dual)\b/i.test(content);
    const compact = words > 1 || content.includes('-');
    if ((word === '' && (!numbered || !compact)) || words > 8 || !/^[A-Za-z0-9]/.test(content)) continue;
    if (IDEOLOGY_EN.test(content) || EN_FIVE_YEAR_ONLY.test(content) || KNOWN_BY_FORM.has(content.toLowerCase())) continue;
    const name = /^[\d+N.\s]+$/.test(content) ? `"${content}" ${word}`.trim() : content;
    spans.push({ start, end, name });
  }
  return spans;
}

export const policyRecogniser: Recogniser = {
  name: SOURCE,
  kinds: ['Policy'],
  recognise(sentence: Sentence, context: RecogniseContext): Mention[] {
    const han = hasHan(sentence.text);
    const latin = hasLatinWords(sentence.text);
    const spans: Span[] = [...fiveYearSpans(sentence, han, latin), ...knownSpans(sentence, han, latin)];
    if (han) {
      const tokens = sentenceTokens(sentence);
      spans.push(
        ...titleSpans(sentence), ...quotedSpans(sentence, context.text), ...campaignSpans(sentence, context.text, tokens),
        ...placeCampaignSpans(sentence, context.text),
      );
    }
    if (latin && /[A-Za-z]{3}/.test(sentence.text)) spans.push(...englishQuotedSpans(sentence), ...englishReformSpans(sentence));
    return toMentions('Policy', SOURCE, context.text, sentence, spans);
  },
};
