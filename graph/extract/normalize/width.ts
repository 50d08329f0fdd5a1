// Full-width forms to ASCII, and the punctuation glue of machine-translated
// English ("our city。Faced with", "growth，and", "inLinfen").
import { replaceTraced, replaceTracedAll, type Traced } from './traced.js';

/** Chinese punctuation kept as is in Chinese text. */
const CHINESE_PUNCTUATION = new Set(['，', '；', '：', '（', '）', '！', '？']);

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;

function halfWidth(m: RegExpExecArray): string {
  const ch = m[0];
  if (ch === '\u3000') return ' ';
  if (CHINESE_PUNCTUATION.has(ch)) return ch;
  return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/** A full stop and the spaces after it, with the Latin word (and the start of the next) that follows. */
const FULL_STOP = /。([ \t]*)(?=([A-Za-z][A-Za-z'’-]*(?:[ \t]+[A-Za-z])?)|[\r\n]|$)/g;
const LATIN_END = /[A-Za-z0-9.,%'’")-]/;
const LOOK_BEHIND = 40;

function isLetter(ch: string): boolean {
  return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}

/**
 * Text in [from, to) ends in English words: "for your approval", "of 5.3%" — a word,
 * blanks, then Latin word characters up to the end. Read backwards by hand: a regex
 * anchored at the end would be tried from every position.
 */
function englishBefore(text: string, from: number, to: number): boolean {
  let i = to;
  while (i > from && LATIN_END.test(text[i - 1])) i--;
  if (i === to || i === from || !isBlank(text[i - 1])) return false;
  while (i > from && isBlank(text[i - 1])) i--;
  return i > from && isLetter(text[i - 1]);
}

/**
 * 。 ends an English sentence when English words precede it (and a Latin word or
 * the line end follows), or when an English phrase of two words follows it.
 */
function englishFullStop(m: RegExpExecArray): string {
  const next = m[2] ?? '';
  const end = m.index + m[0].length;
  const atLineEnd = end === m.input.length || m.input[end] === '\n' || m.input[end] === '\r';
  const before =
    m.index > 0 &&
    LATIN_END.test(m.input[m.index - 1]) &&
    englishBefore(m.input, Math.max(0, m.index - LOOK_BEHIND), m.index);
  const englishAfter = /[ \t]/.test(next);
  if (!(before && (next !== '' || atLineEnd)) && !englishAfter) return m[0];
  return next ? '. ' : '.';
}

/** Chinese comma, semicolon, colon, marks between Latin words. */
const LATIN_PUNCTUATION = /[，；：！？](?<=[A-Za-z0-9%)"'’][ \t]{0,3}.)[ \t]*(?=[A-Za-z"“])/g;

function latinPunctuation(m: RegExpExecArray): string {
  return `${String.fromCharCode(m[0].charCodeAt(0) - 0xfee0)} `;
}

/** ASCII comma glued between two words: "Deputies,Journey". */
const GLUED_COMMA = /,(?<=[A-Za-z],)(?=[A-Za-z])/g;

/** English function words glued to the next capitalised word: "inLinfen", "andUnder". */
const GLUED_WORD = /[A-Z](?<=\b(?:in|and|of|the|to|for|with|by|at|from|on|under|into)[A-Z])(?=[a-z])/g;

export function halfWidthForms(input: Traced): Traced {
  return replaceTraced(input, FULL_WIDTH, halfWidth);
}

/**
 * The four repairs in one rebuild. They may share it: each replaces punctuation
 * or blanks (or puts a space before a capital), never a span another touches,
 * and none changes what another tests next to its match: letters stay letters,
 * and marks and blanks stay non-word characters.
 */
export function fixEnglishGlue(input: Traced): Traced {
  return replaceTracedAll(input, [
    [FULL_STOP, englishFullStop],
    [LATIN_PUNCTUATION, latinPunctuation],
    [GLUED_COMMA, ', '],
    [GLUED_WORD, (m) => ` ${m[0]}`],
  ]);
}
