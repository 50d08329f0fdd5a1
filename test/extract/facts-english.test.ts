import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../graph/extract/facts/index.js';
import { reviewedYear } from '../../graph/extract/facts/year.js';
import type { Fact, Mention, Sentence } from '../../graph/extract/types.js';

const HOME = 'County:Riverton';

/** One sentence with mentions found by surface: [surface, name, kind (a City unless given)]. */
function run(text: string, places: Array<[string, string, Mention['kind']?]> = []): Fact[] {
  const sentences: Sentence[] = [{ index: 0, start: 0, end: text.length, text }];
  const mentions: Mention[] = places.map(([surface, name, kind = 'City']) => {
    const start = text.indexOf(surface);
    return { kind, surface, name, start, end: start + surface.length, sentence: 0, source: 'test' };
  });
  return extractFacts({ documentId: 'en', sentences, mentions, defaultSubject: HOME, documentYear: 2021 });
}

const brief = (f: Fact) => [f.indicator, f.value, f.unit, f.measure];

describe('extractFacts: English text', () => {
  it('reads amounts, growth and the year, mapping general indicators to their Chinese names', () => {
    const out = run('In 2020, the gross regional product reached 12.5 billion yuan, an annual increase of 5.3%.');
    expect(out.map((f) => [...brief(f), f.year, f.subject])).toEqual([
      ['地区生产总值', 12.5, 'billion yuan', 'level', 2020, HOME],
      ['地区生产总值', 5.3, '%', 'growth', 2020, HOME],
    ]);
  });

  it('keeps machine-translated amounts as written, trailing zeros dropped', () => {
    const out = run('Gross regional product rose from 88.900 million yuan to 120.800 million yuan.');
    expect(out.map((f) => [f.value, f.unit])).toEqual([[88.9, 'million yuan'], [120.8, 'million yuan']]);
  });

  it('reads "percent", the split "16 percent.3%", and percentage points', () => {
    const out = run('Fixed asset investment grew by 7 percent; the added value of strategic emerging industries grew by 16 percent.3%; the urbanization rate rose 1.5 percentage points.');
    expect(out.map(brief)).toEqual([
      ['固定资产投资', 7, 'percent', 'growth'],
      ['战略性新兴产业增加值', 16.3, 'percent', 'growth'],
      ['城镇化率', 1.5, '百分点', 'growth'],
    ]);
  });

  it('counts things by their noun phrase and shares a unit across "x and y"', () => {
    const out = run('A total of 183 new projects were attracted, 394 poor households were helped, and the proportion of the tertiary industry increased by 0.4 and 2 percentage points.');
    expect(out.map((f) => [f.indicator, f.value, f.unit, f.measure])).toEqual([
      ['projects', 183, 'projects', 'level'],
      ['poor households', 394, 'poor households', 'level'],
      ['proportion of the tertiary industry', 0.4, '百分点', 'growth'],
      ['proportion of the tertiary industry', 2, '百分点', 'growth'],
    ]);
  });

  it('names the indicator after the figure when the clause starts with it', () => {
    const out = run('The targets are: 10 per cent growth in fixed asset investment; a 9% increase in total retail sales of consumer goods.');
    expect(out.map(brief)).toEqual([
      ['固定资产投资', 10, 'per cent', 'target'],
      ['社会消费品零售总额', 9, '%', 'target'],
    ]);
  });

  it('names an amount by its unit noun when the clause names nothing else', () => {
    const out = run('The city attracted 12.3 million tourists.');
    expect(out.map(brief)).toEqual([['tourists', 12.3, 'million tourists', 'level']]);
  });

  it('uses a place named in the sentence as the subject', () => {
    const out = run("Lakeview's fixed asset investment rose 8% in 2020.", [['Lakeview', '湖景市']]);
    expect(out.map((f) => [f.subject, f.indicator, f.value, f.measure, f.year])).toEqual([
      ['City:湖景市', '固定资产投资', 8, 'growth', 2020],
    ]);
  });

  it('treats a future year as a target year', () => {
    const out = run('By 2025, total industrial output value will reach 40 billion yuan.');
    expect(out.map((f) => [f.indicator, f.measure, f.year])).toEqual([['工业总产值', 'target', 2025]]);
  });

  it('makes no fact from years, list ranks, or masked numbers', () => {
    expect(run('In 2019 the city joined the top 100 cities list and completed 3*5 projects.')).toEqual([]);
  });

  it('gives the level after "grew N percent year on year to" the indicator of the growth', () => {
    const out = run("Riverton's GDP grew 9.2 percent year on year to 75.3 billion yuan.");
    expect(out.map(brief)).toEqual([
      ['地区生产总值', 9.2, 'percent', 'growth'],
      ['地区生产总值', 75.3, 'billion yuan', 'level'],
    ]);
  });

  it('dates an English government work report to the year before the one its title names, wherever the year stands', () => {
    expect(reviewedYear('Government Work Report of Riverton City (2024)')).toBe(2023);
    expect(reviewedYear('2024 Riverton Government Work Report')).toBe(2023);
    expect(reviewedYear('Riverton attracts 36 projects in 2024')).toBeUndefined();
  });

  it('names a figure by the noun phrase it is "of" when no subject comes before the verb, in power units too', () => {
    const out = run('Riverton will host new solar projects with a combined capacity of 10 gigawatts, and the province added 2.5 megawatts.', [['Riverton', 'Riverton']]);
    expect(out.map(brief)[0]).toEqual(['combined capacity', 10, 'gigawatts', 'target']);
    expect(out.map((f) => f.unit)).toContain('megawatts');
    expect(run('Key projects completed an investment of 2.1 billion yuan.').map((f) => f.indicator)).toEqual(['Key projects']);
  });

  it('does not take the place of a company\'s site as the subject, and trims "within" from an indicator', () => {
    const text = 'Lakeview Battery Co., Limited (LBC) Riverton base reached full production, and output value exceeded 10 billion yuan. The urban unemployment rate stayed within 5.5 percent.';
    const company = 'Lakeview Battery Co., Limited';
    const out = run(text, [[company, company, 'Enterprise'], ['Riverton', 'Riverton']]);
    expect(out.map((f) => [f.subject, f.indicator])).toEqual([[HOME, 'output value'], [HOME, 'urban unemployment rate']]);
  });

  it('names the figure after the place an apposition says holds it, and the longest indicator ending last', () => {
    const out = run('Riverton, a county-level city under Lakeview, produced 430 million tonnes of raw coal.', [['Riverton', 'Riverton'], ['Lakeview', 'Lakeview']]);
    expect(out.map((f) => [f.subject, f.indicator])).toEqual([['City:Riverton', 'produced']]);
    expect(run('The county plans to cut energy consumption per unit of GDP by 3 percent.').map((f) => f.indicator)).toEqual(['单位地区生产总值能耗']);
  });

  it('takes no indicator for an English figure from a Chinese clause before it', () => {
    expect(run('构建“3+3+2”现代化产业体系，Riverton ranked 28th among national high-tech zones.', [['Riverton', 'Riverton']]).map((f) => f.indicator)).toEqual(['rank']);
  });

  it('ends an indicator at a present-tense verb', () => {
    expect(run('The annual output value of the tea industry exceeds 150 million yuan.').map((f) => f.indicator)).toEqual(['annual output value of the tea industry']);
  });

  it('takes the counted noun after a bare magnitude into the unit, and ends an indicator at "expected"', () => {
    const out = run('Output of new energy vehicles is expected to reach 2 million units, and the firm sold 3.02 million vehicles.');
    expect(out.map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['Output of new energy vehicles', 2, 'million units'], ['firm sold', 3.02, 'million vehicles'],
    ]);
  });

  it('names a figure a short noun is "of" by what follows the figure too, and drops "we"', () => {
    expect(run('We completed the construction of 120 kilometers of urban roads.').map((f) => f.indicator)).toEqual(['construction of urban roads']);
  });

  it('gives figures listed with "respectively" to the listed places in turn', () => {
    const text = 'Riverton, Lakeview and Hillton registered GDP growth of 7.4 percent, 4.6 percent and 3.1 percent respectively.';
    const out = run(text, [['Riverton', 'Riverton'], ['Lakeview', 'Lakeview'], ['Hillton', 'Hillton']]);
    expect(out.map((f) => [f.subject, f.value])).toEqual([['City:Riverton', 7.4], ['City:Lakeview', 4.6], ['City:Hillton', 3.1]]);
  });

  it('marks an English fall: down, fell by, a decline', () => {
    const out = run('Coal output was down 2.1 percent, steel output fell by 3 percent, and cement output grew 4 percent after a 1.5 percent decline.');
    expect(out.map((f) => [f.value, f.fall ?? false])).toEqual([[2.1, true], [3, true], [4, false], [1.5, true]]);
  });

  it('maps more general English indicator names to their Chinese names', () => {
    const out = run('The output of grain reached 1.21 million tons, tourism revenue reached 12 billion yuan and utilized foreign capital was 300 million US dollars.');
    expect(out.map((f) => f.indicator)).toEqual(['粮食产量', '旅游收入', '实际利用外资']);
  });

  it('keeps "new" in a counted noun when it opens an industry, and drops it when it only means new', () => {
    const out = run('Riverton produced 315,000 new energy vehicles and created 500 new jobs.');
    expect(out.map((f) => [f.indicator, f.unit])).toEqual([['new energy vehicles', 'new energy vehicles'], ['jobs', 'jobs']]);
  });

  it('gives "the province" figures of a city report to the province named last', () => {
    const text = 'Zhongyuan Province listed new energy vehicles as a key chain. In 2023, the province produced 315,000 new energy vehicles. The city grew 5%.';
    const start = text.indexOf('Zhongyuan Province');
    const sentences: Sentence[] = text.split(/(?<=\.) /).reduce<Sentence[]>((out, part) => {
      const at = out.length === 0 ? 0 : out[out.length - 1].end + 1;
      return [...out, { index: out.length, start: at, end: at + part.length, text: part }];
    }, []);
    const mentions: Mention[] = [{ kind: 'Province', surface: 'Zhongyuan Province', name: 'Zhongyuan', start, end: start + 18, sentence: 0, source: 'test' }];
    const out = extractFacts({ documentId: 'en', sentences, mentions, defaultSubject: HOME, documentYear: 2023 });
    expect(out.map((f) => [f.subject, f.value])).toEqual([['Province:Zhongyuan', 315000], [HOME, 5]]);
  });

  it('takes no indicator from a phrase opening with a bare number, and names the figure by what follows it', () => {
    const out = run('1 place, with 46,800 acres of new afforestation and greening.');
    expect(out.map((f) => [f.indicator, f.value])).toEqual([['new afforestation and greening', 46800]]);
    expect(run('The city ranked second.').map((f) => [f.indicator, f.value])).toEqual([['rank', 2]]);
  });
});
