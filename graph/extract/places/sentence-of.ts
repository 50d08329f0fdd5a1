// Maps an offset of the normalized text to the index of the sentence holding it.
import type { Sentence } from '../types.js';

export type SentenceLocator = (offset: number) => number;

/** A binary search over sentences sorted by start; offsets between sentences go to the one before. */
export function sentenceLocator(sentences: readonly Sentence[]): SentenceLocator {
  return (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return sentences[found]?.index ?? 0;
  };
}
