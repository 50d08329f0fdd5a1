// Second pass: decides which candidates are places and which division each
// names. Unambiguous mentions first give the document's context (how often
// each province, city and county is named); then, left to right, each group
// keeps its longest acceptable candidate, an ambiguous name taking the division
// under the place written just before it (山西省平遥县), else the one the
// context favours, else — for full names — no code at all, and for short or
// English names the unique province or city among them, or nothing.
import { isTokenAligned } from './align.js';
import { placeAncestors, placeByCode, type PlaceLevel } from './gazetteer.js';
import type { Candidate } from './scan.js';

export interface Choice {
  candidate: Candidate;
  /** The division named; undefined for a full name several divisions share and nothing decides. */
  code?: string;
}

const LEVEL_RANK: Record<PlaceLevel, number> = { province: 0, city: 1, county: 2, township: 3 };

class Judge {
  private readonly aligned = new Map<number, boolean>();
  readonly counts = new Map<string, number>();

  constructor(private readonly text: string) {}

  private isAligned(c: Candidate): boolean {
    const key = c.start * 64 + (c.end - c.start);
    let value = this.aligned.get(key);
    if (value === undefined) {
      value = isTokenAligned(this.text, c.start, c.end);
      this.aligned.set(key, value);
    }
    return value;
  }

  /** Whether the candidate can be a place name where it stands, context aside. */
  plausible(c: Candidate): boolean {
    const after = this.text[c.end];
    switch (c.form) {
      case 'full':
      case 'alt':
        // 晋中市场监管局 is 晋中 + 市场: the 市 belongs to the next word.
        if (after === '场' && this.text[c.end - 1] === '市') return false;
        if (c.form === 'alt' && after === '域') return false;
        return c.end - c.start > 2 || this.isAligned(c);
      case 'short':
      case 'township':
        return this.isAligned(c);
      default:
        return true;
    }
  }

  count(code: string): number {
    return this.counts.get(code) ?? 0;
  }

  /** Mention counts of the division and of each place containing it, nearest first. */
  score(code: string): number[] {
    return [this.count(code), ...placeAncestors(code).map((r) => this.count(r.code))];
  }

  /** The code whose score is highest, when one is strictly highest and not zero. */
  favoured(codes: readonly string[]): string | undefined {
    const scored = codes.map((code) => ({ code, score: this.score(code) }));
    scored.sort((a, b) => compareScores(b.score, a.score));
    const [first, second] = scored;
    if (!first || first.score.every((n) => n === 0)) return undefined;
    if (second && compareScores(first.score, second.score) === 0) return undefined;
    return first.code;
  }

  /** Whether any place containing the division is named in the document. */
  inContext(code: string): boolean {
    return placeAncestors(code).some((r) => r.level !== 'province' && this.count(r.code) > 0);
  }

  addContext(code: string): void {
    for (const c of [code, ...placeAncestors(code).map((r) => r.code)]) this.counts.set(c, this.count(c) + 1);
  }
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const levelOf = (code: string) => placeByCode(code)?.level ?? 'township';

/** The one province or city among the codes, when the highest level holds exactly one. */
function uniqueTop(codes: readonly string[]): string | undefined {
  const top = Math.min(...codes.map((c) => LEVEL_RANK[levelOf(c)]));
  const atTop = codes.filter((c) => LEVEL_RANK[levelOf(c)] === top);
  return atTop.length === 1 && top <= LEVEL_RANK.city ? atTop[0] : undefined;
}

/** An unambiguous candidate that needs no context: it sets the context for the others. */
function contextCode(c: Candidate): string | undefined {
  if (c.codes.length !== 1 || c.form === 'township') return undefined;
  if (c.form === 'english' && LEVEL_RANK[levelOf(c.codes[0])] > LEVEL_RANK.city) return undefined;
  return c.codes[0];
}

function choose(judge: Judge, c: Candidate, previous: Choice | undefined): Choice | null {
  let codes = c.codes;
  let chained = false;
  const parent = previous?.candidate.end === c.start ? previous.code : undefined;
  if (parent) {
    const under = codes.filter((code) => placeAncestors(code).some((r) => r.code === parent));
    if (under.length > 0) [codes, chained] = [under, true];
  }
  if (c.form === 'township' && !chained) codes = codes.filter((code) => judge.inContext(code));
  if (codes.length === 0) return null;
  if (codes.length === 1) {
    const [code] = codes;
    // A bare English county name (Pingyao) counts only where its province is already in view.
    if (c.form === 'english' && levelOf(code) === 'county' && !chained && judge.score(code).slice(1).every((n) => n === 0)) {
      return null;
    }
    return { candidate: c, code };
  }
  const favoured = judge.favoured(codes);
  if (favoured) return { candidate: c, code: favoured };
  if (c.form === 'full') return { candidate: c };
  const top = c.form === 'township' ? undefined : uniqueTop(codes);
  return top ? { candidate: c, code: top } : null;
}

/** The accepted place candidates of a text, in order, without overlaps. */
export function resolveCandidates(text: string, groups: readonly Candidate[][]): Choice[] {
  const judge = new Judge(text);
  for (const group of groups) {
    const first = group.find((c) => judge.plausible(c));
    const code = first && contextCode(first);
    if (code) judge.addContext(code);
  }
  const chosen: Choice[] = [];
  let covered = 0;
  for (const group of groups) {
    if (group[0].start < covered) continue;
    for (const c of group) {
      if (!judge.plausible(c)) continue;
      const choice = choose(judge, c, chosen.at(-1));
      if (!choice) continue;
      chosen.push(choice);
      covered = c.end;
      break;
    }
  }
  return chosen;
}
