// Numeric indicator facts from report sentences: each figure (number + unit)
// becomes a fact about the place the sentence talks about, with the indicator
// named before it, what kind of figure it is, and the year it is for.
import { ENTITY_KINDS, entityId, type EntityKind, type FactMeasure } from '../../schema.js';
import type { Fact, Mention, Sentence } from '../types.js';
import { respectiveIndicators } from './indicator.js';
import { baseMeasure, isFall, isTarget, targetCueAt } from './measure.js';
import { scanFigures } from './numbers.js';
import { specialFigures, type Candidate } from './special.js';
import { placeLists, subjectAt, subjectPlaces, type PlaceAt, type PlaceList } from './subject.js';
import { CJK_RE, nameIndicator } from './name-indicator.js';
import { policyTerm } from './policy-terms.js';
import { findTables, tableFacts, type RowSubject } from './tables.js';
import { ACHIEVED_RE, ANAPHOR_START_RE, CLAUSE_BOUNDARY_RE, THE_PROVINCE_RE } from './vocabulary.js';
import { headingYear, writtenYear, yearsIn } from './year.js';

export interface ExtractFactsInput {
  documentId: string;
  sentences: readonly Sentence[];
  /** All entity mentions of the document; place mentions give subjects. */
  mentions: readonly Mention[];
  /** The entity id of each mention, at the same index (as merging gives them); without it, ids are made from kind and name. */
  entityOf?: readonly string[];
  /** Id of the document's own place, the subject of 全市/我市/"the city" sentences. */
  defaultSubject?: string;
  documentYear?: number;
}

// The kind of place an anaphor at a sentence's start points back to.
const ANAPHOR_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[村镇乡]$|\b(?:village|town|township)$/i, 'Locality'],
  [/[县區区]$|\b(?:county|district)$/i, 'County'],
];

/** A table row of the whole place the document is about: its figures are the place's own (全市, 合计). */
const WHOLE_PLACE_RE = /^(?:[全本我][省市县区州旗盟]|合计|总计|全部)$/;
const TOPIC_REACH = 2;
/** Text between two figures that only joins them ("6.5%和7.8%"): the second is the same kind of figure. */
const JOINER_RE = /^\s*(?:和|与|與|及|、|and|,|，)?\s*$/;
const BOUNDARIES_RE = new RegExp(CLAUSE_BOUNDARY_RE.source, 'g');

/** Rankings and ratios replace the plain figures they overlap. */
function candidatesOf(text: string): Candidate[] {
  const special = specialFigures(text);
  const plain = scanFigures(text).filter((f) => !special.some((s) => f.start < s.end && s.start < f.end));
  return [...plain, ...special].sort((a, b) => a.start - b.start);
}

/** Clause boundary offsets, skipping thousands separators inside figures. */
function clauseBoundaries(text: string, candidates: readonly Candidate[]): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(BOUNDARIES_RE)) {
    // A comma between digits groups thousands (445,000) even where no figure was read.
    if (m[0] === ',' && /\d/.test(text[m.index - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(m.index + 1, m.index + 5))) continue;
    if (!candidates.some((c) => c.start <= m.index && m.index < c.end)) out.push(m.index);
  }
  return out;
}

const RESTATED_RE = /^[^,，;；。]{0,12}?[(（]\s*(?:about|approximately|around|roughly|nearly|some|约合|约|折合|合)?\s*$/i;
const SENTENCE_PART_END_RE = /[;:!?]|\.(?!\d)/;
const GROUP_RE = /[两二三四五六七八九十几多]地(?![区方产块带下上])/;

/**
 * The places a figure is stated of when a list of them comes before it in its clause: all of them
 * (均), or the one whose turn it is among the figures of its kind (分别). Undefined otherwise.
 */
function listedSubjects(
  text: string, lists: readonly PlaceList[], c: Candidate, measure: FactMeasure, turns: Map<PlaceList, Map<string, number>>,
): string[] | undefined {
  const list = lists.findLast((l) => l.end <= c.start);
  if (list === undefined) return undefined;
  // English lists its figures with commas ("7.4 percent, 4.6 percent and 3.1 percent respectively").
  const between = text.slice(list.end, c.start);
  const english = list.mode === 'respectively' && !CJK_RE.test(between);
  if ((english ? SENTENCE_PART_END_RE : CLAUSE_BOUNDARY_RE).test(between)) return undefined;
  if (list.mode === 'each') return list.ids;
  const counts = turns.get(list) ?? new Map<string, number>();
  turns.set(list, counts);
  const n = counts.get(measure) ?? 0;
  counts.set(measure, n + 1);
  return n < list.ids.length ? [list.ids[n]] : undefined;
}

/**
 * A clause closed by a semicolon runs on in the next "sentence": the year it states
 * (2023年，…；…；…。) holds for the clauses after it until a full stop.
 */
function carriedYear(sentence: Sentence, figures: readonly Candidate[], carried: number | undefined): number | undefined {
  // trimEnd drops exactly what \s matches; a regex anchored at the end would try every position.
  const last = sentence.text.trimEnd().at(-1);
  if (last !== '；' && last !== ';') return undefined;
  return yearsIn(sentence.text, (at) => figures.some((c) => c.start <= at && at < c.end)).at(-1)?.year ?? carried;
}

// Things a figure may belong to; an industry or a programme named before a figure is part of its indicator.
const OWNER_KINDS: ReadonlySet<EntityKind> = new Set(['Enterprise', 'Organization', 'Zone', 'Project', 'Person']);

/** The mentions of one sentence and their entity ids, at the same index. */
interface SentenceMentions {
  mentions: Mention[];
  ids: string[];
}
const NO_MENTIONS: SentenceMentions = { mentions: [], ids: [] };

/** What one sentence offers its figures besides its text: places, the names of other things, the defaults. */
interface SentenceContext {
  candidates: readonly Candidate[];
  places: readonly PlaceAt[];
  /** Where the names of companies, zones, projects … end, sentence-relative. */
  nameEnds: readonly number[];
  fallback: string | undefined;
  carried: number | undefined;
}

function sentenceFacts(sentence: Sentence, { candidates, places, nameEnds, fallback, carried }: SentenceContext, input: ExtractFactsInput): Fact[] {
  const text = sentence.text;
  // A "place" right after a figure ("2000亿元大关") is a word misread as one.
  const subjects = places.filter((p) => p.subject && !candidates.some((c) => c.end === p.start));
  const years = yearsIn(text, (at) => candidates.some((c) => c.start <= at && at < c.end));
  const boundaries = clauseBoundaries(text, candidates);
  const hYear = headingYear(sentence.heading);
  const cueAt = targetCueAt(text);
  const evidence = { document: input.documentId, start: sentence.start, end: sentence.end, text };
  const facts: Fact[] = [];
  let b = 0;
  let prevEnd = 0;
  let previous = '';
  let previousFigure: Candidate | undefined;
  let previousMeasure: FactMeasure = 'level';
  let previousFall = false;
  // "A和B分别达到X和Y，分别增长P和Q": the n-th figure of a kind goes to the n-th part.
  const respectively = text.includes('分别') ? new Map<string, number>() : undefined;
  const lists = placeLists(text, places, candidates.map((c) => c.start));
  const respectivePlaces = new Map<PlaceList, Map<string, number>>();
  // The sentence's indicators in the order they were first stated.
  const stated: string[] = [];
  for (const c of candidates) {
    while (b < boundaries.length && boundaries[b] < c.start) b++;
    const clauseStart = b > 0 ? boundaries[b - 1] + 1 : 0;
    const clauseEnd = boundaries.find((x) => x >= c.end) ?? text.length;
    const segStart = Math.max(clauseStart, prevEnd);
    // Text after a place name inside the segment: "平遥县地区生产总值" → 地区生产总值.
    const place = places.reduce<PlaceAt | undefined>((last, p) => (p.end > (last?.end ?? segStart) && p.end <= c.start ? p : last), undefined);
    // English: a company or zone named before the figure is its owner, not its indicator ("X Co., Ltd. achieved income of").
    const nameEnd = nameEnds.reduce((end, e) => (e > end && e <= c.start ? e : end), segStart);
    const english = !CJK_RE.test(text.slice(segStart, c.start));
    // The zone a place opens the name of is part of the indicator (某某经济技术开发区营业收入).
    const placeEnd = Math.max(place?.nameStart ?? place?.end ?? segStart, english ? nameEnd : segStart);
    const beforePlace = place !== undefined && place.start > segStart ? text.slice(segStart, place.start) : '';
    const earlierStart = Math.max(prevEnd, b > 1 ? boundaries[b - 2] + 1 : 0);
    const earlier = clauseStart > earlierStart ? text.slice(earlierStart, clauseStart - 1) : '';
    const indicator = nameIndicator(c, { text, segment: text.slice(placeEnd, c.start), earlier, previous, clauseEnd, beforePlace });
    if (c.start >= prevEnd) prevEnd = c.end;
    if (indicator) previous = indicator;
    // "32.6 billion yuan (about 4.5 billion U.S. dollars)": the same amount restated.
    const restated = previousFigure !== undefined && RESTATED_RE.test(text.slice(previousFigure.end, c.start));
    if (c.masked || !indicator || restated || policyTerm(text, c, clauseStart, clauseEnd)) continue;
    const subject = subjectAt(text, subjects, c.start, fallback);
    if (!subject) continue;
    const written = writtenYear(years, c.start, clauseEnd) ?? carried;
    const achieved = ACHIEVED_RE.test(text.slice(0, c.start));
    const target = isTarget({ cued: cueAt < c.end, heading: sentence.heading, year: written, documentYear: input.documentYear, achieved });
    const segment = text.slice(segStart, c.start);
    const joined = previousFigure?.kind === c.kind && JOINER_RE.test(segment);
    const measure: FactMeasure = c.measure ?? (joined ? previousMeasure : baseMeasure(c.kind, segment, text.slice(c.end, clauseEnd)));
    // "分别下降2.1%和3.4%": a figure joined to a fall is one too.
    const fall: boolean = measure === 'growth' && (joined ? previousFall : isFall(segment, text.slice(c.end, clauseEnd)));
    previousFigure = c;
    previousMeasure = measure;
    previousFall = fall;
    // Two parts for two figures of a kind in the clause; a longer list cut short by the indicator's length stays whole.
    const pair = respectively !== undefined && sameKindInClause(candidates, c, clauseStart, clauseEnd).length === 2;
    const parts = pair ? respectiveIndicators(indicator) : null;
    let named = indicator;
    if (respectively !== undefined && parts !== null) {
      const key = `${indicator}|${measure}`;
      const n = respectively.get(key) ?? 0;
      respectively.set(key, n + 1);
      named = parts[n % 2];
    } else if (respectively !== undefined && indicator === previous && text.slice(clauseStart, c.start).includes('分别')) {
      named = inTurn(candidates, c, clauseStart, clauseEnd, stated) ?? named;
    }
    if (!stated.includes(named)) stated.push(named);
    const listed = listedSubjects(text, lists, c, measure, respectivePlaces);
    // "两地锂电产业营业收入合计3000亿元": a total of several places is the document place's figure, when
    // that is none of them (the province of two cities), and no one's otherwise.
    const group = listed === undefined && GROUP_RE.test(text.slice(clauseStart, c.start));
    if (group && (fallback === undefined || places.some((p) => p.id === fallback))) continue;
    for (const each of listed ?? [group ? fallback! : subject]) {
      facts.push({
        subject: each,
        indicator: listed === undefined ? named : named.replace(GROUP_RE, ''),
        value: c.value,
        unit: c.unit,
        measure: target ? 'target' : measure,
        ...(fall ? { fall: true as const } : {}),
        year: written ?? hYear ?? input.documentYear ?? null,
        evidence,
      });
    }
  }
  return facts;
}

/** The figures of `c`'s kind in its clause, in order. */
function sameKindInClause(candidates: readonly Candidate[], c: Candidate, clauseStart: number, clauseEnd: number): Candidate[] {
  return candidates.filter((x) => x.kind === c.kind && x.start >= clauseStart && x.end <= clauseEnd);
}

/**
 * "甲…X元，乙…Y元，分别增长P和Q": a clause of 分别 figures that names no indicator gives
 * them, in turn, to the indicators stated last before it, one each. Undefined when the
 * clause holds one figure of its kind or fewer indicators came before it.
 */
function inTurn(candidates: readonly Candidate[], c: Candidate, clauseStart: number, clauseEnd: number, stated: readonly string[]): string | undefined {
  const same = sameKindInClause(candidates, c, clauseStart, clauseEnd);
  const turn = same.indexOf(c);
  return same.length >= 2 && stated.length >= same.length && turn >= 0 ? stated[stated.length - same.length + turn] : undefined;
}

/** Every numeric indicator fact stated in the sentences. */
export function extractFacts(input: ExtractFactsInput): Fact[] {
  const bySentence = new Map<number, SentenceMentions>();
  input.mentions.forEach((m, i) => {
    const id = input.entityOf?.[i] ?? entityId(m.kind, m.name);
    const list = bySentence.get(m.sentence);
    if (list) {
      list.mentions.push(m);
      list.ids.push(id);
    } else bySentence.set(m.sentence, { mentions: [m], ids: [id] });
  });
  const facts: Fact[] = [];
  // The place the last sentences were about, for a following "该公司…" sentence; it fades after
  // TOPIC_REACH sentences that name no place (a broken line can split one sentence in two).
  let topic: string | undefined;
  let age = 0;
  let carried: number | undefined;
  // The place of each kind named last, for "该村…", "the county's …" and "the province produced …" in a city's news.
  const lastOfKind = new Map<string, string>();
  const tables = findTables(input.sentences);
  const tabled = new Set(tables.flatMap((t) => [t.header.index, ...t.rows.map((r) => r.sentence.index)]));
  const rowSubject: RowSubject = ({ sentence, label }) => {
    const { mentions, ids } = bySentence.get(sentence.index) ?? NO_MENTIONS;
    const place = mentions.findIndex((m) => ENTITY_KINDS[m.kind].place && m.start === sentence.start && m.surface === label);
    if (place >= 0) return { subject: ids[place], ofPart: false };
    return input.defaultSubject ? { subject: input.defaultSubject, ofPart: !WHOLE_PLACE_RE.test(label) } : undefined;
  };
  const tableAt = new Map(tables.map((t) => [t.header.index, t]));
  for (const s of input.sentences) {
    if (tabled.has(s.index)) {
      const table = tableAt.get(s.index);
      if (table) facts.push(...tableFacts(table, rowSubject, input.documentId, input.documentYear));
      continue;
    }
    const { mentions, ids } = bySentence.get(s.index) ?? NO_MENTIONS;
    const places = subjectPlaces(s.text, s.start, mentions, ids);
    const anaphor = ANAPHOR_START_RE.exec(s.text);
    const candidates = candidatesOf(s.text);
    if (candidates.length > 0) {
      // "该村…", "In 2023, the village's …": the village named last, else the place the last sentences were about.
      const kind = anaphor === null ? undefined : ANAPHOR_KINDS.find(([re]) => re.test(anaphor[0]))?.[1];
      const named = kind === undefined ? undefined : lastOfKind.get(kind);
      const province = lastOfKind.get('Province');
      const fallback = province && THE_PROVINCE_RE.test(s.text) ? province : anaphor && (named ?? topic) ? (named ?? topic) : input.defaultSubject;
      const nameEnds = mentions.filter((m) => OWNER_KINDS.has(m.kind)).map((m) => m.end - s.start);
      for (const f of sentenceFacts(s, { candidates, places, nameEnds, fallback, carried }, input)) facts.push(f);
    }
    carried = carriedYear(s, candidates, carried);
    for (const p of places) lastOfKind.set(p.id.slice(0, p.id.indexOf(':')), p.id);
    const named = places.find((p) => p.subject)?.id;
    if (named) { topic = named; age = 0; } else if (!anaphor && ++age > TOPIC_REACH) topic = undefined;
  }
  return facts;
}
