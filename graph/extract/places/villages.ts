// Villages and communities by pattern: two to four characters of a proper name
// before 村 or 社区, cut by jieba so that verbs and generic nouns stay out
// (在王家岭村 → 王家岭村; 示范村, 美丽乡村, 村民 are no names).
import { tag } from '../recognise/boundary.js';
import type { Mention } from '../types.js';
import { hanWindow } from './align.js';
import type { SentenceLocator } from './sentence-of.js';

const SUFFIX = /社区|村/g;
// Tags of proper-name tokens; a one-character noun or morpheme also fits (崞 + 山).
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nz', 'x', 'g', 'ng']);
// Right after a known place, ordinary nouns may form the name too (峪口乡枣园村).
const AFTER_PLACE_TAGS = new Set([...NAME_TAGS, 'n', 'nt', 's', 'f']);
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

function fitsName(t: Token, afterPlace: boolean): boolean {
  if (t.word.length === 1 && (t.tag === 'n' || t.tag.startsWith('n'))) return true;
  return (afterPlace ? AFTER_PLACE_TAGS : NAME_TAGS).has(t.tag);
}

/** The start of the name before the suffix at `at`, or -1 when the words there make no name. */
function nameStart(tokens: Token[], at: number, placeEnd: number): number {
  const last = tokens.findIndex((t) => t.end === at);
  if (last < 0) return -1;
  const afterPlace = tokens.some((t) => t.start === placeEnd);
  let start = -1;
  for (let i = last; i >= 0; i--) {
    const t = tokens[i];
    if (at - t.start > MAX_NAME || !fitsName(t, afterPlace && t.start >= placeEnd)) break;
    if (at - t.start >= MIN_NAME) start = t.start;
  }
  return start;
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
    const tokens = tokensOf(text, from, window.to);
    // The suffix must stand as its own word: not 村民, not part of 示范村.
    if (!tokens.some((t) => t.start === at) || !tokens.some((t) => t.end === end)) continue;
    const start = nameStart(tokens, at, previous?.end ?? -1);
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
