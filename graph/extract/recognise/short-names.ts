// Short names of companies within one document: a full name (山西某某食品股份有限公司,
// Xingfa Group) teaches its short form (某某, Xingfa), and later bare uses of
// the short form are mentions of the same company.
import type { Sentence } from '../types.js';
import { longestChineseTerm } from '../vocab/industry-index.js';
import { isKnownPlace, isPlaceToken } from './place-prefix.js';
import { Trie } from '../places/trie.js';
import { tokenAt, type Span, type Token } from './span-tools.js';
import { dictionaryTag } from './word-tags.js';

let documentText: string | null = null;
const fullNames = new Map<string, string>();
// The short forms in a trie, so a sentence is scanned once whatever their number; built on first use in a document.
let aliasTrie: Trie<string> | null = null;

// Documents arrive one after another; the text reference tells when a new one starts.
function forDocument(text: string): Map<string, string> {
  if (text !== documentText) {
    documentText = text;
    fullNames.clear();
    aliasTrie = null;
  }
  return fullNames;
}

/**
 * Calls `learn` once when `text` is a document not seen before, so short forms used
 * before their full name (简称 first, 全称 later) are linked too.
 */
export function beginDocument(text: string, learn: (text: string) => void): void {
  if (text === documentText) return;
  forDocument(text);
  learn(text);
}

/** Records that `alias` stands for the company `name` in the document `text`. */
export function rememberAlias(text: string, alias: string, name: string): void {
  const known = forDocument(text);
  if (alias.length >= 2 && alias !== name && !known.has(alias)) {
    known.set(alias, name);
    aliasTrie?.add(alias, alias);
  }
}

const GENERAL_TAGS = /^(?:n|vn|v|nz|b|an|l)$/;
const COMMON_NOUN_TAGS = /^(?:n|vn|v|b|an|l)$/;

/**
 * The short form of a Chinese company name whose suffix starts at `suffixStart`:
 * leading places and trailing general words (肉制品, 农业, 科技, 发展) removed.
 * Null when what is left is not a two-to-four-character brand.
 */
export function chineseShortName(text: string, tokens: readonly Token[], start: number, suffixStart: number): string | null {
  let from = start;
  for (let t = tokenAt(tokens, from); t !== undefined && t.end < suffixStart && isPlaceToken(t); t = tokenAt(tokens, t.end)) from = t.end;
  let to = suffixStart;
  for (let t = tokenAt(tokens, to - 1); t !== undefined && t.start - from >= 2; t = tokenAt(tokens, to - 1)) {
    const general = t.word.length >= 2 && (GENERAL_TAGS.test(t.tag) || longestChineseTerm(text, t.start)?.length === t.word.length);
    if (!general) break;
    to = t.start;
  }
  const core = text.slice(from, to);
  if (core.length < 2 || core.length > 4 || !/^[\u4e00-\u9fa5]+$/.test(core) || isKnownPlace(core)) return null;
  // A common noun left alone (电器 of 四川某某电器集团 once the places are gone) is no brand.
  return COMMON_NOUN_TAGS.test(dictionaryTag(core) ?? '') ? null : core;
}

/** The full company name a short form learnt earlier in the document stands for. */
export function fullNameOf(text: string, alias: string): string | undefined {
  return forDocument(text).get(alias);
}

// Up to this many short forms, one native search each beats a scan of the sentence in script.
const NATIVE_SEARCH_LIMIT = 12;

function aliasSpan(sentence: Sentence, text: string, i: number, alias: string, name: string): Span | null {
  const start = sentence.start + i;
  if (/[A-Za-z]/.test(alias) && (/[A-Za-z]/.test(text[start - 1] ?? '') || /[A-Za-z]/.test(text[start + alias.length] ?? ''))) return null;
  return { start, end: start + alias.length, name, aliases: [alias] };
}

function searchedAliasSpans(sentence: Sentence, text: string, known: ReadonlyMap<string, string>): Span[] {
  const spans: Span[] = [];
  for (const [alias, name] of known) {
    for (let i = sentence.text.indexOf(alias); i >= 0; i = sentence.text.indexOf(alias, i + alias.length)) {
      const span = aliasSpan(sentence, text, i, alias, name);
      if (span !== null) spans.push(span);
    }
  }
  return spans;
}

/** Spans of the sentence where a short form learnt earlier in the document stands alone. */
export function knownAliasSpans(sentence: Sentence, text: string): Span[] {
  const known = forDocument(text);
  if (known.size === 0) return [];
  if (known.size <= NATIVE_SEARCH_LIMIT) return searchedAliasSpans(sentence, text, known);
  if (aliasTrie === null) {
    aliasTrie = new Trie<string>();
    for (const alias of known.keys()) aliasTrie.add(alias, alias);
  }
  const spans: Span[] = [];
  // Where each short form's last occurrence ends: its occurrences do not overlap one another.
  const lastEnd = new Map<string, number>();
  for (let i = 0; i < sentence.text.length; i++) {
    for (const match of aliasTrie.matchesAt(sentence.text, i)) {
      const alias = match.values[0];
      if (i < (lastEnd.get(alias) ?? 0)) continue;
      lastEnd.set(alias, match.end);
      const span = aliasSpan(sentence, text, i, alias, known.get(alias)!);
      if (span !== null) spans.push(span);
    }
  }
  return spans;
}
