// Bytes -> string: BOM, UTF-8, UTF-16 without BOM, then the legacy Chinese
// encodings (GB18030/GBK, Big5), refusing binary data and anything undetectable.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { KgError } from '../../errors.js';
import { frequentHan } from './commonHan.js';

export interface DecodedText {
  text: string;
  encoding: string;
}

const SAMPLE = 64 * 1024;
/** Share of U+FFFD (or of control characters) above which data is taken for binary. */
const MAX_BAD_RATIO = 0.01;

function notText(file: string, reason: string): KgError {
  return new KgError('ENCODING', `${file}: not text in an encoding we read (UTF-8, UTF-16, GB18030/GBK, Big5)`, {
    file,
    reason,
  });
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

/** UTF-16 without BOM: Latin text in it has NUL in every other byte, on one side only. */
function utf16ByNuls(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return undefined;
  // Most files hold no NUL at all: one native search rules them out before the byte-pair count.
  if (bytes.subarray(0, n).indexOf(0) < 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x1b) || code === 0x7f;
}

/** Controls in the data (any NUL counts as binary): binary data that happens to decode. */
function looksBinary(length: number, codeAt: (i: number) => number): boolean {
  const n = Math.min(length, SAMPLE);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = codeAt(i);
    if (c === 0) return true;
    if (isControl(c)) bad++;
  }
  return bad > n * MAX_BAD_RATIO;
}

function replacementRatio(text: string): number {
  let bad = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) bad++;
  return text.length ? bad / text.length : 0;
}

/** Any character isControl accepts, or NUL: text without one is not binary, found by one native scan. */
const CONTROL_OR_NUL = new RegExp(
  `[${Array.from({ length: 0x80 }, (_, c) => c)
    .filter((c) => c === 0 || isControl(c))
    .map((c) => `\\x${c.toString(16).padStart(2, '0')}`)
    .join('')}]`,
);

function checkDecoded(file: string, text: string): void {
  if (replacementRatio(text) > MAX_BAD_RATIO) throw notText(file, 'many undecodable bytes');
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (CONTROL_OR_NUL.test(sample) && looksBinary(text.length, (i) => text.charCodeAt(i))) throw notText(file, 'control characters');
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** How Chinese a decoding reads: frequent characters count for it, replacement marks against it. */
function chineseScore(text: string): { score: number; han: number; frequent: number } {
  const common = frequentHan();
  let han = 0;
  let frequent = 0;
  let bad = 0;
  for (const ch of text.length > SAMPLE ? text.slice(0, SAMPLE) : text) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd) bad++;
    else if (c >= 0x3400 && c <= 0x9fff) {
      han++;
      if (common.has(ch)) frequent++;
    }
  }
  return { score: frequent - 5 * bad, han, frequent };
}

const LEGACY = ['gb18030', 'big5'] as const;
const CHARDET_ALIASES: Record<string, string> = {
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  GB18030: 'gb18030',
  Big5: 'big5',
};

function decodeLegacy(file: string, bytes: Uint8Array): DecodedText {
  if (looksBinary(bytes.length, (i) => bytes[i])) throw notText(file, 'control bytes');
  const hinted = chardet
    .analyse(bytes.length > SAMPLE ? bytes.subarray(0, SAMPLE) : bytes)
    .map((m) => CHARDET_ALIASES[m.name])
    .filter((name): name is string => name !== undefined);
  const candidates = [...new Set([...hinted, ...LEGACY])];
  let best: { encoding: string; text: string; score: number; han: number; frequent: number } | undefined;
  for (const encoding of candidates) {
    const text = iconv.decode(bytes, encoding);
    const rated = { encoding, text, ...chineseScore(text) };
    // Ties go to the earlier candidate: chardet's order.
    if (!best || rated.score > best.score) best = rated;
  }
  if (!best || best.han === 0 || best.frequent < best.han * 0.15) throw notText(file, 'no encoding yields Chinese text');
  checkDecoded(file, best.text);
  return { text: best.text, encoding: best.encoding };
}

export function decodeBytes(file: string, bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + bom.skip, bytes.length - bom.skip), bom.encoding);
    checkDecoded(file, text);
    return { text, encoding: bom.encoding };
  }
  const utf16 = utf16ByNuls(bytes);
  if (utf16) {
    const text = iconv.decode(bytes, utf16);
    checkDecoded(file, text);
    return { text, encoding: utf16 };
  }
  const text = decodeUtf8(bytes);
  if (text !== undefined) {
    checkDecoded(file, text);
    return { text, encoding: 'utf-8' };
  }
  return decodeLegacy(file, bytes);
}
