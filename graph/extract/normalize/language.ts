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

const HAN = /^\p{sc=Han}/u;

/** Whether each BMP code is Han, by HAN, filled in as codes turn up: 0 not yet known, 1 Han, 2 not. */
const bmpHan = new Uint8Array(0x10000);

function isBmpHan(code: number): boolean {
  let known = bmpHan[code];
  if (known === 0) bmpHan[code] = known = HAN.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Han characters and Latin letters, counted in one pass without building an array of matches. */
function countScripts(text: string): { han: number; latin: number } {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || isBmpHan(c) || (c >= 0xd800 && c < 0xdc00 && HAN.test(text.slice(i, i + 2)))) han++;
  }
  return { han, latin };
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
  const { han, latin } = countScripts(sample);
  // Two Latin letters weigh about one Han character: compare like with like.
  const share = han / Math.max(1, han + latin / 2);
  if (share < ENGLISH_SHARE) return 'en';
  if (share < CHINESE_SHARE) return 'mixed';
  const { han: total, changed } = changedHan(sample);
  return changed / Math.max(1, total) >= TRADITIONAL_SHARE ? 'zh-Hant' : 'zh-Hans';
}
