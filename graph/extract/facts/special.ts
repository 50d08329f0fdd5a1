// Figures that are not "number + unit": rankings ("居全省第二", "ranked third in
// the province") and the three-sector structure ratio ("7.6:53.5:38.9").
import type { FactMeasure } from '../../schema.js';
import { parseChineseNumeral, type Figure } from './numbers.js';

export interface Candidate extends Figure {
  /** A fixed indicator name, used as is. */
  indicator?: string;
  /** Appended to the indicator found before the figure: 地区生产总值 + 全省排名. */
  suffix?: string;
  measure?: FactMeasure;
}

const ZH_RANK_RE =
  /(全[国國省市区區县縣州]|省内|省內|同类城市|同類城市)[^，,；;。\d]{0,3}?第([一二三四五六七八九十]{1,3}|\d{1,3})(?![一二三四五六七八九十\d个個家批次座届屆项項条條])(?:位|名)?/g;
const EN_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const EN_ORDINAL = `(${EN_ORDINALS.join('|')}|\\d{1,3}(?:st|nd|rd|th))`;
const EN_RANK_RE = new RegExp(`\\brank(?:ed|s|ing)?\\s+(?:the\\s+)?${EN_ORDINAL}(?:\\s+and\\s+${EN_ORDINAL})?`, 'gi');
const STRUCTURE_RE = /三次产业|三次產業|产业结构|產業結構|三产|三產|three industries|industrial structure/i;
const RATIO_RE = /(?<![\d.:：])(\d{1,2}(?:\.\d+)?)\s?[:：]\s?(\d{1,2}(?:\.\d+)?)\s?[:：]\s?(\d{1,2}(?:\.\d+)?)(?![\d:：])/g;
const SECTOR_SHARES = ['第一产业占比', '第二产业占比', '第三产业占比'];

function ordinalValue(word: string): number {
  const at = EN_ORDINALS.indexOf(word.toLowerCase());
  return at >= 0 ? at + 1 : parseInt(word, 10);
}

function rankings(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (text.includes('第')) for (const m of text.matchAll(ZH_RANK_RE)) {
    const value = /\d/.test(m[2]) ? Number(m[2]) : parseChineseNumeral(m[2]);
    const start = m.index;
    out.push({ start, end: start + m[0].length, value, unit: '位', kind: 'amount', english: false, suffix: `${m[1]}排名`, measure: 'level' });
  }
  if (/rank/i.test(text)) for (const m of text.matchAll(EN_RANK_RE)) {
    const start = m.index;
    for (const word of [m[1], m[2]]) {
      if (word) out.push({ start, end: start + m[0].length, value: ordinalValue(word), unit: 'rank', kind: 'amount', english: true, suffix: ' rank', measure: 'level' });
    }
  }
  return out;
}

function sectorShares(text: string): Candidate[] {
  if (!(text.includes(':') || text.includes('：')) || !STRUCTURE_RE.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(RATIO_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    SECTOR_SHARES.forEach((indicator, i) => {
      out.push({ start, end, value: Number(m[i + 1]), unit: '%', kind: 'percent', english: false, indicator, measure: 'share' });
    });
  }
  return out;
}

/** Ranking and structure-ratio figures in a sentence. */
export function specialFigures(text: string): Candidate[] {
  return [...rankings(text), ...sectorShares(text)];
}
