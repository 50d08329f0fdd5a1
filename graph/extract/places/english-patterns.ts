// Place names in English text that the gazetteer cannot give: villages and
// communities (Lijia Village, Binhe community, Wangcun) and regions named by
// a region phrase (… Urban Agglomeration, … Economic Belt, … Golden Triangle).
// The name is the capitalised words before the phrase, less generic lead words.
import type { EntityKind } from '../../schema.js';
import type { Mention } from '../types.js';
import { isPinyinWord } from './names.js';
import type { SentenceLocator } from './sentence-of.js';

const LEAD = String.raw`\b((?:[A-Z][A-Za-z'’-]*\s+){1,4})`;
// Machine translations glue words together (Lijia villageThe): a capital may follow the kind word.
const VILLAGE = new RegExp(`${LEAD}(?:[Vv]illage|[Cc]ommunity)(?![a-z])|\\b[A-Z][a-z]+cun(?![a-z])`, 'g');
const REGION = new RegExp(
  `${LEAD}(?:[Uu]rban [Aa]gglomeration|[Cc]ity [Cc]luster|[Ee]conomic (?:[Zz]one|[Bb]elt|[Cc]ircle)|[Rr]iver [Bb]asin|[Gg]olden [Tt]riangle|[Mm]etropolitan [Aa]rea)(?![a-z])`,
  'g',
);
// Capitalised words that open a sentence or qualify a kind, never begin a name.
const GENERIC = new Set(
  `The A An This That These Our Each Every All Some In At Of For And To From With By On As New Old Beautiful Rural
Urban Model Demonstration Civilized Key Poor Smart Harmonious Green Ecological Characteristic Traditional Ancient
Famous National Provincial Municipal County City Township Town Village Community Central Major Important Modern
Build Promote Accelerate Construct Develop Support Create Strengthen Deepen Integrate Join Serve Expand Implement
Improve Advance Boost Foster Explore Establish Form Make Actively Vigorously Further Continue Both Between Within`.split(/\s+/),
);

// A direction before a place name is part of the name (Central Yunnan, Northern Shaanxi, South Jiangsu).
const DIRECTION = /^(?:Central|North|South|East|West|Northern|Southern|Eastern|Western|Northeast|Northwest|Southeast|Southwest|Northeastern|Northwestern|Southeastern|Southwestern)$/;

const SENTENCE_START = /(?:^|[.!?;:。！？；：\n]\s*)$/;
const INDEFINITE_BEFORE = /\b[Aa]n? $/;

/**
 * Start of the name in `lead` (the capitalised words matched), skipping generic
 * words and, at a sentence start, a first word that is no pinyin (Visit, Build);
 * -1 if nothing is left.
 */
function nameOffset(lead: string, atSentenceStart: boolean): number {
  let offset = 0;
  let first = true;
  const words = lead.split(/(\s+)/);
  for (const [i, word] of words.entries()) {
    if (word.trim() === '') offset += word.length;
    else if (DIRECTION.test(word) && isPinyinWord(words[i + 2] ?? '')) return offset;
    else if (GENERIC.has(word) || (first && atSentenceStart && !isPinyinWord(word))) {
      offset += word.length;
      first = false;
    } else return offset;
  }
  return -1;
}

function patternMentions(text: string, pattern: RegExp, kind: EntityKind, sentenceAt: SentenceLocator): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(pattern)) {
    const lead = m[1] ?? '';
    const offset = lead ? nameOffset(lead, SENTENCE_START.test(text.slice(Math.max(0, m.index - 3), m.index))) : 0;
    // "How a Mountain Village in Fujian …": a headline's capitals after an indefinite article describe, not name.
    if (offset < 0 || (offset === 0 && INDEFINITE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)))) continue;
    const start = m.index + offset;
    const end = m.index + m[0].length;
    const surface = text.slice(start, end);
    found.push({ kind, surface, name: surface, start, end, sentence: sentenceAt(start), source: 'pattern' });
  }
  return found;
}

export function findEnglishVillages(text: string, sentenceAt: SentenceLocator): Mention[] {
  return patternMentions(text, VILLAGE, 'Locality', sentenceAt);
}

export function findEnglishRegions(text: string, sentenceAt: SentenceLocator): Mention[] {
  return patternMentions(text, REGION, 'Region', sentenceAt);
}
