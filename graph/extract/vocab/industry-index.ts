// Lookup structures over the industry vocabulary, built once on first use:
// Chinese forms in a character trie and English forms as a trie
// of plural-insensitive word keys, walked one word at a time.
import { Trie } from '../places/trie.js';
import { englishKey } from '../recognise/boundary.js';
import { INDUSTRY_TERMS, type IndustryTerm } from './industries.js';

export interface IndustryIndex {
  /** Chinese forms, character by character. */
  zh: Trie<IndustryTerm>;
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
  const zh = new Trie<IndustryTerm>();
  const en: EnglishNode = { next: new Map() };
  for (const term of terms) {
    // Single characters (煤, 铜) hide inside too many other words to scan for.
    // A later form of the same surface replaces an earlier one, as one map entry per surface did.
    for (const form of [term.name, ...term.zh]) if (form.length >= 2) zh.slot(form).splice(0, 1, term);
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
  return { zh, en };
}

/** The longest Chinese vocabulary form starting at `pos` of `text`, if any. */
export function longestChineseTerm(text: string, pos: number): { term: IndustryTerm; length: number } | null {
  const hit = industryIndex().zh.longestAt(text, pos);
  return hit === null ? null : { term: hit.values[0], length: hit.end - pos };
}

/**
 * The longest English vocabulary form made of the word keys from `first` on,
 * each further word only while `joined[k]` says nothing but spaces or hyphens
 * precede word k; with its length in words.
 */
export function longestEnglishTerm(
  words: readonly { key: string }[], first: number, joined: readonly boolean[],
): { term: IndustryTerm; words: number } | null {
  let term: IndustryTerm | undefined;
  let length = 0;
  let node: EnglishNode | undefined = industryIndex().en;
  for (let k = first; k < words.length && (k === first || joined[k]); k++) {
    node = node.next.get(words[k].key);
    if (node === undefined) break;
    if (node.term !== undefined) [term, length] = [node.term, k - first + 1];
  }
  return term === undefined ? null : { term, words: length };
}
