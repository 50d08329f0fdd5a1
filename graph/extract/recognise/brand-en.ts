// English companies named as a brand plus what they make, as machine translations
// write them: a capitalised pinyin brand that is no place, right before a
// lower-case industry term (Qianhe new aluminum material, Ruifeng seed industry).
// The English side of the Chinese brand + industry word rule (某某光伏).
import type { Sentence } from '../types.js';
import { longestEnglishTerm } from '../vocab/industry-index.js';
import { adjacentWords, englishWords, type EnglishWord } from './boundary.js';
import { isOpener, isPinyin, isSurname } from './english-names.js';
import { isKnownPlace } from './place-prefix.js';
import type { Span } from './span-tools.js';

const MAX_BRAND_WORDS = 2;
// Industry words that only say "a sector of", not what a company makes.
const SECTOR_ONLY = new Set(['industry', 'industries', 'sector', 'economy', 'service', 'services']);

const PART_OF_NAME = new Set(['platform', 'company', 'group', 'plant', 'factory', 'material', 'product']);

function endsName(key: string): boolean {
  return isOpener(key) || /^[a-z]{3,}ed$/.test(key) || /^(?:is|was|were|has|have|had|will|would|can)$/.test(key);
}

function brandWord(text: string, word: EnglishWord): boolean {
  const raw = text.slice(word.start, word.end);
  return /^[A-Z][a-z]+$/.test(raw) && isPinyin(raw) && !isKnownPlace(raw) && !isOpener(raw);
}

/** Brand + lower-case industry term spans of the sentence, absolute offsets. */
export function englishBrandSpans(sentence: Sentence, text: string): Span[] {
  const words = englishWords(sentence.text, sentence.start);
  const joined = words.map((w, k) => k > 0 && adjacentWords(text, words[k - 1], w));
  const spans: Span[] = [];
  for (let i = 1; i < words.length; i++) {
    const first = text.slice(words[i].start, words[i].end);
    if (!joined[i] || !/^[a-z]/.test(first) || !brandWord(text, words[i - 1])) continue;
    // One modifier may stand between the brand and the term (Qianhe new aluminum material).
    const direct = longestEnglishTerm(words, i, joined);
    const term = direct ?? (joined[i + 1] ? longestEnglishTerm(words, i + 1, joined) : null);
    const hit = term === null ? null : { term: term.term, words: term.words + (direct === null ? 1 : 0) };
    if (hit === null || (hit.words === 1 && SECTOR_ONLY.has(words[i].key))) continue;
    // The name ends where a verb or function word follows (… completed, … and); a platform word is part of it; any other
    // lower-case word goes on into a longer phrase (… coal bed gas drilling rigs, … equipment project), no company name.
    let end = i + hit.words;
    const after = words[end];
    const named = after !== undefined && joined[end] && PART_OF_NAME.has(after.key);
    // A broad term (aluminum, coal) makes a company name only with a word like material or platform after it.
    if (named) end++;
    else if (hit.term.weak) continue;
    else if (after !== undefined && joined[end] && /^[a-z]/.test(text.slice(after.start, after.end)) && !endsName(after.key)) continue;
    let start = i - 1;
    while (start > 0 && i - start < MAX_BRAND_WORDS && joined[start] && brandWord(text, words[start - 1])) start--;
    // Two pinyin words after a surname are a person's name (Li Jinyuan), not a brand.
    if (i - start === 2 && isSurname(text.slice(words[start].start, words[start].end))) start++;
    spans.push({ start: words[start].start, end: words[end - 1].end });
  }
  return spans;
}
