// Web-page chrome that survives text extraction: whole lines only, matched by
// general patterns (copyright, editor and source credits, share/print/close
// links, comment boxes, login prompts, counters, site-name lines).
import { replaceTraced, type Traced } from './traced.js';

/** Lines that are chrome whatever their length. */
const ALWAYS = /^(?:[©Ⓒ]|copyright\b|版权所有|版权声明|.{0,40}ICP[备證证]|.{0,20}未经.{0,20}不得转载|本文地址[:：]|本文链接[:：]|本文仅代表|.{0,20}不代表本站|如有侵权)/i;

/** Credit labels followed by a colon or a space: "责任编辑：…", "来源: …". */
const CREDIT = /^[【\[(（]?\s*(?:责任编辑|网络编辑|编辑|责编|来源|稿源|文章来源|原标题|editor|source|e-?mail)\s*[:：\s]/i;

/** Navigation links that only ever appear as chrome. */
const NAVIGATION =
  /^[【\[(（]?\s*(?:分享到|打印本页|关闭窗口|上一篇|下一篇|上一条|下一条|发表评论|网友评论|我要评论|查看评论|扫一扫|返回顶部|返回首页|相关阅读|相关新闻|相关链接|验证码|share this|related (?:news|articles))/i;

/** A line made only of generic chrome words and separators: "登录 | 注册", "【打印】【关闭】", "字号：大 中 小". */
const CHROME_WORDS =
  /^(?:[\s|｜/【】\[\]()（）·•:：]*(?:登录|注册|打印|关闭|收藏|分享|字号|大|中|小|返回|顶部|首页|评论|点赞|转发|print|share|close|login|sign in|sign up)[\s|｜/【】\[\]()（）·•:：]*)+$/i;

/** Counters: "阅读：1234", "浏览次数 56", "12 次阅读", "留言与评论(共有 3 条评论)". */
const COUNTER = /^(?:阅读|浏览|点击)(?:量|数|次数)?\s*[:：]?\s*\d+|\d+\s*(?:次阅读|人阅读|次浏览|人浏览)$|条评论[)）]?$/;

const SHORT_LINE = 60;
const LONG_CHROME_LINE = 300;

/** A number alone on its line: a view or comment counter. */
const LONE_NUMBER = /^[\d,，.]{1,9}$/;

/** Site names: short lines ending in a web-site word, nothing else on them. */
const SITE_NAME = /^(?:关于)?[\p{sc=Han}A-Za-z0-9]{1,14}(?:新闻网|资讯网|门户网|网站|官网|频道|客户端)$/u;

/** Short lines without punctuation that repeat this often are page furniture. */
const REPEATS = 3;
const FURNITURE_LINE = 16;
const SENTENCE_MARK = /[。，,；;：:！？!?、.]/;

const LINE = /^[^\n]*(?:\n|$)/gm;

function repeatedShortLines(text: string): Set<string> {
  const counts = new Map<string, number>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.length === 0 || line.length > FURNITURE_LINE || SENTENCE_MARK.test(line)) continue;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const repeated = new Set<string>();
  for (const [line, count] of counts) if (count >= REPEATS) repeated.add(line);
  return repeated;
}

export function isChromeLine(line: string, repeated: ReadonlySet<string>): boolean {
  if (!line) return false;
  if (line.length <= LONG_CHROME_LINE && ALWAYS.test(line)) return true;
  if (line.length > SHORT_LINE) return false;
  return (
    CREDIT.test(line) ||
    NAVIGATION.test(line) ||
    CHROME_WORDS.test(line) ||
    COUNTER.test(line) ||
    LONE_NUMBER.test(line) ||
    SITE_NAME.test(line) ||
    repeated.has(line)
  );
}

export function dropBoilerplateLines(input: Traced): Traced {
  const repeated = repeatedShortLines(input.text);
  return replaceTraced(input, LINE, (m) => (isChromeLine(m[0].trim(), repeated) ? '' : m[0]));
}
