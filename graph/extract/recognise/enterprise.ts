// Companies, groups, mines and plants. Chinese: a company suffix (有限公司, 集团…)
// with a clean left edge, or a brand (a proper noun that is no place) directly
// before an industry word (某某光伏, 某某煤矿). English: capitalised pinyin words
// before Group, Co., Ltd., Energy… A full company name teaches its short form, so
// later bare uses of the short form are linked to it.
import type { Mention, Recogniser, RecogniseContext, Sentence } from '../types.js';
import { longestChineseTerm } from '../vocab/industry-index.js';
import { capitalisedRunBefore, hasLatinWords, isPinyin, withWordsBeforeAnd } from './english-names.js';
import { isKnownPlace, isPlaceToken } from './place-prefix.js';
import { afterClauseWords, afterConjunction, matches, nameStartAcrossBrackets, pastGluedPreposition, sentenceTokens, tokenAt, tokensOf, tokenStartFrom, toMentions, type Span, type Token } from './span-tools.js';
import { closedEnumerations } from './enumeration.js';
import { isZoneWord } from './zone.js';
import { englishBrandSpans } from './brand-en.js';
import { englishProjectSpans } from './project-en.js';
import { beginDocument, chineseShortName, fullNameOf, knownAliasSpans, rememberAlias } from './short-names.js';

const SOURCE = 'enterprise';

const COMPANY = /集团股份有限公司|集团有限责任公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团公司|集团(?![军化])|公司/g;
// Words naming what a business is rather than an industry; they close brand names like industry words do.
const BUSINESS_WORDS = new Set(['煤矿', '煤业', '电厂', '发电厂', '药业', '制药', '钢铁', '矿业', '实业', '焦化', '重工', '置业', '酒业', '乳业', '铝业', '能源', '科技', '股份', '控股']);
// Prefixes that make "company" a class (子公司, 上市公司, 一批龙头企业) rather than a name.
const GENERIC_PREFIX = /^(?:[各全该本这那此其每某多诸等子分母总]|年产|年处理|年加工|新建|新成立|新组建|新注册|新引进|一[些批家个]|[0-9０-９]|上市|国有|国企|民营|平台|龙头|骨干|外资|外贸|中小|科技型|重点|相关|有关|大型|知名|头部|链主|规上|规模以上|优质|领军|省属|市属|县属|央企|物业|投资|建设|运营|注册|成立|组建)/;
// Tags of tokens that can be a brand: proper nouns, abbreviations, unknown strings.
const BRAND_TAGS = /^(?:nz|nr|nrt|nrfg|nt|j|x|ng|ns)$/;
const HAN = /^[\u4e00-\u9fa5]+$/;
// Adjectival words (智能化, 外向型, 示范性) describe a class of business, never name one.
const MODIFIER_END = /[化型性级式类]$/;

/** Whether [start, end) holds a brand-like token rather than only dictionary words (注册, 投资). */
function hasProperPart(tokens: readonly Token[], start: number, end: number): boolean {
  for (let t = tokenAt(tokens, start); t !== undefined && t.start < end; t = tokenAt(tokens, t.end)) {
    if (HAN.test(t.word) && (t.word.length === 1 || BRAND_TAGS.test(t.tag)) && !isPlaceToken(t)) return true;
  }
  return false;
}

function companySpans(sentence: Sentence, text: string, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (const m of matches(COMPANY, sentence)) {
    const edge = nameStartAcrossBrackets(text, sentence.start, m.start, m.end, 24, tokens);
    if (edge === null) continue;
    const start = pastGluedPreposition(tokens, afterConjunction(tokens, afterClauseWords(tokens, tokenStartFrom(tokens, edge), m.start, true), m.start));
    const prefix = text.slice(start, m.start);
    // 有限公司 makes a legal name of any prefix; a bare 集团 or 公司 needs a brand in it.
    const legal = /有限(?:责任)?公司$/.test(m.groups[0]);
    if (prefix.length < 2 || GENERIC_PREFIX.test(prefix) || (!legal && !hasProperPart(tokens, start, m.start))) continue;
    const alias = chineseShortName(text, tokens, start, m.start);
    if (alias !== null) rememberAlias(text, alias, text.slice(start, m.end));
    spans.push(alias === null ? { start, end: m.end } : { start, end: m.end, aliases: [alias] });
  }
  return spans;
}

/** Length of the industry or business word starting with `token` when it ends on a token edge, else 0. */
function businessWordAt(text: string, tokens: readonly Token[], token: Token): number {
  if (BUSINESS_WORDS.has(token.word)) return token.word.length;
  const pos = token.start;
  const term = longestChineseTerm(text, pos);
  if (term === null || term.term.weak) return 0;
  const last = tokenAt(tokens, pos + term.length - 1);
  return last !== undefined && last.end === pos + term.length ? term.length : 0;
}

/** Brand plus industry word: 某某光伏, 某某新峰煤矿 (a place before the brand stays in the name). */
function brandSpans(text: string, tokens: readonly Token[], floor: number): Span[] {
  const spans: Span[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const length = businessWordAt(text, tokens, tokens[i]);
    if (length === 0) continue;
    // The brand: one proper-noun token of two or three characters, or two single characters.
    let brandStart = tokens[i - 1].start;
    const one = tokens[i - 1];
    const pair = i >= 2 && tokens[i - 2].word.length === 1 && one.word.length === 1;
    if (pair) brandStart = tokens[i - 2].start;
    const brand = text.slice(brandStart, tokens[i].start);
    const proper = pair ? HAN.test(brand) : HAN.test(one.word) && one.word.length <= 3 && one.word.length >= 2 && BRAND_TAGS.test(one.tag);
    // 甲醇重卡: the brand is the head of a longer industry term, not a company.
    const industryHead = (longestChineseTerm(text, brandStart)?.length ?? 0) >= brand.length;
    if (!proper || industryHead || MODIFIER_END.test(brand) || isKnownPlace(brand) || isZoneWord(brand) || GENERIC_PREFIX.test(brand) || isFunctionChar(brand)) continue;
    const before = tokenAt(tokens, brandStart - 1);
    const placeBefore = before !== undefined && before.start >= floor && ((isPlaceToken(before) && before.tag === 'ns') || isKnownPlace(before.word));
    spans.push(linked(text, { start: placeBefore ? before.start : brandStart, end: tokens[i].start + length }, brand));
  }
  return spans;
}

// "某某年产25GW电池项目": the proper name right before a stated capacity is the company that builds it.
const CAPACITY = /年产(?=[0-9０-９一二三四五六七八九十百千])/g;
const MAX_CAPACITY_OWNER = 6;

function capacityOwnerSpans(sentence: Sentence, text: string, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (const m of matches(CAPACITY, sentence)) {
    let start = m.start;
    for (let t = tokenAt(tokens, start - 1); t !== undefined && t.end === start && HAN.test(t.word) && BRAND_TAGS.test(t.tag); t = tokenAt(tokens, start - 1)) {
      if (m.start - t.start > MAX_CAPACITY_OWNER) break;
      start = t.start;
    }
    const owner = text.slice(start, m.start);
    if (owner.length < 2 || isKnownPlace(owner) || GENERIC_PREFIX.test(owner) || isFunctionChar(owner)) continue;
    spans.push(linked(text, { start, end: m.start }, owner));
  }
  return spans;
}

// "某某合肥基地", "某某芜湖工厂": a company's site is named by the company, then the place.
const SITE = /(?:生产基地|研发中心|基地|工厂|分公司|子公司)/g;
const NOT_IN_BRAND = /^(?:c|p|u[a-z]*|v|vd|d|r|m|q|x)$/;

function siteOwnerSpans(sentence: Sentence, text: string, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (const m of matches(SITE, sentence)) {
    const place = tokenAt(tokens, m.start - 1);
    if (place === undefined || place.end !== m.start || !isKnownPlace(place.word)) continue;
    let start = place.start;
    for (let t = tokenAt(tokens, start - 1); t !== undefined && t.end === start && HAN.test(t.word) && !NOT_IN_BRAND.test(t.tag); t = tokenAt(tokens, start - 1)) {
      if (place.start - t.start > MAX_CAPACITY_OWNER) break;
      start = t.start;
    }
    const owner = text.slice(start, place.start);
    if (owner.length < 2 || isKnownPlace(owner) || GENERIC_PREFIX.test(owner) || !hasProperPart(tokens, start, place.start)) continue;
    spans.push(linked(text, { start, end: place.start }, owner));
  }
  return spans;
}

const FUNCTION_CHARS = /[的了和与及在对为是将把被等地得着过也都又还就并或而之其]/;
function isFunctionChar(brand: string): boolean {
  return FUNCTION_CHARS.test(brand);
}

// "A、B等16户重点企业": every item of the enumeration is a company.
const LISTED_COMPANIES = /等(?:[0-9一二三四五六七八九十百几多]+[户家个])?[^，。；、\s]{0,16}?(?:企业|央企|国企|民企|外企|公司)/g;

// Tags of the dictionary's common words: nouns, verbs, adjectives, locality words.
const COMMON_WORD_TAGS = /^(?:n|vn|v|a|an|f)$/;

/**
 * Whether a listed item holds a word that is not a common one (a brand, a person's name, a
 * word the dictionary lacks): 动力电池、智能座舱等配套企业 lists products, made only of
 * common words, where 华为、远大线材等企业 lists companies.
 */
function hasNameWord(tokens: readonly Token[], start: number, end: number): boolean {
  for (let t = tokenAt(tokens, start); t !== undefined && t.start < end; t = tokenAt(tokens, t.end)) {
    if (HAN.test(t.word) && !COMMON_WORD_TAGS.test(t.tag)) return true;
  }
  return false;
}

function listedSpans(sentence: Sentence, text: string, tokens: readonly Token[]): Span[] {
  return closedEnumerations(sentence, text, LISTED_COMPANIES, 10).filter((s) => {
    const item = text.slice(s.start, s.end);
    return HAN.test(item) && !isKnownPlace(item) && !GENERIC_PREFIX.test(item) && !isFunctionChar(item.slice(-1))
      && hasNameWord(tokens, s.start, s.end) && longestChineseTerm(item, 0)?.length !== item.length;
  });
}

/** The span itself, or named after the full company name when its brand is a short form learnt earlier. */
function linked(text: string, span: Span, brand: string): Span {
  const name = fullNameOf(text, brand);
  return name === undefined ? span : { ...span, name };
}

// English: capitalised pinyin or acronym words before a company word.
const EN_COMPANY = /\b(?:Group|Co\.,? ?Ltd\.?|Company Limited|Co\.,? Limited|Company|Corporation|Corp\.|Inc\.|Holdings?|Heavy Industry|Technology|Technologies|Pharmaceuticals?|Mining|Energy|Food|Foods|Oil|Steel|Coal|Chemicals?|Electromechanical|Electric|Motors?|Industries)\b/g;
// Words that make a company of any capitalised name; after the others the name must not be a place (Shanxi Energy).
const EN_LEGAL = /^(?:Co\.,? ?Ltd|Company Limited|Co\.,? Limited|Corporation|Corp\.|Inc\.)/;
const EN_STRONG = /^(?:Group|Co|Company|Corporation|Corp|Inc|Holding|Holdings|Heavy Industry)/;

function englishSpans(sentence: Sentence, text: string): Span[] {
  const spans: Span[] = [];
  if (!hasLatinWords(sentence.text)) return spans;
  for (const m of matches(EN_COMPANY, sentence)) {
    // A legal form (Co., Ltd., Corporation, Inc.) makes a company of any capitalised name of up to five words;
    // softer words (Energy, Food) need a pinyin brand within three.
    const legalForm = EN_LEGAL.test(m.groups[0]);
    const run5 = capitalisedRunBefore(text, sentence.start, m.start, 5);
    const long = legalForm ? withWordsBeforeAnd(text, sentence.start, run5) : run5;
    const legal = legalForm && long.length > 0 && long.every((w) => /^[A-Z]/.test(w.word));
    const run = legal ? long : long.slice(-3);
    const strong = EN_STRONG.test(m.groups[0]);
    const brandWords = run.filter((w) => (isPinyin(w.word) && (strong || !isKnownPlace(w.word))) || /^[A-Z]{2,6}$/.test(w.word));
    if (brandWords.length === 0 && !legal) continue;
    const start = run[0].start;
    const core = text.slice(start, run[run.length - 1].end);
    const name = text.slice(start, m.end);
    rememberAlias(text, core, name);
    // "… Co., Limited (CATL)": the acronym in brackets is the short form the text goes on to use.
    const acronym = ACRONYM_AFTER.exec(text.slice(m.end, m.end + 16))?.[1];
    if (acronym !== undefined) rememberAlias(text, acronym, name);
    spans.push({ start, end: m.end, aliases: acronym === undefined ? [core] : [core, acronym] });
  }
  return spans;
}

const ACRONYM_AFTER = /^\s*[(（]([A-Z][A-Z0-9&]{1,9})[)）]/;

const CLAUSE_END = /[。！？；\n]/;

/** Reads every full company name of a new document up front, to learn the short forms. */
function learnDocument(text: string): void {
  for (const m of text.matchAll(COMPANY)) {
    const end = m.index + m[0].length;
    let start = m.index;
    while (start > 0 && m.index - start < 30 && !CLAUSE_END.test(text[start - 1])) start--;
    const window: Sentence = { index: -1, start, end, text: text.slice(start, end) };
    companySpans(window, text, tokensOf(window.text, start));
  }
  // English names introducing an acronym, for its use before them (a headline's "CATL"); the
  // other English names are read with their sentences, where nothing can come before them.
  for (const m of text.matchAll(EN_COMPANY)) {
    const end = m.index + m[0].length;
    if (!ACRONYM_AFTER.test(text.slice(end, end + 16))) continue;
    const start = Math.max(0, m.index - 80);
    englishSpans({ index: -1, start, end, text: text.slice(start, end) }, text);
  }
}

// Projects named after their company (Ruifeng organic fertilizer production line): the
// leading pinyin words are the company, unless the project is a work on a place
// (railway, road) or the words read as a river or mountain (…he, …shan).
const PLACE_WORKS = /\b(?:railway|road|street|expressway|highway|(?<!production )line|station|square|district|river|lake|wetland|trail|kindergarten|school)\b/i;
const GEOGRAPHIC_END = /(?:he|hu|shan|jiang|hai|chuan|ling|feng|gou|ping)$/i;

const COMPANY_TAIL = /^(?:International|Holdings?|Group)$/;

function isBrandWord(word: string): boolean {
  return /^[A-Z]{2,}$/.test(word) || (/^[A-Z][a-z]+$/.test(word) && isPinyin(word) && !isKnownPlace(word));
}

function projectOwnerSpans(sentence: Sentence, text: string): Span[] {
  const spans: Span[] = [];
  for (const project of englishProjectSpans(sentence, text)) {
    const name = text.slice(project.start, project.end);
    if (PLACE_WORKS.test(name)) continue;
    const words = name.split(' ');
    let count = 0;
    while (count < 2 && count < words.length - 1 && isBrandWord(words[count].replace(/['’]s$/, ''))) count++;
    if (count === 0 || words.slice(0, count).some((w) => GEOGRAPHIC_END.test(w))) continue;
    if (count < words.length - 1 && COMPANY_TAIL.test(words[count])) count++;
    const brand = words.slice(0, count).join(' ').replace(/['’]s$/, '');
    spans.push(linked(text, { start: project.start, end: project.start + brand.length }, brand));
  }
  return spans;
}

export const enterpriseRecogniser: Recogniser = {
  name: SOURCE,
  kinds: ['Enterprise'],
  recognise(sentence: Sentence, context: RecogniseContext): Mention[] {
    const text = context.text;
    beginDocument(text, learnDocument);
    const spans = [...englishSpans(sentence, text), ...projectOwnerSpans(sentence, text)];
    if (hasLatinWords(sentence.text)) spans.push(...englishBrandSpans(sentence, text));
    if (/[\u4e00-\u9fa5]/.test(sentence.text)) {
      const tokens = sentenceTokens(sentence);
      spans.push(
        ...companySpans(sentence, text, tokens), ...brandSpans(text, tokens, sentence.start), ...listedSpans(sentence, text, tokens),
        ...capacityOwnerSpans(sentence, text, tokens), ...siteOwnerSpans(sentence, text, tokens),
      );
    }
    spans.push(...knownAliasSpans(sentence, text));
    return toMentions('Enterprise', SOURCE, text, sentence, spans);
  },
};
