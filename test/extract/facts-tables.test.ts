import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../graph/extract/facts/index.js';
import { findTables } from '../../graph/extract/facts/tables.js';
import type { Mention, Sentence } from '../../graph/extract/types.js';

/** One sentence per line, as normalization leaves a table; places are found by their surface at a line's start. */
function doc(lines: string[], places: string[] = []) {
  const sentences: Sentence[] = [];
  let at = 0;
  for (const [index, text] of lines.entries()) {
    sentences.push({ index, start: at, end: at + text.length, text, heading: lines[0] });
    at += text.length + 1;
  }
  const mentions: Mention[] = sentences.flatMap((s) => places.filter((p) => s.text.startsWith(`${p} `)).map((p) => (
    { kind: 'County' as const, surface: p, name: p, start: s.start, end: s.start + p.length, sentence: s.index, source: 'test' })));
  return { sentences, mentions };
}

const HOME = 'City:河口市';
const lines = ['2023年河口市各县主要指标', '县 地区生产总值（亿元） 增速（%）', '云溪县 212.5 5.9', '松林县 180.3 —', '第一产业 60.1 3.2', '全市 1520.7 5.5', '全市经济运行平稳。'];

describe('findTables', () => {
  it('reads a header of indicators with units and the rows of figures under it', () => {
    const [table] = findTables(doc(lines).sentences);
    expect(table.columns).toEqual([
      { indicator: '地区生产总值', unit: '亿元', measure: 'level' },
      { indicator: '地区生产总值', unit: '%', measure: 'growth' },
    ]);
    expect(table.rows.map((r) => [r.label, r.values])).toEqual([['云溪县', [212.5, 5.9]], ['松林县', [180.3, null]], ['第一产业', [60.1, 3.2]], ['全市', [1520.7, 5.5]]]);
    expect(table.year).toBe(2023);
  });

  it('takes the unit from a 单位 line above a header without units, and finds no table in prose or a single row', () => {
    const [table] = findTables(doc(['单位：万吨', '地区 粮食产量 油料产量', '云溪县 25.1 3.2', '松林县 18.4 2.1']).sentences);
    expect(table.columns.map((c) => [c.indicator, c.unit])).toEqual([['粮食产量', '万吨'], ['油料产量', '万吨']]);
    expect(findTables(doc(['地区 粮食产量（万吨）', '云溪县 25.1', '全市经济运行平稳。']).sentences)).toEqual([]);
    expect(findTables(doc(['全市经济运行平稳，增长5%。', '云溪县 25.1 3.2', '松林县 18.4 2.1']).sentences)).toEqual([]);
  });
});

describe('extractFacts: tables', () => {
  it('gives each figure to the row\'s place, a part of the economy and the whole to the document\'s place', () => {
    const { sentences, mentions } = doc(lines, ['云溪县', '松林县']);
    const out = extractFacts({ documentId: 'd', sentences, mentions, defaultSubject: HOME, documentYear: 2022 });
    expect(out.map((f) => [f.subject, f.indicator, f.value, f.unit, f.measure, f.year])).toEqual([
      ['County:云溪县', '地区生产总值', 212.5, '亿元', 'level', 2023],
      ['County:云溪县', '地区生产总值', 5.9, '%', 'growth', 2023],
      ['County:松林县', '地区生产总值', 180.3, '亿元', 'level', 2023],
      [HOME, '第一产业增加值', 60.1, '亿元', 'level', 2023],
      [HOME, '第一产业增加值', 3.2, '%', 'growth', 2023],
      [HOME, '地区生产总值', 1520.7, '亿元', 'level', 2023],
      [HOME, '地区生产总值', 5.5, '%', 'growth', 2023],
    ]);
    expect(out[0].evidence.text).toBe('云溪县 212.5 5.9');
  });
});
