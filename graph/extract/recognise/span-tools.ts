// Shared pieces of the Enterprise, Organization, Project and Person recognisers:
// the left edge of a Chinese name whose right edge a suffix fixed, the tagged
// tokens of the current sentence (tagged once, shared by all four), and turning
// spans into mentions without nested duplicates.
import type { TaggedWord } from '@node-rs/jieba';
import type { EntityKind } from '../../schema.js';
import type { Mention, Sentence } from '../types.js';
import { isDivisionShortName } from '../places/lexicon.js';
import { CLAUSE_VERB_WORDS } from '../vocab/function-words.js';
import { segment, trimPhrase } from './boundary.js';
import { hanRuns, mostlyLatin, type Part } from './han-runs.js';
import { matchesIn, type PatternMatch } from './pattern-matches.js';
import { tagOf } from './word-tags.js';

export type { PatternMatch };

/** Characters that never sit inside a Chinese name: a name starts after the last one. */
const HARD_BREAK = /[\s，。；：！？,;:!?、（）()“”"‘’'《》〈〉【】[\]·—…|/]/;

/**
 * Start of the Chinese name ending at `end` whose suffix begins at `anchor`: scans left
 * from the suffix to the nearest hard break (or a 的 that joins a modifier to its noun, not one inside a word),
 * at most `maxLen` characters back and never before `floor`, then trims leading verbs
 * and function words, reading the words from `tokens` (the sentence's) when given.
 * Null when only the suffix, or nothing, is left.
 */
export function nameStart(
  text: string, floor: number, anchor: number, end: number, maxLen: number, tokens?: readonly Token[],
): number | null {
  let start = anchor;
  const limit = Math.max(floor, anchor - maxLen);
  while (start > limit && !HARD_BREAK.test(text[start - 1]) && !(text[start - 1] === '的' && !insideWord(tokens, start - 1))) start--;
  if (start === anchor) return null;
  const trimmed = trimPhrase(text, start, end, {}, tokens);
  if (trimmed === null || trimmed.start >= anchor) return null;
  return trimmed.start;
}

/** Whether the character at `at` lies inside a longer word of the segmentation (the 的 of a brand like 美的). */
function insideWord(tokens: readonly Token[] | undefined, at: number): boolean {
  const token = tokens === undefined ? undefined : tokenAt(tokens, at);
  return token !== undefined && token.word.length > 1;
}

const OPENING: Readonly<Record<string, string>> = { '”': '“', ')': '(', '）': '（' };

/**
 * Start of the quoted or bracketed parts that end right before `anchor`
 * (绿能“零碳”产业园, 原料(某某梨)标准化生产基地), or `anchor` when there are none.
 */
export function beforeBrackets(text: string, floor: number, anchor: number): number {
  let pos = anchor;
  for (;;) {
    const close = lastClosing(text, Math.max(floor, pos - 12), pos);
    if (close < 0) return pos;
    const at = pos - 1 - close;
    const open = text.lastIndexOf(OPENING[text[at]], at);
    if (open < floor || at - open > 10 || !/^[^，。；、]*$/.test(text.slice(at, pos))) return pos;
    pos = open;
  }
}

/**
 * How many characters (code points) from the end of text[from, to) the last closing quote or
 * bracket stands, or -1: a backward walk, where copying the span into an array cost a
 * tenth of the zone recogniser.
 */
function lastClosing(text: string, from: number, to: number): number {
  let count = 0;
  for (let j = to - 1; j >= from; j--, count++) {
    const code = text.charCodeAt(j);
    // A surrogate pair is one character, and no bracket.
    if (code >= 0xdc00 && code <= 0xdfff && j > from && (text.charCodeAt(j - 1) & 0xfc00) === 0xd800) j--;
    else if (text[j] in OPENING) return count;
  }
  return -1;
}

/**
 * nameStart, for names that hold bracketed parts (某某能源（义乌）有限公司,
 * 某某酒厂（集团）有限责任公司): a part in brackets left of the name found so far
 * is taken in, and the name runs on to its left.
 */
export function nameStartAcrossBrackets(
  text: string, floor: number, anchor: number, end: number, maxLen: number, tokens?: readonly Token[],
): number | null {
  let at = anchor;
  for (;;) {
    const start = nameStart(text, floor, at, end, maxLen - (anchor - at), tokens) ?? at;
    const bracketed = beforeBrackets(text, floor, start);
    if (bracketed === start || anchor - bracketed >= maxLen) return start < anchor ? start : null;
    at = bracketed;
  }
}

export interface Token extends TaggedWord {
  /** Absolute offset of the token in the normalized text. */
  start: number;
  end: number;
}

/** Appends the token of `word` at `start` of the normalized text; its end, where the next begins. */
function addToken(tokens: Token[], word: string, start: number): number {
  const end = start + word.length;
  tokens.push({ word, tag: tagOf(word), start, end });
  return end;
}

/** Tagged tokens for jieba's `words`, which cover text starting at `offset` of the normalized text. */
function placeWords(words: readonly string[], offset: number): Token[] {
  const tokens: Token[] = [];
  let pos = offset;
  for (const word of words) pos = addToken(tokens, word, pos);
  return tokens;
}

/** Tagged tokens of `text`, which starts at `offset` of the normalized text. */
export function tokensOf(text: string, offset: number): Token[] {
  return placeWords(segment(text), offset);
}

// Keyed by the sentence object: the document's sentences are segmented together and dropped with them.
const tokensBySentence = new WeakMap<Sentence, Token[]>();
const HAN = /\p{Script=Han}/u;
// Every Han character is U+2E80 or above (a supplementary one is a pair of surrogates, above too):
// a sentence without such a code unit, most English ones, needs no Unicode-property scan.
const MAY_BE_HAN = /[\u2e80-\uffff]/;

/**
 * Segments the Chinese sentences of a document in one jieba call, before the
 * recognisers read them: one pass keeps jieba's dictionary warm, where a call
 * per sentence between recognisers found it cold. Pieces are joined by line
 * breaks, which jieba never joins to a word; should a piece's words not end on
 * its edge, the rest are segmented on their own when asked for. Of a mostly
 * English sentence only the Chinese runs go to jieba.
 */
export function segmentSentences(sentences: readonly Sentence[]): void {
  const todo = sentences.filter((s) => !tokensBySentence.has(s) && MAY_BE_HAN.test(s.text) && HAN.test(s.text));
  if (todo.length === 0) return;
  const layouts = todo.map((s): Part[] => (mostlyLatin(s.text) ? hanRuns(s.text) : [{ han: s.text }]));
  const pieces: string[] = [];
  for (const layout of layouts) for (const part of layout) if ('han' in part) pieces.push(part.han);
  const words = segment(pieces.join('\n'));
  let k = 0;
  for (let n = 0; n < todo.length; n++) {
    const sentence = todo[n];
    const tokens: Token[] = [];
    let pos = sentence.start;
    for (const part of layouts[n]) {
      if ('words' in part) {
        for (const word of part.words) pos = addToken(tokens, word, pos);
        continue;
      }
      const end = pos + part.han.length;
      while (k < words.length && pos < end) pos = addToken(tokens, words[k++], pos);
      if (pos !== end || (k < words.length && words[k] !== '\n')) return;
      k++;
    }
    tokensBySentence.set(sentence, tokens);
  }
}

/** Tagged tokens of the sentence with absolute offsets, segmented once per sentence. */
export function sentenceTokens(sentence: Sentence): Token[] {
  let tokens = tokensBySentence.get(sentence);
  if (tokens === undefined) tokensBySentence.set(sentence, (tokens = tokensOf(sentence.text, sentence.start)));
  return tokens;
}

/** The token that covers `offset`, found by binary search. */
export function tokenAt(tokens: readonly Token[], offset: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else if (tokens[mid].start > offset) hi = mid - 1;
    else return tokens[mid];
  }
  return undefined;
}

/** Whether a token begins exactly at `offset`. */
export function startsToken(tokens: readonly Token[], offset: number): boolean {
  return tokenAt(tokens, offset)?.start === offset;
}

/** Start of the last part of [start, anchor) after a conjunction token (和, 与, 及), so A和B keeps only B. */
export function afterConjunction(tokens: readonly Token[], start: number, anchor: number): number {
  let token = tokenAt(tokens, anchor - 1);
  while (token !== undefined && token.start >= start) {
    if (token.tag === 'c' || (token.word.length === 1 && '和与及'.includes(token.word))) return token.end;
    token = tokenAt(tokens, token.start - 1);
  }
  return start;
}

// Verbs that end a clause's lead-in wherever they stand, besides the shared list.
const MORE_CLAUSE_VERBS = new Set(['完成', '开展', '组织', '实现', '赴', '受', '向', '到', '从', '对', '给', '让', '将', '把', '被', '经', '召开', '主持', '举行', '出席']);
// Tags of words that sit between a name and the clause before it, never inside a company or institution name.
const FUNCTION_TAGS = /^(?:p|u[a-z]*|r|d|y|e)$/;

/**
 * Start of the name within [start, anchor): just after the last clause verb, and, when
 * `strict` (companies, institutions), after the last preposition, particle, pronoun
 * or adverb too. Names of works keep their inner 与/和 and figures.
 */
export function afterClauseWords(tokens: readonly Token[], start: number, anchor: number, strict: boolean): number {
  let from = start;
  for (let t = tokenAt(tokens, start); t !== undefined && t.end <= anchor; t = tokenAt(tokens, t.end)) {
    const cut = CLAUSE_VERB_WORDS.has(t.word) || MORE_CLAUSE_VERBS.has(t.word)
      || (strict && FUNCTION_TAGS.test(t.tag) && !/^[A-Za-z0-9]+$/.test(t.word) && !isDivisionShortName(t.word));
    if (cut) from = t.end;
  }
  return from;
}

const GLUED_LEAD = /^[以在对向从与和及将把被为由据经]$/;

/**
 * Past a preposition the segmenter glued to an unknown name (以山大|附中 → 山大附中):
 * an unknown token of three or more characters whose first is such a character.
 */
export function pastGluedPreposition(tokens: readonly Token[], start: number): number {
  const token = tokenAt(tokens, start);
  return token !== undefined && token.start === start && token.tag === 'x' && token.word.length >= 3 && GLUED_LEAD.test(token.word[0]) ? start + 1 : start;
}

/** `offset` when a token begins there, else the end of the token covering it, so no word is cut. */
export function tokenStartFrom(tokens: readonly Token[], offset: number): number {
  const token = tokenAt(tokens, offset);
  return token === undefined || token.start === offset ? offset : token.end;
}

export interface Span {
  start: number;
  end: number;
  /** Canonical name when it differs from the surface. */
  name?: string;
  aliases?: string[];
}

/** Mentions of one kind from spans: longest first wins, spans nested in or crossing a kept one are dropped. */
export function toMentions(kind: EntityKind, source: string, text: string, sentence: Sentence, spans: readonly Span[]): Mention[] {
  // Most recognisers find nothing in most sentences: nothing to copy or sort.
  if (spans.length === 0) return [];
  const ordered = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const span of ordered) {
    if (span.end <= span.start) continue;
    if (kept.some((k) => span.start < k.end && k.start < span.end)) continue;
    kept.push(span);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map((span) => {
    const surface = text.slice(span.start, span.end);
    const name = span.name ?? surface;
    const aliases = [...new Set([...(span.aliases ?? []), ...(name === surface ? [] : [surface])])].filter((a) => a !== name);
    const mention: Mention = { kind, surface, name, start: span.start, end: span.end, sentence: sentence.index, source };
    if (aliases.length > 0) mention.aliases = aliases;
    return mention;
  });
}

/** Every match of a global regex in the sentence, with absolute offsets. */
export function matches(pattern: RegExp, sentence: Sentence): readonly PatternMatch[] {
  return matchesIn(pattern, sentence.text, sentence.start);
}
