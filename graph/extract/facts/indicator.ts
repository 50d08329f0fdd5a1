// The indicator a figure belongs to: the short noun phrase before it in its
// clause ("全市原煤产量达到1.27亿吨" → 原煤产量), trimmed of place words, time
// words and verbs; English phrases map to Chinese statistical names when known.
import {
  EN_CHANGE_ONLY_RE, EN_INDICATORS, EN_TRIM, EN_VERBS, ZH_FOLLOWING_STOP_RE, ZH_LEADING, ZH_SHORT_NAMES, ZH_TRAILING,
} from './vocabulary.js';
import { simplified } from './simplify.js';

const MAX_ZH_LENGTH = 20;
const MAX_FOLLOWING = 14;
const MAX_EN_WORDS = 12;
/**
 * Years, periods, list markers ("9.", "（三）", "二、") and comparison bases ("比上年末", "高于全国",
 * "同口径") at the front of a clause: "高于全国3.9个百分点" names no indicator of its own.
 */
const LEADING_RE =
  /^(?:(?:到|至|截至|截止|截止到)?(?:19|20)\d{2}\s*年(?:度|底|末|以来|以來|全年)?|[一二三四]季度|上半年|下半年|前三季度|[0-9*]+[.、．]|[（(][一二三四五六七八九十0-9]+[)）]|[一二三四五六七八九十]+、|(?:比|较|較|高于|高於|低于|低於|快于|快於|慢于|慢於)(?:全国|全國|全省|全市|上年|去年|年初|上年末|上年同期|同期)(?:平均水平|平均)?|同口径|同口徑)/;

/** Words by the character at one edge, longest first: only the words under a text's edge character can trim it. */
function byEdge(words: readonly string[], edge: (word: string) => string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const list = index.get(edge(w));
    if (list) list.push(w);
    else index.set(edge(w), [w]);
  }
  return index;
}
const ZH_LEADING_BY_FIRST = byEdge(ZH_LEADING, (w) => w[0]);
const ZH_TRAILING_BY_LAST = byEdge(ZH_TRAILING, (w) => w[w.length - 1]);

function stripLeading(text: string): string {
  let s = text.trim();
  for (let changed = true; changed && s;) {
    changed = false;
    const year = LEADING_RE.exec(s);
    if (year) { s = s.slice(year[0].length).trim(); changed = true; continue; }
    const word = ZH_LEADING_BY_FIRST.get(s[0])?.find((w) => s.startsWith(w));
    if (word) { s = s.slice(word.length).trim(); changed = true; }
  }
  return s;
}

function stripTrailing(text: string): string {
  let s = text.trim();
  for (let changed = true; changed && s;) {
    changed = false;
    const word = ZH_TRAILING_BY_LAST.get(s[s.length - 1])?.find((w) => s.endsWith(w));
    if (word) { s = s.slice(0, -word.length).trim(); changed = true; }
  }
  return s;
}

// Where a long phrase may be cut: after 的, a list mark or a company's name (某某有限公司新能源汽车产量).
const HEAD_BREAK = /的|、|公司|(?:集团|集團)(?![）)]|有限|股份)/g;

/** Keeps a long phrase's head: the part after its last break that leaves a head short enough, else its last characters. */
function shorten(text: string): string {
  if (text.length <= MAX_ZH_LENGTH) return text;
  let head = '';
  for (const m of text.matchAll(HEAD_BREAK)) {
    const rest = text.length - m.index - m[0].length;
    if (rest >= 2 && rest <= MAX_ZH_LENGTH) {
      head = text.slice(m.index + m[0].length);
      break;
    }
  }
  return head || text.slice(-MAX_ZH_LENGTH);
}

// A year or a time clause inside the phrase (家具产业集群2023年产值, 项目建成后年产值) dates or conditions the figure, it names nothing.
// So does a verb before the measured quantity (产业集群实现产值 → 产业集群产值).
const INNER_TIME_RE = /(?:19|20)\d{2}\s*年(?:度|全年)?|^[^，,]{0,12}?(?:建成|投产|达产|完成)后|(?:实现|完成)(?=总?产值|营业收入|主营业务收入|增加值|销售收入|利税|利润|税收)/g;

/** The indicator a Chinese clause names before its figure, or '' when it names none. */
export function chineseIndicator(segment: string): string {
  const cleaned = shorten(stripTrailing(stripLeading(stripLeading(segment).replace(INNER_TIME_RE, ''))));
  // A lone character left over ("增", "超") is a verb, not an indicator.
  if (cleaned.length < 2) return '';
  return ZH_SHORT_NAMES.reduce((name, [short, full]) => name.replace(short, full), simplified(cleaned));
}

/** The counted noun right after a figure: "146个省市重点工程，" → 省市重点工程. */
export function chineseFollowing(text: string, from: number): string {
  const rest = text.slice(from, from + MAX_FOLLOWING + 4).replace(/^(?:以上|左右|余|多|的)+/, '');
  const stop = ZH_FOLLOWING_STOP_RE.exec(rest);
  const phrase = stripTrailing(stop ? rest.slice(0, stop.index) : rest.slice(0, MAX_FOLLOWING));
  return phrase.length < 2 ? '' : simplified(phrase);
}

function trimWords(words: string[]): string[] {
  let a = 0;
  let b = words.length;
  while (a < b && EN_TRIM.has(words[a].toLowerCase())) a++;
  while (b > a && EN_TRIM.has(words[b - 1].toLowerCase())) b--;
  return words.slice(a, b);
}

/** The last word of each known English indicator: a text holding none of them names none. */
const EN_INDICATOR_TAILS = [...new Set(EN_INDICATORS.map(([phrase]) => phrase.slice(phrase.lastIndexOf(' ') + 1)))];

export interface EnglishIndicator {
  name: string;
  /** The phrase only names a change ("an annual increase of"): the figure is a rate of the previous indicator. */
  changeOnly: boolean;
}

/** The Chinese name of the last general indicator an English text names, or ''. */
export function knownEnglishIndicator(text: string): string {
  const lower = text.toLowerCase().replace(/[’']s\b/g, 's');
  if (!EN_INDICATOR_TAILS.some((tail) => lower.includes(tail))) return '';
  // The phrase ending last, the longest of those ending there: "energy consumption per unit of GDP", not "GDP".
  let known: { at: number; end: number; name: string } | null = null;
  for (const [phrase, name] of EN_INDICATORS) {
    const at = lower.lastIndexOf(phrase);
    if (at < 0) continue;
    const end = at + phrase.length;
    if (!known || end > known.end || (end === known.end && at < known.at)) known = { at, end, name };
  }
  return known?.name ?? '';
}

/** Whether the k-th word is a verb; "added value" is a noun, not the verb "added". */
function isVerb(words: readonly string[], k: number): boolean {
  return EN_VERBS.has(words[k].toLowerCase()) && !(/^added$/i.test(words[k]) && /^value/i.test(words[k + 1] ?? ''));
}

// "… projects with a combined capacity of", "has an installed capacity of": the noun phrase the figure is "of".
const ARTICLE_OF_RE = /\b(?:a|an|the|its|their)\s+((?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)\s+of\s*$/i;

/** The indicator an English clause names before its figure. */
export function englishIndicator(segment: string): EnglishIndicator {
  const known = knownEnglishIndicator(segment);
  if (known) return { name: known, changeOnly: false };
  const words = segment.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).map((w) => w.replace(/[^\w'’-]+$/, ''));
  const verb = words.findIndex((_, k) => isVerb(words, k));
  // "X reached" names X; "completed an investment of" names what follows the verb, up to the next one.
  const before = verb > 0 ? trimWords(words.slice(0, verb)) : [];
  // With no subject before the verb, "… with a combined capacity of" names what the figure is of.
  const ofPhrase = before.length === 0 ? ARTICLE_OF_RE.exec(segment)?.[1] : undefined;
  if (ofPhrase !== undefined) {
    const name = trimWords(ofPhrase.split(/\s+/)).join(' ');
    if (EN_CHANGE_ONLY_RE.test(name)) return { name: '', changeOnly: true };
    if (name !== '') return { name, changeOnly: false };
  }
  const next = words.findIndex((_, k) => k > verb && isVerb(words, k));
  const after = words.slice(verb + 1, next < 0 ? words.length : next);
  // Of a long phrase its end is kept, from a word that can open one ("and tertiary industries" opens none).
  const phrase = trimWords((before.length ? before : trimWords(after)).slice(-MAX_EN_WORDS)).join(' ');
  if (EN_CHANGE_ONLY_RE.test(phrase)) return { name: '', changeOnly: true };
  // A phrase opening with a bare number ("1 place, with …", a rank a translation broke off) names nothing.
  return { name: /^\d+(?:\s|$)/.test(phrase) ? '' : phrase, changeOnly: false };
}

/**
 * The two indicators of "A和B…分别…" or "A、B…分别…" (城镇和农村居民人均可支配收入分别达到X元和Y元): a short
 * first part shares the second part's tail (城镇居民…, 农村居民…); a long one stands alone
 * (一般公共预算收入和税收收入). Null when the indicator joins no two parts.
 */
export function respectiveIndicators(indicator: string): [string, string] | null {
  const parts = indicator.split(/和|与|及|、/);
  if (parts.length !== 2 || parts[0].length < 2 || parts[1].length < 2) return null;
  const [a, b] = parts;
  return a.length <= 4 && b.length > a.length + 1 ? [a + b.slice(a.length), b] : [a, b];
}
