import { describe, expect, it } from 'vitest';
import { projectRecogniser } from '../../graph/extract/recognise/project.js';
import { names, run } from './recognise-run.js';

const projects = (text: string, language: 'zh-Hans' | 'en' = 'zh-Hans') => names(run(projectRecogniser, text, language));

describe('projectRecogniser, Chinese', () => {
  it('finds no project in a works word inside a longer word', () => {
    expect(projects('某公司与中国工程物理研究院合作。')).toEqual([]);
  });

  it('finds no project in a place\'s batch of a year (某市2024年招商引资重大项目)', () => {
    expect(projects('杭州市2024年招商引资重大项目集中签约。')).toEqual([]);
    expect(projects('建成杭州大街贯通工程。')).toEqual(['杭州大街贯通工程']);
  });

  it('trims leading verbs and keeps the company and capacity in the name', () => {
    expect(projects('加快推进蓝天新材年产5万吨碳纤维项目建设。')).toEqual(['蓝天新材年产5万吨碳纤维项目']);
  });

  it('reads every item of an enumeration closed by 等项目', () => {
    expect(projects('加快建设湘江物流港、岳麓数字产业大厦、东湖湿地公园等重点项目。')).toEqual([
      '湘江物流港', '岳麓数字产业大厦', '东湖湿地公园',
    ]);
  });

  it('reads metro lines and works on a named section', () => {
    expect(projects('长沙地铁6号线开通运营，京港澳高速长沙段改扩建完成。')).toEqual(['长沙地铁6号线', '京港澳高速长沙段改扩建']);
  });

  it('reads transport works and relocations', () => {
    expect(projects('长益高铁全线贯通，娄邵高速建成通车，县中医院迁建顺利完成。')).toEqual(['长益高铁', '娄邵高速', '县中医院迁建']);
  });

  it('reads quoted facilities being built and phases of works', () => {
    expect(projects('与高校共建“湘南种质资源库”“岳麓药用植物园”。')).toEqual(['湘南种质资源库', '岳麓药用植物园']);
    expect(projects('蓝天新材电池材料一期建成。')).toEqual(['蓝天新材电池材料一期']);
  });

  it('reads quoted names heading a works word, without the quotes in the name', () => {
    const found = run(projectRecogniser, '建成“湘江一号”旅游公路，推进“十四五”规划项目。');
    expect(found.map((m) => [m.surface, m.name])).toEqual([['“湘江一号”旅游公路', '湘江一号旅游公路']]);
  });

  it('splits coordinated works joined by 和', () => {
    expect(projects('完成解放大道贯通和芙蓉路改造。')).toEqual(['解放大道贯通', '芙蓉路改造']);
  });

  it('keeps the works whose object is named and drops counts and classes', () => {
    expect(projects('全市实施120个省市重点工程，签订一批合作转化项目，推进风电新能源项目，高铁全线贯通。')).toEqual([]);
  });
});

describe('projectRecogniser, English', () => {
  it('reads capitalised names before project and in "and other projects"', () => {
    expect(projects('The Hengda copper smelting project started. We will build Yuelu Science Tower and other projects.', 'en')).toEqual([
      'Hengda copper smelting project', 'Yuelu Science Tower',
    ]);
  });

  it('reads works in a building context', () => {
    expect(projects('Construction of the Changyi high-speed railway was completed.', 'en')).toEqual(['Changyi high-speed railway']);
  });

  it('reads every capitalised item after "projects such as" and a name before "with a total investment"', () => {
    const text =
      'We will speed up projects such as the Xiangjiang Logistics Hub, Hengda new copper foil and Lianhua glass fibre line and other projects. ' +
      'Taoyuan graphite anode material with a total investment of 2 billion yuan was signed.';
    expect(projects(text, 'en')).toEqual([
      'Xiangjiang Logistics Hub', 'Hengda new copper foil', 'Lianhua glass fibre line', 'Taoyuan graphite anode material',
    ]);
  });

  it('ignores generic project phrases', () => {
    expect(projects('We completed 86 industrial projects and key projects.', 'en')).toEqual([]);
  });
});
