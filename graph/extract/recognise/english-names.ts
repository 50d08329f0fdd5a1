// English-side name scanning: romanised Chinese (pinyin) words, runs of capitalised
// words before a suffix word, and pinyin personal names.
import { surnamePinyin } from './surnames.js';

// One or more pinyin syllables written together (Xingfa, Yichang, Xiaoming); finals
// are tried longest first so the regex never needs to backtrack far.
const SYLLABLE = '(?:[bpmfdtnlgkhjqxrwy]|zh|ch|sh|z|c|s)?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ue|ui|ve|vn|a|o|e|i|u|v)';
const PINYIN_WORD = new RegExp(`^(?:${SYLLABLE}){1,4}$`, 'i');

// Short English words that happen to be valid pinyin strings.
const ENGLISH_LOOKALIKES = new Set(['a', 'an', 'he', 'she', 'we', 'me', 'be', 'in', 'on', 'so', 'no', 'to', 'do', 'go', 'yuan', 'china', 'chinese', 'hang', 'sun', 'long', 'men', 'ran', 'den', 'pan', 'fan', 'ban', 'man', 'can', 'tan', 'bin', 'tin', 'pin', 'sin', 'fun', 'run', 'gun', 'nun', 'shin', 'chin', 'ping', 'ring', 'king', 'sing', 'wing', 'zone', 'one', 'line']);

const LATIN_WORD = /[A-Za-z]{2}/;

/** Whether a text holds Latin words at all, so English patterns need to run on it. */
export function hasLatinWords(text: string): boolean {
  return LATIN_WORD.test(text);
}

/** Whether a word reads as romanised Chinese (one to four pinyin syllables) rather than English. */
export function isPinyin(word: string): boolean {
  return PINYIN_WORD.test(word) && !ENGLISH_LOOKALIKES.has(word.toLowerCase());
}

/** Function words and report verbs that are capitalised only because they open a sentence or heading. */
const OPENERS = new Set(`the a an in on at of and or to for with by from as we our its this that these those it is
are was were be all each every new accelerate promote build complete speed support implement focus strengthen develop
construct start launch continue carry deepen expand improve advance push further actively vigorously fully such
key major other during since after before under over into through while planning packaging`.split(/\s+/));

/** Whether a capitalised word most likely opens a sentence or clause rather than a name. */
export function isOpener(word: string): boolean {
  return OPENERS.has(word.toLowerCase());
}

// A capitalised word, an acronym, or acronyms and names joined by hyphens (SAIC-GM-Wuling), or an ordinal.
const CAPITALISED = /^(?:[A-Z][a-z]+(?:[-'’][A-Za-z]+)*|[A-Z]{2,}[a-z]?(?:-[A-Z][A-Za-z]*)*|\d+(?:st|nd|rd|th))$/;
const GLUED_TAIL = /[a-z]([A-Z][a-z]+)$/;
const WORD_BEFORE = /([A-Za-z0-9'’-]+)[ \t]*$/;

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/**
 * The capitalised words running up to `end` (exclusive), nearest last, never
 * before `floor`: each separated from the next only by spaces. Openers
 * (The, Accelerate...) at the front are dropped.
 */
export function capitalisedRunBefore(text: string, floor: number, end: number, maxWords = 5): WordSpan[] {
  const run: WordSpan[] = [];
  let pos = end;
  while (run.length < maxWords) {
    const window = text.slice(Math.max(floor, pos - 40), pos);
    const m = WORD_BEFORE.exec(window);
    if (m === null) break;
    const start = pos - window.length + m.index;
    if (!CAPITALISED.test(m[1])) {
      // Machine translation glues words (inLinfen): keep the capitalised tail and stop.
      const glued = GLUED_TAIL.exec(m[1]);
      if (glued !== null) run.unshift({ word: glued[1], start: start + glued.index + 1, end: start + m[1].length });
      break;
    }
    run.unshift({ word: m[1], start, end: start + m[1].length });
    pos = start;
  }
  while (run.length > 0 && OPENERS.has(run[0].word.toLowerCase())) run.shift();
  return run;
}

/**
 * A capitalised run with the capitalised words before an "and" that joins two parts of one name
 * (Shaanxi Coal and Chemical Industry Group Co., Ltd.; Hefei Development and Reform Commission);
 * the run alone otherwise. For names closed by a type word that two names rarely share.
 */
export function withWordsBeforeAnd(text: string, floor: number, run: WordSpan[]): WordSpan[] {
  if (run.length === 0 || run.length > 4) return run;
  const and = / and $/.exec(text.slice(Math.max(floor, run[0].start - 5), run[0].start));
  if (and === null) return run;
  const before = capitalisedRunBefore(text, floor, run[0].start - and[0].length, 4);
  return before.length > 0 && before.length + run.length <= 8 ? [...before, ...run] : run;
}

/** Whether a word is a romanised Chinese surname (Zhang, Ouyang, Lv/Lu). */
export function isSurname(word: string): boolean {
  return surnamePinyin().has(word.toLowerCase());
}

/**
 * A pinyin personal name at the start of `rest`: a surname and a pinyin given name
 * (Wang Xiaoming, Zhang Wei, Ouyang Xiao-ming). Length of the name in characters, or 0.
 */
export function pinyinNameAt(rest: string): number {
  const m = /^([A-Z][a-z]+) ([A-Z][a-z]+(?:-[a-z]+)?)(?![A-Za-z])/.exec(rest);
  if (m === null || !isSurname(m[1]) || !isPinyin(m[2].replace('-', ''))) return 0;
  return m[0].length;
}
