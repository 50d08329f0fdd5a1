import { describe, expect, it } from 'vitest';
import { segment } from '../../graph/extract/recognise/boundary.js';
import { hanRuns, mostlyLatin } from '../../graph/extract/recognise/han-runs.js';
import { segmentSentences, sentenceTokens } from '../../graph/extract/recognise/span-tools.js';
import type { Sentence } from '../../graph/extract/types.js';

function sentencesOf(texts: string[]): Sentence[] {
  let start = 0;
  return texts.map((text, index) => {
    const s = { index, start, end: start + text.length, text };
    start = s.end + 1;
    return s;
  });
}

describe('han runs of mostly English sentences', () => {
  it('tells mostly English text from mostly Chinese text', () => {
    expect(mostlyLatin('The output value of the park rose by 8.5%, 其中 exports grew.')).toBe(true);
    expect(mostlyLatin('全市GDP增长5.2%，固定资产投资增长8%。')).toBe(false);
  });

  it('keeps every character, Chinese runs whole', () => {
    const text = 'Built the 物流园 phase II, with 3.5% growth (总投资 12亿).';
    const parts = hanRuns(text);
    expect(parts.map((p) => ('han' in p ? p.han : p.words.join(''))).join('')).toBe(text);
    expect(parts.filter((p) => 'han' in p).map((p) => ('han' in p ? p.han : ''))).toEqual(['物流园', '总投资', '亿']);
  });

  it('gives the tokens jieba gives the whole sentence', () => {
    const texts = [
      'The new 产业园 of the county attracted 15 projects, with a total investment of 3.2 billion yuan.',
      'Vigorously develop the 新能源汽车 industry and build a high-tech zone in 2024-2025.',
      '全县新建高标准农田2.5万亩，完成投资1.8亿元。',
    ];
    const sentences = sentencesOf(texts);
    segmentSentences(sentences);
    for (const s of sentences) {
      const tokens = sentenceTokens(s);
      expect(tokens.map((t) => t.word)).toEqual(segment(s.text));
      expect(tokens[0].start).toBe(s.start);
      expect(tokens[tokens.length - 1].end).toBe(s.end);
    }
  });
});
