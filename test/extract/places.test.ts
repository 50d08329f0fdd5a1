import { describe, expect, it } from 'vitest';
import { documentProvince, findPlaceMentions, placeAncestors, placeByCode } from '../../graph/extract/places/index.js';
import type { Mention } from '../../graph/extract/types.js';

function places(text: string): Mention[] {
  const doc = { id: 't', file: 't.txt', title: '', language: 'zh-Hans' as const, text, origin: new Int32Array(text.length) };
  return findPlaceMentions(doc, [{ index: 0, start: 0, end: text.length, text }]);
}

const named = (text: string) => places(text).map((m) => m.name);
const find = (ms: Mention[], surface: string) => ms.find((m) => m.surface === surface);

describe('Chinese division names', () => {
  it('resolves full names with kind, code and parent, offsets absolute', () => {
    const text = '会议在浙江省杭州市西湖区召开。';
    const ms = places(text);
    const city = find(ms, '杭州市')!;
    expect(city).toMatchObject({ kind: 'City', name: '杭州市', source: 'gazetteer' });
    expect(text.slice(city.start, city.end)).toBe('杭州市');
    expect(city.place?.parentCode).toBe(find(ms, '浙江省')!.place?.divisionCode);
    expect(find(ms, '西湖区')).toMatchObject({ kind: 'County', place: { parentCode: city.place?.divisionCode } });
    expect(find(ms, '浙江省')?.aliases).toEqual(expect.arrayContaining(['浙江', 'Zhejiang']));
  });

  it('maps a short name to the full name, with short and English aliases', () => {
    const m = find(places('今年杭州经济增长较快。'), '杭州')!;
    expect(m).toMatchObject({ kind: 'City', name: '杭州市' });
    expect(m.aliases).toEqual(expect.arrayContaining(['杭州', 'Hangzhou']));
  });

  it('treats a county-level city as a County and a one-character county with County/xian English names', () => {
    const ms = places('江苏省昆山市和河南省杞县');
    expect(find(ms, '昆山市')?.kind).toBe('County');
    expect(find(ms, '杞县')?.aliases).toEqual(expect.arrayContaining(['Qi County', 'Qixian']));
  });

  it('accepts the old suffix of a county that became a district', () => {
    const code = find(places('浙江省萧山区'), '萧山区')!.place?.divisionCode;
    expect(find(places('浙江省萧山县'), '萧山县')?.place?.divisionCode).toBe(code);
  });

  it('resolves an ambiguous short name by the explicit chain before it', () => {
    const ms = places('福建省福州市鼓楼区和江苏省南京市鼓楼区');
    const [fuzhou, nanjing] = ms.filter((m) => m.name === '鼓楼区');
    expect(placeAncestors(fuzhou.place!.divisionCode!).map((r) => r.name)).toContain('福州市');
    expect(placeAncestors(nanjing.place!.divisionCode!).map((r) => r.name)).toContain('南京市');
  });

  it('resolves an ambiguous short name by the document context and drops it without context', () => {
    const inContext = find(places('南京市召开会议。鼓楼经济持续向好。'), '鼓楼');
    expect(inContext && placeAncestors(inContext.place!.divisionCode!).map((r) => r.name)).toContain('南京市');
    expect(find(places('鼓楼经济持续向好。'), '鼓楼')).toBeUndefined();
  });

  it('keeps an ambiguous full name without a code when nothing decides', () => {
    const m = find(places('鼓楼区经济持续向好。'), '鼓楼区')!;
    expect(m.name).toBe('鼓楼区');
    expect(m.place?.divisionCode).toBeUndefined();
  });

  it('does not read common words or split words as places', () => {
    expect(places('坚持和平发展，东方红，长治久安，推进城区改造。')).toEqual([]);
    expect(named('加快城乡和县域经济发展')).toEqual([]);
    expect(named('推进老城区改造和新城区建设')).toEqual([]);
    expect(named('山西省召开会议，朝阳发展迅速')).toEqual(['山西省']);
    expect(named('辽宁省召开会议，朝阳发展迅速')).toEqual(['辽宁省', '朝阳市']);
    expect(named('河南省洛阳市老城区')).toContain('老城区');
  });

  it('reads a county short name or a general-word city name only where the document context holds it', () => {
    expect(named('落实惠民政策，幸福安康。')).toEqual([]);
    expect(named('山东省滨州市召开会议。惠民经济平稳。')).toContain('惠民县');
    expect(named('陕西省召开会议。安康发展很快。')).toContain('安康市');
  });

  it('reads a two-character county name only where its context holds it, not in a slogan elsewhere', () => {
    expect(named('福建省召开会议。坚持工业强县、科教兴县战略。')).toEqual(['福建省']);
    expect(named('山西省吕梁市召开会议。兴县经济平稳。')).toContain('兴县');
    expect(named('河南省杞县')).toContain('杞县');
  });

  it('reads 市场 after a city as the short name plus 市场', () => {
    const m = find(places('杭州市场监管局'), '杭州')!;
    expect(m.name).toBe('杭州市');
  });

  it('finds municipalities as cities', () => {
    expect(find(places('北京市和上海的企业'), '上海')).toMatchObject({ kind: 'City', name: '上海市' });
  });
});

describe('townships and villages', () => {
  const township = placeByCode('330481112');

  it('accepts a township after its county, with the county as parent', () => {
    const county = placeByCode(township!.parentCode!)!;
    const ms = places(`${county.name}${township!.name}开展工作`);
    expect(find(ms, township!.name)).toMatchObject({ kind: 'Locality', place: { parentCode: county.code } });
  });

  it('accepts a township whose county is named elsewhere and rejects it with no context', () => {
    const county = placeByCode(township!.parentCode!)!;
    expect(find(places(`${county.name}召开会议。${township!.name}开展工作`), township!.name)).toBeDefined();
    expect(find(places(`会议后，${township!.name}开展工作`), township!.name)).toBeUndefined();
  });

  it('resolves an English township name among the townships of the places in view', () => {
    const county = placeByCode(township!.parentCode!)!;
    const english = `${township!.nameEn} Town`;
    const m = find(places(`${county.nameEn} City officials visited ${english}.`), english);
    expect(m).toMatchObject({ kind: 'Locality', name: township!.name, source: 'pinyin' });
    expect(find(places(`Officials visited ${english}.`), english)).toBeUndefined();
  });

  it('finds villages and communities by pattern, not generic ones', () => {
    const ms = places('在李家坪村开展帮扶，大柳树社区居民参加。推进示范村和美丽乡村建设，村民增收。');
    expect(ms.filter((m) => m.kind === 'Locality').map((m) => m.name)).toEqual(['李家坪村', '大柳树社区']);
    expect(ms.some((m) => /示范村|乡村|村民/.test(m.name))).toBe(false);
  });

  it('takes any short name written right after its township as a village, and a township jieba glued to the next word', () => {
    const county = placeByCode(township!.parentCode!)!;
    const ms = places(`${county.name}${township!.name}双庙村、${township!.name}三岔村和得胜镇寺湾村发展茶叶，${township!.name}所有村、${township!.name}村民增收。`);
    const villages = ms.filter((m) => m.kind === 'Locality' && m.name.endsWith('村')).map((m) => m.name);
    expect(villages).toEqual(['双庙村', '三岔村']);
    const hubei = places('湖北省竹山县得胜镇寺湾村发展中药材。');
    expect(hubei.map((m) => m.name)).toEqual(expect.arrayContaining(['得胜镇', '寺湾村']));
  });
});

describe('English names', () => {
  it('finds capitalised pinyin names with their division words', () => {
    const ms = places('Officials from Hangzhou City in Zhejiang Province met peers from Kaifeng and Qi County.');
    expect(find(ms, 'Hangzhou City')).toMatchObject({ kind: 'City', name: '杭州市', source: 'pinyin' });
    expect(find(ms, 'Zhejiang Province')).toMatchObject({ kind: 'Province', name: '浙江省' });
    const qi = find(ms, 'Qi County')!;
    expect(qi.kind).toBe('County');
    expect(placeByCode(qi.place!.parentCode!)?.name).toBe('开封市');
  });

  it('tells Shanxi from Shaanxi and knows the conventional names', () => {
    expect(named('Shanxi and Shaanxi, Inner Mongolia, Tibet, Hong Kong')).toEqual(['山西省', '陕西省', '内蒙古自治区', '西藏自治区', '香港特别行政区']);
  });

  it('prefers a county whose city is named, else the province, for a shared English name', () => {
    expect(named('Yuncheng City reports: urban Xinjiang grew.')).toEqual(['运城市', '新绛县']);
    expect(named('Urban Xinjiang grew.')).toEqual(['新疆维吾尔自治区']);
    expect(named('Tianjin and Hebei')).toEqual(['天津市', '河北省']);
  });

  it('takes no village name from a headline\'s capitals after an indefinite article', () => {
    expect(places('How a Mountain Village Became Rich: Lijia Village grew tea.').map((m) => m.name)).toEqual(['Lijia Village']);
  });

  it('does not read a given name after a surname as a place', () => {
    expect(named('Shanxi Province official Li Jinyuan spoke.')).toEqual(['山西省']);
    expect(named('Shanxi Province: the Jinyuan district grew.')).toContain('晋源区');
  });

  it('finds English villages, communities and region phrases, without lead verbs', () => {
    const ms = places('Build Hexi Urban Agglomeration. Visit Lijia Village and Zhaocun; the Beautiful Village plan, Wangjia villageThe end.');
    expect(ms.filter((m) => m.source === 'pattern').map((m) => [m.kind, m.name])).toEqual([
      ['Region', 'Hexi Urban Agglomeration'], ['Locality', 'Lijia Village'], ['Locality', 'Zhaocun'], ['Locality', 'Wangjia village'],
    ]);
  });

  it('finds minority-area places by their conventional English names as well as their pinyin, showing the conventional one', () => {
    expect(named('Inner Mongolia: cooperation with Ordos, Hulunbuir and Eerduosi.')).toEqual(expect.arrayContaining(['鄂尔多斯市', '呼伦贝尔市']));
    expect(places('Inner Mongolia: Ordos grew.').find((m) => m.name === '鄂尔多斯市')?.place?.nameEn).toBe('Ordos');
    expect(named('Qinghai Province: a lithium plant based in Golmud.')).toContain('格尔木市');
    expect(named('Xinjiang: Korla and Aksu.')).toEqual(expect.arrayContaining(['新疆维吾尔自治区', '库尔勒市', '阿克苏地区']));
  });

  it('finds an autonomous prefecture by its short name with a plain 州', () => {
    expect(named('黔东南州、阿坝州考察团来访。')).toEqual(expect.arrayContaining(['黔东南苗族侗族自治州', '阿坝藏族羌族自治州']));
    expect(find(places('广西壮族自治区龙胜各族自治县'), '龙胜各族自治县')?.aliases).toEqual(expect.arrayContaining(['龙胜', 'Longsheng']));
    const ms = places('Enshi Tujia and Miao Autonomous Prefecture will build roads.');
    expect(ms.map((m) => [m.surface, m.name])).toEqual([['Enshi Tujia and Miao Autonomous Prefecture', '恩施土家族苗族自治州']]);
  });

  it('keeps a direction before a place in a region phrase, but not a generic lead word', () => {
    const ms = places('We joined the Central Hexi Urban Agglomeration and the Modern Hexi Economic Belt.');
    expect(ms.filter((m) => m.source === 'pattern').map((m) => m.name)).toEqual(['Central Hexi Urban Agglomeration', 'Hexi Economic Belt']);
  });

  it('accepts a bare county name only in its province context, and ignores English words', () => {
    expect(named('Kunshan is growing.')).toEqual([]);
    expect(named('Jiangsu Province: Kunshan is growing.')).toContain('昆山市');
    expect(named('Long live He Dong. Lin He said.')).toEqual([]);
    expect(named('shanxi in lower case')).toEqual([]);
  });
});

describe('regions', () => {
  it('finds well-known regions in Chinese and English with aliases', () => {
    const ms = places('融入长江三角洲，对接the Pearl River Delta。');
    expect(ms.map((m) => [m.kind, m.name])).toEqual([['Region', '长三角'], ['Region', '珠三角']]);
  });

  it('finds region-word names with a clean left edge', () => {
    const regions = places('积极推动浙江东部城市群建设，加快苏皖豫黄河金三角合作。').filter((m) => m.kind === 'Region');
    expect(regions.map((m) => m.name)).toEqual(['浙江东部城市群', '苏皖豫黄河金三角']);
  });

  it('finds a province abbreviation with a direction, not inside another word', () => {
    expect(places('苏南地区发展').filter((m) => m.kind === 'Region').map((m) => m.name)).toEqual(['苏南']);
    expect(places('江苏南部').filter((m) => m.kind === 'Region')).toEqual([]);
  });
});

describe('documentProvince', () => {
  it('names the province most mentions fall in', () => {
    expect(documentProvince(places('浙江省杭州市、宁波市和江苏省'))).toBe(placeByCode('33')!.code);
  });
});
