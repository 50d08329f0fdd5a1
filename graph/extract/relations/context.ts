// What every relation rule reads: one sentence's mentions with their entity
// ids, and the document's implied subject.
import type { EntityKind, RelationType } from '../../schema.js';
import type { Mention, Sentence } from '../types.js';

export interface Located {
  mention: Mention;
  id: string;
  /** Index of the clause (split at ，；,; and the like) the mention falls in. */
  clause: number;
}

export interface SentenceContext {
  sentence: Sentence;
  mentions: Located[];
  /** The mentions not nested inside another one, in the same order. */
  top: Located[];
  /** Offsets (in the whole text) of the marks that end the sentence's clauses. */
  breaks: readonly number[];
  /** The document's own place id: the implied subject of 我市 / the city sentences. */
  documentPlace?: string;
  /** Text of the whole normalized document, for looking just outside a mention. */
  text: string;
  /** Bodies named by level alone (市委), by entity id: the place they were named after. */
  localBodies?: ReadonlyMap<string, string>;
}

export interface Candidate {
  type: RelationType;
  from: string;
  to: string;
}

export type RelationRule = (ctx: SentenceContext) => Candidate[];

export const PLACE_KINDS: ReadonlySet<EntityKind> = new Set(['Province', 'Region', 'City', 'County', 'Locality']);
export const isPlace = (l: Located) => PLACE_KINDS.has(l.mention.kind);
export const isKind = (...kinds: EntityKind[]) => (l: Located) => kinds.includes(l.mention.kind);

/** Characters that end a clause. */
export const CLAUSE_MARKS = '，,；;：:。！？!?';
/** By character code: a typed-array read per character is cheaper than a Set lookup or a regex match object. */
const IS_CLAUSE_MARK = new Uint8Array(0x10000);
for (const c of CLAUSE_MARKS) IS_CLAUSE_MARK[c.charCodeAt(0)] = 1;

/** Clause index of every offset in the sentence, as break positions. */
export function clauseBreaks(sentence: Sentence): number[] {
  const breaks: number[] = [];
  const text = sentence.text;
  for (let i = 0; i < text.length; i++) if (IS_CLAUSE_MARK[text.charCodeAt(i)] === 1) breaks.push(sentence.start + i);
  return breaks;
}

export function clauseOf(breaks: readonly number[], offset: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `inner` lies inside `outer`'s span. */
export const nestedIn = (inner: Located, outer: Located) =>
  inner !== outer && inner.mention.start >= outer.mention.start && inner.mention.end <= outer.mention.end;

const REGISTERED = isKind('Enterprise', 'Organization');

/**
 * The places named inside `outer` itself, in text order: a place inside a company or body
 * named in outer's name (某省某某有限公司年产…项目) says where that one is registered, not where
 * outer is.
 */
export function ownPlaces(outer: Located, mentions: readonly Located[]): Located[] {
  const inner = mentions.filter((l) => nestedIn(l, outer));
  return inner.filter((l) => isPlace(l) && !inner.some((o) => REGISTERED(o) && nestedIn(l, o)));
}

/** The mentions that lie inside no other one. */
export function topLevel(mentions: Located[]): Located[] {
  return mentions.filter((l) => !mentions.some((o) => nestedIn(l, o)));
}

/** The text of one clause of the sentence, without the mark that ends it. */
export function clauseText(ctx: Pick<SentenceContext, 'sentence' | 'breaks'>, clause: number): string {
  const { sentence, breaks } = ctx;
  if (clause > breaks.length) return '';
  const from = clause === 0 ? 0 : breaks[clause - 1] + 1 - sentence.start;
  const to = clause === breaks.length ? sentence.text.length : breaks[clause] - sentence.start;
  return sentence.text.slice(from, to);
}
