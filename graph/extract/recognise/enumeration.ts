// Enumerations closed by a class word: "A、B和C等项目", "A、B等16户重点企业". The class
// word says what every item is, so each item becomes a name of that kind.
import type { Sentence } from '../types.js';
import { trimPhrase } from './boundary.js';
import { matches, type Span } from './span-tools.js';

const SEPARATOR = /[、]/;
const LAST_JOINER = /[和及与]/;
const HARD_END = /[，。；：！？,;:!?\s（）()《》]/;

/**
 * The items of the enumeration that ends just before `end` (the offset of 等 or of the
 * class word): split at 、, the last item also at a 和/及/与 between two names, the first item trimmed of
 * leading verbs.
 */
function enumerationItems(text: string, floor: number, end: number, maxItem: number): Span[] {
  let start = end;
  while (start > floor && !HARD_END.test(text[start - 1]) && end - start < maxItem * 6) start--;
  const cuts: number[] = [start];
  for (let i = start; i < end; i++) if (SEPARATOR.test(text[i])) cuts.push(i + 1);
  const items: Span[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const itemEnd = k + 1 < cuts.length ? cuts[k + 1] - 1 : end;
    let itemStart = cuts[k];
    if (k === 0) {
      const trimmed = trimPhrase(text, itemStart, itemEnd);
      if (trimmed === null) continue;
      itemStart = trimmed.start;
    }
    items.push({ start: itemStart, end: itemEnd });
  }
  const last = items[items.length - 1];
  if (last !== undefined) {
    // "B和C" at the end: only a joiner between two short names splits them.
    const body = text.slice(last.start, last.end);
    const j = body.search(LAST_JOINER);
    if (j >= 2 && body.length - j - 1 >= 2 && body.length <= maxItem * 2 && items.length > 1) {
      items.splice(items.length - 1, 1, { start: last.start, end: last.start + j }, { start: last.start + j + 1, end: last.end });
    }
  }
  return items.filter((s) => s.end - s.start >= 2 && s.end - s.start <= maxItem);
}

/** Items of every enumeration in the sentence closed by `closing` (matched at the position of 等). */
export function closedEnumerations(sentence: Sentence, text: string, closing: RegExp, maxItem: number): Span[] {
  const spans: Span[] = [];
  for (const m of matches(closing, sentence)) spans.push(...enumerationItems(text, sentence.start, m.start, maxItem));
  return spans;
}
