// Named construction, investment and industrial projects. Chinese: a project word
// (项目, 工程, 改扩建, 迁建, 生产线, 高铁, 公路…) with a clean left edge and something
// concrete in the name, and every item of "A、B等项目". English: see project-en.ts.
import type { Mention, Recogniser, RecogniseContext, Sentence } from '../types.js';
import { closedEnumerations } from './enumeration.js';
import { LEAD_WORDS } from '../vocab/function-words.js';
import { longestChineseTerm } from '../vocab/industry-index.js';
import { isKnownPlace, isPlaceToken } from './place-prefix.js';
import { englishProjectSpans } from './project-en.js';
import { afterClauseWords, matches, nameStart, nameStartAcrossBrackets, pastGluedPreposition, sentenceTokens, tokenAt, tokenStartFrom, toMentions, type Span, type Token } from './span-tools.js';

const SOURCE = 'project';

const PROJECT_WORD = new RegExp(
  '(?:项目|工程(?![师院学])|改扩建|扩建|迁建|提标改造|节能改造|更新改造|改造提升|改造(?![升])|贯通|连通|生产线|' +
    '[一二三四五六七八九]期(?![工项])|路网|(?<![绿色])通道|(?:地铁|轨道交通)?[0-9０-９一二三四五六七八九十]+号线|高铁|高速公路|高速(?=[，。、；,;和与及等]|建设|建成|开工|通车|竣工|全线|项目|工程|$)|城际铁路|铁路(?![局网运])|旅游公路|公路(?![网局运])|快速路|联络线|绿道|' +
    '供应链中心|物流园|物流中心|综合体|示范园|产业化)',
  'g',
);

// Words that say what kind of project, not which one: a name made only of these is generic.
const GENERIC_WORDS = new Set(`重点 重大 省市 省级 市级 县级 国家 一批 民生 基础设施 招商 招引 签约 合作 转化 示范 试点 建设 新建 续建 在建
储备 前期 产业 工业 农业 服务业 文旅 科技 水利 交通 能源 环保 生态 城建 城市 乡村 农村 民心 惠民 形象 德政 配套 投资 外资
重大项目 重点项目 产业项目 基建 相关 有关 各类 各项 这些 该 此 上述 优质 好 大 新 老 续 开工 竣工 投产 达产 升级 改造 提升
专项 攻坚 行动 计划 系统 整体 全面 综合 治理 修复 保护 工作 任务 技术 数字化 智能化 绿色 提质 增效 节能 减排 备案 审批 谋划
包装 入库 申报 上报 落地 引进 实施 推进 提速 完成 全部 部分 其他 等 个 项 批 招商引资 政府 社会 民间 市场化 产业链 链条
城镇 乡镇 村镇 城乡 领域 教育 卫生 文化 体育 养老 改扩建 新改扩建 扩建 设施 公共 服务 灾后 重建 教育领域`.split(/\s+/));

const YEAR_PART = /^(?:(?:19|20)\d{2}|年|年度)$/;

// Something that makes a name concrete: a place, a proper noun, figures, a built object.
const CONCRETE = /[0-9A-Za-z０-９“”"]|[路街桥厂站馆院校园港城库场线网管池楼河渠湖堤隧道矿井仓廊舍段]|机场|电站|基地|中心|小区|住宅|电梯|平台|车间|光伏|风电|电池|医院|学校|热线|水厂|污水|管网/;

/** The words of [start, anchor) that are not generic project words. */
function contentOf(tokens: readonly Token[], start: number, anchor: number): string {
  let content = '';
  for (let t = tokenAt(tokens, start); t !== undefined && t.start < anchor; t = tokenAt(tokens, t.end)) {
    if (!GENERIC_WORDS.has(t.word)) content += t.word;
  }
  return content;
}

/** Whether the name has a part that is neither a generic project word nor a bare modifier. */
function isSpecific(text: string, tokens: readonly Token[], start: number, anchor: number): boolean {
  const prefix = text.slice(start, anchor);
  if (prefix.length < 2) return false;
  let content = '';
  let industryOnly = true;
  // 某市2024年招商引资重大项目 names a year's batch of a place, not one project.
  let placeAndYearOnly = true;
  let year = false;
  for (let t = tokenAt(tokens, start); t !== undefined && t.start < anchor; t = tokenAt(tokens, t.end)) {
    if (GENERIC_WORDS.has(t.word)) continue;
    content += t.word;
    if (longestChineseTerm(text, t.start)?.length !== t.word.length) industryOnly = false;
    if (YEAR_PART.test(t.word)) year = true;
    else if (!isKnownPlace(t.word)) placeAndYearOnly = false;
  }
  // 风电新能源项目 names a kind of project by its industry, not one project.
  if (content.length < 2 || industryOnly || (placeAndYearOnly && year)) return false;
  if (CONCRETE.test(content)) return true;
  for (let t = tokenAt(tokens, start); t !== undefined && t.start < anchor; t = tokenAt(tokens, t.end)) {
    if (isPlaceToken(t) || /^(?:nz|nr|nrt|x|j)$/.test(t.tag)) return true;
  }
  return false;
}

// English words glued to a Chinese project word, or a count (46个项目), are no name; an acronym
// (AMOLED, LNG) is part of one.
const MIXED_OR_COUNTED = /^[A-Za-z]|(?<![A-Za-z])(?=[A-Za-z]{4})[A-Z]*[a-z]|[0-9一二三四五六七八九十百千两几]+[个项批]$/;

const VERB_OF_WORKS = /^(?:贯通|连通|改造|改扩建|扩建|迁建|提标改造|节能改造|更新改造|改造提升)$/;
const WORK_THEN_JOINER = new RegExp(`(?:${PROJECT_WORD.source})[和及、]`, 'g');

/** Start of the last of coordinated works (某路贯通和某路改造 → 某路改造). */
function afterCoordinatedWork(text: string, start: number, anchor: number): number {
  const prefix = text.slice(start, anchor);
  let cut = start;
  WORK_THEN_JOINER.lastIndex = 0;
  for (let m = WORK_THEN_JOINER.exec(prefix); m !== null; m = WORK_THEN_JOINER.exec(prefix)) cut = start + m.index + m[0].length;
  return cut;
}

// An amount of money (投资120亿元建设…) is said of a project, never part of its name; nor is the verb after it.
const MONEY_THEN_VERB = /[0-9０-９.]+(?:多|余)?[万亿]*元(?:人民币)?(?:用于|建设|新建|兴建|投建|实施)?/g;

/** Start after the last amount of money (and a building verb after it) in [start, anchor). */
function afterMoney(text: string, start: number, anchor: number): number {
  let cut = start;
  MONEY_THEN_VERB.lastIndex = 0;
  const prefix = text.slice(start, anchor);
  for (let m = MONEY_THEN_VERB.exec(prefix); m !== null; m = MONEY_THEN_VERB.exec(prefix)) cut = start + m.index + m[0].length;
  return cut;
}

/** Street names made of a verb (解放路, 建设大道) get back the verb that trimming took away. */
function withStreetName(text: string, tokens: readonly Token[], start: number): number {
  const before = tokenAt(tokens, start - 1);
  const street = /^(?:大道|大街|路|街|桥|巷)/.test(text.slice(start, start + 2));
  return before !== undefined && street && before.end === start && before.tag === 'v' && !LEAD_WORDS.has(before.word) ? before.start : start;
}

/**
 * Start of a quoted name that heads the works word, with at most a short word between
 * (“某某一号”旅游公路, “三纵四横”交通路网); null when no quote closes right there.
 */
// “十四五”规划项目 names projects of a plan, not one project.
const PROGRAMME_WORDS = /规划|计划|行动|战略|工作|重点|重大|示范/;

function quotedHead(text: string, floor: number, anchor: number): number | null {
  // Searched only as far back as a match may lie: a search back through the whole text made long documents quadratic.
  const close = lastIndexWithin(text, '”', Math.max(floor, anchor - 3), anchor);
  if (close < 0) return null;
  const between = text.slice(close + 1, anchor);
  if (!/^[\u4e00-\u9fa5]*$/.test(between) || PROGRAMME_WORDS.test(between)) return null;
  const open = lastIndexWithin(text, '“', Math.max(floor, close - 16), close);
  return open >= 0 && close - open >= 3 ? open : null;
}

/** Last index of `ch` in [from, to) of `text`, or -1. */
function lastIndexWithin(text: string, ch: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text[i] === ch) return i;
  return -1;
}

function endsToken(tokens: readonly Token[], end: number): boolean {
  const token = tokenAt(tokens, end - 1);
  return token === undefined || token.end === end;
}

function suffixSpans(sentence: Sentence, text: string, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (const m of matches(PROJECT_WORD, sentence)) {
    // The class word closing an enumeration (A、B等重点项目) is handled by listedSpans.
    if (CLOSES_LIST.test(text.slice(Math.max(sentence.start, m.start - 14), m.end))) continue;
    // A works word inside a longer word names no project (中国工程物理研究院).
    if (!endsToken(tokens, m.end)) continue;
    // Quoted heads of 项目/工程 are mostly slogans (“百亿百项”工程); of built things (公路, 路网) they are names.
    const builtThing = !/^(?:项目|工程)$/.test(m.groups[0]) && !VERB_OF_WORKS.test(m.groups[0]);
    const quoted = builtThing ? quotedHead(text, sentence.start, m.start) : null;
    if (quoted !== null) {
      spans.push({ start: quoted, end: m.end, name: text.slice(quoted, m.end).replace(/[“”]/g, '') });
      continue;
    }
    const near = nameStart(text, sentence.start, m.start, m.end, 32, tokens);
    // A place in round brackets inside the name (某某（某市）示范项目) is part of it; quotes are not crossed.
    const edge = near !== null && /[）)]/.test(text[near - 1] ?? '') ? nameStartAcrossBrackets(text, sentence.start, m.start, m.end, 32, tokens) : near;
    if (edge === null) continue;
    const start = pastGluedPreposition(tokens, withStreetName(text, tokens, afterClauseWords(tokens, tokenStartFrom(tokens, edge), m.start, false)));
    const prefix = text.slice(start, m.start);
    if (start >= m.start || MIXED_OR_COUNTED.test(prefix) || prefix.includes('等') || !isSpecific(text, tokens, start, m.start)) continue;
    // 某某工程 without a built object is a programme (扶残助学工程), which the Policy recogniser owns.
    if (m.groups[0] === '工程' && !CONCRETE.test(contentOf(tokens, start, m.start))) continue;
    // A verb of works (贯通, 改造) needs a built object right before it: 某大街贯通, not 全线贯通.
    if (VERB_OF_WORKS.test(m.groups[0]) && (!CONCRETE.test(text.slice(Math.max(start, m.start - 2), m.start)) || /全[线面部]$/.test(prefix))) continue;
    const from = afterMoney(text, afterCoordinatedWork(text, start, m.start), m.start);
    if (m.start - from >= 2) spans.push({ start: from, end: m.end });
  }
  return spans;
}

const QUANTITY_WORD = '(?:[0-9一二三四五六七八九十百几多]+[个项批]|一批)?(?:省市|省级|市级)?(?:重点|重大)?(?:产业|基础设施|民生|文旅)?';
const CLOSES_LIST = new RegExp(`等${QUANTITY_WORD}(?:项目|工程)$`);
const QUANTITY = /[0-9一二三四五六七八九十百千两几]+[个项批家户座条]/;

// "A、B和C等项目", "A等一批重点项目": each item is a project whatever its last word.
const LISTED_PROJECTS = new RegExp(`等${QUANTITY_WORD}(?:项目|工程)`, 'g');

function listedSpans(sentence: Sentence, text: string, tokens: readonly Token[]): Span[] {
  return closedEnumerations(sentence, text, LISTED_PROJECTS, 28).filter((s) => {
    const item = text.slice(s.start, s.end);
    return /^[\u4e00-\u9fa50-9A-Za-z“”"+、·]+$/.test(item) && !QUANTITY.test(item) && isSpecific(text, tokens, tokenStartFrom(tokens, s.start), s.end);
  });
}

// Quoted names of facilities being built: 共建“某某种质资源库”“某某生态园”.
const BUILD_THEN_QUOTES = /(?:共建|建设|打造|建成|新建|启动|实施|推进)((?:“[^“”]{2,24}”[、和及与]?)+)/g;
const QUOTED = /“([^“”]{2,24})”/g;
const FACILITY_END = /(?:库|园|馆|中心|基地|港|城|平台|工程|项目|路网|大道|公路|线|站|厂)$/;

function quotedSpans(sentence: Sentence): Span[] {
  const spans: Span[] = [];
  for (const m of matches(BUILD_THEN_QUOTES, sentence)) {
    const base = m.end - m.groups[1].length;
    for (const q of m.groups[1].matchAll(QUOTED)) {
      if (FACILITY_END.test(q[1])) spans.push({ start: base + q.index + 1, end: base + q.index + 1 + q[1].length });
    }
  }
  return spans;
}

export const projectRecogniser: Recogniser = {
  name: SOURCE,
  kinds: ['Project'],
  recognise(sentence: Sentence, context: RecogniseContext): Mention[] {
    const text = context.text;
    const spans = [...englishProjectSpans(sentence, text)];
    if (/[\u4e00-\u9fa5]/.test(sentence.text)) {
      const tokens = sentenceTokens(sentence);
      spans.push(...suffixSpans(sentence, text, tokens), ...listedSpans(sentence, text, tokens), ...quotedSpans(sentence));
    }
    return toMentions('Project', SOURCE, text, sentence, spans);
  },
};
