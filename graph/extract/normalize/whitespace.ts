// Line endings, invisible characters and runs of blanks. Most texts need few
// or none of these changes, so each step looks for work with a native scan and
// edits only the spans that change.
import { replaceTraced, sliceTraced, TracedEdit, type Traced } from './traced.js';

/**
 * One character class, so the engine scans for it natively; a CR takes the LF
 * after it along. (A leading alternation `\r\n?|[…]` is tried at every position
 * and costs three times as much; so does checking first with a char loop.)
 */
const ODD_SPACE = /[\r\u2028\u2029\u0085\u00a0\u1680\u2000-\u200d\u202f\u205f\v\f\u2060\ufeff\u00ad](?:(?<=\r)\n)?/g;

function plainSpace(m: RegExpExecArray): string {
  const ch = m[0];
  if (ch[0] === '\r' || ch === '\u2028' || ch === '\u2029' || ch === '\u0085') return '\n';
  const code = ch.charCodeAt(0);
  return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0xad ? '' : ' ';
}

/** CRLF/CR to LF; exotic spaces to a space; zero-width marks and soft hyphens dropped. */
export function normalizeLineEndsAndSpaces(input: Traced): Traced {
  return replaceTraced(input, ODD_SPACE, plainSpace);
}

const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;

function isSpaceOrTab(code: number): boolean {
  return code === SPACE || code === TAB;
}

/** Runs of two or more spaces/tabs, and single tabs, to one space; every such run holds a tab or two spaces. */
function collapseBlanks(input: Traced): Traced {
  const text = input.text;
  let tab = text.indexOf('\t');
  let pair = text.indexOf('  ');
  if (tab < 0 && pair < 0) return input;
  const edit = new TracedEdit(input);
  let from = 0;
  while (tab >= 0 || pair >= 0) {
    const at = tab < 0 ? pair : pair < 0 ? tab : Math.min(tab, pair);
    let start = at;
    while (start > from && isSpaceOrTab(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && isSpaceOrTab(text.charCodeAt(end))) end++;
    edit.replace(start, end, ' ');
    from = end;
    if (tab >= 0 && tab < from) tab = text.indexOf('\t', from);
    if (pair >= 0 && pair < from) pair = text.indexOf('  ', from);
  }
  return edit.result();
}

/**
 * A break with a space on either side, or three breaks. One regex tests for all
 * three in less time than an indexOf of ' \n' alone takes: a pattern opening
 * with a space is slow to find in English text, which is full of spaces.
 */
const LOOSE_BREAK = / \n|\n(?: |\n\n)/;

/**
 * A line break with one space before it and the spaces and breaks after it
 * becomes one break, or one blank line when it holds two or more breaks.
 */
function collapseLineBreaks(input: Traced): Traced {
  const text = input.text;
  if (!LOOSE_BREAK.test(text)) return input;
  const edit = new TracedEdit(input);
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
    const start = at > from && text.charCodeAt(at - 1) === SPACE ? at - 1 : at;
    let end = at + 1;
    let breaks = 1;
    for (let c = text.charCodeAt(end); c === SPACE || c === NEWLINE; c = text.charCodeAt(++end)) if (c === NEWLINE) breaks++;
    const span = end - start;
    if (!(start === at && span === breaks && breaks <= 2)) edit.replace(start, end, breaks === 1 ? '\n' : '\n\n');
    from = end;
  }
  return edit.result();
}

function isBlank(code: number): boolean {
  return code === SPACE || code === NEWLINE;
}

/** Spaces and line breaks off both ends. */
function trimEnds(input: Traced): Traced {
  const text = input.text;
  let start = 0;
  let end = text.length;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return sliceTraced(input, start, end);
}

/** Runs of spaces/tabs to one space, lines trimmed, 3+ line breaks to one blank line, ends trimmed. */
export function collapseWhitespace(input: Traced): Traced {
  return trimEnds(collapseLineBreaks(collapseBlanks(input)));
}
