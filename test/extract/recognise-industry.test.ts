import { describe, expect, it } from 'vitest';
import { industryRecogniser } from '../../graph/extract/recognise/industry.js';
import type { Mention } from '../../graph/extract/types.js';

// The sentence sits after a prefix so that offsets must be absolute.
function recognise(sentence: string, prefix = '前文。'): Mention[] {
  const text = prefix + sentence;
  return industryRecogniser.recognise({ index: 1, start: prefix.length, end: text.length, text: sentence }, { language: 'mixed', text });
}
const names = (sentence: string) => recognise(sentence).map((m) => m.name);

describe('industryRecogniser, Chinese', () => {
  it('finds vocabulary terms with absolute offsets and clean spans', () => {
    const [m] = recognise('全力打造光伏产业集群。');
    expect(m.name).toBe('光伏');
    expect(m.surface).toBe('光伏产业集群');
    expect('前文。全力打造光伏产业集群。'.slice(m.start, m.end)).toBe(m.surface);
    expect(m.source).toBe('industry');
    expect(m.kind).toBe('Industry');
  });

  it('joins a modifier term with the next term into a compound', () => {
    expect(names('河湖县积极发展氢能重卡和锂电池。')).toEqual(['氢能重卡', '锂电']);
  });

  it('keeps a broad sector word only when a suffix or a listed industry confirms it', () => {
    expect(names('物流车辆通行顺畅。')).toEqual([]);
    expect(names('大力发展现代物流业。')).toEqual(['现代物流']);
    expect(names('培育新材料、物流和金融等产业。')).toEqual(['新材料', '物流', '金融']);
  });

  it('names an unknown sector from the X产业 pattern and skips generic heads', () => {
    expect(names('做大做强香菇产业。')).toEqual(['香菇']);
    expect(names('壮大战略性新兴产业和主导产业，建设八大产业集群。')).toEqual([]);
  });

  it('takes a place\'s cluster of a listed industry as that industry, and no sector from X产业合作', () => {
    expect(names('芜湖机器人产业集群入选国家集群。')).toEqual(['机器人']);
    expect(names('共建东湾走廊产业合作示范园区。')).toEqual([]);
  });

  it('does not take a sector word that begins an organization name', () => {
    expect(names('市交通运输局召开会议。')).toEqual([]);
  });
});

describe('industryRecogniser, English', () => {
  it('maps English terms to the Chinese canonical name with the English form as alias', () => {
    const [m] = recognise('The county builds a photovoltaic industrial cluster.');
    expect(m.name).toBe('光伏');
    expect(m.surface).toBe('photovoltaic industrial cluster');
    expect(m.aliases).toContain('photovoltaic');
  });

  it('composes the English of parts (methanol heavy trucks → 甲醇重卡), plural-insensitive', () => {
    const [m] = recognise('Output of methanol heavy trucks doubled.');
    expect(m.name).toBe('甲醇重卡');
    expect(m.aliases).toContain('methanol heavy trucks');
  });

  it('keeps an unknown English industry under its English name, without generic words', () => {
    expect(names('We will develop the emerging bamboo weaving industry.')).toEqual(['bamboo weaving industry']);
  });

  it('finds industries in mixed text', () => {
    expect(names('The new materials park hosts 生物医药 firms.')).toEqual(['新材料', '生物医药']);
  });
});
