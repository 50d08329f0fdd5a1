// Whether a name found by string matching is a whole word where it stands:
// jieba segments a small window around it, and the name must begin and end on
// token boundaries (长治 in 长治久安 does not; 平遥 in 平遥古城 does).
import { segment } from '../recognise/boundary.js';

// Characters of context on each side: enough for jieba to see the neighbouring words.
const REACH = 6;

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
export function tokenBoundaries(text: string, from: number, to: number): Set<number> {
  const bounds = new Set<number>([from]);
  let at = from;
  for (const token of segment(text.slice(from, to))) {
    at += token.length;
    bounds.add(at);
  }
  return bounds;
}

export function isTokenAligned(text: string, start: number, end: number): boolean {
  const { from, to } = hanWindow(text, start, end);
  const bounds = tokenBoundaries(text, from, to);
  return bounds.has(start) && bounds.has(end);
}
