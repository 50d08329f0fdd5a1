// Normalized text -> sentences with exact offsets, each tagged with the
// heading it falls under. One linear pass over the text.
import type { Sentence } from './types.js';
import { isHanCode } from './scripts.js';

// By character code, in one table: the scan visits every character, and a typed-array
// read is far cheaper than a Set lookup or text[i] (which allocates a string for Han).
const TERMINATOR = 1;
const CLOSER = 2;
const DOT = 0x2e;
const CLASS = new Uint8Array(0x10000);
// Marks that always end a sentence.
const TERMINATORS = '。！？!?；;';
for (const c of TERMINATORS) CLASS[c.charCodeAt(0)] |= TERMINATOR;
// Closing marks that stay with the sentence they close; a dot right after a sentence end stays too.
for (const c of '”’"\')）]】》」』〉.') CLASS[c.charCodeAt(0)] |= CLOSER;
/** Words that end in a full stop without ending the sentence (lower case, without the final '.'). */
const ABBREVIATIONS = new Set([
  'co', 'ltd', 'no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'corp', 'st', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e',
  'approx', 'dept', 'govt', 'est', 'fig', 'vol', 'art', 'u.s', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'p.r', 'a.m', 'p.m',
]);
const ROMAN = /^[IVXLC]{1,6}$/;
const MAX_SHORT_HEADING = 40;
/** Last characters that mean a line is a sentence, not a heading. */
const FINAL_PUNCTUATION = /[。！？!?；;.:：,，、…]$/;
/** Line starts that number a section: 一、 （一） (一) 1. 1、 第一 (1), Roman numerals. */
const ORDINAL = /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[)）]|[（(]\d{1,2}[)）]|\d{1,2}(?:[、．]|\.(?!\d))|第[一二三四五六七八九十百]+|[IVX]{1,5}\.\s|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+[、.．\s])/;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x3000 || code === 0xa0;
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Is the '.' at `dot` the end of an English sentence? */
function endsEnglishSentence(text: string, dot: number, lineStart: number, lineEnd: number): boolean {
  const next = dot + 1 < lineEnd ? text.charCodeAt(dot + 1) : -1;
  const prev = dot > lineStart ? text.charCodeAt(dot - 1) : -1;
  // Decimals, "Co.,Ltd", "No.1" and the like have no space after the dot.
  if (next !== -1 && !isSpace(next) && !(isHanCode(next) && isLatinLetter(prev))) return false;
  let wordStart = dot;
  while (wordStart > lineStart && dot - wordStart < 12) {
    const c = text.charCodeAt(wordStart - 1);
    if (!isLatinLetter(c) && c !== 0x2e && !(c >= 0x30 && c <= 0x39)) break;
    wordStart--;
  }
  const word = text.slice(wordStart, dot);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Initials ("J. Smith") and a numbered or Roman-numbered line start ("1. ", "II. ").
  if (word.length === 1 && isLatinLetter(word.charCodeAt(0)) && word === word.toUpperCase()) return false;
  const atLineStart = text.slice(lineStart, wordStart).trim() === '';
  return !(atLineStart && (ROMAN.test(word) || /^\d{1,2}$/.test(word)));
}

function pushTrimmed(text: string, start: number, end: number, out: [number, number][]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push([start, end]);
}

// Characters that may end a sentence: a native search finds the next one far faster than a loop over every character.
const BREAK_CANDIDATE = new RegExp(`[${TERMINATORS}.]`, 'g');

/** Positions of the characters that may end a sentence, in text order: one native scan over the whole text. */
class BreakCandidates {
  private next = -1;

  constructor(private readonly text: string) {}

  /** The first candidate at or after `position`, or the text's length. */
  from(position: number): number {
    if (this.next < position) {
      BREAK_CANDIDATE.lastIndex = position;
      this.next = BREAK_CANDIDATE.exec(this.text)?.index ?? this.text.length;
    }
    return this.next;
  }
}

/** [start, end) pieces of one line, split at sentence ends and trimmed of spaces. */
function splitLine(text: string, lineStart: number, lineEnd: number, candidates: BreakCandidates, out: [number, number][]): void {
  let start = lineStart;
  for (let i = candidates.from(lineStart); i < lineEnd; i = candidates.from(i + 1)) {
    const ch = text.charCodeAt(i);
    const boundary = CLASS[ch] & TERMINATOR || (ch === DOT && endsEnglishSentence(text, i, lineStart, lineEnd));
    if (!boundary) continue;
    let end = i + 1;
    while (end < lineEnd && CLASS[text.charCodeAt(end)] !== 0) end++;
    pushTrimmed(text, start, end, out);
    start = end;
    i = end - 1;
  }
  pushTrimmed(text, start, lineEnd, out);
}

/** The heading a line sets, if it is one: the whole short line, or the first sentence of a numbered one. */
function headingOf(line: string, firstSentence: string): string | undefined {
  if (line.length <= MAX_SHORT_HEADING && !FINAL_PUNCTUATION.test(line)) return line;
  if (ORDINAL.test(line)) return firstSentence.replace(/[。！？!?；;.:：,，\s]+$/, '');
  return undefined;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const pieces: [number, number][] = [];
  let heading: string | undefined;
  const candidates = new BreakCandidates(text);
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    pieces.length = 0;
    splitLine(text, lineStart, lineEnd, candidates, pieces);
    if (pieces.length > 0) {
      const first = text.slice(pieces[0][0], pieces[0][1]);
      const line = pieces.length === 1 ? first : text.slice(pieces[0][0], pieces[pieces.length - 1][1]);
      heading = headingOf(line, first) ?? heading;
      for (const [start, end] of pieces) {
        const sentence: Sentence = { index: sentences.length, start, end, text: text.slice(start, end) };
        if (heading !== undefined) sentence.heading = heading;
        sentences.push(sentence);
      }
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}
