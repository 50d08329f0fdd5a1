// Industry mentions: terms of the general industry vocabulary (and compounds of
// adjacent terms: 甲醇 + 重卡 → 甲醇重卡, "methanol heavy trucks" likewise), the
// words that make them a sector (X产业, X产业链, X行业, X industry), and
// unknown sectors named by those suffix patterns.
import { isHanCode } from '../scripts.js';
import type { Mention, RecogniseContext, Recogniser, Sentence } from '../types.js';
import { longestChineseTerm, longestEnglishTerm } from '../vocab/industry-index.js';
import type { IndustryTerm } from '../vocab/industries.js';
import { adjacentWords, englishWords, trimPhrase, type EnglishWord } from './boundary.js';
import { isPlaceWord, isProvinceName } from './place-prefix.js';
import { sentenceTokens, toMentions, type Span, type Token } from './span-tools.js';

const SOURCE = 'industry';
// Longest first: the first that follows a term is taken.
const ZH_SECTOR_SUFFIXES = ['全产业链', '产业集群', '产业链', '产业', '行业', '集群', '业'];
// 业 after a term starts another word in 物流业务, 旅游业态.
const NOT_AFTER_YE = new Set([...'务主态绩余内界者']);
// A term followed by these is the first word of an organization, company or
// non-industry phrase (交通运输局, 食品安全, 金融风险), not an industry mention.
const FOLLOWED_NOT_INDUSTRY = /^(?:局|厅|部|委|办|署|站|所|院|公司|集团|企业|安全|监管|风险|价格|执法|学院|大学|协会|商会)/;
// Generic heads the X产业 pattern must not turn into industries.
const GENERIC_HEADS = new Set(`新兴 战略性 战略性新兴 主导 特色 传统 优势 支柱 重点 相关 配套 上下游 关联 接续 替代 未来
首位 主 脱贫 富民 乡村 农村 新 新型 高新技术 高新 现代 绿色 低碳 零碳 实体 民营 县域 区域 地方 本地 当地 各类 各 全 大
第一 第二 第三 一 二 三 四 五 六 七 八 九 十 百 千 几 多 核心 基础 前沿 先导 朝阳 夕阳 新动能 产业 行业 经济 链 集群 上游 下游`.split(/\s+/));
const NOUN_TAGS = new Set(['n', 'nz', 'ns', 'nr', 'vn', 'j', 'ng', 'nrt', 'nw']);
const ZH_PATTERN = /(全产业链|产业集群|产业链|产业|行业)/g;
const NOT_AFTER_SECTOR = /^(?:园|合作|协作|转移|对接)/;
const CJK = /\p{Script=Han}/u;
const SECTOR_FORM = /(?:业|industry|sector)$/;
const NUMERAL = /[一二三四五六七八九十百千两\d]/;

interface Found {
  start: number;
  end: number;
  names: string[];
  english: string[];
  /** Only a broad sector word, with nothing that confirms it names an industry. */
  weak: boolean;
  /** The last part can modify a following term. */
  modifier: boolean;
}

/** Adjacent vocabulary hits joined into one compound (甲醇 + 重卡) when the left one is a modifier. */
function compound(hits: Found[], touching: (a: Found, b: Found) => boolean): Found[] {
  const out: Found[] = [];
  for (const hit of hits) {
    const last = out[out.length - 1];
    if (last !== undefined && last.modifier && !hit.modifier && touching(last, hit)) {
      out[out.length - 1] = {
        start: last.start, end: hit.end, names: [...last.names, ...hit.names], english: [...last.english, ...hit.english],
        weak: false, modifier: hit.modifier,
      };
    } else out.push(hit);
  }
  return out;
}

// Separators of an enumeration of industries: 煤炭、电力和新材料.
const LIST_GAP = /^(?:、|和|与|及|以及|、以及|，|,|\/|\+|and|, and|,)$/;

/**
 * Weak hits (broad sector words) are kept only inside an enumeration that also
 * holds a confirmed industry; everything else is kept as it is.
 */
function confirmed<T extends Found>(hits: T[], gap: (a: T, b: T) => string): T[] {
  const keep = hits.map((h) => !h.weak);
  let first = 0;
  for (let i = 1; i <= hits.length; i++) {
    if (i < hits.length && LIST_GAP.test(gap(hits[i - 1], hits[i]).trim())) continue;
    if (keep.slice(first, i).some(Boolean)) for (let k = first; k < i; k++) keep[k] = true;
    first = i;
  }
  return hits.filter((_, i) => keep[i]);
}

function chineseName(found: Found): string {
  return found.names.join('');
}

/** A vocabulary hit; a form that itself ends in a sector word (金融业, service industry) is never weak. */
function termHit(term: IndustryTerm, start: number, end: number, form: string): Found {
  const weak = term.weak && !SECTOR_FORM.test(form);
  return { start, end, names: [term.name], english: term.en.length > 0 ? [term.en[0]] : [], weak, modifier: term.modifier };
}

function chineseVocabulary(text: string, tokens: readonly Token[]): Found[] {
  const hits: Found[] = [];
  let from = 0;
  for (const token of tokens) {
    if (token.start < from || !isHanCode(token.word.charCodeAt(0))) continue;
    const hit = longestChineseTerm(text, token.start);
    if (hit === null) continue;
    hits.push(termHit(hit.term, token.start, token.start + hit.length, text.slice(token.start, token.start + hit.length)));
    from = token.start + hit.length;
  }
  return compound(hits, (a, b) => a.end === b.start);
}

function sectorSuffixLength(text: string, end: number): number {
  for (const suffix of ZH_SECTOR_SUFFIXES) {
    if (!text.startsWith(suffix, end)) continue;
    if (suffix === '业' && NOT_AFTER_YE.has(text[end + 1])) return 0;
    return suffix.length;
  }
  return 0;
}

function chineseSpans(text: string, tokens: readonly Token[]): Span[] {
  const hits = chineseVocabulary(text, tokens)
    .map((found) => {
      const suffix = sectorSuffixLength(text, found.end);
      return { ...found, end: found.end + suffix, weak: found.weak && suffix === 0, termEnd: found.end };
    })
    .filter((found) => !FOLLOWED_NOT_INDUSTRY.test(text.slice(found.end, found.end + 2)));
  return confirmed(hits, (a, b) => text.slice(a.end, b.start)).map((found) => ({
    start: found.start, end: found.end, name: chineseName(found), aliases: [...english(found), text.slice(found.start, found.termEnd)],
  }));
}

function english(found: Found): string[] {
  return found.english.length === found.names.length ? [found.english.join(' ')] : [];
}

/**
 * X产业 / X行业 with X not in the vocabulary: X is the run of noun tokens
 * before the suffix (at most three), without generic heads. When X ends in a
 * vocabulary term, a place word before it makes a local speciality (an
 * origin-named product) that the vocabulary scan alone would cut short.
 */
function patternSpans(sentence: Sentence, text: string, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  ZH_PATTERN.lastIndex = 0;
  for (let m = ZH_PATTERN.exec(sentence.text); m !== null; m = ZH_PATTERN.exec(sentence.text)) {
    const suffixStart = sentence.start + m.index;
    // X产业园 names a park (某某集团某市产业园): its X is a company or a place as often as an industry;
    // in X产业合作 and X产业转移 X is who cooperates or where industry moves (某某走廊产业合作示范园区).
    if (NOT_AFTER_SECTOR.test(text.slice(suffixStart + m[0].length, suffixStart + m[0].length + 2))) continue;
    const run = nounRun(tokens, suffixStart);
    if (run.length === 0) continue;
    const start = run[0].start;
    const trimmed = trimPhrase(text, start, suffixStart, {}, tokens);
    if (trimmed === null || trimmed.start !== start || trimmed.end !== suffixStart || suffixStart - start < 2) continue;
    const inner = chineseVocabulary(text, run);
    // An origin-named product (某县牛肉产业) is an industry of its own; a place's cluster or chain
    // (某市机器人产业集群) is the place's share of the vocabulary's industry, which the vocabulary scan finds.
    const originNamed = run[0].tag === 'ns' && inner.length === 1 && inner[0].start === run[0].end && !m[0].endsWith('链') && !m[0].endsWith('集群');
    if (inner.length > 0 && !originNamed) continue;
    spans.push({ start, end: suffixStart + m[0].length, name: text.slice(start, suffixStart) });
  }
  return spans;
}

/** A noun, or a word the dictionary lacks (tagged x), which in these reports is mostly a name or a product. */
function nounLike(token: Token): boolean {
  return NOUN_TAGS.has(token.tag) || (token.tag === 'x' && CJK.test(token.word));
}

/** Index of the first token that ends at or after `end`, or -1: a binary search, as the tokens' ends increase. */
function firstEndingFrom(tokens: readonly Token[], end: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end >= end) hi = mid;
    else lo = mid + 1;
  }
  return lo < tokens.length ? lo : -1;
}

/**
 * The noun tokens that end at `end`, at most three, nearest first reversed to
 * text order. jieba may glue the suffix to X (汽车产业): the part of that token
 * before `end` counts as a noun. Generic heads stop the run; a run may not
 * start with a verbal noun (推动, 引领).
 */
function nounRun(tokens: readonly Token[], end: number): Token[] {
  const i = firstEndingFrom(tokens, end);
  if (i < 0) return [];
  const glued = tokens[i].start < end && tokens[i].end > end;
  const run: Token[] = glued ? [{ ...tokens[i], word: tokens[i].word.slice(0, end - tokens[i].start), end, tag: 'n' }] : [];
  for (let k = glued ? i - 1 : tokens[i].end === end ? i : i - 1; k >= 0 && run.length < 3; k--) {
    const t = tokens[k];
    if (t.end !== (run[0]?.start ?? end) || !nounLike(t)) break;
    run.unshift(t);
  }
  if (run.some((t) => NUMERAL.test(t.word) || GENERIC_HEADS.has(t.word) || GENERIC_HEADS.has(t.word.slice(-2)))) return [];
  // A verbal noun (推动), a place written in full (某某市) or a province (江西锂电) says where or how, not which
  // industry; a city's or county's short name stays, as in an origin-named product (某县牛肉).
  while (run.length > 0 && (run[0].tag === 'vn' || isPlaceWord(run[0].word) || isProvinceName(run[0].word))) run.shift();
  return run;
}

// English ------------------------------------------------------------------

const EN_SECTOR_WORDS = new Set(['industry', 'sector', 'chain', 'cluster']);
const EN_INDUSTRIAL_NEXT = new Set(['chain', 'cluster', 'base']);
const EN_GENERIC = new Set(`the a an of to in for with on by at from as our its their this these that those all whole entire
emerging leading traditional characteristic strategic pillar key major new related advantageous dominant main local
other various relevant supporting upstream downstream future first primary secondary tertiary real high-tech
one two three four five six seven eight nine ten more most such each every is are was were be and or has have
provincial municipal national excellent prosperous strong strengthen improve develop promote build support expand
cultivate accelerate boost foster grow upgrade transform optimize home light heavy good better big large small do
make create form attract introduce`.split(/\s+/));

function englishSpans(sentence: Sentence): Span[] {
  const words = englishWords(sentence.text, sentence.start);
  if (words.length === 0) return [];
  // joined[k]: only spaces or hyphens between word k-1 and word k.
  const joined = new Array<boolean>(words.length);
  for (let k = 0; k < words.length; k++) joined[k] = k > 0 && adjacentWords(sentence.text, words[k - 1], words[k], sentence.start);
  const hits: Found[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = longestEnglishTerm(words, i, joined);
    if (hit !== null) {
      const last = words[i + hit.words - 1];
      const form = words.slice(i, i + hit.words).map((w) => w.key).join(' ');
      hits.push(termHit(hit.term, words[i].start, last.end, form));
    }
    i += hit?.words ?? 1;
  }
  if (hits.length === 0 && !words.some((w) => w.key === 'industry')) return [];
  const found = compound(hits, (a, b) => touchingIn(sentence, a, b)).map((hit) => {
    const end = sectorEnd(words, joined, wordEndingAt(words, hit.end));
    return { ...hit, end, weak: hit.weak && end === hit.end, termEnd: hit.end };
  });
  const spans = confirmed(found, (a, b) => between(sentence, a.end, b.start)).map((hit) => ({
    start: hit.start, end: hit.end, name: chineseName(hit), aliases: [between(sentence, hit.start, hit.termEnd)],
  }));
  return [...spans, ...unknownEnglishSectors(sentence, words, joined, found)];
}

const SPACES_OR_HYPHENS = /^[ -]*$/;

/**
 * Whether only spaces or hyphens stand between two hits. A module function, not a named
 * closure in englishSpans: tsx names every closure it creates (keepNames), a property
 * definition per call.
 */
function touchingIn(sentence: Sentence, a: Found, b: Found): boolean {
  return a.end <= b.start && SPACES_OR_HYPHENS.test(between(sentence, a.end, b.start));
}

/** Index of the word that ends at `end`: hits end on word ends, and words are in text order. */
function wordEndingAt(words: readonly EnglishWord[], end: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end < end) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function between(sentence: Sentence, start: number, end: number): string {
  return sentence.text.slice(start - sentence.start, end - sentence.start);
}

/** End of the phrase after a term's last word, past "industry", "sector", "industrial chain/cluster". */
function sectorEnd(words: readonly EnglishWord[], joined: readonly boolean[], last: number): number {
  const next = words[last + 1];
  if (next === undefined || !joined[last + 1]) return words[last].end;
  if (EN_SECTOR_WORDS.has(next.key)) return next.end;
  const after = words[last + 2];
  if (next.key === 'industrial' && after !== undefined && joined[last + 2] && EN_INDUSTRIAL_NEXT.has(after.key)) return after.end;
  return words[last].end;
}

/**
 * "elderly care industry": up to three plain lower-case words before "industry"
 * that the vocabulary lacks; a vocabulary term right before it already names the industry.
 */
function unknownEnglishSectors(sentence: Sentence, words: readonly EnglishWord[], joined: readonly boolean[], known: readonly Found[]): Span[] {
  const spans: Span[] = [];
  words.forEach((w, i) => {
    if (w.key !== 'industry' || known.some((k) => k.end === w.end)) return;
    let first = i;
    while (first > 0 && i - first < 3) {
      const prev = words[first - 1];
      const raw = between(sentence, prev.start, prev.end);
      if (EN_GENERIC.has(prev.key) || raw !== raw.toLowerCase() || raw.startsWith('non-') || !joined[first]) break;
      first--;
    }
    if (first === i) return;
    spans.push({ start: words[first].start, end: w.end, name: between(sentence, words[first].start, w.end) });
  });
  return spans;
}

export const industryRecogniser: Recogniser = {
  name: SOURCE,
  kinds: ['Industry'],
  recognise(sentence: Sentence, context: RecogniseContext): Mention[] {
    const spans: Span[] = [];
    if (CJK.test(sentence.text)) {
      const tokens = sentenceTokens(sentence);
      spans.push(...patternSpans(sentence, context.text, tokens), ...chineseSpans(context.text, tokens));
    }
    if (/[A-Za-z]{3}/.test(sentence.text)) spans.push(...englishSpans(sentence));
    return toMentions('Industry', SOURCE, context.text, sentence, spans);
  },
};
