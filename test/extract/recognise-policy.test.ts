import { describe, expect, it } from 'vitest';
import { policyRecogniser } from '../../graph/extract/recognise/policy.js';
import type { Mention } from '../../graph/extract/types.js';

// The sentence sits after a prefix so that offsets must be absolute.
function recognise(sentence: string, prefix = '前文。'): Mention[] {
  const text = prefix + sentence;
  return policyRecogniser.recognise({ index: 1, start: prefix.length, end: text.length, text: sentence }, { language: 'mixed', text });
}
const names = (sentence: string) => recognise(sentence).map((m) => m.name);

describe('policyRecogniser, Chinese', () => {
  it('takes document titles that end in a policy word, keeping the book-title marks', () => {
    const [m] = recognise('市政府印发《河湖市促进民营经济发展若干措施》。');
    expect(m.name).toBe('《河湖市促进民营经济发展若干措施》');
    expect(m.aliases).toContain('河湖市促进民营经济发展若干措施');
    expect('前文。市政府印发《河湖市促进民营经济发展若干措施》。'.slice(m.start, m.end)).toBe(m.surface);
    expect(names('他读了《春天的故事》。')).toEqual([]);
  });

  it('takes quoted numbered slogans without their quote marks', () => {
    expect(names('深入开展“四个一批”活动，落实“两减一增”要求。')).toEqual(['四个一批', '两减一增']);
  });

  it('keeps a bare number with the programme word after it, quotes normalised', () => {
    expect(names('围绕"238"战略举措推进工作。')).toEqual(['“238”战略举措']);
    expect(names('构建“4+2+1”现代化产业体系，打造“一心两翼”发展格局。')).toEqual(['“4+2+1”现代化产业体系', '一心两翼']);
  });

  it('skips quoted praise, honours and industries', () => {
    expect(names('擦亮“三张金名片”，打造“夜经济”产业，获评“十佳赛事”。')).toEqual([]);
  });

  it('finds named campaigns and reforms with leading verbs trimmed', () => {
    expect(names('扎实推进农村集体产权制度改革，打赢碧水保卫战。')).toEqual(['农村集体产权制度改革', '碧水保卫战']);
  });

  it('keeps a numeral that counts the parts of a programme', () => {
    expect(names('打好三大攻坚战。')).toEqual(['三大攻坚战']);
  });

  it('tells a campaign 工程 from a construction 工程', () => {
    expect(names('实施乡村教师素质提升工程和滨河大桥工程。')).toEqual(['乡村教师素质提升工程']);
  });

  it('rejects ideology slogans, vague aims and organization names', () => {
    expect(names('坚持以人民为中心的发展思想，推动高质量发展。市发展和改革委员会开会。')).toEqual([]);
  });

  it('recognises five-year plans and national programmes', () => {
    expect(names('“十五五”时期全面推进乡村振兴。')).toEqual(['“十五五”规划', '乡村振兴']);
  });
});

describe('policyRecogniser, English', () => {
  it('maps five-year plans and national programmes to the Chinese canonical names', () => {
    const found = recognise('During the 14th Five-Year Plan period we joined the Belt and Road Initiative.');
    expect(found.map((m) => m.name)).toEqual(['“十四五”规划', '一带一路']);
    expect(found[1].aliases).toContain('Belt and Road Initiative');
  });

  it('takes quoted programmes followed by a programme word', () => {
    expect(names('We launched the "green harvest" action and the "1+5" reform.')).toEqual(['green harvest', '"1+5" reform']);
  });

  it('takes "reform of X" up to a preposition or punctuation', () => {
    expect(names('We deepened the comprehensive reform of township finance, and the reform of "one window" services.')).toEqual([
      'comprehensive reform of township finance',
      'one window',
    ]);
    expect(names('We started the reform of 3 companies.')).toEqual([]);
  });

  it('finds a five-year plan glued to the next word by machine translation', () => {
    expect(names('By the end of the 13th Five-Year Plan2.3 million jobs were added.')).toEqual(['“十三五”规划']);
  });

  it('skips quoted ideology slogans', () => {
    expect(names('We strengthened the "four consciousness" campaign.')).toEqual([]);
  });
});
