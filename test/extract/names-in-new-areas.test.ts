// Names met in reports on new areas, science cities and free-trade ports, each
// in a short text written for the test and run through the whole extractor.
import { describe, expect, it } from 'vitest';
import { extractSource } from '../../graph/extract/pipeline.js';
import type { Extraction } from '../../graph/extract/types.js';

async function extract(text: string, file = 'report.txt'): Promise<{ x: Extraction; title: string }> {
  const result = await extractSource({ file, bytes: Buffer.from(text) });
  return { x: result.extraction, title: result.extraction.documents[0].title };
}

const named = (x: Extraction, kind: string) => x.entities.filter((e) => e.kind === kind).map((e) => e.name);

describe('zones, projects and titles of new areas', () => {
  it('finds science cities, eco-cities and free-trade ports, with a place in brackets inside the name', async () => {
    const { x } = await extract('东部（南岭）科学城加快建设，北湾生态城和南岭自由贸易港签署合作协议。');
    expect(named(x, 'Zone')).toEqual(expect.arrayContaining(['东部（南岭）科学城', '北湾生态城', '南岭自由贸易港']));
  });

  it('finds the English forms of a science and technology city and a free trade port', async () => {
    const { x } = await extract('Qinghe Bay Science and Technology City and Nanling Free Trade Port signed agreements with the investors.');
    expect(named(x, 'Zone')).toEqual(expect.arrayContaining(['Qinghe Bay Science and Technology City', 'Nanling Free Trade Port']));
  });

  it('keeps an acronym and a bracketed place inside a Chinese project name, but not an English word', async () => {
    const { x } = await extract('青禾光电南岭第6代AMOLED生产线项目满产运行，推进中北（南岭）互联互通示范项目。南岭construction项目开工。');
    const projects = named(x, 'Project');
    expect(projects).toEqual(expect.arrayContaining(['青禾光电南岭第6代AMOLED生产线项目', '中北（南岭）互联互通示范项目']));
    expect(projects.some((p) => p.includes('construction'))).toBe(false);
  });

  it('keeps "new" in a lower-case park name when it opens an industry (new energy), not when it only means new', async () => {
    const { x } = await extract('Nanling accelerated the construction of the new energy battery industrial park and built a new industrial park.');
    expect(named(x, 'Zone')).toEqual(['new energy battery industrial park']);
  });

  it('does not take a count of projects signed for a project name', async () => {
    const { x } = await extract('Nanling New Area signed 36 projects with a total investment of 52 billion yuan on Tuesday.');
    expect(named(x, 'Project')).toEqual([]);
    expect(named(x, 'Zone')).toContain('Nanling New Area');
  });

  it('takes an English headline longer than a Chinese title line as the title', async () => {
    const headline = 'Nanling Free Trade Port: Qinghe Bay New Area attracts investment in digital trade';
    const { title } = await extract(`${headline}\n\nNANLING, March 5 -- The area signed agreements on Tuesday.`, 'news.txt');
    expect(title).toBe(headline);
  });
});

describe('company names', () => {
  it('reads a brand holding 的 as one word (美的) into the company name, while a standalone 的 still ends a name', async () => {
    const { x } = await extract('美的集团股份有限公司营业收入稳居前列。建设先进的青禾科技有限公司研发中心。');
    expect(named(x, 'Enterprise')).toEqual(expect.arrayContaining(['美的集团股份有限公司', '青禾科技有限公司']));
  });
});

describe('English company names', () => {
  it('reads a registered company name whose parts are joined by "and", but not two companies joined by "and"', async () => {
    const one = await extract('Nanling Coal and Chemical Industry Group Co., Ltd. invested in the zone.');
    expect(named(one.x, 'Enterprise')).toEqual(['Nanling Coal and Chemical Industry Group Co., Ltd']);
    const two = await extract('Qinghe Machinery Co., Ltd. and Nanling Automobile Co., Ltd. will lead the cluster.');
    expect(named(two.x, 'Enterprise').sort()).toEqual(['Nanling Automobile Co., Ltd', 'Qinghe Machinery Co., Ltd']);
  });

  it('reads a company name that opens with acronyms joined by hyphens', async () => {
    const { x } = await extract('QH-GM-Nanling Automobile Co., Ltd. will lead the cluster.');
    expect(named(x, 'Enterprise')).toEqual(['QH-GM-Nanling Automobile Co., Ltd']);
  });

  it('learns an acronym in brackets after a company name and reads it as that company, also in the headline before it', async () => {
    const { x } = await extract('QHT breaks ground on Nanling base\n\nQinghe Huatai Technology Co., Limited (QHT) broke ground on Wednesday. QHT chairman said the base will open in 2026. QHTX is another firm.');
    const companies = x.entities.filter((e) => e.kind === 'Enterprise');
    expect(companies.map((e) => e.name)).toEqual(['Qinghe Huatai Technology Co., Limited']);
    expect(companies[0].aliases).toContain('QHT');
    // The full name, the acronym in brackets, the headline and the later use; not the longer word QHTX.
    expect(companies[0].mentions).toBe(4);
  });
});

describe('where a project is', () => {
  it('puts a project a zone brings in inside the zone, not in the province a company in its name is registered in', async () => {
    const x = (await extract('青禾湖现代工业园引进浙江青禾家居股份有限公司年产100万套智能家居项目。')).x;
    const located = x.relations.filter((r) => r.type === 'LOCATED_IN' && r.from.startsWith('Project:')).map((r) => r.to);
    expect(located).toEqual(['Zone:青禾湖现代工业园']);
    expect(x.relations).toContainEqual(expect.objectContaining({ type: 'LOCATED_IN', from: 'Enterprise:浙江青禾家居股份有限公司', to: 'Province:浙江省' }));
  });
});

describe('English titles', () => {
  it('finds a person after a lower-case title (chairman, mayor), but not a non-name after one', async () => {
    const { x } = await extract('QHT chairman Zeng Yuqun and vice mayor Li Wenrong attended. The chairman said The Plan works.');
    expect(named(x, 'Person').sort()).toEqual(['Li Wenrong', 'Zeng Yuqun']);
  });
});

describe('industries and figures of a district report', () => {
  it('takes no industry from the name of a company park (某某产业园), and finds appliances and robots', async () => {
    const { x } = await extract('青禾柳州产业园产能持续释放。全力打造智能家电、机器人两大产业集群。');
    const industries = named(x, 'Industry');
    expect(industries).toEqual(expect.arrayContaining(['家电', '机器人']));
    expect(industries.some((name) => name.includes('青禾') || name.includes('柳州'))).toBe(false);
    expect(named(x, 'Zone')).toContain('青禾柳州产业园');
  });

  it('finds one-character sectors written with 产业 (竹产业, 茶产业)', async () => {
    const { x } = await extract('顺德区2023年经济运行情况\n\n大良街道竹产业、容桂街道茶产业加快发展。');
    expect(named(x, 'Industry').sort()).toEqual(['竹产业', '茶叶']);
  });

  it('names the indicator of figures stated 分别 of a list of places without 分别 or the verb', async () => {
    const { x } = await extract('顺德区2023年经济运行情况\n\n2023年，大良街道、容桂街道分别实现工业总产值620亿元和1100亿元。');
    expect(x.facts.map((f) => [f.indicator, f.value])).toEqual([['工业总产值', 620], ['工业总产值', 1100]]);
  });
});

