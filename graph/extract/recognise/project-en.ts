// English project names as machine translations write them: "Ruikang medical
// device project", "X and other projects", "projects such as X", "Xiyi high-speed
// railway". A name must hold a capitalised word that is not a sentence opener, so
// "key projects" or "86 industrial projects" stay out.
import type { Sentence } from '../types.js';
import { hasLatinWords, isOpener, isPinyin } from './english-names.js';
import { matches, type Span } from './span-tools.js';

// Words a project name never runs across, going left from its last word.
const STOP = new Set(`the a an and or of to in on at for with by from as is are was were be been has have had will would
we our its their this that these those it such other total investment yuan million billion completed complete started
start accelerated accelerate promoted promote construction construct built build launched launch put into operation
carried out implemented implement focus speed up do good job attracting attract key major main also which while than more
all each every year years annual output tons ton signed sign signing introduced attracted landed settled`.split(/\s+/));

// Words that open a class of projects (industrial projects, infrastructure projects), not one named project.
const GENERIC_HEAD = new Set(`industrial infrastructure investment construction new old ongoing continued continuing provincial
municipal national livelihood people's public social various relevant related similar other specific large small
high-quality quality landmark demonstration pilot supporting`.split(/\s+/));

// The owner or place written after a project ("… project of Xinfeng"), and extensions of a named road.
const OF_OWNER = /^ of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?(?![A-Za-z])/;
// Both open with a literal word, which the regex engine finds fast; an optional word before it is read by hand.
const EXTENSION = /(?<![A-Za-z])extension of (?:the )?(?:[A-Z][a-z]+ )+(?:Road|Street|Avenue|Boulevard)\b/g;
const DIRECTION_BEFORE = /(?:east|west|north|south)(?:ward)? $/;

/** Start of the two to six plain words (figures and units allowed: 50 MW wind power) right before `end`, or null. */
function plainWordsBefore(text: string, floor: number, end: number): number | null {
  const words = wordsIn(text, Math.max(floor, end - 80), end);
  let k = words.length;
  while (k > 0 && words.length - k < 6 && !STOP.has(words[k - 1].word.toLowerCase()) && /^(?:[a-z0-9]|[A-Z]?[A-Za-z]?W$)/.test(words[k - 1].word)) k--;
  const name = words.slice(k);
  return name.length >= 2 && !GENERIC_HEAD.has(name[0].word) ? name[0].start : null;
}

// Areas are zones, not projects.
const AREA_END = /\b(?:zone|area|district|region)$/i;

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
function nameBefore(text: string, floor: number, end: number, maxWords: number, plain = false): number | null {
  let from = end;
  while (from > floor && isNameChar(text.charCodeAt(from - 1)) && end - from < 160) from--;
  const words = wordsIn(text, from, end);
  for (const k of [nameStartWord(text, words, maxWords, words.length, true), nameStartWord(text, words, maxWords, words.length, false)]) {
    const name = words.slice(k);
    if (name.length > 0 && isProper(name[0].word)) return name[0].start;
  }
  // "lake wetland restoration project": a lower-case name of three or more words that say what is built.
  const name = words.slice(nameStartWord(text, words, maxWords, words.length, false));
  if (plain && name.length >= 3 && name.every((w) => /^[a-z]/.test(w.word)) && !GENERIC_HEAD.has(name[0].word)) return name[0].start;
  return null;
}

/** Whether a character can be part of an English project name: letters, figures, ' ’ + space . , - (a code test per character, not a regex). */
function isNameChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
    || code === 39 || code === 0x2019 || code === 43 || code === 32 || code === 46 || code === 44 || code === 45;
}

/**
 * Index of the first word of the name whose words end before word `k`, at most `maxWords`
 * back. A module function, not a closure in nameBefore: tsx names every closure it creates
 * (keepNames), a property definition per call.
 */
function nameStartWord(text: string, words: readonly Word[], maxWords: number, k: number, joined: boolean): number {
  while (k > 0 && words.length - k < maxWords) {
    const word = words[k - 1].word.toLowerCase();
    // "A waste and garbage treatment project": one "and" may join the parts of a name.
    if (word === 'and' && !joined && k < words.length && /^[a-z]/.test(words[k].word)) return nameStartWord(text, words, maxWords, k - 1, true);
    if (STOP.has(word)) break;
    // A comma or full stop between two words ends the name.
    if (k < words.length && /[.,]/.test(text.slice(words[k - 1].end, words[k].start))) break;
    k--;
  }
  return k;
}

/** A capitalised romanised-Chinese word or an acronym: the part that names something. */
function isProper(word: string): boolean {
  const bare = word.replace(/['’]s$/, '');
  return /^[A-Z]/.test(word) && (bare.split('-').every((part) => isPinyin(part)) || /^[A-Z]{2,}$/.test(word));
}

/** Items of a comma list starting at `start` (A, B, C and D), while each starts with a proper word. */
function listItems(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const body = /^[^;:。；：!?！？()（）]*?(?=\.(?:\s|$)|$)/.exec(text.slice(start, end))?.[0] ?? '';
  let offset = start;
  // "and" separates items only before a capitalised word; "castings and crankshaft assembly" is one name.
  for (const part of body.split(/(,\s*|\s+and\s+(?=[A-Z]))/)) {
    if (/^(?:,\s*|\s+and\s+)$/.test(part)) {
      offset += part.length;
      continue;
    }
    const cut = part.replace(/\s+(?:and other|with|was|were|is|are|will|to|in order)\b.*$/s, '');
    const lead = /^\s*(?:(?:the|a)\s+)?/.exec(cut)?.[0].length ?? 0;
    const item = cut.slice(lead).trimEnd();
    const first = /^[A-Za-z'’]+/.exec(item)?.[0] ?? '';
    if (!/^[A-Z]/.test(first) || isOpener(first) || AREA_END.test(item) || item.split(/\s+/).length > 12) break;
    spans.push({ start: offset + lead, end: offset + lead + item.length });
    if (cut.length < part.length) break;
    offset += part.length;
  }
  return spans;
}

const PROJECT = /\b[Pp]rojects?\b/g;
// Phrases that follow a name after spaces; searched for by their words, which the regex
// engine finds far faster than a pattern opening with \s+ tried at every character.
const AND_OTHER = /and other projects\b/g;
const LIST_OPENER = /\b(?:projects such as|construction of|such projects as)\s+/g;
const WITH_INVESTMENT = /with a total investment\b/g;
const FACILITY = /\b(?:high-speed railway|railway|expressway|highway|intercity railway|line project|production line|Industrial Park|Science Park|Fashion Center|base)\b(?: (?:station house )?(?:expansion|extension|renovation|reconstruction|upgrading)(?: project)?)?/g;
const BUILDING = /\b(?:construct|built|build|complet|start|open|operation|investment|extension|expansion|renovation|upgrad)/i;
// A line named after the two places it joins (X-Y High-speed Railway, X-Y Expressway) is a project wherever it is named.
const LINE = /(?<![A-Za-z])(?:Railway|Expressway|Highway)\b/g;
const JOINED_PLACES = /^[A-Z][a-z]+-[A-Z][a-z]+$/;

/** For each match of `pattern` with spaces right before it, where those spaces start (absolute offset). */
function spacesBefore(pattern: RegExp, sentence: Sentence): number[] {
  const starts: number[] = [];
  for (const m of matches(pattern, sentence)) {
    let at = m.start - sentence.start;
    while (at > 0 && /\s/.test(sentence.text[at - 1])) at--;
    if (at < m.start - sentence.start) starts.push(sentence.start + at);
  }
  return starts;
}

// Keyed by the sentence object: the Project and Enterprise recognisers both read a sentence's projects, found once.
const spansBySentence = new WeakMap<Sentence, readonly Span[]>();

/** English project spans in the sentence, absolute offsets. */
export function englishProjectSpans(sentence: Sentence, text: string): readonly Span[] {
  let spans = spansBySentence.get(sentence);
  if (spans === undefined) spansBySentence.set(sentence, (spans = findSpans(sentence, text)));
  return spans;
}

function findSpans(sentence: Sentence, text: string): Span[] {
  const spans: Span[] = [];
  if (!hasLatinWords(sentence.text)) return spans;
  for (const m of matches(PROJECT, sentence)) {
    if (/^projects$/i.test(m.groups[0])) continue;
    // "50 MW wind power project of Xinfeng": the owner or place after "of" completes the name.
    const owner = OF_OWNER.exec(text.slice(m.end, sentence.end));
    const start = nameBefore(text, sentence.start, m.start, 10, true) ?? (owner ? plainWordsBefore(text, sentence.start, m.start) : null);
    if (start !== null) spans.push({ start, end: m.end + (owner?.[0].length ?? 0) });
  }
  for (const m of matches(EXTENSION, sentence)) {
    const direction = DIRECTION_BEFORE.exec(text.slice(Math.max(sentence.start, m.start - 10), m.start));
    spans.push({ start: m.start - (direction?.[0].length ?? 0), end: m.end });
  }
  for (const spaces of spacesBefore(AND_OTHER, sentence)) {
    const start = nameBefore(text, sentence.start, spaces, 10);
    if (start !== null) spans.push({ start, end: spaces });
  }
  for (const m of matches(LIST_OPENER, sentence)) spans.push(...listItems(text, m.end, sentence.end));
  for (const spaces of spacesBefore(WITH_INVESTMENT, sentence)) {
    const start = nameBefore(text, sentence.start, spaces, 10);
    // "36 projects with a total investment of …" counts projects; it names none.
    if (start !== null && !/\bprojects$/i.test(text.slice(start, spaces))) spans.push({ start, end: spaces });
  }
  for (const m of matches(LINE, sentence)) {
    const start = nameBefore(text, sentence.start, m.start, 3);
    if (start !== null && JOINED_PLACES.test(/^\S+/.exec(text.slice(start, m.start))?.[0] ?? '')) spans.push({ start, end: m.end });
  }
  if (BUILDING.test(sentence.text)) {
    for (const m of matches(FACILITY, sentence)) {
      const start = nameBefore(text, sentence.start, m.start, 6);
      if (start !== null) spans.push({ start, end: m.end });
    }
  }
  return spans;
}
