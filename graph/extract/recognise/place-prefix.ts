// The place a Chinese institution or company name starts with (晋中市人民政府,
// 山西省某县某公司): tokens tagged as places, or ending in an administrative-level
// character, directly left of a given offset.
import { englishLexicon, lexicon } from '../places/lexicon.js';
import { englishKey } from '../places/names.js';
import type { Token } from './span-tools.js';
import { tokenAt } from './span-tools.js';

const LEVEL_END = /^[\u4e00-\u9fa5]{1,6}[省市县区州盟旗乡镇村]$/;
const ORDINAL = /^第?[一二三四五六七八九十]+届?$/;
// Words that end in a level character but are not place names.
const NOT_PLACES = new Set(['城市', '全市', '全省', '全县', '全区', '本市', '我市', '我省', '我县', '我区', '各市', '各县', '城区', '市区', '园区', '社区', '景区', '山区', '矿区', '地区', '片区', '街区', '小区', '新区', '城乡', '乡镇', '农村', '都市', '城镇', '街镇', '县区', '省市', '市县', '开发区', '高新区', '示范区', '保税区', '自贸区', '功能区', '集聚区', '产业区', '核心区', '城中村']);

/** Whether a word ends in an administrative-level character and is not a generic word like 城市. */
export function isPlaceWord(word: string): boolean {
  return LEVEL_END.test(word) && !NOT_PLACES.has(word);
}

/** Whether a token reads as a place name. */
export function isPlaceToken(token: Token): boolean {
  if (NOT_PLACES.has(token.word)) return false;
  if (token.tag === 'ns') return true;
  // One character and a level character is a county (沁县) or a word jieba glued to the level (受|市人民政府委托).
  return LEVEL_END.test(token.word) && (token.word.length > 2 || isKnownPlace(token.word));
}

/**
 * Start of the run of place tokens (and 第N届 ordinals) ending at `offset`, never
 * before `floor`; `offset` itself when there is none. A token that straddles
 * `offset` counts when it is a place (晋中市 in 晋中|市委).
 */
export function placePrefixStart(tokens: readonly Token[], floor: number, offset: number): number {
  let start = offset;
  const straddling = tokenAt(tokens, offset);
  if (straddling !== undefined && straddling.start < offset && straddling.start >= floor && isPlaceToken(straddling)) {
    start = straddling.start;
  }
  for (;;) {
    const before = tokenAt(tokens, start - 1);
    if (before === undefined || before.end !== start || before.start < floor) return start;
    if (!isPlaceToken(before) && !ORDINAL.test(before.word)) return start;
    start = before.start;
  }
}

/** Whether a word is exactly the name or short name of a province (江西, 江西省, 广西). */
export function isProvinceName(word: string): boolean {
  return lexicon().chinese.matchesAt(word, 0).some((m) => m.end === word.length && m.values.some((v) => v.codes.some((c) => c.length === 2)));
}

/** Whether a word is exactly a place name of the gazetteer, Chinese (平遥, 平遥县) or English (Pingyao). */
export function isKnownPlace(word: string): boolean {
  if (/^[A-Za-z' -]+$/.test(word)) return englishLexicon().english.has(englishKey(word));
  // Township names are too many and too plain (新元, 东风) to rule a brand out.
  return lexicon().chinese.matchesAt(word, 0).some((m) => m.end === word.length && m.values.some((v) => v.form !== 'township'));
}
