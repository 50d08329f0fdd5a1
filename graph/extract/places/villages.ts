// Villages and communities by pattern: two to four characters of a proper name
// before 村 or 社区, cut by jieba so that verbs and generic nouns stay out
// (在李家湾村 → 李家湾村; 示范村, 美丽乡村, 村民 are no names).
import { tag } from '../recognise/boundary.js';
import type { Mention } from '../types.js';
import { hanWindow } from './align.js';
import type { SentenceLocator } from './sentence-of.js';

const SUFFIX = /社区|村/g;
// Tags of proper-name tokens; a one-character noun or morpheme also fits (崞 + 山).
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nz', 'x', 'g', 'ng']);
// Words that make a generic phrase, not a name (城镇社区, 美丽乡村).
const GENERIC = new Set('城镇 城市 城乡 农村 乡村 新型 美丽 和谐 智慧 文明 示范 试点 重点 贫困 中心 居民 全国 全省 全市 本'.split(' '));
const MIN_NAME = 2;
const MAX_NAME = 4;

interface Token {
  start: number;
  end: number;
  word: string;
  tag: string;
}

function tokensOf(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let at = from;
  for (const t of tag(text.slice(from, to))) {
    tokens.push({ start: at, end: at + t.word.length, word: t.word, tag: t.tag });
    at += t.word.length;
  }
  return tokens;
}

function fitsName(t: Token): boolean {
  if (GENERIC.has(t.word)) return false;
  return NAME_TAGS.has(t.tag) || (t.word.length === 1 && t.tag.startsWith('n'));
}

/** The start of the name before the suffix at `at`, or -1 when the words there make no name. */
function nameStart(tokens: Token[], at: number): number {
  const last = tokens.findIndex((t) => t.end === at);
  if (last < 0) return -1;
  let start = -1;
  for (let i = last; i >= 0; i--) {
    const t = tokens[i];
    if (at - t.start > MAX_NAME || !fitsName(t)) break;
    if (at - t.start >= MIN_NAME) start = t.start;
  }
  return start;
}

// Characters no village name holds (所有村, 各个村, 其他村): function words and quantifiers.
const NOT_IN_NAME = /[的了和与及在对为是将把被等各每所全其他多个些以从向由]/;
const HAN_ONLY = /^[\u4e00-\u9fa5]+$/;
const GENERIC_PART = new RegExp([...GENERIC].join('|'));
// After 村, these make a word of it (村民, 村委, 村级, 村集体): the 村 then names no village.
const VILLAGE_WORD_NEXT = /[民委级务集干庄落容]/;

/**
 * Whether [from, at) names a village written right after its township or county
 * (某镇双庙村, 某乡三岔村): there any two to four characters are its name, however
 * jieba cuts or tags them, unless they hold a generic or function word.
 */
function chainedName(text: string, from: number, at: number, end: number): boolean {
  const name = text.slice(from, at);
  return name.length >= MIN_NAME && name.length <= MAX_NAME && HAN_ONLY.test(name) && !NOT_IN_NAME.test(name)
    && !GENERIC_PART.test(name) && text.slice(at, end) === '村' && !VILLAGE_WORD_NEXT.test(text[end] ?? '');
}

/** Village and community mentions; `places` are the division mentions already found, in text order. */
export function findVillageMentions(text: string, places: readonly Mention[], sentenceAt: SentenceLocator): Mention[] {
  const found: Mention[] = [];
  let p = 0;
  for (const m of text.matchAll(SUFFIX)) {
    const at = m.index;
    const end = at + m[0].length;
    while (p < places.length && places[p].end <= at) p++;
    if (p < places.length && places[p].start < end) continue;
    const previous = places[p - 1];
    const window = hanWindow(text, at, end, MAX_NAME + 2);
    const from = previous && previous.end > window.from ? previous.end : window.from;
    if (at - from < MIN_NAME) continue;
    const chained = previous !== undefined && previous.end === from && chainedName(text, from, at, end);
    const tokens = chained ? [] : tokensOf(text, from, window.to);
    // The suffix must stand as its own word: not 村民, not part of 示范村.
    if (!chained && (!tokens.some((t) => t.start === at) || !tokens.some((t) => t.end === end))) continue;
    const start = chained ? from : nameStart(tokens, at);
    if (start < 0) continue;
    const name = text.slice(start, end);
    const parentCode = previous?.end === start ? previous.place?.divisionCode : undefined;
    found.push({
      kind: 'Locality', surface: name, name, start, end, sentence: sentenceAt(start), source: 'pattern',
      ...(parentCode ? { place: { parentCode } } : {}),
    });
  }
  return found;
}
