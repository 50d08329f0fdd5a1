import { describe, expect, it } from 'vitest';
import { organizationRecogniser } from '../../graph/extract/recognise/organization.js';
import { names, run } from './recognise-run.js';

const orgs = (text: string, language: 'zh-Hans' | 'en' = 'zh-Hans') => names(run(organizationRecogniser, text, language));

describe('organizationRecogniser, Chinese', () => {
  it('keeps national institutes whose name starts with 中国', () => {
    expect(orgs('企业与中国农业科学研究院合作。')).toEqual(['中国农业科学研究院']);
  });

  it('keeps the place prefix of government bodies and congresses, the session number only as alias', () => {
    const found = run(organizationRecogniser, '受株洲市人民政府委托，向株洲市第十六届人民代表大会报告。');
    expect(names(found)).toEqual(['株洲市人民政府', '株洲市人民代表大会']);
    expect(found[1].surface).toBe('株洲市第十六届人民代表大会');
    expect(found[1].aliases).toEqual(['株洲市第十六届人民代表大会']);
  });

  it('finds the short level forms and national bodies', () => {
    expect(orgs('在党中央、国务院和省委、省政府的领导下，县委、县政府团结带领全县人民。')).toEqual([
      '党中央', '国务院', '省委', '省政府', '县委', '县政府',
    ]);
    expect(orgs('提请县六届人大第三次会议审议，并请县政协委员提出意见。')).toEqual(['县人民代表大会', '县政协']);
    expect(orgs('市人大常委会听取报告。')).toEqual(['市人民代表大会常务委员会']);
  });

  it('finds departments with or without a place', () => {
    expect(orgs('由岳阳市发展和改革委员会牵头，市生态环境局、交通运输局配合。')).toEqual([
      '岳阳市发展和改革委员会', '市生态环境局', '交通运输局',
    ]);
  });

  it('does not take a verb glued to the level character for a place (受市人民政府委托)', () => {
    expect(orgs('受市人民政府委托，现将计划草案提请审查。')).toEqual(['市人民政府']);
    expect(orgs('山西省沁县人民政府召开会议。')).toEqual(['沁县人民政府']);
  });

  it('takes no one body from an address to every district (各辖市、区人民政府)', () => {
    expect(orgs('各辖市、区人民政府，市各委办局：')).toEqual([]);
  });

  it('keeps a township name before 乡政府', () => {
    expect(orgs('石门乡政府组织了培训。')).toEqual(['石门乡政府']);
  });

  it('splits coordinated institutions and trims the verbs before them', () => {
    expect(orgs('积极推动湘潭大学和湖南科技学院共建实验室。')).toEqual(['湘潭大学', '湖南科技学院']);
    expect(orgs('新疆生产建设兵团第八师加快发展。')).toEqual(['新疆生产建设兵团']);
    expect(orgs('广西壮族自治区人民政府与澳门特别行政区政府签署协议。')).toEqual(['广西壮族自治区人民政府', '澳门特别行政区政府']);
    expect(orgs('组织专家赴县人民医院开展义诊。')).toEqual(['县人民医院']);
  });

  it('drops a preposition the segmenter glued to an abbreviated school name', () => {
    expect(orgs('以湘大附中、湖南师大合作办学为依托。')).toEqual(['湘大附中', '湖南师大']);
  });

  it('finds media, associations and the 党的N大 congress', () => {
    expect(orgs('据衡阳日报报道，市个体劳动者协会学习党的二十大精神。')).toEqual(['衡阳日报', '市个体劳动者协会', '党的二十大']);
  });

  it('leaves generic classes and look-alike words alone', () => {
    expect(orgs('各级医院和高校的大学生参与，城市格局优化，全部干部到位。')).toEqual([]);
  });
});

describe('organizationRecogniser, English', () => {
  it('reads government, party and congress names', () => {
    expect(orgs("Entrusted by the People's Government of Yueyang, under the Hunan Provincial Party Committee.", 'en')).toEqual([
      "People's Government of Yueyang", 'Hunan Provincial Party Committee',
    ]);
    expect(orgs("Deputies to the 16th People's Congress and members of the CPPCC met.", 'en')).toEqual([
      "People's Congress", 'CPPCC',
    ]);
  });

  it('reads capitalised institutions before a type word and after one', () => {
    expect(orgs('Xiangtan University and the Bureau of Commerce signed with Zhuzhou Central Hospital.', 'en')).toEqual([
      'Xiangtan University', 'Bureau of Commerce', 'Zhuzhou Central Hospital',
    ]);
  });

  it('writes level words in title case so case variants are one body', () => {
    expect(orgs('the municipal government and the Municipal Government', 'en')).toEqual(['Municipal Government', 'Municipal Government']);
  });

  it('glued machine-translation words keep their capitalised tail', () => {
    expect(orgs('underLoudi Municipal Party Committee leadership', 'en')).toEqual(['Loudi Municipal Party Committee']);
  });

  it('reads national boards and the standing committee of a congress', () => {
    expect(orgs("Listed on the New Third Board, supervised by the People's Congress and its Standing Committee.", 'en')).toEqual([
      'New Third Board', "People's Congress Standing Committee",
    ]);
    expect(orgs('拨打12345政务服务热线，企业在新三板挂牌，建成新时代文明实践中心。')).toEqual(['12345政务服务热线', '新三板', '新时代文明实践中心']);
  });

  it('needs a name before a bare type word', () => {
    expect(orgs('The Middle School and the Report on Work.', 'en')).toEqual([]);
  });
});
