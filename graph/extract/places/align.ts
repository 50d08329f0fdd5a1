// Whether a name found by string matching is a whole word where it stands:
// jieba segments a small window around it, and the name must begin and end on
// token boundaries (长治 in 长治久安 does not; 平遥 in 平遥古城 does).
import { segment } from '../recognise/boundary.js';

// Characters of context on each side: enough for jieba to see the neighbouring words.
const REACH = 4;

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** The stretch of Chinese characters around [start, end), at most `reach` characters each side. */
export function hanWindow(text: string, start: number, end: number, reach = REACH): { from: number; to: number } {
  let from = start;
  while (from > 0 && start - from < reach && isHan(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < reach && isHan(text.charCodeAt(to))) to++;
  return { from, to };
}

/** Token boundaries (offsets in `text`) of jieba's segmentation of text[from, to). */
function tokenBoundaries(text: string, from: number, to: number): Set<number> {
  const bounds = new Set<number>([from]);
  let at = from;
  for (const token of segment(text.slice(from, to))) {
    at += token.length;
    bounds.add(at);
  }
  return bounds;
}

// Answers by window text: a report repeats the same names in the same phrases.
const answers = new Map<string, boolean>();
const MAX_ANSWERS = 50_000;

/** Whether [start, end) of `text` begins and ends on jieba token boundaries. */
export function isTokenAligned(text: string, start: number, end: number): boolean {
  const { from, to } = hanWindow(text, start, end);
  const key = `${start - from}:${end - from}:${text.slice(from, to)}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    const bounds = tokenBoundaries(text, from, to);
    answer = bounds.has(start) && bounds.has(end);
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(key, answer);
  }
  return answer;
}
