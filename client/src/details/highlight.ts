// Splits a sentence into plain and highlighted runs for the given terms,
// longest term first so 晋中市 wins over 晋中.

export interface Segment {
  text: string;
  mark: boolean;
}

export function highlightSegments(sentence: string, terms: readonly string[]): Segment[] {
  const wanted = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  const segments: Segment[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < sentence.length) {
    const term = wanted.find((t) => sentence.startsWith(t, i));
    if (!term) {
      i += 1;
      continue;
    }
    if (i > plainStart) segments.push({ text: sentence.slice(plainStart, i), mark: false });
    segments.push({ text: term, mark: true });
    i += term.length;
    plainStart = i;
  }
  if (plainStart < sentence.length) segments.push({ text: sentence.slice(plainStart), mark: false });
  return segments;
}
