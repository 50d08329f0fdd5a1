// The lookup structures built from the gazetteer, once each: a trie of Chinese
// names (full names, accepted short names, older suffixes, township names) and,
// separately, a map of English keys (joined lowercase pinyin, conventional names).
import { dict } from '@node-rs/jieba/dict.js';
import { gazetteer, type Division } from './gazetteer.js';
import { englishKey, englishNamesOf, otherReadingsOf } from './names.js';
import { Trie } from './trie.js';

/**
 * How a Chinese name relates to the division: its full name; an 'alt' name that
 * needs the document's context (an older suffix, 太谷县 for 太谷区, or a full name
 * that is also a phrase, 老城区); its short name; or a township's full name.
 */
export type ChineseForm = 'full' | 'alt' | 'short' | 'township';

/** Preference among the forms of one surface, most certain first. */
const FORM_ORDER: Record<ChineseForm, number> = { full: 0, alt: 1, short: 2, township: 3 };

export interface ChineseEntry {
  form: ChineseForm;
  codes: string[];
}

export interface EnglishEntry {
  code: string;
  /** False for one-syllable short forms (Qi), which stand only before County/City. */
  bare: boolean;
}

export interface Lexicon {
  /** Entries of one surface are in order of preference: full, alt, short, township. */
  chinese: Trie<ChineseEntry>;
  /** Short names that are also general words (幸福安康): they need the document's context. */
  generalWords: Set<string>;
}

export interface EnglishLexicon {
  english: Map<string, EnglishEntry[]>;
  /** Keys of two-word English names (Hong Kong): only these may join two capitalised words. */
  pairs: Set<string>;
  /** Every proper prefix of a pair's key: a word whose key is none needs no look at the next word. */
  pairHeads: Set<string>;
}

// Short names that are ordinary words in report prose, whatever the dictionary says.
const COMMON_WORDS = new Set(
  '城区 郊区 矿区 新区 开发区 市区 东方 和平 长安 城关 中心 新城 老城 高新 江南 江北 河东 河西 南山 北山 东山 西山 白云 青山 新华 红旗 前进 胜利 团结 光明 友好 永安 太平 新兴 建设 解放 人民 文化 工农 民主 东风 向阳 新建 东区 西区'.split(' '),
);
// Full names that are also phrases of report prose (推进老城区改造): they need the document's context, like old suffixes.
const PHRASE_NAMES = new Set('新城区 老城区 新市区 解放区 城中区 城东区 城西区 城北区 光明区 平安区'.split(' '));
// A short name the segmenter knows as a frequent word other than a place name is too risky alone (和平, 东方).
const FREQUENT_NON_PLACE = 1000;

/** Short names that jieba's dictionary lists as general words: frequent ones, and all of them. */
function generalWords(candidates: Set<string>): { frequent: Set<string>; general: Set<string> } {
  const frequent = new Set<string>();
  const general = new Set<string>();
  const text = new TextDecoder().decode(dict);
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const space = text.indexOf(' ', start);
    if (space > start && space < end && candidates.has(text.slice(start, space))) {
      const [word, freq, tag] = text.slice(start, end).trim().split(' ');
      const n = Number(freq);
      if (tag !== 'ns') general.add(word);
      if (tag !== 'ns' && n >= FREQUENT_NON_PLACE) frequent.add(word);
    }
    start = end + 1;
  }
  return { frequent, general };
}

function addChinese(chinese: Trie<ChineseEntry>, surface: string, form: ChineseForm, code: string): void {
  const entries = chinese.slot(surface);
  const entry = entries.find((e) => e.form === form);
  if (entry) entry.codes.push(code);
  else {
    // Kept in FORM_ORDER, so the scan reads a surface's forms as stored.
    entries.push({ form, codes: [code] });
    entries.sort((a, b) => FORM_ORDER[a.form] - FORM_ORDER[b.form]);
  }
}

function addEnglish(english: Map<string, EnglishEntry[]>, key: string, entry: EnglishEntry): void {
  const list = english.get(key);
  if (!list) english.set(key, [entry]);
  else if (!list.some((e) => e.code === entry.code)) list.push(entry);
}

function englishEntries(english: Map<string, EnglishEntry[]>, pairs: Set<string>, record: Division): void {
  for (const name of [...englishNamesOf(record.name, record.shortName), ...otherReadingsOf(record.shortName)]) {
    const [head, ...rest] = name.split(' ');
    if (rest.length > 0 && record.shortName.length > 1) pairs.add(englishKey(name));
    // "Qi County" is indexed under "qi", which then needs its suffix word in the text.
    const oneSyllable = rest.length > 0 && record.shortName.length === 1;
    addEnglish(english, englishKey(oneSyllable ? head : name), { code: record.code, bare: !oneSyllable });
  }
}

function build(): Lexicon {
  const { divisions, townshipRows } = gazetteer();
  const chinese = new Trie<ChineseEntry>();
  const fullNames = new Set([...divisions.values()].map((r) => r.name));
  const shorts = new Set([...divisions.values()].map((r) => r.shortName).filter((s) => s.length >= 2));
  const { frequent, general } = generalWords(shorts);
  for (const record of divisions.values()) {
    if (!COMMON_WORDS.has(record.name)) addChinese(chinese, record.name, PHRASE_NAMES.has(record.name) ? 'alt' : 'full', record.code);
    const short = record.shortName;
    if (short.length >= 2 && short !== record.name && !COMMON_WORDS.has(short) && !frequent.has(short)) {
      addChinese(chinese, short, 'short', record.code);
    }
    // An autonomous prefecture or banner goes by its short name and plain suffix (凉山州, 黔东南州, 某某旗).
    const plain = /自治(州|旗)$/.exec(record.name)?.[1];
    if (plain !== undefined && short.length >= 2 && !fullNames.has(short + plain)) addChinese(chinese, short + plain, 'alt', record.code);
    // Many counties became districts or cities; reports still use the old suffix (太谷县 for 太谷区).
    if (record.level === 'county' && short.length >= 2) {
      for (const suffix of ['县', '市', '区']) {
        const old = short + suffix;
        if (!fullNames.has(old)) addChinese(chinese, old, 'alt', record.code);
      }
    }
  }
  for (const row of townshipRows.values()) addChinese(chinese, row.name, 'township', row.code);
  return { chinese, generalWords: general };
}

function buildEnglish(): EnglishLexicon {
  const english = new Map<string, EnglishEntry[]>();
  const pairs = new Set<string>();
  for (const division of gazetteer().divisions.values()) englishEntries(english, pairs, division);
  const pairHeads = new Set<string>();
  for (const key of pairs) for (let n = 1; n < key.length; n++) pairHeads.add(key.slice(0, n));
  return { english, pairs, pairHeads };
}

let shortNames: Set<string> | null = null;

/**
 * Whether a word is the short name of a division (遵义, 开封, 大同) that is not also an
 * ordinary word of report prose. The segmenter tags many such names as verbs or adverbs
 * (遵义/v, 大同/d); name boundaries must not strip them as a clause's lead-in.
 */
export function isDivisionShortName(word: string): boolean {
  if (shortNames === null) {
    const names = [...gazetteer().divisions.values()].map((r) => r.shortName);
    shortNames = new Set(names.filter((s) => s.length >= 2 && !COMMON_WORDS.has(s)));
  }
  return shortNames.has(word);
}

let cached: Lexicon | null = null;
let cachedEnglish: EnglishLexicon | null = null;

export function lexicon(): Lexicon {
  cached ??= build();
  return cached;
}

/** Built apart, on the first English name seen: romanising every division takes a few hundred ms. */
export function englishLexicon(): EnglishLexicon {
  cachedEnglish ??= buildEnglish();
  return cachedEnglish;
}
