import { describe, expect, it } from 'vitest';
import { segment, trimPhrase } from '../../graph/extract/recognise/boundary.js';

function trimmed(text: string, keepNumerals = false): string | null {
  const span = trimPhrase(text, 0, text.length, { keepNumerals });
  return span && text.slice(span.start, span.end);
}

describe('segment', () => {
  it('returns tokens that join back to the input', () => {
    const text = '河湖市加快建设氢能装备产业园，带动上下游企业集聚。';
    const tokens = segment(text);
    expect(tokens.length).toBeGreaterThan(5);
    expect(tokens.join('')).toBe(text);
  });
});

describe('trimPhrase', () => {
  it('moves the start past leading verbs and adverbs', () => {
    expect(trimmed('全力加快推进东湖储能电站项目')).toBe('东湖储能电站项目');
    expect(trimmed('积极培育氢能产业')).toBe('氢能产业');
  });

  it('moves the start past prepositions, conjunctions and collective subjects', () => {
    expect(trimmed('依托南岭高新技术产业开发区')).toBe('南岭高新技术产业开发区');
    expect(trimmed('和现代物流业')).toBe('现代物流业');
    expect(trimmed('我们要积极发展茶叶产业')).toBe('茶叶产业');
  });

  it('starts after the last clause punctuation and after a mid-span clause verb', () => {
    expect(trimmed('去年，西岭物流园项目')).toBe('西岭物流园项目');
    expect(trimmed('对小微企业实施专精特新')).toBe('专精特新');
  });

  it('drops numerals with measure words unless asked to keep them', () => {
    expect(trimmed('新建5个标准化厂房园区')).toBe('标准化厂房园区');
    expect(trimmed('持续推进四个一体化', true)).toBe('四个一体化');
  });

  it('keeps an opening quote whose closing partner follows', () => {
    expect(trimmed('围绕“238”发展战略', true)).toBe('“238”发展战略');
  });

  it('moves the end left past trailing 等 and 等等', () => {
    expect(trimmed('建成北湖大桥连通工程等')).toBe('北湖大桥连通工程');
    expect(trimmed('推进滨江路、环城路与新区大道连通工程等等')).toBe('滨江路、环城路与新区大道连通工程');
  });

  it('keeps a single-character head that a tag might call a verb', () => {
    expect(trimmed('推进兴县工业园区')).toBe('兴县工业园区');
  });

  it('returns null when only function words remain', () => {
    expect(trimmed('以及')).toBeNull();
    expect(trimmed('，等')).toBeNull();
  });
});
