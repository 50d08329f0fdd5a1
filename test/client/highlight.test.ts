import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../client/src/details/highlight.js';

const marked = (sentence: string, terms: string[]) =>
  highlightSegments(sentence, terms).filter((s) => s.mark).map((s) => s.text);

describe('When an evidence sentence is highlighted', () => {
  it('then every occurrence of a term is marked and the text is kept whole', () => {
    const sentence = '甲市发展光伏产业，甲市的光伏企业增加。';
    const segments = highlightSegments(sentence, ['甲市', '光伏']);
    expect(segments.map((s) => s.text).join('')).toBe(sentence);
    expect(marked(sentence, ['甲市', '光伏'])).toEqual(['甲市', '光伏', '甲市', '光伏']);
  });

  it('then the longest of overlapping terms wins', () => {
    expect(marked('乙县县城建设', ['乙县', '乙县县城'])).toEqual(['乙县县城']);
  });

  it('then markup in the sentence stays plain text and empty terms are ignored', () => {
    const segments = highlightSegments('<b>丙区</b>', ['', '丙区']);
    expect(segments).toEqual([{ text: '<b>', mark: false }, { text: '丙区', mark: true }, { text: '</b>', mark: false }]);
  });
});
