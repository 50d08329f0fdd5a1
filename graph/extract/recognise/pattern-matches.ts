// Every match of a recogniser's global regex in a text, found fast. The big
// alternations of Chinese words (department stems, zone suffixes, title words)
// cost the regex engine a try of each branch at every character; most
// characters can start none of them. So the characters that can start a match
// are read off the pattern once, the text is scanned for them, and only there
// is the pattern tried, in its sticky form: the same matches, a fraction of the time.

export interface PatternMatch {
  start: number;
  end: number;
  groups: RegExpExecArray;
}

/**
 * What can start a match, as bits of the UTF-16 codes folded to 4,096 (a code that shares a
 * bit with a start character is tried for nothing, which costs time, never a match), and the
 * pattern in sticky form. Folded, each pattern's table is 512 bytes: the tables of all the
 * patterns run over a sentence stay in the processor's nearest cache, where a byte per code
 * (64 KB each) measured slower than the regex engine alone.
 */
interface Starts {
  bits: Uint32Array;
  sticky: RegExp;
}

const FOLD = 4095;

const MIN_CHINESE_STARTS = 16;

/** First characters and whether the piece can match the empty string; null when the set is unbounded or unknown. */
interface First {
  codes: Set<number>;
  nullable: boolean;
}

class Unsupported extends Error {}

/**
 * Reads the characters that can start a match of `source`: a small recursive-descent
 * reader of the pattern syntax the recognisers use (literals, classes, groups,
 * alternations, quantifiers, look-arounds, \b). Anything else (., negated classes,
 * \s, \p, back-references) throws Unsupported: such a pattern is run as it is.
 */
function firstOf(source: string): First {
  let pos = 0;
  const peek = () => source[pos];

  function alternation(): First {
    const result = sequence();
    while (peek() === '|') {
      pos++;
      const next = sequence();
      for (const c of next.codes) result.codes.add(c);
      result.nullable ||= next.nullable;
    }
    return result;
  }

  function sequence(): First {
    const codes = new Set<number>();
    let nullable = true;
    while (pos < source.length && peek() !== '|' && peek() !== ')') {
      const term = quantified();
      if (nullable) for (const c of term.codes) codes.add(c);
      nullable &&= term.nullable;
    }
    return { codes, nullable };
  }

  function quantified(): First {
    const atom = atomFirst();
    const q = peek();
    if (q === '?' || q === '*') {
      pos++;
      atom.nullable = true;
    } else if (q === '+') pos++;
    else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(pos));
      if (m === null) throw new Unsupported();
      pos += m[0].length;
      if (Number(m[1]) === 0) atom.nullable = true;
    } else return atom;
    if (peek() === '?') pos++;
    return atom;
  }

  function atomFirst(): First {
    const c = source[pos++];
    if (c === '(') {
      let lookaround = false;
      if (source.startsWith('?:', pos)) pos += 2;
      else if (source.startsWith('?=', pos) || source.startsWith('?!', pos)) [pos, lookaround] = [pos + 2, true];
      else if (source.startsWith('?<=', pos) || source.startsWith('?<!', pos)) [pos, lookaround] = [pos + 3, true];
      else if (source[pos] === '?') throw new Unsupported();
      const inner = alternation();
      if (source[pos++] !== ')') throw new Unsupported();
      // A look-around consumes nothing: the match's first character comes after it.
      return lookaround ? { codes: new Set(), nullable: true } : inner;
    }
    if (c === '[') return { codes: characterClass(), nullable: false };
    if (c === '^' || c === '$') return { codes: new Set(), nullable: true };
    if (c === '\\') {
      const e = source[pos++];
      if (e === 'b' || e === 'B') return { codes: new Set(), nullable: true };
      return { codes: escaped(e), nullable: false };
    }
    if (c === '.' || c === ')' || c === '|' || c === undefined || '*+?{'.includes(c)) throw new Unsupported();
    return { codes: new Set([c.charCodeAt(0)]), nullable: false };
  }

  function escaped(e: string | undefined): Set<number> {
    if (e === undefined) throw new Unsupported();
    if (e === 'd') return range(48, 57);
    if (e === 'u') {
      const hex = source.slice(pos, pos + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Unsupported();
      pos += 4;
      return new Set([parseInt(hex, 16)]);
    }
    const controls: Record<string, number> = { t: 9, n: 10, r: 13, f: 12, v: 11 };
    if (e in controls) return new Set([controls[e]]);
    // Any other escaped letter or figure is a class or a back-reference.
    if (/[A-Za-z0-9]/.test(e)) throw new Unsupported();
    return new Set([e.charCodeAt(0)]);
  }

  function classMember(): Set<number> {
    const c = source[pos++];
    if (c === '\\') return escaped(source[pos++]);
    if (c === undefined) throw new Unsupported();
    return new Set([c.charCodeAt(0)]);
  }

  function characterClass(): Set<number> {
    if (peek() === '^') throw new Unsupported();
    const codes = new Set<number>();
    while (peek() !== ']') {
      const from = classMember();
      if (peek() === '-' && source[pos + 1] !== ']') {
        pos++;
        const to = classMember();
        if (from.size !== 1 || to.size !== 1) throw new Unsupported();
        for (const c of range([...from][0], [...to][0])) codes.add(c);
      } else for (const c of from) codes.add(c);
    }
    pos++;
    return codes;
  }

  const result = alternation();
  if (pos !== source.length) throw new Unsupported();
  return result;
}

function range(from: number, to: number): Set<number> {
  const codes = new Set<number>();
  for (let c = from; c <= to; c++) codes.add(c);
  return codes;
}

function isLowerLatin(code: number): boolean {
  return code >= 97 && code <= 122;
}

const startsByPattern = new WeakMap<RegExp, Starts | null>();

/** The start characters of a global pattern, or null when it must run as it is (other flags, syntax not read). */
function startsOf(pattern: RegExp): Starts | null {
  let starts = startsByPattern.get(pattern);
  if (starts !== undefined) return starts;
  starts = null;
  if (pattern.flags === 'g') {
    try {
      const { codes } = firstOf(pattern.source);
      // The engine finds a few start characters fast by itself (有限公司|集团…, 《…》, [省市县…]…,
      // measured): only a long alternation of Chinese words is worth the scan here, and a set of
      // thousands filters nothing. Lower-case letters are most of an English text: a pattern that
      // may start with one would stop everywhere.
      const chinese = [...codes].filter((c) => c > 0x7f).length;
      if (chinese >= MIN_CHINESE_STARTS && codes.size < 4096 && ![...codes].some(isLowerLatin)) {
        const bits = new Uint32Array((FOLD + 1) >> 5);
        for (const c of codes) bits[(c & FOLD) >> 5] |= 1 << (c & 31);
        starts = { bits, sticky: new RegExp(pattern.source, 'y') };
      }
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
    }
  }
  startsByPattern.set(pattern, starts);
  return starts;
}

/** Index of the next character at or after `from` that can start a match, or -1. */
function nextStart(bits: Uint32Array, text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((bits[(code & FOLD) >> 5] & (1 << (code & 31))) !== 0) return i;
  }
  return -1;
}

const NO_MATCHES: readonly PatternMatch[] = Object.freeze([]);

/**
 * Every non-empty match of the global regex `pattern` in `text`, left to right as
 * repeated exec finds them, offsets shifted by `offset`. An array, not a generator:
 * most texts match nothing, and a generator's frames and result objects were a
 * tenth of all the extractor allocated.
 */
export function matchesIn(pattern: RegExp, text: string, offset: number): readonly PatternMatch[] {
  let out: PatternMatch[] | undefined;
  const starts = startsOf(pattern);
  if (starts === null) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      (out ??= []).push({ start: offset + m.index, end: offset + m.index + m[0].length, groups: m });
    }
    return out ?? NO_MATCHES;
  }
  const { bits, sticky } = starts;
  for (let i = nextStart(bits, text, 0); i >= 0; ) {
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m === null || m[0].length === 0) {
      i = nextStart(bits, text, i + 1);
      continue;
    }
    (out ??= []).push({ start: offset + i, end: offset + i + m[0].length, groups: m });
    i = nextStart(bits, text, i + m[0].length);
  }
  return out ?? NO_MATCHES;
}
