// Junk tokens some sites append before the final punctuation of many sentences
// ("…提请审议X。", "…增长9.7%X。"). Detected from their distribution: one short
// Han token ending an outsized share of sentences, far ahead of any other ending.
import { isHanCode } from '../scripts.js';
import { placeNames } from './placeNames.js';
import { replaceTraced, type Traced } from './traced.js';

const MIN_LENGTH = 2;
const MAX_LENGTH = 4;
const MIN_COUNT = 4;
/** Share of sentences a place name must end; other tokens need far more evidence. */
const PLACE_SHARE = 0.08;
const OTHER_SHARE = 0.2;
const PLACE_LEAD = 3;
const OTHER_LEAD = 5;
/** Characters after which a sentence cannot end: removing a token that follows them would break it. */
const CONNECTIVES = new Set([...'的和与及或在对把被从向为以将使让给之等跟同']);
/** Characters the rest of a sentence must keep for the token to be taken off it. */
const MIN_REST = 4;

interface EndingCounts {
  sentences: number;
  /** byLength[n] = counts of the n-character Han tokens ending sentences. */
  byLength: Map<string, number>[];
}

/** Marks that end a sentence here. */
const END_MARKS = ['。', '；', '\n'];
const END_CODES = END_MARKS.map((mark) => mark.charCodeAt(0));

function isEnd(code: number): boolean {
  return END_CODES.includes(code);
}

/** Holds a character other than a space in [start, end)? Stops at the first one, nearly always at once. */
function hasText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== 0x20) return true;
  return false;
}

/** Position of the next sentence end at or after `from` (the text's end counts as one), by native search. */
class EndFinder {
  private readonly next: number[];

  constructor(private readonly text: string) {
    this.next = END_MARKS.map((mark) => this.find(mark, 0));
  }

  private find(mark: string, from: number): number {
    const at = this.text.indexOf(mark, from);
    return at < 0 ? this.text.length : at;
  }

  from(position: number): number {
    let nearest = this.text.length;
    for (let k = 0; k < END_MARKS.length; k++) {
      if (this.next[k] < position) this.next[k] = this.find(END_MARKS[k], position);
      nearest = Math.min(nearest, this.next[k]);
    }
    return nearest;
  }
}

function countEndings(text: string): EndingCounts {
  const byLength = Array.from({ length: MAX_LENGTH + 1 }, () => new Map<string, number>());
  const ends = new EndFinder(text);
  let sentences = 0;
  let sentenceStart = 0;
  while (sentenceStart <= text.length) {
    const i = ends.from(sentenceStart);
    if (hasText(text, sentenceStart, i)) sentences++;
    let han = 0;
    while (han < MAX_LENGTH && i - han - 1 > sentenceStart && isHanCode(text.charCodeAt(i - han - 1))) han++;
    for (let n = MIN_LENGTH; n <= han; n++) {
      const token = text.slice(i - n, i);
      byLength[n].set(token, (byLength[n].get(token) ?? 0) + 1);
    }
    sentenceStart = i + 1;
  }
  return { sentences, byLength };
}

function topTwo(counts: Map<string, number>): [string, number, number] {
  let best = '';
  let first = 0;
  let second = 0;
  for (const [token, count] of counts) {
    if (count > first) {
      second = first;
      first = count;
      best = token;
    } else if (count > second) second = count;
  }
  return [best, first, second];
}

/** The junk token of this text, if one stands out; longer tokens first so "X市" beats its suffix. */
export function findJunkToken(text: string): string | undefined {
  const { sentences, byLength } = countEndings(text);
  for (let n = MAX_LENGTH; n >= MIN_LENGTH; n--) {
    const [token, count, runnerUp] = topTwo(byLength[n]);
    if (count < MIN_COUNT) continue;
    const place = placeNames().has(token);
    const share = count / Math.max(1, sentences);
    const lead = count / Math.max(1, runnerUp);
    if (place ? share >= PLACE_SHARE && lead >= PLACE_LEAD : share >= OTHER_SHARE && lead >= OTHER_LEAD) return token;
  }
  return undefined;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function dropJunkTokens(input: Traced): Traced {
  const token = findJunkToken(input.text);
  if (!token) return input;
  const pattern = new RegExp(`${escapeRegex(token)}(?=[。；\\n]|$)`, 'g');
  return replaceTraced(input, pattern, (m) => {
    const text = m.input;
    let start = m.index;
    while (start > 0 && !isEnd(text.charCodeAt(start - 1))) start--;
    const rest = text.slice(start, m.index).trim();
    if (rest.length < MIN_REST || CONNECTIVES.has(rest[rest.length - 1])) return m[0];
    return '';
  });
}
