// Lookup structures over the industry vocabulary, built once on first use:
// Chinese forms by first character (longest first) and English forms as
// sequences of plural-insensitive word keys.
import { englishKey } from '../recognise/boundary.js';
import { INDUSTRY_TERMS, type IndustryTerm } from './industries.js';

export interface IndustryIndex {
  /** Chinese form → term. */
  zh: Map<string, IndustryTerm>;
  /** First character → lengths of the Chinese forms starting with it, longest first. */
  zhLengths: Map<string, number[]>;
  /** English word keys joined by one space → term. */
  en: Map<string, IndustryTerm>;
  /** Longest English form in words. */
  enMaxWords: number;
}

let index: IndustryIndex | null = null;

export function industryIndex(): IndustryIndex {
  index ??= build(INDUSTRY_TERMS);
  return index;
}

function build(terms: readonly IndustryTerm[]): IndustryIndex {
  const zh = new Map<string, IndustryTerm>();
  const en = new Map<string, IndustryTerm>();
  let enMaxWords = 1;
  for (const term of terms) {
    // Single characters (煤, 铜) hide inside too many other words to scan for.
    for (const form of [term.name, ...term.zh]) if (form.length >= 2) zh.set(form, term);
    for (const form of term.en) {
      const keys = form.split(/\s+/).map(englishKey);
      en.set(keys.join(' '), term);
      enMaxWords = Math.max(enMaxWords, keys.length);
    }
  }
  const zhLengths = new Map<string, number[]>();
  for (const form of zh.keys()) {
    const lengths = zhLengths.get(form[0]) ?? [];
    if (!lengths.includes(form.length)) lengths.push(form.length);
    zhLengths.set(form[0], lengths);
  }
  for (const lengths of zhLengths.values()) lengths.sort((a, b) => b - a);
  return { zh, zhLengths, en, enMaxWords };
}

/** The longest Chinese vocabulary form starting at `pos` of `text`, if any. */
export function longestChineseTerm(text: string, pos: number): { term: IndustryTerm; length: number } | null {
  const { zh, zhLengths } = industryIndex();
  for (const length of zhLengths.get(text[pos]) ?? []) {
    const term = zh.get(text.slice(pos, pos + length));
    if (term !== undefined) return { term, length };
  }
  return null;
}

/** Looks up English word keys (already joined by spaces). */
export function englishTerm(keys: string): IndustryTerm | undefined {
  return industryIndex().en.get(keys);
}
