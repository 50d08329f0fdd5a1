// Line endings, invisible characters and runs of blanks. Most texts need few
// or none of these changes, so each step looks for work with a native scan and
// edits only the spans that change.
import { alignReplacement, replaceTraced, sliceTraced, TracedEdit, type Traced } from './traced.js';

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

function isWhite(code: number): boolean {
  return code === SPACE || code === NEWLINE || code === TAB;
}

/**
 * A space before a space, tab or break. The class matters: V8 finds `/ [ \t\n]/`
 * in English text (full of spaces) more than twice as fast as the literal '  '
 * by indexOf or regex.
 */
const SPACE_THEN_WHITE = / [ \t\n]/g;

/** Where the runs of blanks that need work start, each found by native search; every such run holds one of these. */
class WorkFinder {
  private tab: number;
  private space: number;
  private breakSpace: number;
  private breaks: number;

  constructor(private readonly text: string) {
    this.tab = text.indexOf('\t');
    this.space = this.spaceAfter(0);
    this.breakSpace = text.indexOf('\n ');
    this.breaks = text.indexOf('\n\n\n');
  }

  private spaceAfter(from: number): number {
    SPACE_THEN_WHITE.lastIndex = from;
    return SPACE_THEN_WHITE.exec(this.text)?.index ?? -1;
  }

  /** The first position at or after `from` holding a tab, a space before white space, '\n ' or '\n\n\n'; -1 when none. */
  next(from: number): number {
    const { text } = this;
    if (this.tab >= 0 && this.tab < from) this.tab = text.indexOf('\t', from);
    if (this.space >= 0 && this.space < from) this.space = this.spaceAfter(from);
    if (this.breakSpace >= 0 && this.breakSpace < from) this.breakSpace = text.indexOf('\n ', from);
    if (this.breaks >= 0 && this.breaks < from) this.breaks = text.indexOf('\n\n\n', from);
    let first = -1;
    for (const at of [this.tab, this.space, this.breakSpace, this.breaks]) if (at >= 0 && (first < 0 || at < first)) first = at;
    return first;
  }
}

/**
 * The blanks [start, end) with each run of spaces/tabs made one space, and their
 * origins: what collapsing blanks alone would leave of them.
 */
function blanksCollapsed(input: Traced, start: number, end: number): Traced {
  const text = input.text;
  let out = '';
  const origins: number[] = [];
  for (let i = start; i < end; ) {
    if (text.charCodeAt(i) === NEWLINE) {
      out += '\n';
      origins.push(input.origin[i++]);
      continue;
    }
    let j = i + 1;
    while (j < end && text.charCodeAt(j) !== NEWLINE) j++;
    out += ' ';
    origins.push(alignReplacement(input, i, j, ' ', 0)[0]);
    i = j;
  }
  return { text: out, origin: Int32Array.from(origins) };
}

/**
 * One maximal run of spaces, tabs and breaks, [start, end). Without a break it
 * becomes one space (unless it is one already). With breaks it becomes one
 * break, or a blank line for two or more, unless it is that already; the
 * origins are those the two steps — blanks to one space, then a break with the
 * spaces around it to one break — would give one after the other.
 */
function collapseRun(edit: TracedEdit, input: Traced, start: number, end: number): void {
  const text = input.text;
  let breaks = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === NEWLINE) breaks++;
  if (breaks === 0) {
    if (end - start > 1 || text.charCodeAt(start) === TAB) edit.replace(start, end, ' ');
    return;
  }
  if (breaks === end - start && breaks <= 2) return;
  const out = breaks === 1 ? '\n' : '\n\n';
  const collapsed = blanksCollapsed(input, start, end);
  edit.replace(start, end, out, alignReplacement(collapsed, 0, collapsed.text.length, out, 0));
}

/**
 * Runs of spaces/tabs to one space, and a line break with the blanks around it
 * to one break (two or more breaks to one blank line), in one rebuild.
 */
function collapseRuns(input: Traced): Traced {
  const text = input.text;
  const finder = new WorkFinder(text);
  const edit = new TracedEdit(input);
  let from = 0;
  for (let at = finder.next(0); at >= 0; at = finder.next(from)) {
    let start = at;
    while (start > from && isWhite(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && isWhite(text.charCodeAt(end))) end++;
    collapseRun(edit, input, start, end);
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
  return trimEnds(collapseRuns(input));
}
