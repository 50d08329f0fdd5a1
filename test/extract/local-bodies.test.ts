import { describe, expect, it } from 'vitest';
import { qualifyLocalBodies } from '../../graph/extract/mentions/local-bodies.js';
import { extractRelations } from '../../graph/extract/relations/index.js';
import { placesOfLocalBodies } from '../../graph/extract/relations/local-bodies.js';
import type { Entity } from '../../graph/extract/types.js';

const org = (name: string, aliases: string[] = [], mentions = 1): Entity => ({ id: `Organization:${name}`, kind: 'Organization', name, aliases, mentions });
// 杭州市 (330100) in 浙江省; 西湖区 (330106) in 杭州市.
const hangzhou: Entity = { id: 'City:杭州市', kind: 'City', name: '杭州市', aliases: ['杭州'], mentions: 3, divisionCode: '3301', level: 'city' };
const xihu: Entity = { id: 'County:西湖区', kind: 'County', name: '西湖区', aliases: [], mentions: 2, divisionCode: '330106', level: 'county' };

describe('qualifyLocalBodies', () => {
  it('names a level-only body after the document place of its level, keeping the bare name as alias', () => {
    const out = qualifyLocalBodies({ entities: [hangzhou, org('市委'), org('省政府'), org('市场监管局')], entityOf: ['City:杭州市', 'Organization:市委', 'Organization:省政府', 'Organization:市场监管局'] }, 'City:杭州市');
    expect(out.entities.map((e) => [e.name, e.aliases])).toEqual([
      ['杭州市', ['杭州']], ['杭州市委', ['市委']], ['浙江省政府', ['省政府']], ['市场监管局', []],
    ]);
    expect(out.entityOf).toEqual(['City:杭州市', 'Organization:杭州市委', 'Organization:浙江省政府', 'Organization:市场监管局']);
  });

  it('merges the bare body into the full name the text also writes, and reads 区 as the district', () => {
    const out = qualifyLocalBodies({
      entities: [xihu, org('区政府', [], 2), org('西湖区政府', ['西湖区人民政府'], 1), org('市委')],
      entityOf: ['Organization:区政府', 'Organization:西湖区政府', 'Organization:市委'],
    }, 'County:西湖区');
    expect(out.entities.map((e) => [e.name, e.aliases, e.mentions])).toEqual([
      ['西湖区', [], 2], ['西湖区政府', ['区政府', '西湖区人民政府'], 3], ['杭州市委', ['市委'], 1],
    ]);
    expect(out.entityOf).toEqual(['Organization:西湖区政府', 'Organization:西湖区政府', 'Organization:杭州市委']);
  });

  it('leaves everything as it is without a document place', () => {
    const merged = { entities: [org('市委')], entityOf: ['Organization:市委'] };
    expect(qualifyLocalBodies(merged, undefined)).toBe(merged);
  });
});

describe('relations of level-named bodies', () => {
  it('locates each mention of a body named by level alone in the place it was named after', () => {
    const text = '市委召开会议。';
    const sentence = { index: 0, start: 0, end: text.length, text };
    const mention = { kind: 'Organization' as const, surface: '市委', name: '市委', start: 0, end: 2, sentence: 0, source: 'test' };
    const { entities, entityOf } = qualifyLocalBodies({ entities: [hangzhou, org('市委')], entityOf: ['Organization:市委'] }, 'City:杭州市');
    const relations = extractRelations({ documentId: 'd', text, sentences: [sentence], mentions: [mention], entityOf, entities, documentPlace: 'City:杭州市' });
    expect(relations.map((r) => `${r.type} ${r.from} -> ${r.to}`)).toEqual(['LOCATED_IN Organization:杭州市委 -> City:杭州市']);
    expect(placesOfLocalBodies([org('西湖区委', ['区委'])])).toEqual(new Map());
  });
});
