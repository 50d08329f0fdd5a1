import { describe, expect, it } from 'vitest';
import { personRecogniser } from '../../graph/extract/recognise/person.js';
import { names, run } from './recognise-run.js';

describe('personRecogniser, Chinese', () => {
  it('reads a name after a title and stops before the verb that follows', () => {
    const found = run(personRecogniser, '副市长王建平向大会报告了全年工作。');
    expect(names(found)).toEqual(['王建平']);
    expect(found[0].source).toBe('person');
    expect(found[0].aliases).toEqual(['Wang Jianping']);
  });

  it('keeps two-character names when a function character follows', () => {
    expect(names(run(personRecogniser, '局长孙浩在会上说明了情况。'))).toEqual(['孙浩']);
  });

  it('reads reporter credits separated by spaces', () => {
    expect(names(run(personRecogniser, '本报记者 欧阳明 通讯员 何小兰 摄'))).toEqual(['欧阳明', '何小兰']);
  });

  it('reads a name before a title or 同志', () => {
    expect(names(run(personRecogniser, '会上，周立群同志作了讲话。'))).toEqual(['周立群']);
    expect(names(run(personRecogniser, '特邀农业专家邓春林教授授课。'))).toEqual(['邓春林']);
  });

  it('reads a bracketed byline of several names', () => {
    expect(names(run(personRecogniser, '活动圆满结束。(袁芳 钱立 潘晓东)'))).toEqual(['袁芳', '钱立', '潘晓东']);
  });

  it('ignores office words and brackets that are not names', () => {
    expect(run(personRecogniser, '市委书记办公会研究了项目(试行)(南湖 北湖)。')).toEqual([]);
    expect(run(personRecogniser, '人民代表大会常务委员会主任会议召开。')).toEqual([]);
  });

  it('gives offsets into the whole text', () => {
    const text = '开头一句。代县长陆海峰出席。';
    const [m] = run(personRecogniser, text);
    expect(text.slice(m.start, m.end)).toBe('陆海峰');
    expect(m.sentence).toBe(1);
  });
});

describe('personRecogniser, English', () => {
  it('reads pinyin names after a title, also across an organisation', () => {
    expect(names(run(personRecogniser, 'Vice Mayor Zhou Lihua attended.', 'en'))).toEqual(['Zhou Lihua']);
    expect(names(run(personRecogniser, 'Director of the Bureau of Commerce  Gao Ming', 'en'))).toEqual(['Gao Ming']);
    expect(names(run(personRecogniser, 'Xinhua, March 3 (Reporter Liang Xiaoyu) The county...', 'en'))).toEqual(['Liang Xiaoyu']);
  });

  it('reads a name before a title written with capitals (Party Secretary)', () => {
    expect(names(run(personRecogniser, '"It works," said Huang Lixin, Party secretary of the village.', 'en'))).toEqual(['Huang Lixin']);
    expect(names(run(personRecogniser, 'said Zhou Lihua, Deputy Director of the bureau.', 'en'))).toEqual(['Zhou Lihua']);
  });

  it('needs a surname and a pinyin given name', () => {
    expect(run(personRecogniser, 'Mayor John Smith and Director Green Valley met.', 'en')).toEqual([]);
  });
});
