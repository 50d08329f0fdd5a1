// First pass over the text: every place name the lexicon knows, as candidate
// groups (all names starting at one offset, longest first), before any
// decision about context. Chinese names come from the trie, English ones from
// capitalised words looked up by their joined lowercase pinyin.
import { placeByCode, type PlaceRecord } from './gazetteer.js';
import { lexicon, type ChineseForm, type EnglishEntry } from './lexicon.js';
import { englishKey } from './names.js';

export type CandidateForm = ChineseForm | 'english' | 'english-suffixed';

export interface Candidate {
  start: number;
  end: number;
  form: CandidateForm;
  codes: readonly string[];
}

const FORM_ORDER: Record<ChineseForm, number> = { full: 0, alt: 1, short: 2, township: 3 };

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
      const entries = [...m.values].sort((a, b) => FORM_ORDER[a.form] - FORM_ORDER[b.form]);
      for (const e of entries) group.push({ start: i, end: m.end, form: e.form, codes: e.codes });
    }
    groups.push(group);
  }
  return groups;
}

interface Word {
  start: number;
  end: number;
  text: string;
}

// Xi'an is one word; the possessive of Shanxi's is not part of the name.
const WORD = /[A-Za-z]+(?:['’](?!s\b)[A-Za-z]+)?/g;

// English words naming the kind of division, and which records each may follow.
const SUFFIX_FITS: Readonly<Record<string, (r: PlaceRecord) => boolean>> = {
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

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function fitting(entries: readonly EnglishEntry[], fits: (r: PlaceRecord) => boolean): string[] {
  return entries.filter((e) => {
    const record = placeByCode(e.code);
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
  const { english, pairs } = lexicon();
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  const groups: Candidate[][] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!isCapitalised(w.text)) continue;
    const next = words[i + 1];
    const pairKey = next && isCapitalised(next.text) && /^[ -]$/.test(text.slice(w.end, next.start))
      ? englishKey(w.text + next.text) : '';
    const pair = pairs.has(pairKey) ? english.get(pairKey) : undefined;
    const last = pair ? i + 1 : i;
    const entries = pair ?? english.get(englishKey(w.text));
    if (!entries) continue;
    const group: Candidate[] = [];
    // "Autonomous Region / Prefecture / County": the last word says which.
    const suffix = words[last + 1]?.text.toLowerCase() === 'autonomous' ? words[last + 2] : words[last + 1];
    const fits = suffix && /^[\sA-Za-z]+$/.test(text.slice(words[last].end, suffix.start)) ? SUFFIX_FITS[suffix.text.toLowerCase()] : undefined;
    const suffixed = fits ? fitting(entries, fits) : [];
    if (suffixed.length > 0) group.push({ start: w.start, end: suffix.end, form: 'english-suffixed', codes: suffixed });
    const bare = entries.filter((e) => e.bare).map((e) => e.code);
    if (bare.length > 0) group.push({ start: w.start, end: words[last].end, form: 'english', codes: bare });
    if (group.length > 0) groups.push(group);
    i = last;
  }
  return groups;
}
