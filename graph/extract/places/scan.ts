// First pass over the text: every place name the lexicon knows, as candidate
// groups (all names starting at one offset, longest first), before any
// decision about context. Chinese names come from the trie, English ones from
// capitalised words looked up by their joined lowercase pinyin.
import { divisionByCode, type Division } from './gazetteer.js';
import { englishLexicon, lexicon, type ChineseForm, type EnglishEntry } from './lexicon.js';
import { englishKey, isPinyinWord } from './names.js';

export type CandidateForm = ChineseForm | 'english' | 'english-suffixed' | 'english-township';

export interface Candidate {
  start: number;
  end: number;
  form: CandidateForm;
  codes: readonly string[];
  /** For an English township name: its lookup key, resolved against the places in view. */
  key?: string;
}

/** Chinese candidates at every offset, in text order; each group longest first. */
export function scanChinese(text: string): Candidate[][] {
  const { chinese } = lexicon();
  const groups: Candidate[][] = [];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x3400) continue;
    const matches = chinese.matchesAt(text, i);
    if (matches.length === 0) continue;
    const group: Candidate[] = [];
    for (const m of matches) {
      for (const e of m.values) group.push({ start: i, end: m.end, form: e.form, codes: e.codes });
    }
    groups.push(group);
  }
  return groups;
}

// Only capitalised words can start a name; Xi'an is one word, the possessive of Shanxi's is not part of it.
const NAME_WORD = /\b[A-Z][A-Za-z]*(?:['’](?!s\b)[A-Za-z]+)?/g;
// Read right after a name: a second capitalised word (Hong Kong), a division word (City, Autonomous Region).
const PAIR_WORD = /[ -]([A-Z][a-z]+)\b/y;
const DIVISION_WORD = /\s+(?:[Aa]utonomous\s+)?([A-Za-z]+)\b/y;

const TOWNSHIP_WORDS = new Set(['town', 'township', 'subdistrict']);

// Common Chinese surnames: a pinyin name right after one is a person's given name (Li Jinyuan), not a place.
const SURNAMES = new Set(
  `li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng
deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng wei su lu ding ren shen yao fan jin qin shi cui kong
bai qian niu hou meng xue yan lei long duan hao shao wan gu lai wen qiu mao jia xiang`.split(/\s+/),
);
const SURNAME_BEFORE = /\b([A-Z][a-z]{0,5})\s$/;

function afterSurname(text: string, start: number): boolean {
  const before = SURNAME_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  return before !== null && SURNAMES.has(before[1].toLowerCase());
}

function wordAt(pattern: RegExp, text: string, at: number): { end: number; word: string } | undefined {
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  return m ? { end: at + m[0].length, word: m[1] } : undefined;
}

// English words naming the kind of division, and which records each may follow.
const SUFFIX_FITS: Readonly<Record<string, (r: Division) => boolean>> = {
  province: (r) => r.level === 'province' && r.kind === 'Province',
  region: (r) => r.level === 'province' && r.name.endsWith('自治区'),
  city: (r) => (r.level === 'province' && r.kind === 'City') || r.level === 'city' || (r.level === 'county' && r.name.endsWith('市')),
  municipality: (r) => r.level === 'province' && r.kind === 'City',
  prefecture: (r) => r.level === 'city',
  county: (r) => r.level === 'county' && /[县旗]$/.test(r.name),
  district: (r) => r.level === 'county' && r.name.endsWith('区'),
  banner: (r) => r.level === 'county' && r.name.endsWith('旗'),
  league: (r) => r.level === 'city' && r.name.endsWith('盟'),
};

function fitting(entries: readonly EnglishEntry[], fits: (r: Division) => boolean): string[] {
  return entries.filter((e) => {
    const record = divisionByCode(e.code);
    return record !== undefined && fits(record);
  }).map((e) => e.code);
}

/**
 * English candidates: a capitalised word (or two joined: Hong Kong, Inner
 * Mongolia) whose key the lexicon knows. With a following division word
 * (City, County …) the span takes it in and only fitting divisions remain;
 * without one only names of two or more syllables stand.
 */
export function scanEnglish(text: string): Candidate[][] {
  const groups: Candidate[][] = [];
  for (const m of text.matchAll(NAME_WORD)) {
    // Acronyms (GDP) and single capitals in Chinese text need no English index.
    if (m[0].length < 2 || !/[a-z]/.test(m[0][1])) continue;
    const { english, pairs } = englishLexicon();
    const start = m.index;
    const second = wordAt(PAIR_WORD, text, start + m[0].length);
    const pairKey = second ? englishKey(m[0] + second.word) : '';
    const pair = pairs.has(pairKey) ? english.get(pairKey) : undefined;
    const end = pair && second ? second.end : start + m[0].length;
    const entries = pair ?? english.get(englishKey(m[0])) ?? [];
    const group: Candidate[] = [];
    const division = wordAt(DIVISION_WORD, text, end);
    if (division && TOWNSHIP_WORDS.has(division.word.toLowerCase()) && isPinyinWord(m[0])) {
      group.push({ start, end: division.end, form: 'english-township', codes: [], key: englishKey(m[0]) });
    }
    const fits = division && SUFFIX_FITS[division.word.toLowerCase()];
    const suffixed = fits ? fitting(entries, fits) : [];
    if (division && suffixed.length > 0) group.push({ start, end: division.end, form: 'english-suffixed', codes: suffixed });
    // "Yibin District" where no Yibin is a district names another place (a zone, a new district), not the city.
    const otherKind = fits !== undefined && suffixed.length === 0;
    const bare = entries.some((e) => e.bare) && !otherKind && !afterSurname(text, start) ? entries.filter((e) => e.bare).map((e) => e.code) : [];
    if (bare.length > 0) group.push({ start, end, form: 'english', codes: bare });
    if (group.length > 0) groups.push(group);
  }
  return groups;
}
