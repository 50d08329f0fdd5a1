// A text that remembers, for every character, where in the raw document it came
// from. Every normalization stage is a function Traced -> Traced built on
// `replaceTraced`, so offsets stay traceable without per-stage bookkeeping.

export interface Traced {
  text: string;
  /** origin[i] = index in the raw text of the character that became text[i]. */
  origin: Int32Array;
}

export function tracedFrom(raw: string): Traced {
  const origin = new Int32Array(raw.length);
  for (let i = 0; i < origin.length; i++) origin[i] = i;
  return { text: raw, origin };
}

/** Appends text pieces with their origins; grows its origin buffer geometrically. */
export class TracedBuilder {
  private parts: string[] = [];
  private origin: Int32Array;
  private length = 0;

  /** `expected` is the length the result will likely have; a little slack avoids regrowing for small insertions. */
  constructor(expected = 1024) {
    this.origin = new Int32Array(Math.max(16, expected + (expected >> 5)));
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.origin.length) return;
    const grown = new Int32Array(Math.max(this.origin.length * 2, this.length + extra));
    grown.set(this.origin.subarray(0, this.length));
    this.origin = grown;
  }

  /** Last origin written, or -1 at the start: where inserted characters are mapped. */
  get lastOrigin(): number {
    return this.length > 0 ? this.origin[this.length - 1] : -1;
  }

  get size(): number {
    return this.length;
  }

  /** The last character appended, or '' when empty. */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1] : '';
  }

  /** Copies source[start,end) keeping its origins. */
  copy(source: Traced, start: number, end: number): void {
    if (end <= start) return;
    this.reserve(end - start);
    this.parts.push(source.text.slice(start, end));
    const n = end - start;
    // Short runs are cheaper copied by hand than through a typed-array view.
    if (n < 32) for (let i = 0; i < n; i++) this.origin[this.length + i] = source.origin[start + i];
    else this.origin.set(source.origin.subarray(start, end), this.length);
    this.length += n;
  }

  /** Appends text whose characters all come from raw index `from` (or the previous one when -1). */
  insert(text: string, from = this.lastOrigin): void {
    if (!text) return;
    this.reserve(text.length);
    this.origin.fill(Math.max(0, from), this.length, this.length + text.length);
    this.parts.push(text);
    this.length += text.length;
  }

  /** Appends text with an explicit origin per character. */
  push(text: string, origins: ArrayLike<number>): void {
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.origin[this.length + i] = origins[i];
    this.parts.push(text);
    this.length += text.length;
  }

  build(): Traced {
    return { text: this.parts.join(''), origin: this.origin.subarray(0, this.length) };
  }
}

export type Replacer = string | ((match: RegExpExecArray) => string);

/** Beyond this size a changed-length replacement is mapped by position, not by character search. */
const ALIGN_LIMIT = 256;

/**
 * Origins of a replacement for the matched span [start, end): position by
 * position when the length is kept; otherwise each output character that also
 * occurs in the match (in order) keeps that character's origin, and the others
 * take the origin of the match character they stand in for.
 */
export function alignReplacement(source: Traced, start: number, end: number, out: string, prev: number): number[] {
  const span = end - start;
  const origins = new Array<number>(out.length);
  if (span === 0) return origins.fill(Math.max(0, prev));
  if (out.length === span) {
    for (let i = 0; i < span; i++) origins[i] = source.origin[start + i];
    return origins;
  }
  const matched = source.text.slice(start, end);
  const search = span <= ALIGN_LIMIT && out.length <= ALIGN_LIMIT;
  let j = 0;
  for (let i = 0; i < out.length; i++) {
    const k = search ? matched.indexOf(out[i], j) : -1;
    if (k >= 0) {
      origins[i] = source.origin[start + k];
      j = k + 1;
    } else {
      origins[i] = source.origin[start + Math.min(search ? j : Math.floor((i * span) / out.length), span - 1)];
    }
  }
  return origins;
}

/**
 * Replacements of spans of a traced text, given in order and not overlapping:
 * text outside them keeps its origins, replacements are aligned with
 * `alignReplacement`. The source itself comes back when nothing was replaced,
 * and its origins, shared, when no replacement changed a length.
 */
export class TracedEdit {
  private readonly spans: number[] = [];
  private readonly replacements: string[] = [];
  /** Origins given with a replacement, by its index; the others are aligned. */
  private readonly given = new Map<number, ArrayLike<number>>();
  private sameLength = true;

  constructor(private readonly source: Traced) {}

  /** `origins`, when given, are the replacement's own, for a stage that knows better than the alignment. */
  replace(start: number, end: number, replacement: string, origins?: ArrayLike<number>): void {
    if (origins) {
      this.given.set(this.replacements.length, origins);
      this.sameLength = false;
    }
    this.spans.push(start, end);
    this.replacements.push(replacement);
    if (replacement.length !== end - start) this.sameLength = false;
  }

  result(): Traced {
    const { source, spans, replacements } = this;
    if (replacements.length === 0) return source;
    if (this.sameLength) {
      const parts: string[] = [];
      let done = 0;
      for (let i = 0; i < replacements.length; i++) {
        parts.push(source.text.slice(done, spans[2 * i]), replacements[i]);
        done = spans[2 * i + 1];
      }
      parts.push(source.text.slice(done));
      return { text: parts.join(''), origin: source.origin };
    }
    const out = new TracedBuilder(source.text.length);
    let done = 0;
    for (let i = 0; i < replacements.length; i++) {
      const start = spans[2 * i];
      const end = spans[2 * i + 1];
      out.copy(source, done, start);
      out.push(replacements[i], this.given.get(i) ?? alignReplacement(source, start, end, replacements[i], out.lastOrigin));
      done = end;
    }
    out.copy(source, done, source.text.length);
    return out.build();
  }
}

/** The characters [start, end) with their origins, sharing the source's origin buffer. */
export function sliceTraced(source: Traced, start: number, end: number): Traced {
  if (start === 0 && end === source.text.length) return source;
  return { text: source.text.slice(start, end), origin: source.origin.subarray(start, end) };
}

/**
 * String.replace over a traced text: the regex must be global. Unchanged text
 * keeps its origins; replacements are aligned with `alignReplacement`.
 */
export function replaceTraced(source: Traced, pattern: RegExp, replacer: Replacer): Traced {
  return replaceTracedAll(source, [[pattern, replacer]]);
}

/**
 * Several replaceTraced passes in one rebuild. Every pattern is matched against
 * the source, so the result equals the passes run one after another only when
 * no pattern's matches overlap another's or change what another matches.
 */
export function replaceTracedAll(source: Traced, rules: readonly (readonly [RegExp, Replacer])[]): Traced {
  const edits: { start: number; end: number; replacement: string }[] = [];
  for (const [pattern, replacer] of rules) {
    if (!pattern.global) throw new Error(`replaceTraced needs a global regex: ${pattern}`);
    pattern.lastIndex = 0;
    let match;
    while ((match = pattern.exec(source.text))) {
      const start = match.index;
      const end = start + match[0].length;
      const replacement = typeof replacer === 'string' ? replacer : replacer(match);
      if (replacement !== match[0]) edits.push({ start, end, replacement });
      if (end === start) pattern.lastIndex++;
    }
  }
  if (rules.length > 1) edits.sort((a, b) => a.start - b.start);
  const edit = new TracedEdit(source);
  for (const e of edits) edit.replace(e.start, e.end, e.replacement);
  return edit.result();
}
