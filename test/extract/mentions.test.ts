import { describe, expect, it } from 'vitest';
import { documentPlace } from '../../graph/extract/mentions/document-place.js';
import { mergeMentions, nameKey } from '../../graph/extract/mentions/merge.js';
import { resolveOverlaps } from '../../graph/extract/mentions/overlaps.js';
import type { Mention } from '../../graph/extract/types.js';

const m = (kind: Mention['kind'], name: string, start: number, extra: Partial<Mention> = {}): Mention => ({
  kind, name, surface: extra.surface ?? name, start, end: start + (extra.surface ?? name).length, sentence: 0, source: 'test', ...extra,
});

describe('resolveOverlaps', () => {
  it('keeps a place nested in a company name but drops a same-kind nested span', () => {
    const company = m('Enterprise', '河北省保定市长城示例有限公司', 0);
    const province = m('Province', '河北省', 0);
    const city = m('City', '保定市', 3);
    const innerCompany = m('Enterprise', '长城示例有限公司', 6);
    const kept = resolveOverlaps([innerCompany, city, company, province]);
    expect(kept.map((k) => k.name)).toEqual(['河北省保定市长城示例有限公司', '河北省', '保定市']);
  });

  it('drops the shorter of two crossing spans', () => {
    const a = m('Project', '新区供热工程', 0);
    const b = m('Zone', '工程园区', 4);
    expect(resolveOverlaps([b, a]).map((k) => k.name)).toEqual(['新区供热工程']);
  });

  it('on an identical span prefers the gazetteer place over a policy', () => {
    const span = { surface: '示例县' };
    const kept = resolveOverlaps([m('Policy', '示例县', 0, span), m('County', '示例县', 0, span)]);
    expect(kept).toHaveLength(1);
    expect(kept[0].kind).toBe('County');
  });
});

describe('mergeMentions', () => {
  it('merges places on their division code and keeps the full name canonical', () => {
    const place = { divisionCode: '130600', level: 'city' as const, nameEn: 'Baoding' };
    const { entities, entityOf } = mergeMentions([
      m('City', '保定市', 0, { surface: '保定', place }),
      m('City', '保定市', 10, { place }),
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ id: 'City:保定市', divisionCode: '130600', nameEn: 'Baoding', mentions: 2 });
    expect(entities[0].aliases).toEqual(expect.arrayContaining(['保定', 'Baoding']));
    expect(entityOf).toEqual(['City:保定市', 'City:保定市']);
  });

  it('folds a short brand into the company whose alias it is', () => {
    const { entities, entityOf } = mergeMentions([
      m('Enterprise', '长城示例股份有限公司', 0, { aliases: ['长城示例'] }),
      m('Enterprise', '长城示例', 30),
    ]);
    expect(entities.map((e) => e.id)).toEqual(['Enterprise:长城示例股份有限公司']);
    expect(entities[0].mentions).toBe(2);
    expect(entityOf[1]).toBe('Enterprise:长城示例股份有限公司');
  });

  it('treats quote styles as one name', () => {
    expect(nameKey('“156”战略')).toBe(nameKey('"156"战略'));
    const { entities } = mergeMentions([m('Policy', '“156”战略', 0), m('Policy', '"156"战略', 20)]);
    expect(entities).toHaveLength(1);
  });
});

describe('documentPlace', () => {
  it('picks the city the title names over one named more often in passing', () => {
    const mentions = [m('City', '甲市', 500), m('City', '乙市', 600), m('City', '乙市', 700), m('City', '甲市', 0)];
    const entityOf = mentions.map((x) => `City:${x.name}`);
    const entities = ['甲市', '乙市'].map((n) => ({ id: `City:${n}`, kind: 'City' as const, name: n, aliases: [], mentions: 2 }));
    const doc = { title: '甲市政府工作报告', text: `甲市政府工作报告\n${'我市'.repeat(10)}` };
    expect(documentPlace(doc, mentions, entityOf, entities)).toBe('City:甲市');
  });

  it('passes over a dateline\'s city, and takes a province named at the head of a text speaking of 全省', () => {
    const text = '新华社甲市3月5日电 丙省经济平稳，全省地区生产总值增长5%，乙市增长6%。';
    const at = (s: string) => text.indexOf(s);
    const mentions = [m('City', '甲市', at('甲市')), m('Province', '丙省', at('丙省')), m('City', '乙市', at('乙市'))];
    const entityOf = mentions.map((x) => `${x.kind}:${x.name}`);
    const entities = mentions.map((x) => ({ id: `${x.kind}:${x.name}`, kind: x.kind, name: x.name, aliases: [], mentions: 1 }));
    expect(documentPlace({ title: '经济新闻', text }, mentions, entityOf, entities)).toBe('Province:丙省');
    const city = text.replace('全省', '全市');
    expect(documentPlace({ title: '经济新闻', text: city }, mentions, entityOf, entities)).toBe('City:乙市');
  });

  it('names no place for a text that mentions two evenly and never says our city', () => {
    const mentions = [m('City', '甲市', 900), m('City', '乙市', 950)];
    const entities = ['甲市', '乙市'].map((n) => ({ id: `City:${n}`, kind: 'City' as const, name: n, aliases: [], mentions: 1 }));
    const doc = { title: '新闻', text: 'x'.repeat(1000) };
    expect(documentPlace(doc, mentions, mentions.map((x) => `City:${x.name}`), entities)).toBeUndefined();
  });
});

describe('mergeMentions with place prefixes', () => {
  it('folds a zone named without its place into the zone named with it', () => {
    const { entities } = mergeMentions([
      m('Province', '河北省', 0, { surface: '河北' }),
      m('Zone', '河北智谷园区', 0),
      m('Zone', '智谷园区', 20),
    ]);
    expect(entities.filter((e) => e.kind === 'Zone').map((e) => e.name)).toEqual(['河北智谷园区']);
  });

  it('keeps apart names whose leftover after the place is too short to be a name', () => {
    const { entities } = mergeMentions([m('City', '甲乙市', 0), m('Zone', '甲乙市新区', 0), m('Zone', '新区', 9)]);
    expect(entities.filter((e) => e.kind === 'Zone')).toHaveLength(2);
  });
});
