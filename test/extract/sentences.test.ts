import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../graph/extract/sentences.js';

function texts(text: string): string[] {
  return splitSentences(text).map((s) => s.text);
}

describe('splitSentences', () => {
  it('splits Chinese text on sentence marks and line breaks, with exact offsets', () => {
    const text = '  全市经济稳中向好。工业增长6%！还有问题吗？有；继续推进\n第二段开始。  ';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['全市经济稳中向好。', '工业增长6%！', '还有问题吗？', '有；', '继续推进', '第二段开始。']);
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    });
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(texts('他说：“项目已经开工。”随后离开。（完）下一句')).toEqual(['他说：“项目已经开工。”', '随后离开。', '（完）下一句']);
    expect(texts('会议指出：“要抓落实！”）然后')).toEqual(['会议指出：“要抓落实！”）', '然后']);
  });

  it('splits English on ". " but not in decimals, abbreviations or initials', () => {
    const text =
      'GDP grew by 5.3 percent. Shanxi Coal Co., Ltd. opened plant No. 2 in the city. Mr. Li and J. Smith spoke, e.g. on trade. Was it good? Yes!';
    expect(texts(text)).toEqual([
      'GDP grew by 5.3 percent.',
      'Shanxi Coal Co., Ltd. opened plant No. 2 in the city.',
      'Mr. Li and J. Smith spoke, e.g. on trade.',
      'Was it good?',
      'Yes!',
    ]);
  });

  it('splits an English sentence glued to Chinese text', () => {
    expect(texts('for your approval.全市上下共同努力。')).toEqual(['for your approval.', '全市上下共同努力。']);
  });

  it('drops empty pieces', () => {
    expect(texts('\n\n   \n。。\n')).toEqual(['。。']);
    expect(splitSentences('')).toEqual([]);
  });

  it('tags sentences with the heading above them', () => {
    const text = [
      '各位代表：',
      '现在作报告。',
      '一、过去一年工作回顾',
      '经济增长较快。投资稳步增加。',
      '（一）聚焦项目建设，扩大有效投资。全年实施重点项目100个。',
      '工业发展',
      '产量创新高。',
      'I. Review of the work of the Five-Year Plan period, with a long title beyond forty characters',
      'The economy grew.',
    ].join('\n');
    const byText = new Map(splitSentences(text).map((s) => [s.text, s.heading]));
    expect(byText.get('各位代表：')).toBeUndefined();
    expect(byText.get('现在作报告。')).toBeUndefined();
    expect(byText.get('经济增长较快。')).toBe('一、过去一年工作回顾');
    expect(byText.get('投资稳步增加。')).toBe('一、过去一年工作回顾');
    expect(byText.get('全年实施重点项目100个。')).toBe('（一）聚焦项目建设，扩大有效投资');
    expect(byText.get('产量创新高。')).toBe('工业发展');
    expect(byText.get('The economy grew.')).toBe(
      'I. Review of the work of the Five-Year Plan period, with a long title beyond forty characters',
    );
  });

  it('does not split a numbered line start', () => {
    expect(texts('1. Adhere to innovation.\nII. Tasks ahead')).toEqual(['1. Adhere to innovation.', 'II. Tasks ahead']);
  });

  // Its speed on long texts is measured by bench/extract.ts (one long document beside many short ones), not here.
  it('splits a 4 MB text into exactly the sentences of its repeated parts', () => {
    const unit = '全市地区生产总值增长5.2%，规上工业增加值增长6.1%。The economy grew by 5.3 percent. Mr. Li spoke.\n一、工作回顾\n';
    const perUnit = splitSentences(unit).length;
    const repeats = Math.ceil(4_000_000 / unit.length);
    expect(splitSentences(unit.repeat(repeats))).toHaveLength(perUnit * repeats);
  });
});
