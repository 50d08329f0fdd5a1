// Units a figure may carry, as sticky regexes tried right after a number. Units
// are kept as written, in simplified script; only the percentage-point unit is
// given one spelling, 百分点, for Chinese and English alike.
import { englishWords } from '../recognise/boundary.js';
import { longestEnglishTerm } from '../vocab/industry-index.js';
import { simplified } from './simplify.js';

export type UnitKind = 'percent' | 'points' | 'amount';

export interface UnitMatch {
  unit: string;
  kind: UnitKind;
  /** Characters consumed after the number, leading spaces included. */
  length: number;
  /** A magnitude without a base unit: "26.76万". */
  bare?: boolean;
  /** The unit is an English counted noun phrase ("key projects"), which also names the indicator. */
  counted?: boolean;
}

export const POINTS_UNIT = '百分点';

/** Chinese base units (measure words and physical units), simplified and traditional. */
const ZH_BASE = [
  '元', '美元', '吨', '噸', '户', '戶', '个', '個', '家', '千瓦时', '千瓦時', '千瓦', '度', '人次', '人', '名', '位',
  '辆', '輛', '台', '臺', '公里', '千米', '米', '亩', '畝', '平方公里', '平方米', '公顷', '公頃', '立方米', '项', '項',
  '所', '张', '張', '座', '条', '條', '批次', '次', '场', '場', '件', '公斤', '千克', '斤', '套', '处', '處', '栋', '棟',
  '幢', '间', '間', '床', '部', '头', '頭', '只', '隻', '株', '棵', '支', '种', '種', '类', '類', '款', '宗', '笔', '筆',
  '份', '册', '冊', '例', '起', '标箱', '標箱', '倍', '架', '艘', '列',
];
/** Letter units that follow a number directly in Chinese and English text alike. */
const SI_UNITS = ['GWh', 'MWh', 'kWh', 'GW', 'MW', 'kW', 'km²', 'km', 'TEU'];

/** Magnitudes written before a Chinese base unit; 千 only when it is not the start of 千瓦/千米/千克. */
const ZH_MAGNITUDE = '(?:万亿|萬億|百万|百萬|千万|千萬|十万|十萬|万|萬|亿|億|千(?![瓦米克]))';
const ZH_MORE = '(?:余|餘|多)?';
/** Percent, per mille, and rates per 10,000 people (12.6/10万). */
const ZH_PERCENT = '(?:%|％|‰|/(?:10|十)?[万萬])';
const ZH_POINTS = '(?:个百分点|個百分點|百分点|百分點)';

const EN_MAGNITUDE = '(?:thousand|million|billion|trillion)';
const EN_MAGNITUDE_PREFIX_RE = new RegExp(`^${EN_MAGNITUDE}\\s*`);
const EN_BASE = [
  'yuan', 'RMB', 'US dollars', 'dollars', 'tons', 'tonnes', 'ton', 'kilowatt-hours', 'kilowatts', 'megawatt-hours',
  'megawatts', 'gigawatt-hours', 'gigawatts', 'terawatt-hours', 'kilometers',
  'kilometres', 'square meters', 'square metres', 'square kilometers', 'square kilometres', 'cubic meters', 'meters',
  'metres', 'hectares', 'acres', 'mu', 'person-times', 'people', 'visitors', 'tourists',
];
/** Plural nouns that follow numbers but do not make a counted indicator. */
const EN_NOT_COUNTED = new Set([
  'years', 'months', 'days', 'weeks', 'hours', 'minutes', 'seconds', 'times', 'decades', 'centuries', 'items',
  'aspects', 'points', 'percent', 'sessions', 'levels', 'rounds', 'steps', 'yuan', 'others', 'ones', 'places',
]);
/** Words allowed before the counted noun (adjectives and modifiers), never function words. */
const EN_FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'was', 'were', 'is', 'are',
  'be', 'been', 'has', 'have', 'had', 'which', 'that', 'this', 'these', 'those', 'its', 'their', 'our', 'year',
  'over', 'above', 'more', 'than', 'about', 'nearly', 'including', 'respectively', 'per', 'each', 'as', 'does',
  'goes', 'whereas',
]);

const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

const ZH_UNIT_RE = new RegExp(
  `${ZH_MORE}(?:(${ZH_POINTS})|(${ZH_PERCENT})|(${ZH_MAGNITUDE}?)${ZH_MORE}(${alternation(ZH_BASE)}|${alternation(SI_UNITS)})?)`,
  'y',
);
const EN_PERCENT_RE = /\s?(?:(%|％)|(percent|per cent)\b|(percentage points?)\b)/y;
const EN_AMOUNT_RE = new RegExp(
  `\\s?(?:(${EN_MAGNITUDE})(?:\\s(${alternation(EN_BASE)})\\b)?\\b|(${alternation(EN_BASE)}|${alternation(SI_UNITS)})\\b)`,
  'y',
);
/** Up to six lowercase words ending in a plural noun ("146 key projects"); not -ss, -us, -is words. */
const EN_COUNTED_RE = /\s(?:new\s)?((?:[a-z][a-z-]*\s){0,5}?[a-z][a-z-]*(?<![\Wsui])s)\b/y;

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The Chinese unit after a number, or null. A bare magnitude (万, 亿) counts as a unit. */
export function matchChineseUnit(text: string, at: number): UnitMatch | null {
  const m = sticky(ZH_UNIT_RE, text, at);
  if (!m || m[0].length === 0) return null;
  if (m[1]) return { unit: POINTS_UNIT, kind: 'points', length: m[0].length };
  if (m[2]) return { unit: m[2], kind: 'percent', length: m[0].length };
  const unit = (m[3] ?? '') + (m[4] ?? '');
  // A lone 千 is a numeral fragment ("5千"), not a unit.
  if (!unit || unit === '千') return null;
  return { unit: simplified(unit), kind: 'amount', length: m[0].length, bare: !m[4] };
}

/** The English unit after a number ("%", "percent", "billion yuan", "tons", "146 key projects"), or null. */
export function matchEnglishUnit(text: string, at: number): UnitMatch | null {
  const p = sticky(EN_PERCENT_RE, text, at);
  if (p) {
    if (p[3]) return { unit: POINTS_UNIT, kind: 'points', length: p[0].length };
    return { unit: p[1] ?? p[2], kind: 'percent', length: p[0].length };
  }
  const a = sticky(EN_AMOUNT_RE, text, at);
  if (a) {
    // "3.02 million vehicles": a bare magnitude takes the counted noun after it.
    const counted = a[1] && !a[2] ? countedAt(text, at + a[0].length) : null;
    if (counted) return { unit: `${a[1]} ${counted.unit}`, kind: 'amount', length: a[0].length + counted.length };
    const unit = a[1] ? (a[2] ? `${a[1]} ${a[2]}` : a[1]) : a[3];
    return { unit, kind: 'amount', length: a[0].length };
  }
  return countedAt(text, at);
}

/** A counted noun phrase at `at` ("146 key projects" after the number), or null. */
function countedAt(text: string, at: number): UnitMatch | null {
  const c = sticky(EN_COUNTED_RE, text, at);
  if (!c) return null;
  const words = c[1].split(' ');
  if (EN_NOT_COUNTED.has(words[words.length - 1]) || words.some((w) => EN_FUNCTION_WORDS.has(w))) return null;
  // The unit is the phrase as written ("poor households"), as annotators of English reports give it;
  // "new" stays when it opens an industry's name (315,000 new energy vehicles), not when it only means new (500 new jobs).
  const unit = /^\s+new\s/.test(c[0]) && opensIndustry(`new ${c[1]}`) ? `new ${c[1]}` : c[1];
  return { unit, kind: 'amount', length: c[0].length, counted: true };
}

/** Whether the phrase begins with an English industry name of two or more words. */
function opensIndustry(phrase: string): boolean {
  const words = englishWords(phrase);
  return (longestEnglishTerm(words, 0, words.map((_, k) => k > 0))?.words ?? 0) > 1;
}

const EN_BASE_SET = new Set(EN_BASE);

/** Whether a (simplified) unit counts things (个, 家, projects) rather than money or a physical quantity. */
export function isCountUnit(unit: string): boolean {
  return /^万?(?:[个家户座条项所张台辆名件场次套处栋幢间只株棵支种类款宗笔份册例起床部艘架列]|批次)$/.test(unit)
    || (/^[a-z][a-z -]*s$/.test(unit) && !EN_BASE_SET.has(unit));
}

/** An English unit without its magnitude: "million tourists" → "tourists". */
export function unitNoun(unit: string): string {
  return unit.replace(EN_MAGNITUDE_PREFIX_RE, '');
}
