// Where jieba is needed in a sentence. Machine translations leave stray Chinese
// characters in English sentences; jieba never joins a word across a change of
// script, so such a sentence is cut as its Chinese runs alone, and the rest is
// split the way jieba splits letters, figures and punctuation.

import { isHanCode } from '../scripts.js';

function isLatin(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether Latin letters outnumber Chinese characters: only the Chinese runs need jieba. */
export function mostlyLatin(text: string): boolean {
  let balance = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isLatin(code)) balance++;
    else if (isHanCode(code)) balance--;
  }
  return balance > 0;
}

/** A run of Chinese characters, to be segmented by jieba; other text is given as its words. */
export type Part = { han: string } | { words: string[] };

// jieba's own split of non-Chinese text: letters and figures (a decimal or range, a trailing %) as one word, anything else one character each.
const NON_HAN_WORD = /[A-Za-z0-9]+(?:[.+#&_%-]\d+)?%?|\r\n|[^]/gu;

function nonHanWords(text: string): string[] {
  return text.match(NON_HAN_WORD) ?? [];
}

/** The text cut into Chinese runs and the words between them, in order. */
export function hanRuns(text: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  let i = 0;
  while (i < text.length) {
    if (!isHanCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isHanCode(text.charCodeAt(end))) end++;
    if (i > at) parts.push({ words: nonHanWords(text.slice(at, i)) });
    parts.push({ han: text.slice(i, end) });
    at = i = end;
  }
  if (at < text.length) parts.push({ words: nonHanWords(text.slice(at)) });
  return parts;
}
