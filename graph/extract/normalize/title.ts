// A document's title: HTML <title> / first <h1>, else the first Markdown
// heading, else the first short line without sentence-final punctuation,
// else the file name.

import { hasHan } from '../scripts.js';

// Longest title line, in characters: an English headline takes about twice the characters of a Chinese one.
const MAX_TITLE = { han: 60, other: 150 };
const HEADING = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/m;
const SENTENCE_END = /[。！？!?；;：:，,.]$/;
/** Lines that are numbers, dates or list ordinals are not titles. */
const NOT_TITLE = /^[\d\s.,:\-/年月日*%]+$/;

export function firstMarkdownHeading(raw: string): string | undefined {
  // Most texts hold no '#': one native search spares the pattern's try at every line start.
  return raw.includes('#') ? HEADING.exec(raw)?.[1] : undefined;
}

export function firstTitleLine(text: string): string | undefined {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line && line.length <= (hasHan(line) ? MAX_TITLE.han : MAX_TITLE.other) && !SENTENCE_END.test(line) && !NOT_TITLE.test(line)) return line;
    start = end + 1;
  }
  return undefined;
}

export function fileTitle(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
