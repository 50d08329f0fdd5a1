// A news item tracing one industry across the cities of a province, written
// for the test and run through the whole extractor.
import { describe, expect, it } from 'vitest';
import { extractSource } from '../../graph/extract/pipeline.js';

const NEWS = `湖南锂电产业链加速成链成群

株洲市、湘潭市两地锂电产业营业收入合计突破3000亿元。湘潭市依托锰矿资源，引进青禾新能源科技股份有限公司建设锂电池生产基地。`;

describe('an industry chain across the cities of a province', () => {
  it('is about the province its title names, and the province is no part of the industry', async () => {
    const { extraction: x } = await extractSource({ file: 'news.txt', bytes: Buffer.from(NEWS) });
    expect(x.documents[0].place).toBe('Province:湖南省');
    const industries = x.entities.filter((e) => e.kind === 'Industry').map((e) => e.name);
    expect(industries).toContain('锂电');
    expect(industries.some((name) => name.startsWith('湖南'))).toBe(false);
    expect(x.facts.map((f) => f.indicator)).toContain('两地锂电产业营业收入');
  });

  it('locates what a sentence brings in at the place the sentence opens with', async () => {
    const { extraction: x } = await extractSource({ file: 'news.txt', bytes: Buffer.from(NEWS) });
    const located = (from: string) => x.relations.filter((r) => r.type === 'LOCATED_IN' && r.from === from).map((r) => r.to);
    expect(located('Enterprise:青禾新能源科技股份有限公司')).toEqual(['City:湘潭市']);
  });
});
