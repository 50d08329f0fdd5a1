// Line endings, invisible characters and runs of blanks.
import { replaceTraced, type Traced } from './traced.js';

const ODD_SPACE = /\r\n?|[\u2028\u2029\u0085]|[\u00a0\u1680\u2000-\u200a\u202f\u205f\v\f]|[\u200b-\u200d\u2060\ufeff\u00ad]/g;

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

/** Line breaks with the spaces around them: one break, or one blank line for two or more. */
function lineBreaks(m: RegExpExecArray): string {
  return m[0].indexOf('\n') === m[0].lastIndexOf('\n') ? '\n' : '\n\n';
}

/** Runs of spaces/tabs to one space, lines trimmed, 3+ line breaks to one blank line, ends trimmed. */
export function collapseWhitespace(input: Traced): Traced {
  let t = replaceTraced(input, /[ \t]{2,}|\t/g, ' ');
  t = replaceTraced(t, / ?\n[ \n]*/g, lineBreaks);
  return replaceTraced(t, /^[ \n]+|[ \n]+$/g, '');
}
