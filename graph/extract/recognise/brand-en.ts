// English companies named as a brand plus what they make, as machine translations
// write them: a capitalised pinyin brand that is no place, right before a
// lower-case industry term (Qianhe new aluminum material, Ruifeng seed industry).
// The English side of the Chinese brand + industry word rule (某某光伏).
import type { Sentence } from '../types.js';
import { longestEnglishTerm } from '../vocab/industry-index.js';
import { adjacentWords, englishWords, type EnglishWord } from './boundary.js';
import { isOpener, isPinyin, isSurname } from './english-names.js';
import { isKnownPlace } from './place-prefix.js';
import { matches, type Span } from './span-tools.js';

const MAX_BRAND_WORDS = 2;
// Industry words that only say "a sector of", not what a company makes.
const SECTOR_ONLY = new Set(['industry', 'industries', 'sector', 'economy', 'service', 'services']);

const PART_OF_NAME = new Set(['platform', 'company', 'group', 'plant', 'factory', 'material', 'product']);

function endsName(key: string): boolean {
  return isOpener(key) || /^[a-z]{3,}ed$/.test(key) || /^(?:is|was|were|has|have|had|will|would|can)$/.test(key);
}

function brandWord(text: string, start: number, end: number): boolean {
  const raw = text.slice(start, end);
  return /^[A-Z][a-z]+$/.test(raw) && isPinyin(raw) && !isKnownPlace(raw) && !isOpener(raw);
}

// A capitalised word, a space and a lower-case letter: where a brand may stand before what it makes.
const BRAND_THEN_LOWER = /(?<![A-Za-z'’-])[A-Z][a-z]+ (?=[a-z])/g;
// Words read around a candidate: the brand word before it, and the term and the word after it.
const REACH_BEFORE = 24;
const REACH_AFTER = 90;

/**
 * Brand + lower-case industry term spans of the sentence, absolute offsets. Only the words
 * around a candidate brand are read: reading every English sentence's words whole cost more
 * than the rule finds.
 */
export function englishBrandSpans(sentence: Sentence, text: string): Span[] {
  const spans: Span[] = [];
  for (const m of matches(BRAND_THEN_LOWER, sentence)) {
    if (!brandWord(text, m.start, m.end - 1)) continue;
    const from = Math.max(sentence.start, m.start - REACH_BEFORE);
    const window = text.slice(from, Math.min(sentence.end, m.end + REACH_AFTER));
    const words = englishWords(window, from);
    const joined = words.map((w, k) => k > 0 && adjacentWords(window, words[k - 1], w, from));
    const i = words.findIndex((w) => w.start === m.end);
    const span = i > 0 ? brandSpanAt(text, words, joined, i) : null;
    if (span !== null) spans.push(span);
  }
  return spans;
}

/** The company named by the brand before word `i` and the industry term from word `i` on, or null. */
function brandSpanAt(text: string, words: readonly EnglishWord[], joined: readonly boolean[], i: number): Span | null {
  if (!joined[i]) return null;
  // One modifier may stand between the brand and the term (Qianhe new aluminum material).
  const direct = longestEnglishTerm(words, i, joined);
  const term = direct ?? (joined[i + 1] ? longestEnglishTerm(words, i + 1, joined) : null);
  const hit = term === null ? null : { term: term.term, words: term.words + (direct === null ? 1 : 0) };
  if (hit === null || (hit.words === 1 && SECTOR_ONLY.has(words[i].key))) return null;
  // The name ends where a verb or function word follows (… completed, … and); a platform word is part of it; any other
  // lower-case word goes on into a longer phrase (… coal bed gas drilling rigs, … equipment project), no company name.
  let end = i + hit.words;
  const after = words[end];
  const named = after !== undefined && joined[end] && PART_OF_NAME.has(after.key);
  // A broad term (aluminum, coal) makes a company name only with a word like material or platform after it.
  if (named) end++;
  else if (hit.term.weak) return null;
  else if (after !== undefined && joined[end] && /^[a-z]/.test(text.slice(after.start, after.end)) && !endsName(after.key)) return null;
  let start = i - 1;
  while (start > 0 && i - start < MAX_BRAND_WORDS && joined[start] && brandWord(text, words[start - 1].start, words[start - 1].end)) start--;
  // Two pinyin words after a surname are a person's name (Li Jinyuan), not a brand.
  if (i - start === 2 && isSurname(text.slice(words[start].start, words[start].end))) start++;
  return { start: words[start].start, end: words[end - 1].end };
}
