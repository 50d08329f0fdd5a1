// Traditional -> simplified Chinese with opencc-js, keeping origins aligned.
// Only lines holding a character the converter changes are converted: most
// text is simplified already and conversion is the slowest stage.
import * as OpenCC from 'opencc-js';
import { replaceTraced, type Traced } from './traced.js';

let converter: ((text: string) => string) | undefined;
let convertible: Uint8Array | undefined;

/** Hong Kong / traditional forms to mainland simplified; built once, on first use. */
export function toSimplified(text: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
  return convert(text);
}

const FIRST = 0x3400;
const LAST = 0xfaff;

/** Flags, by UTF-16 code unit, the characters the converter changes on their own. */
function convertibleTable(): Uint8Array {
  if (!convertible) {
    const chars: string[] = [];
    for (let c = FIRST; c <= LAST; c++) chars.push(String.fromCharCode(c));
    // One character per line, so no phrase rule joins neighbours.
    const converted = toSimplified(chars.join('\n')).split('\n');
    convertible = new Uint8Array(LAST - FIRST + 1);
    for (let i = 0; i < chars.length; i++) if (converted[i] !== chars[i]) convertible[i] = 1;
  }
  return convertible;
}

export function isConvertible(code: number): boolean {
  return code >= FIRST && code <= LAST && convertibleTable()[code - FIRST] === 1;
}

/** Does text hold a character the converter changes on its own? */
export function hasConvertible(text: string): boolean {
  const table = convertibleTable();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FIRST && code <= LAST && table[code - FIRST] === 1) return true;
  }
  return false;
}

/** Single characters converted, remembered: a line converted char by char repeats its characters. */
const oneCharCache = new Map<string, string>();

function convertChar(ch: string): string {
  let one = oneCharCache.get(ch);
  if (one === undefined) {
    one = toSimplified(ch);
    if (one.length !== ch.length) one = ch;
    oneCharCache.set(ch, one);
  }
  return one;
}

const LINE = /[^\n]+/g;

/** Char by char when a line's phrase conversion changes its length, so origins stay one to one. */
function convertLine(m: RegExpExecArray): string {
  const line = m[0];
  if (!hasConvertible(line)) return line;
  const converted = toSimplified(line);
  if (converted.length === line.length) return converted;
  return Array.from(line, convertChar).join('');
}

/** Most text is simplified already: one scan of the whole text spares the per-line work. */
export function traditionalToSimplified(input: Traced): Traced {
  return hasConvertible(input.text) ? replaceTraced(input, LINE, convertLine) : input;
}
