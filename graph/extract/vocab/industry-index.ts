// Lookup structures over the industry vocabulary, built once on first use:
// Chinese forms by first character (longest first) and English forms as a trie
// of plural-insensitive word keys, walked one word at a time.
import { englishKey } from '../recognise/boundary.js';
import { INDUSTRY_TERMS, type IndustryTerm } from './industries.js';

export interface IndustryIndex {
  /** Chinese form → term. */
  zh: Map<string, IndustryTerm>;
  /** First character → lengths of the Chinese forms starting with it, longest first. */
  zhLengths: Map<string, number[]>;
  /** English forms, word key by word key. */
  en: EnglishNode;
}

export interface EnglishNode {
  /** The term whose form ends with this word. */
  term?: IndustryTerm;
  next: Map<string, EnglishNode>;
}

let index: IndustryIndex | null = null;

export function industryIndex(): IndustryIndex {
  index ??= build(INDUSTRY_TERMS);
  return index;
}

function build(terms: readonly IndustryTerm[]): IndustryIndex {
  const zh = new Map<string, IndustryTerm>();
  const en: EnglishNode = { next: new Map() };
  for (const term of terms) {
    // Single characters (煤, 铜) hide inside too many other words to scan for.
    for (const form of [term.name, ...term.zh]) if (form.length >= 2) zh.set(form, term);
    for (const form of term.en) {
      let node = en;
      for (const key of form.split(/\s+/).map(englishKey)) {
        let next = node.next.get(key);
        if (next === undefined) node.next.set(key, (next = { next: new Map() }));
        node = next;
      }
      node.term = term;
    }
  }
  const zhLengths = new Map<string, number[]>();
  for (const form of zh.keys()) {
    const lengths = zhLengths.get(form[0]) ?? [];
    if (!lengths.includes(form.length)) lengths.push(form.length);
    zhLengths.set(form[0], lengths);
  }
  for (const lengths of zhLengths.values()) lengths.sort((a, b) => b - a);
  return { zh, zhLengths, en };
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

/**
 * The longest English vocabulary form made of the word keys from `first` on,
 * each further word only while `joined[k]` says nothing but spaces or hyphens
 * precede word k; with its length in words.
 */
export function longestEnglishTerm(
  keys: readonly string[], first: number, joined: readonly boolean[],
): { term: IndustryTerm; words: number } | null {
  let best: { term: IndustryTerm; words: number } | null = null;
  let node: EnglishNode | undefined = industryIndex().en;
  for (let k = first; k < keys.length && (k === first || joined[k]); k++) {
    node = node.next.get(keys[k]);
    if (node === undefined) break;
    if (node.term !== undefined) best = { term: node.term, words: k - first + 1 };
  }
  return best;
}
