// Parts of speech of single words as jieba's dictionary lists them, for tokens cut by a
// plain segmentation and for the recognisers' tests of a word (a common noun, a name).
import { dict } from '@node-rs/jieba/dict.js';

let dictionaryTags: Map<string, string> | null = null;
// Tags of the words met lately: a small map stays in the processor's cache where the
// dictionary's 350,000 entries do not, and a few thousand words make most of any report.
const recentTags = new Map<string, string>();
const RECENT_TAGS = 20_000;

/**
 * Part of speech of a word as jieba's dictionary lists it; 'x' for words the
 * segmenter found by itself, as jieba's own tagger says. Looking tags up after a
 * plain cut costs a fraction of jieba's tagging pass.
 */
export function tagOf(word: string): string {
  let tag = recentTags.get(word);
  if (tag === undefined) {
    tag = dictionaryTag(word) ?? (/^[A-Za-z]+$/.test(word) ? 'eng' : /^[0-9.]+$/.test(word) ? 'm' : 'x');
    if (recentTags.size >= RECENT_TAGS) recentTags.clear();
    recentTags.set(word, tag);
  }
  return tag;
}

/** Part of speech jieba's dictionary gives a word, if it lists the word. */
export function dictionaryTag(word: string): string | undefined {
  if (dictionaryTags === null) {
    dictionaryTags = new Map();
    const lines = Buffer.from(dict).toString('utf8').split('\n');
    for (const line of lines) {
      const first = line.indexOf(' ');
      const last = line.lastIndexOf(' ');
      if (first > 0 && last > first) dictionaryTags.set(line.slice(0, first), line.slice(last + 1).trim());
    }
  }
  return dictionaryTags.get(word);
}
