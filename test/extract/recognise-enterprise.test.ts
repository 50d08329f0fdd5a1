import { describe, expect, it } from 'vitest';
import { enterpriseRecogniser } from '../../graph/extract/recognise/enterprise.js';
import { names, run } from './recognise-run.js';

const companies = (text: string, language: 'zh-Hans' | 'en' = 'zh-Hans') => names(run(enterpriseRecogniser, text, language));

describe('enterpriseRecogniser, Chinese', () => {
  it('reads a group company with limited liability as one legal name', () => {
    expect(companies('广东格力电器集团有限责任公司在珠海投资。')).toEqual(['广东格力电器集团有限责任公司']);
  });

  it('keeps the place prefix of a full company name and learns its short form', () => {
    const found = run(enterpriseRecogniser, '走访了湖南省浏阳市金鹰花炮制品股份有限公司。');
    expect(found.map((m) => m.name)).toEqual(['湖南省浏阳市金鹰花炮制品股份有限公司']);
    expect(found[0].aliases).toEqual(['金鹰']);
  });

  it('links a later bare short form to the full name of the same document', () => {
    const text = '湖南省浏阳市金鹰花炮制品股份有限公司扩大产能。金鹰产品远销海外。';
    const found = run(enterpriseRecogniser, text);
    expect(found.map((m) => [m.surface, m.name])).toEqual([
      ['湖南省浏阳市金鹰花炮制品股份有限公司', '湖南省浏阳市金鹰花炮制品股份有限公司'],
      ['金鹰', '湖南省浏阳市金鹰花炮制品股份有限公司'],
    ]);
  });

  it('links a short form used before the full name appears', () => {
    const text = '金鹰产品远销海外。湖南省浏阳市金鹰花炮制品股份有限公司扩大产能。';
    const [first] = run(enterpriseRecogniser, text);
    expect([first.surface, first.name]).toEqual(['金鹰', '湖南省浏阳市金鹰花炮制品股份有限公司']);
  });

  it('splits coordinated companies and trims the clause before them', () => {
    expect(companies('考察团赴湘江钢铁有限公司和岳麓科创集团参观。')).toEqual(['湘江钢铁有限公司', '岳麓科创集团']);
  });

  it('reads every item of an enumeration closed by 等…企业', () => {
    expect(companies('支持蓝思玻璃、楚天机械等12家出口重点企业。')).toEqual(['蓝思玻璃', '楚天机械']);
  });

  it('does not read products listed before 等配套企业 as companies', () => {
    expect(companies('动力电池、电驱动系统、智能座舱等配套企业加速集聚。')).toEqual([]);
    expect(companies('引进隆基绿能、通威股份等配套企业。')).toEqual(['隆基绿能', '通威股份']);
    expect(companies('支持光伏、氢能等新能源产业链企业做大做强。')).toEqual([]);
  });

  it('does not read a zone word before an industry word as a brand', () => {
    expect(companies('黔安新区数据中心集聚区建成投用。')).toEqual([]);
  });

  it('reads enumerations closed by 央企 too', () => {
    expect(companies('深化与中国中车、中国交建等央企合作。')).toEqual(['中国中车', '中国交建']);
  });

  it('reads a brand before a business word', () => {
    expect(companies('双牌鑫源煤矿完成改造。')).toEqual(['双牌鑫源煤矿']);
  });

  it('leaves classes of companies alone', () => {
    expect(companies('培育上市公司和子公司，新建3座智能化煤矿，发展新能源汽车。')).toEqual([]);
  });
});

describe('enterpriseRecogniser, English', () => {
  it('takes any capitalised name before a legal form as a company', () => {
    expect(companies('Fujian Golden Harbour Shipping Co., Ltd. opened a new line.', 'en')[0]).toMatch(/^Fujian Golden Harbour Shipping Co\., Ltd/);
    expect(companies('The plant was sold to Northern Valley Foods Corporation last year.', 'en')).toEqual(['Northern Valley Foods Corporation']);
  });

  it('reads capitalised pinyin names before a company word and links the bare brand', () => {
    const found = run(enterpriseRecogniser, 'We supported Huaxin Group and Hengxin Steel. Huaxin opened a plant.', 'en');
    expect(found.map((m) => [m.surface, m.name])).toEqual([
      ['Huaxin Group', 'Huaxin Group'],
      ['Hengxin Steel', 'Hengxin Steel'],
      ['Huaxin', 'Huaxin Group'],
    ]);
  });

  it('reads the company a project is named after', () => {
    const text = 'Focus on the construction of the Hengda new copper foil production line and the Xiangjiang ring road.';
    expect(companies(text, 'en')).toEqual(['Hengda']);
  });

  it('accepts acronyms and rejects English words and places before weak company words', () => {
    expect(companies('CRRC Electric won the bid.', 'en')).toEqual(['CRRC Electric']);
    expect(companies('Clean Energy and Hunan Energy grew.', 'en')).toEqual([]);
  });
});
