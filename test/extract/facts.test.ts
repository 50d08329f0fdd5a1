import { describe, expect, it } from 'vitest';
import { extractFacts, type ExtractFactsInput } from '../../graph/extract/facts/index.js';
import type { EntityKind } from '../../graph/schema.js';
import type { Fact, Mention, Sentence } from '../../graph/extract/types.js';

const HOME = 'City:江北市';

interface Doc {
  lines: Array<string | { text: string; heading: string }>;
  /** Place surfaces to mark as mentions: [surface, kind, canonical name]. */
  places?: Array<[string, EntityKind, string]>;
}

/** Sentences laid end to end as one normalized text, with place mentions found by surface. */
function input(doc: Doc, options: Partial<ExtractFactsInput> = {}): ExtractFactsInput {
  const sentences: Sentence[] = [];
  const mentions: Mention[] = [];
  let offset = 0;
  doc.lines.forEach((line, index) => {
    const { text, heading } = typeof line === 'string' ? { text: line, heading: undefined } : line;
    sentences.push({ index, start: offset, end: offset + text.length, text, ...(heading ? { heading } : {}) });
    for (const [surface, kind, name] of doc.places ?? []) {
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        mentions.push({ kind, surface, name, start: offset + at, end: offset + at + surface.length, sentence: index, source: 'test' });
      }
    }
    offset += text.length + 1;
  });
  return { documentId: 'doc1', sentences, mentions, defaultSubject: HOME, documentYear: 2023, ...options };
}

const facts = (doc: Doc, options?: Partial<ExtractFactsInput>): Fact[] => extractFacts(input(doc, options));
const brief = (f: Fact) => [f.subject, f.indicator, f.value, f.unit, f.measure, f.year];

describe('extractFacts: Chinese figures', () => {
  it('gives a level and a growth fact for one indicator, with the year of the clause', () => {
    const out = facts({ lines: ['2022年，全市地区生产总值2112.3亿元，增长5.2%。'] });
    expect(out.map(brief)).toEqual([
      [HOME, '地区生产总值', 2112.3, '亿元', 'level', 2022],
      [HOME, '地区生产总值', 5.2, '%', 'growth', 2022],
    ]);
  });

  it('gives each figure of a sentence its own indicator, trimming 全市, 全年 and verbs', () => {
    const out = facts({ lines: ['全市原煤产量达到1.27亿吨以上，煤炭行业工业增加值775.5亿元，全年新增规模以上工业企业76户。'] });
    expect(out.map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['原煤产量', 1.27, '亿吨'],
      ['煤炭行业工业增加值', 775.5, '亿元'],
      ['新增规模以上工业企业', 76, '户'],
    ]);
  });

  it('names a count by the noun after it when nothing comes before', () => {
    const out = facts({ lines: ['全市146个重点工程完成投资278亿元，新建3座智能化煤矿。'] });
    expect(out.map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['重点工程', 146, '个'],
      ['重点工程完成投资', 278, '亿元'],
      ['新建智能化煤矿', 3, '座'],
    ]);
  });

  it('never makes a fact from masked digits, but keeps the clean figures around them', () => {
    const out = facts({ lines: ['全市规上工业增加值达到11*2.*亿元，增长*.2%，进出口总额增长9.7%，民营企业3*家。'] });
    expect(out.map((f) => [f.indicator, f.value, f.unit, f.measure])).toEqual([['进出口总额', 9.7, '%', 'growth']]);
  });

  it('carries an indicator across a masked figure to the growth rate after it', () => {
    const out = facts({ lines: ['社会消费品零售总额达到8**.5亿元，增长4.1%。'] });
    expect(out.map((f) => [f.indicator, f.value, f.measure])).toEqual([['社会消费品零售总额', 4.1, 'growth']]);
  });

  it('reads Chinese numerals, magnitudes and 余/多 between number and unit', () => {
    const out = facts({ lines: ['文旅总收入突破千亿元，接待游客两万余人次，累计外出招商百余批次，惠及农户27万余户。'] });
    expect(out.map((f) => [f.value, f.unit])).toEqual([[1000, '亿元'], [2, '万人次'], [100, '批次'], [27, '万户']]);
  });

  it('ignores slogan counts, quoted numbers, idioms, ordinals, years and thresholds', () => {
    const out = facts({
      lines: ['落实“三个一批”和“25条”措施，走进千家万户，第3次会议于2023年召开，以500人以上行政村为重点。'],
    });
    expect(out).toEqual([]);
  });

  it('takes percentage points as a change and a 率 or 占 percentage as a share', () => {
    const out = facts({ lines: ['城镇化率达到65.3%，提高1.2个百分点，第三产业增加值占地区生产总值比重为52.1%。'] });
    expect(out.map((f) => [f.indicator, f.value, f.unit, f.measure])).toEqual([
      ['城镇化率', 65.3, '%', 'share'],
      ['城镇化率', 1.2, '百分点', 'growth'],
      ['第三产业增加值占地区生产总值比重', 52.1, '%', 'share'],
    ]);
  });

  it('lets a comparison clause ("高于全国", "比上年末") keep the indicator before it', () => {
    const out = facts({ lines: ['规模以上工业增加值增长8.5%，高于全国3.9个百分点；常住人口城镇化率62.4%，比上年末提高0.8个百分点。'] });
    expect(out.map((f) => [f.indicator, f.value, f.measure])).toEqual([
      ['规模以上工业增加值', 8.5, 'growth'], ['规模以上工业增加值', 3.9, 'growth'],
      ['常住人口城镇化率', 62.4, 'share'], ['常住人口城镇化率', 0.8, 'growth'],
    ]);
  });

  it('gives figures joined by 和 the same measure', () => {
    const out = facts({ lines: ['城乡居民人均可支配收入分别增长6.5%和7.8%。'] });
    expect(out.map((f) => [f.value, f.measure])).toEqual([[6.5, 'growth'], [7.8, 'growth']]);
  });

  it('reads a range as one figure named by the text before it', () => {
    const out = facts({ lines: ['力争年内新增科技创新平台10—15个。'] });
    expect(out.map((f) => [f.indicator, f.value, f.unit])).toEqual([['新增科技创新平台', 15, '个']]);
  });

  it('splits a three-sector structure ratio into three shares', () => {
    const out = facts({ lines: ['三次产业结构调整为6.1:47.2:46.7。'] });
    expect(out.map((f) => [f.indicator, f.value, f.unit, f.measure])).toEqual([
      ['第一产业占比', 6.1, '%', 'share'], ['第二产业占比', 47.2, '%', 'share'], ['第三产业占比', 46.7, '%', 'share'],
    ]);
  });

  it('reads a ranking as a position, named by the indicator before it', () => {
    const out = facts({ lines: ['地区生产总值突破1500亿元，跃居全省第四。'] });
    expect(out.map((f) => [f.indicator, f.value, f.unit])).toEqual([['地区生产总值', 1500, '亿元'], ['地区生产总值全省排名', 4, '位']]);
  });

  it('gives simplified indicators and units for traditional text, with full indicator names', () => {
    const out = facts({ lines: ['規上工業增加值增長9.7%，27萬戶房主受益。'] });
    expect(out.map((f) => [f.indicator, f.value, f.unit])).toEqual([['规模以上工业增加值', 9.7, '%'], ['房主受益', 27, '万户']]);
  });
});

describe('extractFacts: capacities and figures after a place alone', () => {
  it('names an annual capacity by what follows it, and a figure after a bare place by the name it opens', () => {
    const out = facts({ lines: ['全省首条年产2万台氢能重卡生产线投产。', '杭州市300万千瓦风光储一体化项目开工建设。'] });
    expect(out.map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['氢能重卡生产线年产能', 2, '万台'], ['风光储一体化项目', 300, '万千瓦'],
    ]);
  });
});

describe('extractFacts: subject', () => {
  const places: Doc['places'] = [['云溪县', 'County', '云溪县'], ['河口市', 'City', '河口市'], ['松林镇', 'Locality', '松林镇']];

  it('uses the place named before the figure', () => {
    const out = facts({ lines: ['云溪县地区生产总值增长6%，一般公共预算收入8.5亿元。'], places });
    expect(out.map((f) => [f.subject, f.indicator])).toEqual([
      ['County:云溪县', '地区生产总值'], ['County:云溪县', '一般公共预算收入'],
    ]);
  });

  it('uses the nearest place when a sentence names several', () => {
    const out = facts({ lines: ['云溪县松林镇特色农产品销售额3200万元。'], places });
    expect(out.map((f) => [f.subject, f.indicator])).toEqual([['Locality:松林镇', '特色农产品销售额']]);
  });

  it('returns to the default subject after 全市 and skips partner places', () => {
    const out = facts({ lines: ['依托云溪县资源，全市旅游收入增长10%，与河口市共建园区3个。'], places });
    expect(out.map((f) => f.subject)).toEqual([HOME, HOME]);
  });

  it('keeps the place a sentence is about when it says which larger place holds it (隶属于, 位于)', () => {
    const out = facts({ lines: ['云溪县隶属于河口市，全年实施重点项目66个。', '云溪县位于河口市，地区生产总值增长6%。'], places });
    expect(out.map((f) => f.subject)).toEqual(['County:云溪县', 'County:云溪县']);
  });

  it('gives figures after a later 分别 to each chain of places in turn, and a total of several places to the document place only', () => {
    const chains: Doc['places'] = [['河口市', 'City', '河口市'], ['云溪县', 'County', '云溪县'], ['松林镇', 'Locality', '松林镇']];
    const out = facts({ lines: ['河口市云溪县、松林镇两地地区生产总值合计超过480亿元，分别增长5.5%和6.1%。'], places: chains });
    expect(out.map((f) => [f.subject, f.indicator, f.value])).toEqual([
      [HOME, '两地地区生产总值', 480], ['County:云溪县', '地区生产总值', 5.5], ['Locality:松林镇', '地区生产总值', 6.1],
    ]);
    // When the document is about one of the places, their total is no one's.
    const about = facts({ lines: ['河口市云溪县、松林镇两地地区生产总值合计超过480亿元。'], places: chains }, { defaultSubject: 'Locality:松林镇' });
    expect(about).toEqual([]);
  });

  it('takes the place a zone is named after as the subject of its figures, the zone staying in the indicator', () => {
    const zoned: Doc['places'] = [...places, ['云溪经济技术开发区', 'Zone', '云溪经济技术开发区'], ['云溪', 'County', '云溪县']];
    const out = facts({ lines: ['河口市召开会议，云溪经济技术开发区营业收入增长18%。'], places: zoned });
    expect(out.map((f) => [f.subject, f.indicator])).toEqual([['County:云溪县', '云溪经济技术开发区营业收入']]);
  });

  it('skips a partner place written as a chain of divisions (与河口市云溪县)', () => {
    const out = facts({ lines: ['与河口市云溪县共建产业园区，高新技术企业达到180家。'], places });
    expect(out.map((f) => [f.subject, f.value])).toEqual([[HOME, 180]]);
  });

  it('takes the township named last for 该镇, not the place the sentence before was about', () => {
    const out = facts({ lines: ['云溪县召开会议，松林镇代表发言。', '该镇农民人均可支配收入3.2万元。'], places });
    expect(out.map((f) => [f.subject, f.value])).toEqual([['Locality:松林镇', 3.2]]);
  });

  it('continues the previous sentence\'s place into a sentence opening with 该', () => {
    const out = facts({ lines: ['松林镇引进了一家养殖企业。', '该公司投资60余万元建设果园。', '企业年产值可达3万元。'], places });
    expect(out.map((f) => [f.subject, f.value])).toEqual([['Locality:松林镇', 60], [HOME, 3]]);
  });

  it('does not take a word misread as a place, right after 全市 or a figure, as the subject', () => {
    const misread: Doc['places'] = [['新建', 'County', '新建区'], ['大关', 'County', '大关县']];
    const out = facts({ lines: ['全市新建3座智能化煤矿。', '产值突破2000亿元大关，达到2112亿元。'], places: misread });
    expect(out.map((f) => f.subject)).toEqual([HOME, HOME, HOME]);
  });

  it('skips a figure with neither a named place nor a default subject', () => {
    expect(facts({ lines: ['全市粮食产量达到25.6万吨。'] }, { defaultSubject: undefined })).toEqual([]);
    const named = facts({ lines: ['河口市粮食产量达到25.6万吨。'], places }, { defaultSubject: undefined });
    expect(named.map((f) => f.subject)).toEqual(['City:河口市']);
  });
});

describe('extractFacts: year, target and evidence', () => {
  it('falls back to the heading year, then the document year', () => {
    const out = facts({ lines: [{ text: '粮食产量达到25.6万吨。', heading: '2021年工作回顾' }, '城镇新增就业1.2万人。'] });
    expect(out.map((f) => [f.year, f.measure])).toEqual([[2021, 'level'], [2023, 'level']]);
    expect(facts({ lines: ['城镇新增就业1.2万人。'] }, { documentYear: undefined })[0].year).toBeNull();
  });

  it('does not take a later year\'s figure for a goal when the sentence reports it done', () => {
    const out = facts({ lines: ['2024年，全市地区生产总值完成3000亿元，比上年增长6.1%。', '2024年新能源装机达到650万千瓦。'] });
    expect(out.map((f) => [f.value, f.measure, f.year])).toEqual([[3000, 'level', 2024], [6.1, 'growth', 2024], [650, 'target', 2024]]);
  });

  it('names 生产总值 of a place 地区生产总值', () => {
    expect(facts({ lines: ['全年全市生产总值2743.10亿元，比上年增长4.1%。'] }).map((f) => f.indicator)).toEqual(['地区生产总值', '地区生产总值']);
  });

  it('splits two indicators listed with 、 before 分别 between two figures, and leaves a longer list whole', () => {
    const out = facts({ lines: ['原煤、焦炭产量分别为1.2亿吨和3200万吨。', '甲率、乙率、丙率分别控制在1.1%、2.2%、3.3%。'] });
    expect(out.map((f) => [f.indicator, f.value])).toEqual([
      ['原煤产量', 1.2], ['焦炭产量', 3200], ['甲率、乙率、丙率', 1.1], ['甲率、乙率、丙率', 2.2], ['甲率、乙率、丙率', 3.3],
    ]);
  });

  it('marks a fall, its value as written, and a figure joined to a fall as one too', () => {
    const out = facts({ lines: ['专用设备制造业下降2.1%，汽车制造业增长18.6%，原煤、焦炭产量分别下降3.2%和4.5%。'] });
    expect(out.map((f) => [f.value, f.measure, f.fall ?? false])).toEqual([
      [2.1, 'growth', true], [18.6, 'growth', false], [3.2, 'growth', true], [4.5, 'growth', true],
    ]);
  });

  it('drops a goal word from the end of an indicator', () => {
    expect(facts({ lines: ['2024年全省地区生产总值力争增长5%左右。'] }).map((f) => [f.indicator, f.measure])).toEqual([['地区生产总值', 'target']]);
  });

  it('takes no facts from a policy\'s grants, caps and thresholds, and no year from an amount in a heading', () => {
    expect(facts({ lines: ['对年营业收入首次突破100亿元的企业，给予500万元奖励。', '按设备投资额的10%给予补助，最高不超过2000万元。'] })).toEqual([]);
    const out = facts({ lines: [{ text: '全市粮食产量达到25.6万吨。', heading: '二、奖励最高2000万元' }] });
    expect(out.map((f) => f.year)).toEqual([2023]);
  });

  it('marks goals as targets with their future year', () => {
    const out = facts({
      lines: [
        '力争到2025年全市地区生产总值达到3000亿元。',
        '2026年新能源装机达到650万千瓦。',
        { text: '固定资产投资增长7%以上。', heading: '2024年主要目标' },
      ],
    });
    expect(out.map((f) => [f.indicator, f.measure, f.year])).toEqual([
      ['地区生产总值', 'target', 2025], ['新能源装机', 'target', 2026], ['固定资产投资', 'target', 2024],
    ]);
  });

  it('does not take a base year (比2020年) as the figure year', () => {
    const out = facts({ lines: ['2022年全市粮食产量比2020年增长12%。', '全县地区生产总值305亿元，是2020年的1.3倍。'] });
    expect(out.map((f) => [f.value, f.year])).toEqual([[12, 2022], [305, 2023], [1.3, 2023]]);
  });

  it('cites the whole sentence of the normalized text', () => {
    const doc = input({ lines: ['序言。', '全市粮食产量达到25.6万吨。'] });
    const [fact] = extractFacts(doc);
    expect(fact.evidence).toEqual({ document: 'doc1', start: doc.sentences[1].start, end: doc.sentences[1].end, text: doc.sentences[1].text });
  });

  it('cuts a long indicator at a list mark or a company name, never inside a word', () => {
    const out = facts({ lines: ['青禾汽车、北辰新能源汽车有限公司新能源汽车产量分别增长35%和62%。'] });
    expect(out.map((f) => f.indicator)).toEqual(['北辰新能源汽车有限公司新能源汽车产量', '北辰新能源汽车有限公司新能源汽车产量']);
  });

  it('gives figures stated 分别 after two indicators with their own amounts to those indicators in turn', () => {
    const out = facts({ lines: ['城镇居民人均可支配收入达到52218元，农村居民人均可支配收入达到29810元，分别增长4.8%和6.9%。'] });
    expect(out.map((f) => [f.indicator, f.value])).toEqual([
      ['城镇居民人均可支配收入', 52218], ['农村居民人均可支配收入', 29810],
      ['城镇居民人均可支配收入', 4.8], ['农村居民人均可支配收入', 6.9],
    ]);
  });

  it('reads 上涨 and 下跌 as changes, not as part of the indicator', () => {
    const out = facts({ lines: ['居民消费价格指数上涨0.2%，工业生产者出厂价格下跌1.5%。'] });
    expect(out.map((f) => [f.indicator, f.value, f.measure])).toEqual([['居民消费价格指数', 0.2, 'growth'], ['工业生产者出厂价格', 1.5, 'growth']]);
  });

  it('does not cut a long indicator inside a company name with a bracketed 集团', () => {
    const out = facts({ lines: ['中国青禾南岭酒厂（集团）有限责任公司营业收入增长18%。'] });
    expect(out.map((f) => f.indicator)).toEqual(['营业收入']);
  });
});
