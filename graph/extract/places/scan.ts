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

/** Runs of characters from U+3400 on, where every Chinese name starts: the native search skips Latin text far faster than a character loop. */
const HIGH_RUN = /[\u3400-\uffff]+/g;

/** Chinese candidates at every offset, in text order; each group longest first. */
export function scanChinese(text: string): Candidate[][] {
  const { chinese } = lexicon();
  const groups: Candidate[][] = [];
  HIGH_RUN.lastIndex = 0;
  for (let run = HIGH_RUN.exec(text); run !== null; run = HIGH_RUN.exec(text)) {
    const end = run.index + run[0].length;
    for (let i = run.index; i < end; i++) {
      const matches = chinese.matchesAt(text, i);
      if (matches.length === 0) continue;
      const group: Candidate[] = [];
      for (const m of matches) {
        for (const e of m.values) group.push({ start: i, end: m.end, form: e.form, codes: e.codes });
      }
      groups.push(group);
    }
  }
  return groups;
}

// Only capitalised words can start a name; Xi'an is one word, the possessive of Shanxi's is not part of it.
const NAME_WORD = /\b[A-Z][A-Za-z]*(?:['’](?!s\b)[A-Za-z]+)?/g;
// Read right after a name: a second capitalised word (Hong Kong), a division word (City, Autonomous Region).
const PAIR_WORD = /[ -]([A-Z][a-z]+)\b/y;
// The peoples of an autonomous division come before its word: Haixi Mongolian and Tibetan Autonomous Prefecture.
const DIVISION_WORD = /\s+(?:(?:[A-Z][a-z]+\s+(?:and\s+)?){0,3}[Aa]utonomous\s+)?([A-Za-z]+)\b/y;

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
  NAME_WORD.lastIndex = 0;
  for (let m = NAME_WORD.exec(text); m !== null; m = NAME_WORD.exec(text)) {
    const word = m[0];
    // Acronyms (GDP) and single capitals in Chinese text need no English index.
    if (word.length < 2 || !isLowerLatin(word.charCodeAt(1))) continue;
    const { english, pairs, pairHeads } = englishLexicon();
    const start = m.index;
    // The word is letters and at most one apostrophe: its key is its lower case without that.
    const key = wordKey(word);
    const second = pairHeads.has(key) ? wordAt(PAIR_WORD, text, start + word.length) : undefined;
    const pairKey = second ? key + second.word.toLowerCase() : '';
    const pair = pairs.has(pairKey) ? english.get(pairKey) : undefined;
    const end = pair && second ? second.end : start + word.length;
    const entries = pair ?? english.get(key);
    // Every candidate but a township's needs a known name, and every division word a blank before it.
    if (entries === undefined && !isPinyinWord(word)) continue;
    const division = isBlankCode(text.charCodeAt(end)) ? wordAt(DIVISION_WORD, text, end) : undefined;
    if (entries === undefined && division === undefined) continue;
    const group: Candidate[] = [];
    if (division && TOWNSHIP_WORDS.has(division.word.toLowerCase()) && isPinyinWord(word)) {
      group.push({ start, end: division.end, form: 'english-township', codes: [], key });
    }
    if (entries !== undefined) {
      const fits = division && SUFFIX_FITS[division.word.toLowerCase()];
      const suffixed = fits ? fitting(entries, fits) : [];
      if (division && suffixed.length > 0) group.push({ start, end: division.end, form: 'english-suffixed', codes: suffixed });
      // "Yibin District" where no Yibin is a district names another place (a zone, a new district), not the city.
      const otherKind = fits !== undefined && suffixed.length === 0;
      const bare = entries.some((e) => e.bare) && !otherKind && !afterSurname(text, start) ? entries.filter((e) => e.bare).map((e) => e.code) : [];
      if (bare.length > 0) group.push({ start, end, form: 'english', codes: bare });
    }
    if (group.length > 0) groups.push(group);
  }
  return groups;
}

function isLowerLatin(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** Whether the code is one `\s` matches. */
function isBlankCode(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** englishKey of a NAME_WORD match, which holds only letters and an apostrophe. */
function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.indexOf("'") < 0 && lower.indexOf('’') < 0 ? lower : englishKey(lower);
}
