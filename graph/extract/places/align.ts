// Whether a name found by string matching is a whole word where it stands:
// it must begin and end on token boundaries of the sentence's own segmentation
// (长治 in 长治久安 does not; 凤凰 in 凤凰古城 does).
import { segment } from '../recognise/boundary.js';
import { sentenceTokens, startsToken } from '../recognise/span-tools.js';
import { isHanCode } from '../scripts.js';
import type { Sentence } from '../types.js';

// Characters of context on each side when no sentence holds the name: enough for jieba to see the neighbouring words.
const REACH = 4;

/** The stretch of Chinese characters around [start, end), at most `reach` characters each side. */
export function hanWindow(text: string, start: number, end: number, reach = REACH): { from: number; to: number } {
  let from = start;
  while (from > 0 && start - from < reach && isHanCode(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < reach && isHanCode(text.charCodeAt(to))) to++;
  return { from, to };
}

/** Whether [start, end) begins and ends on token boundaries of jieba's segmentation of a small window around it. */
function windowAligned(text: string, start: number, end: number): boolean {
  const { from, to } = hanWindow(text, start, end);
  let at = from;
  let startsWord = start === from;
  for (const token of segment(text.slice(from, to))) {
    at += token.length;
    if (at === start) startsWord = true;
    if (at >= end) return startsWord && at === end;
  }
  return false;
}

/** Whether a span of the text begins and ends on token boundaries. */
export type TokenAligner = (start: number, end: number) => boolean;

/**
 * Aligner over the document's sentences: a span inside one sentence is judged by
 * that sentence's tokens (segmented once and shared with the recognisers); any
 * other by a window segmented on its own.
 */
export function tokenAligner(text: string, sentences: readonly Sentence[]): TokenAligner {
  return (start, end) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid];
      if (s.end <= start) lo = mid + 1;
      else if (s.start > start) hi = mid - 1;
      else {
        if (end > s.end || s.text.length !== s.end - s.start) break;
        const tokens = sentenceTokens(s);
        return startsToken(tokens, start) && (end === s.end || startsToken(tokens, end));
      }
    }
    return windowAligned(text, start, end);
  };
}
