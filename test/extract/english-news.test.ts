// An English news item about a provincial capital, written for the test and
// run through the whole extractor: appositions, bodies named with "and", and
// a name followed by its title.
import { describe, expect, it } from 'vitest';
import { extractSource } from '../../graph/extract/pipeline.js';
import type { Extraction } from '../../graph/extract/types.js';

const NEWS = `Riverton: from venture capital to new energy vehicle hub

Hefei, capital of east China's Anhui Province, produced more than 740,000 new energy vehicles in 2023, up 140 percent year on year.
The Hefei municipal government invested about 7 billion yuan in the industry.
"We will build a world-class industrial cluster," said Wang Jianping, director of the Hefei Development and Reform Commission.`;

async function extract(): Promise<Extraction> {
  return (await extractSource({ file: 'news.txt', bytes: Buffer.from(NEWS) })).extraction;
}

describe('an English news item about a provincial capital', () => {
  it('gives the figures to the city, not to the province an apposition names', async () => {
    const x = await extract();
    expect(x.facts.filter((f) => f.value === 740000 || f.value === 140).map((f) => f.subject)).toEqual(['City:合肥市', 'City:合肥市']);
  });

  it('reads bodies with their place and with "and" inside their name whole', async () => {
    const names = (await extract()).entities.filter((e) => e.kind === 'Organization').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Hefei Development and Reform Commission']));
    expect(names.some((n) => /^Hefei municipal government$/i.test(n))).toBe(true);
    expect(names).not.toContain('Reform Commission');
  });

  it('finds a person named before their title, and the body they lead', async () => {
    const x = await extract();
    expect(x.entities.filter((e) => e.kind === 'Person').map((e) => e.name)).toEqual(['Wang Jianping']);
    expect(x.relations).toContainEqual(expect.objectContaining({
      type: 'LEADS', from: 'Person:Wang Jianping', to: 'Organization:Hefei Development and Reform Commission',
    }));
  });
});
