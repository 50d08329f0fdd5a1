// Runs one recogniser over a small text split into sentences at 。！？ and line breaks.
import type { Mention, Recogniser, Sentence } from '../../graph/extract/types.js';

export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？\n]+[。！？]?/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ index: out.length, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

export function run(recogniser: Recogniser, text: string, language: 'zh-Hans' | 'en' | 'mixed' = 'zh-Hans'): Mention[] {
  return sentencesOf(text).flatMap((s) => recogniser.recognise(s, { language, text }));
}

export function names(mentions: readonly Mention[]): string[] {
  return mentions.map((m) => m.name);
}
