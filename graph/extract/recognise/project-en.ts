// English project names as machine translations write them: "Haiyikang medical
// protective equipment project", "X and other projects", "projects such as X",
// "Daxi high-speed railway". A name must hold a capitalised word that is not a
// sentence opener, so "key projects" or "86 industrial projects" stay out.
import type { Sentence } from '../types.js';
import { isPinyin } from './english-names.js';
import { matches, type Span } from './span-tools.js';

// Words a project name never runs across, going left from its last word.
const STOP = new Set(`the a an and or of to in on at for with by from as is are was were be been has have had will would
we our its their this that these those it such other total investment yuan million billion completed complete started
start accelerated accelerate promoted promote construction construct built build launched launch put into operation
carried out implemented implement focus speed up do good job attracting attract key major main also which while than more
all each every year years annual output tons ton`.split(/\s+/));

const WORD = /[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)*\+?|\+/g;

interface Word {
  word: string;
  start: number;
  end: number;
}

/** Words of `text` in [from, to), in order. */
function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) out.push({ word: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/**
 * The project name ending at `end`: the words before it back to a stop word,
 * punctuation or a non-Latin character, at most `maxWords`. Null without a
 * capitalised or pinyin word that names something.
 */
function nameBefore(text: string, floor: number, end: number, maxWords: number): number | null {
  let from = end;
  while (from > floor && /[A-Za-z0-9'’+ .,-]/.test(text[from - 1]) && end - from < 120) from--;
  const words = wordsIn(text, from, end);
  let k = words.length;
  while (k > 0 && words.length - k < maxWords && !STOP.has(words[k - 1].word.toLowerCase())) {
    // A comma or full stop between two words ends the name.
    if (k < words.length && /[.,]/.test(text.slice(words[k - 1].end, words[k].start))) break;
    k--;
  }
  const name = words.slice(k);
  if (name.length === 0) return null;
  const proper = name.some((w) => /^[A-Z]/.test(w.word) && (isPinyin(w.word) || /^[A-Z]{2,}$/.test(w.word)));
  return proper ? name[0].start : null;
}

const PROJECT = /\bprojects?\b|\bProjects?\b/g;
const AND_OTHER = /\s+and other projects\b/g;
const SUCH_AS = /\bprojects such as\s+(?:the\s+)?/g;
const FACILITY = /\b(?:high-speed railway|railway|expressway|highway|intercity railway|line project|production line|Industrial Park|Science Park|Fashion Center|base)\b(?: (?:station house )?(?:expansion|extension|renovation|reconstruction|upgrading)(?: project)?)?/g;
const BUILDING = /\b(?:construct|built|build|complet|start|open|operation|investment|extension|expansion|renovation|upgrad)/i;

/** English project spans in the sentence, absolute offsets. */
export function englishProjectSpans(sentence: Sentence, text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matches(PROJECT, sentence)) {
    if (/^projects$/i.test(m.groups[0])) continue;
    const start = nameBefore(text, sentence.start, m.start, 10);
    if (start !== null) spans.push({ start, end: m.end });
  }
  for (const m of matches(AND_OTHER, sentence)) {
    const start = nameBefore(text, sentence.start, m.start, 10);
    if (start !== null) spans.push({ start, end: m.start });
  }
  for (const m of matches(SUCH_AS, sentence)) {
    const rest = text.slice(m.end, sentence.end);
    const item = /^[A-Za-z0-9'’+ -]+/.exec(rest)?.[0].replace(/\s+(?:and|with|to|in|was|were|is|are|will)\b.*$/, '').trim();
    if (item !== undefined && /[A-Z]/.test(item)) spans.push({ start: m.end, end: m.end + item.length });
  }
  if (BUILDING.test(sentence.text)) {
    for (const m of matches(FACILITY, sentence)) {
      const start = nameBefore(text, sentence.start, m.start, 6);
      if (start !== null) spans.push({ start, end: m.end });
    }
  }
  return spans;
}
