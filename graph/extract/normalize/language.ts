// Document language from the raw text: share of Han characters among letters,
// and for Chinese, how many characters the simplified conversion changes.
import type { DocumentLanguage } from '../../schema.js';
import { isConvertible } from './script.js';

const SAMPLE = 200_000;
/** At most this share of Latin letters (by count of letters) for a text to be Chinese, at least for English. */
const CHINESE_SHARE = 0.7;
const ENGLISH_SHARE = 0.1;
/** Share of Han characters the conversion changes above which the text is traditional. */
const TRADITIONAL_SHARE = 0.05;

const HAN = /\p{sc=Han}/gu;
const LATIN = /[A-Za-z]/g;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function changedHan(text: string): { han: number; changed: number } {
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue;
    han++;
    if (isConvertible(c)) changed++;
  }
  return { han, changed };
}

export function detectLanguage(raw: string): DocumentLanguage {
  const sample = raw.length > SAMPLE ? raw.slice(0, SAMPLE) : raw;
  const han = count(sample, HAN);
  const latin = count(sample, LATIN);
  // Two Latin letters weigh about one Han character: compare like with like.
  const share = han / Math.max(1, han + latin / 2);
  if (share < ENGLISH_SHARE) return 'en';
  if (share < CHINESE_SHARE) return 'mixed';
  const { han: total, changed } = changedHan(sample);
  return changed / Math.max(1, total) >= TRADITIONAL_SHARE ? 'zh-Hant' : 'zh-Hans';
}
