// Institutions that are not businesses: government bodies and their departments,
// party committees, congresses, schools, hospitals, institutes, associations and
// media. Chinese names keep their place prefix (某市人民政府); English names are
// read by the patterns in organization-en.ts.
import type { Mention, Recogniser, RecogniseContext, Sentence } from '../types.js';
import { englishOrganizationSpans } from './organization-en.js';
import { isKnownPlace, isPlaceWord, placePrefixStart } from './place-prefix.js';
import { afterClauseWords, afterConjunction, matches, nameStart, pastGluedPreposition, sentenceTokens, startsToken, tokenAt, tokenStartFrom, toMentions, type Span, type Token } from './span-tools.js';

const SOURCE = 'organization';

// National bodies named without a place.
// National bodies and the national exchange boards (新三板, 创业板).
const NATIONAL = /党中央|中共中央|国务院|全国人大常委会|全国人大|全国政协|中央纪委|新三板|创业板|科创板|中小板|北交所|上交所|深交所|[0-9]{5}[\u4e00-\u9fa5]{0,8}热线|党的(?:第?[一二三四五六七八九十]+次全国代表大会|[一二三四五六七八九十]+大|[一二三四五六七八九十]+届[一二三四五六七八九十]+中全会)/g;

// Bodies whose name is a level character plus the body (市委, 县政府, 乡政府, 市五届人大);
// the place before the level character, if any, is added by the token walk.
const LEVELLED = new RegExp(
  '(?:特别行政区|自治区|[省市县区州乡镇旗])(?:[一二三四五六七八九十]+届)?' +
    '(?:人民代表大会常务委员会|人民代表大会|人大常委会|人大|政协|人民政府|政府|委(?![员托])|纪委|监委|党委|党工委|管委会)',
  'g',
);

const EVERY_BEFORE = /各[^，。；、]{0,4}、$/;

// Ordinal congresses and committees without a level character (第五届人民代表大会).
const ORDINAL_BODY = /第[一二三四五六七八九十]+届(?:人民代表大会|委员会)(?:常务委员会)?/g;

// Government departments: a functional stem and the kind of office.
const DEPARTMENT_STEMS = `发展和改革 发展改革 发改 工业和信息化 工信 教育 科学技术 科技 公安 民政 司法 财政 人力资源和社会保障 人社
自然资源 规划和自然资源 生态环境 住房和城乡建设 住建 交通运输 交通 水利 水务 农业农村 农业 商务 文化和旅游 文旅 卫生健康 卫健
退役军人事务 应急管理 应急 审计 国有资产监督管理 国资 市场监督管理 市场监管 体育 统计 医疗保障 医保 林业 林草 能源 税务
行政审批服务 行政审批 乡村振兴 信访 金融 地方金融监督管理 大数据 数据 外事 宣传 组织 统战 政法 网信 机关事务管理
气象 地震 粮食和物资储备 人防 城市管理 城管 综合执法 招商 投资促进 工商 质监 食品药品监督管理 环保 规划 国土资源 国土`;
const DEPARTMENT = new RegExp(
  `[省市县区]?(?:${DEPARTMENT_STEMS.split(/\s+/).sort((a, b) => b.length - a.length).join('|')})` +
    '(?:委员会|局|厅|委|部|办公室|办)(?![长员])',
  'g',
);

// Every department name ends in one of these; sentences without them skip the long pattern.
const OFFICE_CHAR = /[局厅委部办]/;

// Institutions whose names end in a type word; the left edge comes from the clause.
const INSTITUTION = new RegExp(
  '(?:大学(?![生城])|学院(?!路)|中学|小学|附中|附小|师大|医院|卫生院|研究院|研究所|研究中心|科学院|协会|商会|联合会|' +
    '学会|促进会|日报|晚报|报社|电视台|广播电视台|新闻网|资讯网|融媒体中心|红十字会|总工会|工商联|妇联|残联|科协|团委|' +
    '人民法院|法院|人民检察院|检察院|疾病预防控制中心|疾控中心|政务服务中心|公共资源交易中心|交易中心|交易所|党校|文明实践中心|文明实践所|文明实践站|' +
    '实验室|职业技术学院|技师学院|图书馆|博物馆|科技馆|档案馆|气象台|出版社|基金会|研究会|生产建设兵团)',
  'g',
);
// A prefix that is a quantity or a determiner names a class of institutions, not one.
const GENERIC_PREFIX = /^(?:[各全该本这那此其每某多诸等个家所批类]|中(?![国华])|城区|市区|农村|乡村|城乡|合作|一[些批所家个]|[0-9０-９]|相关|有关|重点|知名|高等|国内|国外|省内|市内|大型|综合|公立|民营|基层|定点|附属|二级|三级|三甲|乡镇|社区|村级|县级|市级|省级)/;
const GENERIC_WHOLE = new Set(['人民医院', '中医院', '医科大学', '师范大学', '大学', '高等学校', '科学院', '研究院', '研究所', '协会', '商会', '学会', '中学', '小学', '日报', '晚报', '党校', '中心', '实验室', '重点实验室', '省实验室', '国家实验室', '国家重点实验室', '图书馆', '博物馆']);

function bodySpans(sentence: Sentence, text: string): Span[] {
  const spans: Span[] = [...matches(NATIONAL, sentence)];
  const tokens = sentenceTokens(sentence);
  for (const m of matches(ORDINAL_BODY, sentence)) {
    spans.push({ start: placePrefixStart(tokens, sentence.start, m.start), end: m.end });
  }
  for (const m of matches(LEVELLED, sentence)) {
    // 各辖市、区人民政府: the governments of every district, no one body.
    if (EVERY_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 8), m.start))) continue;
    const start = withinPlaceToken(text, tokens, m.start, m.groups[0]) ?? placePrefixStart(tokens, sentence.start, m.start + 1);
    spans.push({ start: start <= m.start ? start : placeNameBefore(text, tokens, sentence.start, m.start), end: m.end });
  }
  for (const m of OFFICE_CHAR.test(sentence.text) ? matches(DEPARTMENT, sentence) : []) {
    const start = placePrefixStart(tokens, sentence.start, m.start);
    // A stem cut out of a longer word (国资 in 外国资…) names no department.
    if (start === m.start && !startsToken(tokens, m.start)) continue;
    spans.push({ start, end: m.end });
  }
  return spans;
}

/**
 * Start of the whole body when the segmenter kept it as one word (某某自治区人民政府,
 * 某某特别行政区政府) whose part before the body is a place: else undefined.
 */
function withinPlaceToken(text: string, tokens: readonly Token[], at: number, body: string): number | undefined {
  const word = tokenAt(tokens, at);
  const level = /^(?:特别行政区|自治区|.)/.exec(body)![0];
  // jieba glues a verb to the level character too (受|市 in 受市人民政府委托): the part before it must be a known place.
  const place = word !== undefined && word.start < at ? text.slice(word.start, at) + level : '';
  return place !== '' && isPlaceWord(place) && isKnownPlace(place) ? word!.start : undefined;
}

/**
 * Start of a place whose name ends at a level character the segmenter glued to the
 * body (峪口|乡政府): the proper-noun token before it and any places before that.
 */
function placeNameBefore(text: string, tokens: readonly Token[], floor: number, level: number): number {
  const before = tokenAt(tokens, level - 1);
  if (before === undefined || before.end !== level || before.start < floor) return level;
  const properNoun = /^(?:n|n[rstz]|nrt|ng|j|x)$/.test(before.tag) && /^[\u4e00-\u9fa5]{2,4}$/.test(before.word);
  if (!properNoun || !isPlaceWord(before.word + text[level])) return level;
  return placePrefixStart(tokens, floor, before.start);
}

function institutionSpans(sentence: Sentence, text: string): Span[] {
  const spans: Span[] = [];
  const tokens = sentenceTokens(sentence);
  for (const m of matches(INSTITUTION, sentence)) {
    const edge = nameStart(text, sentence.start, m.start, m.end, 16, tokens);
    if (edge === null) continue;
    const start = pastGluedPreposition(tokens, afterConjunction(tokens, afterClauseWords(tokens, tokenStartFrom(tokens, edge), m.start, true), m.start));
    if (start >= m.start) continue;
    const name = text.slice(start, m.end);
    if (GENERIC_PREFIX.test(name) || GENERIC_WHOLE.has(name) || /一批|一些|多所|多家|等/.test(name)) continue;
    spans.push({ start, end: m.end });
  }
  return spans;
}

// Session numbers (第五届, 五届, 17th) tell sittings of one body apart, not bodies.
const ZH_SESSION = /第?[一二三四五六七八九十]+届/;
const EN_SESSION = /^\d+(?:st|nd|rd|th) /;
const EN_SMALL_WORDS = new Set(['of', 'the', 'and', 'in', 'for']);

/** The body's name without its session number, English words in title case; the surface stays an alias. */
function canonical(text: string, span: Span): Span {
  const surface = text.slice(span.start, span.end);
  let name = surface;
  if (/[\u4e00-\u9fa5]/.test(surface)) {
    // 人大 is short for 人民代表大会: both forms name one congress.
    if (/人民代表大会|人大|政协/.test(surface)) name = surface.replace(ZH_SESSION, '').replace(/人大常委会$/, '人民代表大会常务委员会').replace(/人大$/, '人民代表大会');
  } else {
    name = surface
      .replace(EN_SESSION, '')
      .replace(' and its ', ' ')
      .split(' ')
      .map((w, i) => (i > 0 && EN_SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
      .join(' ');
  }
  return name === surface || name.length < 2 ? span : { ...span, name };
}

export const organizationRecogniser: Recogniser = {
  name: SOURCE,
  kinds: ['Organization'],
  recognise(sentence: Sentence, context: RecogniseContext): Mention[] {
    const text = context.text;
    const spans = HAN_TEXT.test(sentence.text)
      ? [...bodySpans(sentence, text), ...institutionSpans(sentence, text), ...englishOrganizationSpans(sentence, text)]
      : englishOrganizationSpans(sentence, text);
    return toMentions('Organization', SOURCE, text, sentence, spans.map((span) => canonical(text, span)));
  },
};

const HAN_TEXT = /[\u4e00-\u9fa5]/;
