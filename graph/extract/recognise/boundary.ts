// Word boundaries for the recognisers: one shared jieba instance, and trimming of
// candidate names whose right edge a suffix has fixed but whose left edge ran
// into the clause's verbs, adverbs and function words.
import { Jieba, type TaggedWord } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { isDivisionShortName } from '../places/lexicon.js';
import { CLAUSE_VERB_WORDS, LEAD_WORDS, TRAIL_WORDS } from '../vocab/function-words.js';

let shared: Jieba | null = null;

/** The one jieba instance of the process; loading the dictionary takes ~0.3 s, so do it once, on first use. */
function jieba(): Jieba {
  shared ??= Jieba.withDict(dict);
  return shared;
}

/** Jieba tokens of `text`, in order; joined they give back `text`. */
export function segment(text: string): string[] {
  return jieba().cut(text, true);
}

/** Jieba tokens of `text` with part-of-speech tags; joined they give back `text`. */
export function tag(text: string): TaggedWord[] {
  return jieba().tag(text, true);
}

// Tags of words that never begin a name whatever their length: adverbs,
// prepositions, conjunctions, particles, pronouns, punctuation, interjections.
const FUNCTION_TAGS = new Set(['d', 'ad', 'vd', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'x', 'y', 'e', 'o']);
const NUMERAL_TAGS = new Set(['m', 'q', 'mq']);
// Clause punctuation never sits inside a name, so a candidate starts after the last one.
const CLAUSE_BREAK = /[，。；：！？,;:!?\n\r\t]/;
const MEANINGFUL = /[\p{L}\p{N}]/u;
const CLOSING: Readonly<Record<string, string>> = { '“': '”', '"': '"', '‘': '’', '《': '》', '「': '」', '（': '）', '(': ')', '【': '】' };

export interface TrimOptions {
  /** Keep leading numerals and measure words: numbered programmes like 三个一批 start with them. */
  keepNumerals?: boolean;
  /**
   * Start after the last clause verb (of the general list), preposition,
   * conjunction or particle anywhere in the span, for kinds whose names hold
   * none of them (zones; not projects, whose names may: 迁建, 连通).
   */
  afterLastVerb?: boolean;
  /** Strip only the listed leading verbs, not every verb the tagger finds: programme names may open with one (防范化解…). */
  listedVerbsOnly?: boolean;
}

const BREAKING_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud']);

function breaksName(token: TaggedWord, options: TrimOptions): boolean {
  if (CLAUSE_VERB_WORDS.has(token.word)) return true;
  if (options.afterLastVerb !== true) return false;
  return BREAKING_TAGS.has(token.tag) || (LEAD_WORDS.has(token.word) && token.tag.startsWith('v'));
}

/** Whether jieba glued two or more listed lead words into one token (不断完善, 深入开展). */
function gluedLeadWords(word: string): boolean {
  if (word.length < 4) return false;
  const reach = new Array<boolean>(word.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < word.length; i++) {
    if (!reach[i]) continue;
    for (let j = i + 2; j <= word.length; j++) if (LEAD_WORDS.has(word.slice(i, j))) reach[j] = true;
  }
  return reach[word.length];
}

function isLeading(tokens: TaggedWord[], i: number, options: TrimOptions): boolean {
  const token = tokens[i];
  const closing = CLOSING[token.word];
  // An opening quote or bracket whose partner follows belongs to the name (“156”战略).
  if (closing !== undefined) return !tokens.slice(i + 1).some((t) => t.word.includes(closing));
  if (CLAUSE_VERB_WORDS.has(token.word) || gluedLeadWords(token.word)) return true;
  if (LEAD_WORDS.has(token.word)) return !(options.keepNumerals && NUMERAL_TAGS.has(token.tag));
  if (token.word.trim() === '') return true;
  if (isDivisionShortName(token.word)) return false;
  // jieba tags both punctuation and words it does not know (often names) as x.
  if (token.tag === 'x') return !MEANINGFUL.test(token.word);
  if (FUNCTION_TAGS.has(token.tag)) return token.word.length > 1 || !/\p{Script=Han}/u.test(token.word);
  if (NUMERAL_TAGS.has(token.tag)) return !options.keepNumerals;
  // Single-character verbs are too often part of a name (兴, 通, 和) to trust the tag alone.
  return token.tag === 'v' && token.word.length > 1 && options.listedVerbsOnly !== true;
}

/** A tagged word at an absolute offset of the text, as the sentence's own segmentation gives it. */
export interface PlacedWord extends TaggedWord {
  start: number;
  end: number;
}

/**
 * The tagged words of [start, end) of `text`: taken from `placed` (the
 * sentence's tokens, segmented and tagged once) when given, so a candidate is
 * not tagged again; only a word cut by either edge is tagged afresh. Without
 * `placed` the span is tagged on its own.
 */
function wordsOf(text: string, start: number, end: number, placed?: readonly PlacedWord[]): TaggedWord[] {
  if (placed === undefined || placed.length === 0 || placed[0].start > start || placed[placed.length - 1].end < end) {
    return tag(text.slice(start, end));
  }
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (placed[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const words: TaggedWord[] = [];
  for (let i = lo; i < placed.length && placed[i].start < end; i++) {
    const w = placed[i];
    if (w.start >= start && w.end <= end) words.push(w);
    else words.push(...tag(text.slice(Math.max(start, w.start), Math.min(end, w.end))));
  }
  return words;
}

/**
 * Narrows the candidate span [start, end) of `text`: start moves right past the
 * last clause punctuation and then past leading verbs, adverbs, prepositions,
 * conjunctions, numerals with measure words and function words; end moves left
 * past trailing 等/等等 and spaces. Null when nothing meaningful is left.
 * `placed`, the sentence's tagged tokens, spares tagging the span again.
 */
export function trimPhrase(
  text: string, start: number, end: number, options: TrimOptions = {}, placed?: readonly PlacedWord[],
): { start: number; end: number } | null {
  for (let i = end - 1; i >= start; i--) {
    if (CLAUSE_BREAK.test(text[i])) {
      start = i + 1;
      break;
    }
  }
  end = trimTrailing(text, start, end);
  const tokens = wordsOf(text, start, end, placed);
  let first = 0;
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (breaksName(tokens[i], options)) {
      first = i + 1;
      break;
    }
    // A clause verb jieba split in two (打|好): the name starts after both halves.
    if (i + 2 < tokens.length && CLAUSE_VERB_WORDS.has(tokens[i].word + tokens[i + 1].word)) {
      first = i + 2;
      break;
    }
  }
  while (first < tokens.length && (isLeading(tokens, first, options) || splitLead(tokens, first))) first++;
  if (first === tokens.length) return null;
  const pos = start + tokens.slice(0, first).reduce((n, t) => n + t.word.length, 0);
  if (!MEANINGFUL.test(text.slice(pos, end))) return null;
  return { start: pos, end };
}

/**
 * A lead word jieba split in two (用|好), whose first half was stripped: it is stripped whole.
 * A module function, not a closure in trimPhrase: tsx names every closure it creates
 * (keepNames), a property definition per call.
 */
function splitLead(tokens: readonly TaggedWord[], i: number): boolean {
  return i > 0 && LEAD_WORDS.has(tokens[i - 1].word + tokens[i].word);
}

function trimTrailing(text: string, start: number, end: number): number {
  for (;;) {
    while (end > start && /\s/.test(text[end - 1])) end--;
    const word = TRAIL_WORDS.find((w) => end - w.length >= start && text.startsWith(w, end - w.length));
    if (word === undefined) return end;
    end -= word.length;
  }
}

export interface EnglishWord {
  /** Lower case, plural -s removed, so that "Trucks" and "truck" compare equal. */
  key: string;
  /** Offsets in the string that was scanned (plus the offset given). */
  start: number;
  end: number;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAlnum(code: number): boolean {
  return isLetter(code) || isDigit(code);
}

/**
 * End of the English word starting at `i`, or `i` when none starts there: a letter then letters and
 * figures, joined by single hyphens or apostrophes (well-known, Xi'an); or figures with a letter tail (5G).
 * A character loop: this runs over every English sentence, where a regex allocated a match per word.
 */
function englishWordEnd(text: string, i: number): number {
  const code = text.charCodeAt(i);
  let j = i + 1;
  if (isLetter(code)) {
    while (j < text.length && isAlnum(text.charCodeAt(j))) j++;
    for (;;) {
      const joiner = text.charCodeAt(j);
      if ((joiner !== 45 && joiner !== 39) || !isAlnum(text.charCodeAt(j + 1))) return j;
      j += 2;
      while (j < text.length && isAlnum(text.charCodeAt(j))) j++;
    }
  }
  if (!isDigit(code)) return i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  return j;
}

/** Whether lower-casing may change `word`: it holds a capital or anything outside ASCII. */
function hasCapital(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code > 127) return true;
  }
  return false;
}

/** Plural-insensitive lower-case key of an English word; the same rule for vocabulary and text. */
export function englishKey(word: string): string {
  // Most words are lower case already, and a scan for a capital costs less than toLowerCase.
  const w = hasCapital(word) ? word.toLowerCase() : word;
  const n = w.length;
  // Most words end in another letter: answer them without further tests.
  if (n <= 3 || w.charCodeAt(n - 1) !== 115) return w;
  if (n > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  const before = w[n - 2];
  return before === 's' || before === 'u' || before === 'i' ? w : w.slice(0, -1);
}

/** English words of `text` in order, offsets shifted by `offset`. */
export function englishWords(text: string, offset = 0): EnglishWord[] {
  const out: EnglishWord[] = [];
  for (let i = 0; i < text.length;) {
    const end = englishWordEnd(text, i);
    if (end === i) {
      i++;
      continue;
    }
    out.push({ key: englishKey(text.slice(i, end)), start: offset + i, end: offset + end });
    i = end;
  }
  return out;
}

/** Whether only spaces or hyphens stand between two English words (no punctuation or clause break). */
export function adjacentWords(text: string, a: EnglishWord, b: EnglishWord, offset = 0): boolean {
  // A character loop: this runs for every pair of English words, where slicing and a regex cost more than the test.
  for (let i = a.end - offset; i < b.start - offset; i++) if (text[i] !== ' ' && text[i] !== '-') return false;
  return true;
}
