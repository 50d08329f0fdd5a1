// Second pass: decides which candidates are places and which division each
// names. Unambiguous mentions first give the document's context (how often
// each province, city and county is named); then, left to right, each group
// keeps its longest acceptable candidate, an ambiguous name taking the division
// under the place written just before it (山西省平遥县), else the one the
// context favours, else — for full names — no code at all, and for short or
// English names the unique province or city among them, or nothing.
import type { TokenAligner } from './align.js';
import { divisionAncestors, divisionByCode, type PlaceLevel } from './gazetteer.js';
import { lexicon } from './lexicon.js';
import type { Candidate } from './scan.js';
import { townshipsByEnglish } from './townships.js';

export interface Choice {
  candidate: Candidate;
  /** The division named; undefined for a full name several divisions share and nothing decides. */
  code?: string;
}

const LEVEL_RANK: Record<PlaceLevel, number> = { province: 0, city: 1, county: 2, township: 3 };
const TOWNSHIP_END = /[镇乡]/;

class Judge {
  readonly counts = new Map<string, number>();

  constructor(private readonly text: string, private readonly aligned: TokenAligner) {}

  private isAligned(c: Candidate): boolean {
    return this.aligned(c.start, c.end);
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
      case 'township':
        // jieba glues a township's 镇 or 乡 to the next word (得胜|镇寺湾村); the full name of three or
        // more characters stands anyway, and must still have its county in view (see choose).
        return this.isAligned(c) || (c.end - c.start >= 3 && TOWNSHIP_END.test(this.text[c.end - 1]));
      case 'short':
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
    return [this.count(code), ...divisionAncestors(code).map((r) => this.count(r.code))];
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
    return divisionAncestors(code).some((r) => r.level !== 'province' && this.count(r.code) > 0);
  }

  private dominant: string | undefined | null = null;

  /** The province named most often, directly or through its parts; fixed after the first pass. */
  dominantProvince(): string | undefined {
    if (this.dominant === null) {
      const provinces = [...this.counts].filter(([code]) => levelOf(code) === 'province').sort((a, b) => b[1] - a[1]);
      this.dominant = provinces[0] && provinces[0][1] > (provinces[1]?.[1] ?? 0) ? provinces[0][0] : undefined;
    }
    return this.dominant;
  }

  /**
   * Whether a division is in view: it or its city is named elsewhere, or it lies
   * in the document's main province. Short, old-suffix and bare English county
   * names are common words too often (惠民, 振兴, Jinshan) to stand without this.
   */
  inView(code: string): boolean {
    if (this.count(code) > 0) return true;
    return divisionAncestors(code).some((r) => (r.level === 'province' ? r.code === this.dominantProvince() : this.count(r.code) > 0));
  }

  /** Whether the prefecture-level city holding the division is named in the document. */
  cityNamed(code: string): boolean {
    return divisionAncestors(code).some((r) => r.level === 'city' && this.count(r.code) > 0);
  }

  addContext(code: string): void {
    for (const c of [code, ...divisionAncestors(code).map((r) => r.code)]) this.counts.set(c, this.count(c) + 1);
  }
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const levelOf = (code: string) => divisionByCode(code)?.level ?? 'township';

/** The one province or city among the codes, when the highest level holds exactly one. */
function uniqueTop(codes: readonly string[]): string | undefined {
  const top = Math.min(...codes.map((c) => LEVEL_RANK[levelOf(c)]));
  const atTop = codes.filter((c) => LEVEL_RANK[levelOf(c)] === top);
  return atTop.length === 1 && top <= LEVEL_RANK.city ? atTop[0] : undefined;
}

// Forms that name a county-level division only when the document's context holds it.
const NEEDS_VIEW = new Set<Candidate['form']>(['short', 'alt', 'english']);

/**
 * Whether the name needs the document's context to stand: county names other than full
 * ones, two-character full county names (兴县 is also the verb-object of 科教兴县, 旅游兴县),
 * general words.
 */
function needsView(text: string, c: Candidate, code: string): boolean {
  const level = levelOf(code);
  if (level === 'county') return NEEDS_VIEW.has(c.form) || (c.form === 'full' && c.end - c.start === 2);
  return level === 'city' && c.form === 'short' && lexicon().generalWords.has(text.slice(c.start, c.end));
}

/**
 * An unambiguous candidate that needs no context: it sets the context for the others. So does a
 * province name shared with a smaller division (Xinjiang, also a county in Shanxi), read as the
 * province as `pick` reads it without a chain: else an English report naming Xinjiang alone
 * would hold no province in view for its bare county names (Korla).
 */
function contextCode(text: string, c: Candidate): string | undefined {
  if (c.form === 'township') return undefined;
  if (c.codes.length !== 1) {
    const provinces = c.form === 'full' ? [] : c.codes.filter((code) => levelOf(code) === 'province');
    return provinces.length === 1 ? provinces[0] : undefined;
  }
  return needsView(text, c, c.codes[0]) ? undefined : c.codes[0];
}

function pick(judge: Judge, c: Candidate, codes: readonly string[], chained: boolean): string | undefined | null {
  if (codes.length === 1) return codes[0];
  // A county whose city the document names beats a namesake elsewhere, even a province (Xinjiang in a Linfen report).
  const local = chained ? [] : codes.filter((code) => levelOf(code) === 'county' && judge.cityNamed(code));
  if (local.length === 1) return local[0];
  // A province name shared with a smaller division (Hebei, 吉林) means the province unless a chain says otherwise.
  const province = chained || c.form === 'full' ? undefined : codes.find((code) => levelOf(code) === 'province');
  if (province) return province;
  const favoured = judge.favoured(codes);
  if (favoured) return favoured;
  if (c.form === 'full') return undefined;
  if (c.form === 'township' || c.form === 'english-township') return null;
  // 吉林 alone is the province; 朝阳 alone is the city only where its province is in view (not 朝阳产业 elsewhere).
  const top = uniqueTop(codes);
  return top && (levelOf(top) === 'province' || judge.inView(top)) ? top : null;
}

function choose(text: string, judge: Judge, c: Candidate, previous: Choice | undefined): Choice | null {
  let codes = c.codes;
  let chained = false;
  const parent = previous?.candidate.end === c.start ? previous.code : undefined;
  if (parent) {
    const under = codes.filter((code) => divisionAncestors(code).some((r) => r.code === parent));
    if (under.length > 0) [codes, chained] = [under, true];
  }
  if (c.key !== undefined) codes = townshipsByEnglish(c.key, judge.counts.keys());
  if (c.form === 'township' && !chained) codes = codes.filter((code) => judge.inContext(code));
  if (codes.length === 0) return null;
  const code = pick(judge, c, codes, chained);
  if (code === null) return null;
  if (code && !chained && needsView(text, c, code) && !judge.inView(code)) return null;
  return code ? { candidate: c, code } : { candidate: c };
}

/** The accepted place candidates of a text, in order, without overlaps. */
export function resolveCandidates(text: string, groups: readonly Candidate[][], aligned: TokenAligner): Choice[] {
  const judge = new Judge(text, aligned);
  for (const group of groups) {
    const first = group.find((c) => judge.plausible(c));
    const code = first && contextCode(text, first);
    if (code) judge.addContext(code);
  }
  const chosen: Choice[] = [];
  let covered = 0;
  for (const group of groups) {
    if (group[0].start < covered) continue;
    for (const c of group) {
      if (!judge.plausible(c)) continue;
      const choice = choose(text, judge, c, chosen.at(-1));
      if (!choice) continue;
      chosen.push(choice);
      covered = c.end;
      break;
    }
  }
  return chosen;
}
