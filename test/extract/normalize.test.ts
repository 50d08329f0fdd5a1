import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../graph/extract/normalize/index.js';
import { findJunkToken } from '../../graph/extract/normalize/junkTokens.js';
import { replaceTraced, replaceTracedAll, tracedFrom } from '../../graph/extract/normalize/traced.js';
import { collapseWhitespace } from '../../graph/extract/normalize/whitespace.js';
import type { DecodedDocument, SourceFormat } from '../../graph/extract/types.js';

function doc(raw: string, format: SourceFormat = 'text', file = 'dir/sample.txt'): DecodedDocument {
  return { id: '0123456789abcdef', file, format, encoding: 'utf-8', raw };
}

function normalize(raw: string, format: SourceFormat = 'text') {
  return normalizeDocument(doc(raw, format));
}

/** Every character of the output maps to a raw character that it is, or that became it. */
function expectOriginsValid(raw: string, text: string, origin: Int32Array) {
  expect(origin.length).toBe(text.length);
  for (let i = 1; i < origin.length; i++) expect(origin[i]).toBeGreaterThanOrEqual(origin[i - 1]);
  for (const o of origin) expect(o >= 0 && o < raw.length).toBe(true);
}

/** The raw slice an output range came from. */
function rawOf(raw: string, origin: Int32Array, start: number, end: number): string {
  return raw.slice(origin[start], origin[end - 1] + 1);
}

describe('replaceTraced', () => {
  it('keeps origins through deletions, same-length swaps and insertions', () => {
    const t0 = tracedFrom('ab**cd**ef。Gh');
    const t1 = replaceTraced(t0, /\*\*([^*]+)\*\*/g, (m) => m[1]);
    expect(t1.text).toBe('abcdef。Gh');
    expect(Array.from(t1.origin)).toEqual([0, 1, 4, 5, 8, 9, 10, 11, 12]);
    const t2 = replaceTraced(t1, /。/g, '. ');
    expect(t2.text).toBe('abcdef. Gh');
    expect(Array.from(t2.origin.subarray(6, 9))).toEqual([10, 10, 11]);
  });

  it('returns the same object when nothing changes', () => {
    const t = tracedFrom('nothing to do');
    expect(replaceTraced(t, /x/g, 'y')).toBe(t);
  });

  it('shares the origins when no replacement changes a length', () => {
    const t = replaceTraced(tracedFrom('甲。乙'), /。/g, '.');
    const swapped = replaceTraced(t, /[甲乙]/g, (m) => (m[0] === '甲' ? 'A' : 'B'));
    expect(swapped.text).toBe('A.B');
    expect(swapped.origin).toBe(t.origin);
  });

  it('applies independent patterns in one rebuild as the passes one after another would', () => {
    const raw = 'a**b**c。 De,f';
    const rules = [[/\*\*/g, ''], [/。 ?/g, '. '], [/,/g, ', ']] as const;
    const sequential = rules.reduce((t, [pattern, replacer]) => replaceTraced(t, pattern, replacer), tracedFrom(raw));
    const together = replaceTracedAll(tracedFrom(raw), rules);
    expect(together.text).toBe('abc. De, f');
    expect(together.text).toBe(sequential.text);
    expect(Array.from(together.origin)).toEqual(Array.from(sequential.origin));
  });
});

describe('inline pinyin readings', () => {
  it('strips toned readings after Han characters, including the spaced form', () => {
    const raw = '第三次會(huì )議隆重開(kāi)幕,全市產(chǎn)業(yè)發(fā)展。';
    const n = normalize(raw);
    expect(n.text).toBe('第三次会议隆重开幕,全市产业发展。');
    expectOriginsValid(raw, n.text, n.origin);
  });

  it('keeps parentheses that are not readings', () => {
    const n = normalize('生产总值(GDP)增长5%,举办论坛(太谷)和(sample)活动。');
    expect(n.text).toBe('生产总值(GDP)增长5%,举办论坛(太谷)和(sample)活动。');
  });
});

describe('traditional to simplified', () => {
  it('converts and traces every character back to the raw text', () => {
    const raw = '前言\n\n全市經濟總量實現歷史跨越，規上工業增加值達到一千億元。';
    const n = normalize(raw);
    expect(n.text).toBe('前言\n\n全市经济总量实现历史跨越，规上工业增加值达到一千亿元。');
    expect(n.language).toBe('zh-Hant');
    expectOriginsValid(raw, n.text, n.origin);
    const at = n.text.indexOf('工业');
    expect(rawOf(raw, n.origin, at, at + 2)).toBe('工業');
  });

  it('traces through pinyin removal and conversion together', () => {
    const raw = '大會(huì )報告稱，產(chǎn)業(yè)結構優(yōu)化。';
    const n = normalize(raw);
    const at = n.text.indexOf('产业');
    expect(at).toBeGreaterThan(0);
    expect(rawOf(raw, n.origin, at, at + 2)).toBe('產(chǎn)業');
  });
});

describe('masked digits and full-width forms', () => {
  it('keeps * in numbers and maps full-width ＊ to *', () => {
    const n = normalize('地区生产总值2112.*亿元,增长＊.２％,完成1*2个项目。');
    expect(n.text).toBe('地区生产总值2112.*亿元,增长*.2%,完成1*2个项目。');
  });

  it('turns full-width Latin, digits and spaces to ASCII but keeps Chinese punctuation', () => {
    const n = normalize('全市ＧＤＰ达到１２３亿元，同比增长５％；\u3000（初步核算）。');
    expect(n.text).toBe('全市GDP达到123亿元，同比增长5%； （初步核算）。');
  });
});

describe('English glue', () => {
  it('repairs Chinese punctuation and glued words in English sentences', () => {
    const raw = 'development of our city。Faced with challenges，the city grew inLinfen andUnder pressure。\n';
    const n = normalize(raw);
    expect(n.text).toBe('development of our city. Faced with challenges, the city grew in Linfen and Under pressure.');
    expect(n.language).toBe('en');
    expectOriginsValid(raw, n.text, n.origin);
  });

  it('leaves 。 alone in Chinese text, also before an abbreviation', () => {
    const n = normalize('全市完成投资。GDP增长较快。');
    expect(n.text).toBe('全市完成投资。GDP增长较快。');
  });
});

const JUNK_REPORT = [
  '会议听取了政府工作报告太原。',
  '全年地区生产总值增长5.2%太原。',
  '规上工业增加值增长9.7%太原。',
  '城乡居民收入稳步提高太原。',
  '生态环境持续改善,空气质量优良天数增加。',
  '科技创新能力显著增强太原。',
  '民生保障水平不断提升。',
  '营商环境持续优化。',
  '改革开放取得新突破太原。',
].join('');

describe('junk tokens at sentence ends', () => {
  it('removes a place name appended to many sentences', () => {
    const n = normalize(JUNK_REPORT);
    expect(n.text).not.toContain('太原');
    expect(n.text).toContain('增长5.2%。');
    expect(n.text).toContain('政府工作报告。');
  });

  it('leaves a normal text with a place name ending two sentences untouched', () => {
    const raw = [
      '总书记来到太原。',
      '代表团考察了太原。',
      '全年地区生产总值增长5.2%。',
      '规上工业增加值增长9.7%。',
      '城乡居民收入稳步提高。',
      '科技创新能力显著增强。',
    ].join('');
    expect(normalize(raw).text).toBe(raw);
  });

  it('does not take a common word ending many sentences for junk', () => {
    const raw = [
      '推动高质量发展。',
      '促进区域协调发展。',
      '坚持绿色发展。',
      '推进产业转型发展。',
      '加快项目建设。',
      '强化基础设施建设。',
      '持续改善民生。',
      '维护社会稳定。',
    ].join('');
    expect(findJunkToken(raw)).toBeUndefined();
    expect(normalize(raw).text).toBe(raw);
  });
});

describe('boilerplate lines', () => {
  it('drops page chrome lines and keeps the article', () => {
    const raw = [
      '某某新闻网',
      '首页 | 登录 | 注册',
      '全市工业经济稳步增长',
      '来源：市统计局 2024-01-05',
      '今年以来，全市工业经济稳步增长，规上工业增加值增长6%。',
      '1234',
      '分享到：微信 微博',
      '上一篇：全市召开经济工作会议',
      '责任编辑：王某',
      'Copyright © 2024 某某新闻网 版权所有',
      '京ICP备12345678号',
    ].join('\n');
    const n = normalize(raw);
    expect(n.text).toBe('全市工业经济稳步增长\n今年以来，全市工业经济稳步增长，规上工业增加值增长6%。');
    expect(n.title).toBe('全市工业经济稳步增长');
  });

  it('drops short lines repeated as page furniture and view counters', () => {
    const raw = ['滚动新闻', '第一条消息正文。', '滚动新闻', '第二条消息正文。', '阅读 2048', '滚动新闻'].join('\n');
    expect(normalize(raw).text).toBe('第一条消息正文。\n第二条消息正文。');
  });

  it('keeps ordinary lines that start with the same words', () => {
    const raw = '注册资本达到十亿元。\n来源广泛的资金支持了项目建设。';
    expect(normalize(raw).text).toBe(raw);
  });
});

describe('HTML and Markdown', () => {
  it('takes visible text from HTML with blocks as lines, entities decoded, origins into the HTML', () => {
    const raw =
      '<html><head><title>工作报告 &amp; 计划</title><style>p{color:red}</style></head><body>' +
      '<nav>首页 新闻</nav><h1>标题一</h1><p>经济&nbsp;增长&lt;5%&gt;。</p><script>var x=1;</script>' +
      '<div>第二段<br>第三行</div><footer>联系我们</footer></body></html>';
    const n = normalize(raw, 'html');
    expect(n.title).toBe('工作报告 & 计划');
    expect(n.text).toBe('标题一\n经济 增长<5%>。\n第二段\n第三行');
    expectOriginsValid(raw, n.text, n.origin);
    const at = n.text.indexOf('<5%>');
    expect(raw.startsWith('&lt;', n.origin[at])).toBe(true);
    expect(raw.startsWith('&gt;', n.origin[at + 3])).toBe(true);
  });

  it('falls back to the first h1 for the title', () => {
    expect(normalize('<body><h1>年度 报告</h1><p>正文。</p></body>', 'html').title).toBe('年度 报告');
  });

  it('removes Markdown markup and keeps the words', () => {
    const raw = [
      '# 政府工作报告',
      '',
      '> 引言：**重点**任务',
      '',
      '- 推进[项目建设](http://x.y/z)',
      '- ![图](a.png)优化营商环境',
      '',
      '| 指标 | 数值 |',
      '| --- | ---: |',
      '| GDP | 5.2% |',
      '<!-- 注释 -->',
      '```',
      'code',
      '```',
    ].join('\n');
    const n = normalize(raw, 'markdown');
    expect(n.title).toBe('政府工作报告');
    expect(n.text).toBe('政府工作报告\n\n引言：重点任务\n\n推进项目建设\n优化营商环境\n\n指标 数值\nGDP 5.2%\n\ncode');
    expectOriginsValid(raw, n.text, n.origin);
  });
});

describe('whitespace, language and title', () => {
  it('collapses spaces, trims lines and keeps at most one blank line', () => {
    const n = normalize('  第一行   有  空格  \r\n\r\n\r\n\r\n\t第二行\t\t结束。  \n\n');
    expect(n.text).toBe('第一行 有 空格\n\n第二行 结束。');
  });

  it('maps collapsed blanks to the first space and kept line breaks to raw breaks, long runs within the run', () => {
    const raw = `甲\t \t乙 \n \n丙${' \n'.repeat(200)}丁 `;
    const t = collapseWhitespace(tracedFrom(raw));
    expect(t.text).toBe('甲 乙\n\n丙\n\n丁');
    expect(t.origin[1]).toBe(2);
    expect([raw[t.origin[3]], raw[t.origin[4]]]).toEqual(['\n', '\n']);
    const longRun = t.text.indexOf('丙') + 1;
    for (const i of [longRun, longRun + 1]) expect(t.origin[i]).toBeGreaterThan(raw.indexOf('丙'));
    expect(t.origin[longRun + 1]).toBeGreaterThan(t.origin[longRun]);
    expect(t.origin[t.text.length - 1]).toBe(raw.indexOf('丁'));
  });

  it('maps a break with tabs and spaces around it to the raw break, and a run of tabs to its first tab', () => {
    const raw = '甲\t\t\n \t乙\t\t丙';
    const t = collapseWhitespace(tracedFrom(raw));
    expect(t.text).toBe('甲\n乙 丙');
    expect(t.origin[1]).toBe(raw.indexOf('\n'));
    expect(t.origin[3]).toBe(raw.indexOf('乙') + 1);
    expect(collapseWhitespace(t)).toBe(t);
  });

  it('tells simplified, traditional, English and mixed text apart', () => {
    expect(normalize('全市经济运行稳中向好,工业生产持续增长。').language).toBe('zh-Hans');
    expect(normalize('全市經濟運行穩中向好,工業生產持續增長。').language).toBe('zh-Hant');
    expect(normalize('The economy of the city kept growing steadily this year.').language).toBe('en');
    expect(normalize('The economy of the city kept growing. 全市经济运行稳中向好,工业生产持续增长。').language).toBe('mixed');
  });

  it('takes the first short line without final punctuation as title, else the file name', () => {
    expect(normalize('各位代表:\n全市工作回顾\n正文内容很多很多。').title).toBe('全市工作回顾');
    expect(normalizeDocument(doc('只有一句完整的话。', 'text', 'reports/2024-report.txt')).title).toBe('2024-report');
  });
});
