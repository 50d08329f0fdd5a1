import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../graph/extract/mentions/merge.js';
import { extractRelations } from '../../graph/extract/relations/index.js';
import type { Mention, Sentence } from '../../graph/extract/types.js';

/** Builds mentions by finding each name in the sentence text. */
function scene(text: string, spans: Array<[Mention['kind'], string, string?]>, documentPlace?: string) {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, text };
  const used = new Map<string, number>();
  const mentions: Mention[] = spans.map(([kind, surface, name]) => {
    const from = used.get(surface) ?? 0;
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`${surface} not in text`);
    used.set(surface, start + 1);
    return { kind, surface, name: name ?? surface, start, end: start + surface.length, sentence: 0, source: 'test' };
  }).sort((a, b) => a.start - b.start || b.end - a.end);
  const { entities, entityOf } = mergeMentions(mentions);
  const extra = documentPlace ? [{ id: documentPlace, kind: 'City' as const, name: documentPlace.slice(5), aliases: [], mentions: 1 }] : [];
  const relations = extractRelations({
    documentId: 'd1', text, sentences: [sentence], mentions, entityOf, entities: [...entities, ...extra], documentPlace,
  });
  return relations.map((r) => `${r.type} ${r.from} -> ${r.to}`);
}

describe('extractRelations', () => {
  it('locates a company in the county its name starts with, and its project runs by it', () => {
    const rels = scene('示例县长城示例有限公司年产5万吨光伏组件项目开工', [
      ['County', '示例县'], ['Enterprise', '示例县长城示例有限公司'], ['Project', '长城示例有限公司年产5万吨光伏组件项目'],
      ['Enterprise', '长城示例有限公司'], ['Industry', '光伏'],
    ]);
    expect(rels).toContain('LOCATED_IN Enterprise:示例县长城示例有限公司 -> County:示例县');
    expect(rels).toContain('IN_INDUSTRY Project:长城示例有限公司年产5万吨光伏组件项目 -> Industry:光伏');
  });

  it('locates a company or project in the place written after 位于/落户 or "based in"', () => {
    expect(scene('长城示例有限公司位于示例县。', [['Enterprise', '长城示例有限公司'], ['County', '示例县']]))
      .toContain('LOCATED_IN Enterprise:长城示例有限公司 -> County:示例县');
    expect(scene('Riverton Salt Co., Ltd., based in Lakeview, will invest.', [['Enterprise', 'Riverton Salt Co., Ltd'], ['City', 'Lakeview']]))
      .toContain('LOCATED_IN Enterprise:Riverton Salt Co., Ltd -> City:Lakeview');
    expect(scene('长城示例有限公司与示例县签约。', [['Enterprise', '长城示例有限公司'], ['County', '示例县']]))
      .not.toContain('LOCATED_IN Enterprise:长城示例有限公司 -> County:示例县');
  });

  it('makes a programme support what it introduces after a colon, and a zone named after it', () => {
    const rels = scene('实施“三新”行动：新材料、新能源和数字经济', [
      ['Policy', '“三新”行动'], ['Industry', '新材料'], ['Industry', '新能源'], ['Industry', '数字经济'],
    ]);
    expect(rels).toEqual(expect.arrayContaining([
      'SUPPORTS Policy:“三新”行动 -> Industry:新材料', 'SUPPORTS Policy:“三新”行动 -> Industry:数字经济',
    ]));
    expect(scene('建设示例乡村振兴示范区', [['Zone', '示例乡村振兴示范区'], ['Policy', '乡村振兴']]))
      .toContain('SUPPORTS Policy:乡村振兴 -> Zone:示例乡村振兴示范区');
  });

  it('gives the document place an industry named in a 我市 sentence', () => {
    const rels = scene('我市大力发展氢能产业。', [['Industry', '氢能']], 'City:甲市');
    expect(rels).toEqual(['HAS_INDUSTRY City:甲市 -> Industry:氢能']);
  });

  it('prefers a zone named before the industry in the same clause', () => {
    const rels = scene('示例高新区重点发展集成电路，', [['Zone', '示例高新区'], ['Industry', '集成电路']], 'City:甲市');
    expect(rels).toContain('HAS_INDUSTRY Zone:示例高新区 -> Industry:集成电路');
    expect(rels).not.toContain('HAS_INDUSTRY City:甲市 -> Industry:集成电路');
  });

  it('links a policy to its implementer and to the industry it promotes', () => {
    const rels = scene('市政府出台《促进新能源汽车发展办法》支持新能源汽车', [
      ['Organization', '市政府'], ['Policy', '《促进新能源汽车发展办法》'], ['Industry', '新能源汽车'],
    ]);
    expect(rels).toContain('IMPLEMENTS Organization:市政府 -> Policy:《促进新能源汽车发展办法》');
    expect(rels).toContain('SUPPORTS Policy:《促进新能源汽车发展办法》 -> Industry:新能源汽车');
  });

  it('lets the document place implement a policy when a province is only named as context', () => {
    const rels = scene('按照河北省部署，全市推进乡村振兴', [['Province', '河北省'], ['Policy', '乡村振兴']], 'City:甲市');
    expect(rels).toEqual(['IMPLEMENTS City:甲市 -> Policy:乡村振兴']);
  });

  it('does not locate one zone in another named before it in a list', () => {
    const rels = scene('建成甲园区、乙园区', [['Zone', '甲园区'], ['Zone', '乙园区']], 'City:甲市');
    expect(rels.sort()).toEqual(['LOCATED_IN Zone:乙园区 -> City:甲市', 'LOCATED_IN Zone:甲园区 -> City:甲市']);
  });

  it('makes places joined by an integration word cooperate, once', () => {
    const rels = scene('推进甲市乙市一体化发展', [['City', '甲市'], ['City', '乙市']]);
    expect(rels).toEqual(['COOPERATES_WITH City:乙市 -> City:甲市']);
  });

  it('makes a titled person lead the body named before the title', () => {
    const rels = scene('市发展和改革委员会主任张三介绍', [['Organization', '市发展和改革委员会'], ['Person', '张三']]);
    expect(rels).toContain('LEADS Person:张三 -> Organization:市发展和改革委员会');
  });

  it('gives each titled person of a list the body named in their own item, else the document place', () => {
    const rels = scene('区委书记张三、区长李四出席', [['Organization', '区委'], ['Person', '张三'], ['Person', '李四']], 'County:甲区');
    expect(rels.filter((r) => r.startsWith('LEADS')).sort()).toEqual(['LEADS Person:张三 -> Organization:区委', 'LEADS Person:李四 -> County:甲区']);
  });

  it('gives an industry to each place of a list before it, and a programme\'s support to each target listed after it', () => {
    const rels = scene('甲县、乙县和丙县发展茶叶', [['County', '甲县'], ['County', '乙县'], ['County', '丙县'], ['Industry', '茶叶']], 'City:甲市');
    expect(rels.filter((r) => r.startsWith('HAS_INDUSTRY')).sort()).toEqual([
      'HAS_INDUSTRY County:丙县 -> Industry:茶叶', 'HAS_INDUSTRY County:乙县 -> Industry:茶叶', 'HAS_INDUSTRY County:甲县 -> Industry:茶叶',
    ]);
    const en = scene('implement the Riverton Plan to support the aerospace industry and the new materials industry',
      [['Policy', 'Riverton Plan'], ['Industry', 'aerospace industry'], ['Industry', 'new materials industry']], 'City:Riverton');
    expect(en.filter((r) => r.startsWith('SUPPORTS')).sort()).toEqual([
      'SUPPORTS Policy:Riverton Plan -> Industry:aerospace industry', 'SUPPORTS Policy:Riverton Plan -> Industry:new materials industry',
    ]);
  });

  it('gives every industry of a list the subject of its first', () => {
    const rels = scene('support Riverton and Hillton in developing the automobile, machinery and aluminum industries',
      [['City', 'Riverton'], ['City', 'Hillton'], ['Industry', 'automobile'], ['Industry', 'machinery'], ['Industry', 'aluminum industries']], 'Province:Upland');
    expect(rels.filter((r) => r.startsWith('HAS_INDUSTRY')).sort()).toEqual([
      'HAS_INDUSTRY City:Hillton -> Industry:aluminum industries', 'HAS_INDUSTRY City:Hillton -> Industry:automobile', 'HAS_INDUSTRY City:Hillton -> Industry:machinery',
      'HAS_INDUSTRY City:Riverton -> Industry:aluminum industries', 'HAS_INDUSTRY City:Riverton -> Industry:automobile', 'HAS_INDUSTRY City:Riverton -> Industry:machinery',
    ]);
  });

  it('does not take a place named before another kind for part of a list', () => {
    const rels = scene('甲县、丙区光伏基地发展光伏', [['County', '甲县'], ['Zone', '丙区光伏基地'], ['Industry', '光伏']], 'City:甲市');
    expect(rels.filter((r) => r.startsWith('HAS_INDUSTRY'))).toEqual(['HAS_INDUSTRY Zone:丙区光伏基地 -> Industry:光伏']);
  });

  it('does not make a province named after "of" a party of a cooperation clause', () => {
    const rels = scene('implement the strategy of Upland Province and integrate into the Riverton metropolitan area',
      [['Province', 'Upland Province', 'Upland'], ['Region', 'Riverton metropolitan area']], 'City:Hillton');
    expect(rels.filter((r) => r.startsWith('COOPERATES_WITH'))).toEqual(['COOPERATES_WITH City:Hillton -> Region:Riverton metropolitan area']);
  });

  it('makes the document place cooperate with each of a list that signs with 我市', () => {
    const rels = scene('乙市、丙市与我市签署区域合作协议', [['City', '乙市'], ['City', '丙市']], 'City:甲市');
    expect(rels.filter((r) => r.startsWith('COOPERATES_WITH')).sort()).toEqual([
      'COOPERATES_WITH City:丙市 -> City:甲市', 'COOPERATES_WITH City:乙市 -> City:甲市',
    ]);
  });

  it('reads "will work with" as working together', () => {
    const rels = scene('Riverton will work with Hillton to build a city cluster', [['City', 'Riverton'], ['City', 'Hillton']]);
    expect(rels).toEqual(['COOPERATES_WITH City:Hillton -> City:Riverton']);
  });

  it('makes the document place cooperate with each party a cooperation clause names alone', () => {
    const rels = scene('深化与乙市、丙市的合作', [['City', '乙市'], ['City', '丙市']], 'City:甲市');
    expect(rels.filter((r) => r.startsWith('COOPERATES_WITH')).sort()).toEqual([
      'COOPERATES_WITH City:丙市 -> City:甲市', 'COOPERATES_WITH City:乙市 -> City:甲市',
    ].sort());
  });

  it('refuses relation types the schema does not allow between the kinds', () => {
    const rels = scene('张三和李四合作', [['Person', '张三'], ['Person', '李四']]);
    expect(rels).toEqual([]);
  });
});

describe('administrative hierarchy', () => {
  it('puts a county in the nearest ancestor the document names, from the gazetteer', async () => {
    const { administrativeHierarchy } = await import('../../graph/extract/relations/hierarchy.js');
    const { placeByCode } = await import('../../graph/extract/places/index.js');
    const county = placeByCode('130602')!;
    const city = placeByCode('1306')!;
    const province = placeByCode('13')!;
    const text = `${province.name}${city.name}发展很快。${county.name}也是。`;
    const sentences: Sentence[] = [
      { index: 0, start: 0, end: text.indexOf('。') + 1, text: text.slice(0, text.indexOf('。') + 1) },
      { index: 1, start: text.indexOf('。') + 1, end: text.length, text: text.slice(text.indexOf('。') + 1) },
    ];
    const at = (name: string, code: string, sentence: number, kind: Mention['kind']): Mention => ({
      kind, name, surface: name, start: text.indexOf(name), end: text.indexOf(name) + name.length, sentence, source: 'test',
      place: { divisionCode: code },
    });
    const mentions = [at(province.name, '13', 0, 'Province'), at(city.name, '1306', 0, 'City'), at(county.name, '130602', 1, 'County')];
    const rels = administrativeHierarchy({ documentId: 'd', sentences, mentions, entityOf: mentions.map((x) => `${x.kind}:${x.name}`) });
    expect(rels.map((r) => `${r.from} -> ${r.to}`).sort()).toEqual([
      `City:${city.name} -> Province:${province.name}`,
      `County:${county.name} -> City:${city.name}`,
    ]);
    expect(rels.find((r) => r.from.startsWith('County'))!.evidence[0].text).toContain(county.name);
  });
});
