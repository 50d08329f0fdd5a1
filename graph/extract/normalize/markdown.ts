// Markdown markup removal. Also applied to plain text, where the same markup
// turns up (reports saved from Markdown). Single '*' is never touched: it masks digits.
import { replaceTraced, type Traced } from './traced.js';

/** A rule runs only when its trigger occurs in the text: most plain text has no markup at all. */
type Rule = [trigger: string, pattern: RegExp, replacement: string | ((m: RegExpExecArray) => string)];

const keepFirst = (m: RegExpExecArray) => m[1] ?? '';

const RULES: Rule[] = [
  ['<!--', /<!--[\s\S]*?-->/g, ''],
  ['```', /^[ \t]*```[^\n]*(?:\n|$)/gm, ''],
  ['~~~', /^[ \t]*~~~[^\n]*(?:\n|$)/gm, ''],
  ['---', /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*(?:\n|$)/gm, ''],
  ['---', /^[ \t]*-(?:[ \t]*-){2,}[ \t]*(?:\n|$)/gm, ''],
  ['___', /^[ \t]*_(?:[ \t]*_){2,}[ \t]*(?:\n|$)/gm, ''],
  ['#', /^ {0,3}#{1,6}[ \t]+([^\n]*?)(?:[ \t]+#+)?[ \t]*$/gm, keepFirst],
  ['>', /^[ \t]{0,3}(?:>[ \t]?)+/gm, ''],
  ['- ', /^[ \t]*-[ \t]+(?=\S)/gm, ''],
  ['+ ', /^[ \t]*\+[ \t]+(?=\S)/gm, ''],
  ['* ', /^[ \t]*\*[ \t]+(?=\S)/gm, ''],
  ['![', /!\[[^\]\n]*\]\([^)\n]*\)/g, ''],
  ['](', /\[([^\]\n]+)\]\([^)\s]*(?:[ \t]+"[^"\n]*")?\)/g, keepFirst],
  ['**', /\*\*(?=\S)([^*\n]+?)\*\*/g, keepFirst],
  ['__', /(?<![\p{L}\p{N}_])__(?=\S)([^_\n]+?)__(?![\p{L}\p{N}_])/gu, keepFirst],
];

/** Table rows: the outer pipes go, inner pipes separate cells with a space. */
const TABLE_ROW = /^[ \t]*\|([^\n]*?)\|?[ \t]*$/gm;
const CELL_PIPE = /[ \t]*\|[ \t]*/g;

function tableRow(m: RegExpExecArray): string {
  return m[1].trim().replace(CELL_PIPE, ' ');
}

export function stripMarkdown(input: Traced): Traced {
  let t = input;
  for (const [trigger, pattern, replacement] of RULES) {
    if (t.text.includes(trigger)) t = replaceTraced(t, pattern, replacement);
  }
  return t.text.includes('|') ? replaceTraced(t, TABLE_ROW, tableRow) : t;
}

/** Inline code spans, only in real Markdown files (a backtick in a plain text is just a character). */
export function stripInlineCode(input: Traced): Traced {
  return replaceTraced(input, /`([^`\n]+)`/g, keepFirst);
}
