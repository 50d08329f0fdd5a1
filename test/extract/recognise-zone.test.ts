import { describe, expect, it } from 'vitest';
import { zoneRecogniser } from '../../graph/extract/recognise/zone.js';
import type { Mention } from '../../graph/extract/types.js';

// The sentence sits after a prefix so that offsets must be absolute.
function recognise(sentence: string, prefix = '前文。'): Mention[] {
  const text = prefix + sentence;
  return zoneRecogniser.recognise({ index: 1, start: prefix.length, end: text.length, text: sentence }, { language: 'mixed', text });
}
const names = (sentence: string) => recognise(sentence).map((m) => m.name);

describe('zoneRecogniser, Chinese', () => {
  it('finds a suffixed zone with leading verbs trimmed and absolute offsets', () => {
    const [m] = recognise('加快建设南岭高新技术产业开发区。');
    expect(m.name).toBe('南岭高新技术产业开发区');
    expect('前文。加快建设南岭高新技术产业开发区。'.slice(m.start, m.end)).toBe(m.name);
    expect(m.kind).toBe('Zone');
    expect(m.source).toBe('zone');
  });

  it('splits two zones named one after the other', () => {
    expect(names('东湖经开区携手西岭综合保税区共建园区。')).toEqual(['东湖经开区', '西岭综合保税区']);
  });

  it('keeps 发展 before the suffix in a zone\'s name, but takes no name from a verb alone', () => {
    expect(names('加快建设河湖生态绿色一体化发展示范区。')).toEqual(['河湖生态绿色一体化发展示范区']);
    expect(names('推动融合发展示范区建设。')).toEqual([]);
    expect(names('共建甲乙高质量发展融合试验区。')).toEqual(['甲乙高质量发展融合试验区']);
  });

  it('keeps heritage sites and commercial districts by suffix', () => {
    expect(names('游客涌入青石古城和金桥商业街。')).toEqual(['青石古城', '金桥商业街']);
  });

  it('keeps a quoted part inside a name', () => {
    expect(names('推进绿能“零排放”产业园建设。')).toEqual(['绿能“零排放”产业园']);
  });

  it('skips names made only of generic words and counts', () => {
    expect(names('全市3个省级开发区和各类园区、中试基地稳步发展。')).toEqual([]);
  });

  it('skips a suffix that starts a website name', () => {
    expect(names('来源：北山大院资讯网')).toEqual([]);
  });
});

describe('zoneRecogniser, English', () => {
  it('takes the capitalised run before a zone suffix', () => {
    expect(names('We expanded the Riverside Economic Development Zone and the Lakeview Industrial Park.')).toEqual([
      'Riverside Economic Development Zone',
      'Lakeview Industrial Park',
    ]);
  });

  it('takes no name from a headline\'s capitals after an indefinite article', () => {
    expect(names('Riverton Bets on Lithium to Build a World-Class Industrial Base')).toEqual([]);
    expect(names('Riverton Opens the Lakeview Industrial Park')).toEqual(['Lakeview Industrial Park']);
    expect(names('Lakeview New Area was approved as a provincial new area.')).toEqual(['Lakeview New Area']);
    expect(names('Yulin: Building a High-end Energy and Chemical Base')).toEqual([]);
    expect(names('Visitors came to the Jinguo Heritage Park.')).toEqual(['Jinguo Heritage Park']);
    expect(names('The Zhengzhou Airport Economy Zone attracted 15 projects.')).toEqual(['Zhengzhou Airport Economy Zone']);
  });

  it('takes lower-case content words before a compound suffix but not a bare common noun', () => {
    expect(names('The county opened a textile logistics park and a production base.')).toEqual(['textile logistics park']);
  });
});
