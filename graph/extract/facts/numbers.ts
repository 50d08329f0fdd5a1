// Finds the figures in a sentence: a number (Arabic digits, or a Chinese
// numeral with 百/千 or a 万/亿 magnitude) followed by a unit. Numbers without a
// unit, ordinals, years, quoted slogan numbers ("“25条”"), thresholds
// ("500人以上行政村") and masked digits ("11*2.*") give no fact.
import { matchChineseUnit, matchEnglishUnit, type UnitKind, type UnitMatch } from './units.js';

export interface Figure {
  /** Offsets in the sentence text: the number's start, the unit's end. */
  start: number;
  end: number;
  value: number;
  unit: string;
  kind: UnitKind;
  /** Whether the unit is written in English. */
  english: boolean;
  /** The unit is an English counted noun phrase ("key projects"). */
  counted?: boolean;
  /** Digits masked with `*`: no fact, but the figure still carries its clause's indicator. */
  masked?: boolean;
}

/**
 * Arabic numbers, and Chinese numerals that can be amounts: round ones (百, 千) or ones before 万/亿.
 * Every branch starts with a fixed character class, which lets the regex engine skip ahead quickly.
 */
const NUMBER_RE =
  /[0-9*]+(?:,[0-9*]{3}(?![0-9*]))*(?:\.[0-9*]+)?|[一二两兩三四五六七八九十]+(?:[百千][一二两兩三四五六七八九十百千]*|(?=[余餘多]?[万萬亿億]))|[百千][一二两兩三四五六七八九十百千]*/g;
const MARKDOWN_BOLD_RE = /^\*\*([0-9][0-9,.]*)\*\*$/;
const CHINESE_DIGITS: Record<string, number> = {
  一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_POWERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** Characters before a number that make it an ordinal, a rate denominator or part of a formula. */
const NOT_A_FIGURE_BEFORE = new Set(['第', '+', '＋', '/']);
/** A range "2-3个": the lower bound takes the upper bound's unit and only the upper one is kept. */
const RANGE_RE = /\s?[-—–~～至到]\s?(?=\d)/y;
/** Rates sharing one unit: "0.2 and 2 percentage points", "5、8%". */
const SHARED_UNIT_RE = /\s?(?:and|和|、)\s?(?=\d)/y;
const YEAR_TOKEN_RE = /^(?:19|20)\d{2}$/;
/** A threshold qualifying a noun ("5000万元以上项目"), not an amount reached. */
const THRESHOLD_AFTER_RE = /(?:及以上|以上|以下)(?=[\u4e00-\u9fff])/y;
const ENGLISH_UNIT_START_RE = /\s?[A-Za-z%％]/y;
/** MT splits "16.3%" into "16 percent.3%". */
const SPLIT_PERCENT_RE = /\.(\d+)%/y;
const QUOTE_REACH = 8;
/** "top 100 cities" is a ranking list, not a count. */
const RANKING_BEFORE_RE = /\btop\s$/i;

function at(re: RegExp, text: string, index: number): RegExpExecArray | null {
  re.lastIndex = index;
  return re.exec(text);
}

export function parseChineseNumeral(numeral: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of numeral) {
    const power = CHINESE_POWERS[ch];
    if (power) {
      total += (digit || 1) * power;
      digit = 0;
    } else {
      digit = CHINESE_DIGITS[ch] ?? 0;
    }
  }
  return total + digit;
}

/** The digits of a token; NaN when some are masked with `*`; null for no digits. Bold markdown (**12**) is not a mask. */
function arabicValue(token: string): number | null {
  const bold = MARKDOWN_BOLD_RE.exec(token);
  const digits = bold ? bold[1] : token;
  if (!/[0-9]/.test(digits)) return null;
  return digits.includes('*') ? NaN : Number(digits.replace(/,/g, ''));
}

/** Digits right after "8.50," or "3." belong to a malformed number, not a new one. */
function continuesNumber(text: string, start: number): boolean {
  const before = text[start - 1];
  return (before === ',' || before === '.') && /[0-9]/.test(text[start - 2] ?? '');
}

/** Inside a short quoted name such as “25条” or “百亿百项”. */
function quoted(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('“', start);
  if (open < 0 || start - open > QUOTE_REACH || text.lastIndexOf('”', start) > open) return false;
  const close = text.indexOf('”', end);
  return close >= 0 && close - end <= QUOTE_REACH;
}

function unitAfter(text: string, numEnd: number): UnitMatch | null {
  return at(ENGLISH_UNIT_START_RE, text, numEnd) ? matchEnglishUnit(text, numEnd) : matchChineseUnit(text, numEnd);
}

function arabicFigure(text: string, start: number, token: string, value: number, unit: UnitMatch): Figure | null {
  const numEnd = start + token.length;
  let end = numEnd + unit.length;
  let figureValue = value;
  if (unit.kind === 'percent' && unit.unit.startsWith('per')) {
    const split = at(SPLIT_PERCENT_RE, text, end);
    if (split) {
      figureValue = Number(`${token}.${split[1]}`);
      end += split[0].length;
    }
  }
  // "2035 long-term goals" is a year, not a count.
  if (unit.counted && YEAR_TOKEN_RE.test(token)) return null;
  const english = /[A-Za-z]/.test(unit.unit);
  return {
    start, end, value: figureValue, unit: unit.unit, kind: unit.kind, english, counted: unit.counted, masked: Number.isNaN(value),
  };
}

function chineseFigure(text: string, start: number, numeral: string): Figure | null {
  const numEnd = start + numeral.length;
  const unit = matchChineseUnit(text, numEnd);
  if (!unit || unit.kind !== 'amount' || unit.bare) return null;
  // Only round figures (百, 千) or ones with a magnitude (两万人); "三个" is a slogan count.
  if (!/[百千]/.test(numeral) && !/^[万亿千]/.test(unit.unit)) return null;
  // 千家万户 and the like are idioms, not amounts.
  if (/^[万萬]/.test(text.slice(numEnd + unit.length, numEnd + unit.length + 1))) return null;
  return { start, end: numEnd + unit.length, value: parseChineseNumeral(numeral), unit: unit.unit, kind: unit.kind, english: false };
}

interface Pending {
  start: number;
  value: number;
  token: string;
}

/** Every figure in `text`, left to right, not overlapping; masked ones are flagged. */
export function scanFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  let pending: Pending[] = [];
  NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_RE.exec(text)) !== null) {
    const token = m[0];
    const start = m.index;
    const numEnd = start + token.length;
    if (NOT_A_FIGURE_BEFORE.has(text[start - 1] ?? '') || text[numEnd] === '+' || continuesNumber(text, start)) continue;
    if (RANKING_BEFORE_RE.test(text.slice(Math.max(0, start - 5), start))) continue;
    if (token.charCodeAt(0) > 0x7f) {
      const figure = chineseFigure(text, start, token);
      if (figure && !quoted(text, start, figure.end)) {
        figures.push(figure);
        NUMBER_RE.lastIndex = figure.end;
      }
      continue;
    }
    const value = arabicValue(token);
    if (value === null) continue;
    const range = at(RANGE_RE, text, numEnd);
    if (range) {
      // The range's figure starts at its lower bound; the upper bound gives value and unit.
      pending = [{ start: pending[0]?.start ?? start, value: NaN, token: '' }];
      continue;
    }
    const unit = unitAfter(text, numEnd);
    if (!unit) {
      const shared = !YEAR_TOKEN_RE.test(token) && at(SHARED_UNIT_RE, text, numEnd);
      pending = shared ? [...pending, { start, value, token }] : [];
      continue;
    }
    const figure = arabicFigure(text, start, token, value, unit);
    const listed = pending;
    pending = [];
    if (!figure || quoted(text, start, figure.end) || at(THRESHOLD_AFTER_RE, text, figure.end)) continue;
    for (const p of listed) {
      if (p.token && figure.kind === 'amount') continue;
      if (p.token) figures.push({ ...figure, start: p.start, end: p.start + p.token.length, value: p.value, masked: Number.isNaN(p.value) });
      else figure.start = p.start;
    }
    figures.push(figure);
    NUMBER_RE.lastIndex = figure.end;
  }
  return figures;
}
