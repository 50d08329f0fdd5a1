// Whom a figure is about: the nearest place named before it in the sentence,
// unless that place is a partner or list member ("与太原市", "北京、上海等") or
// the sentence turns back to the document's own place ("全市", "the city").
import { ENTITY_KINDS } from '../../schema.js';
import type { Mention } from '../types.js';
import { DATELINE_AFTER_RE } from '../vocab/dateline.js';
import { CAPITAL_OF_BEFORE_RE, CLAUSE_BOUNDARY_RE, NOT_SUBJECT_AFTER_RE, NOT_SUBJECT_BEFORE_RE, SELF_PLACE_BEFORE_RE, SELF_PLACE_RE } from './vocabulary.js';

export interface PlaceAt {
  id: string;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  /** Whether the place can be the sentence's subject (not a partner, destination or list member). */
  subject: boolean;
  /** Start of the zone whose name the place opens (某某经济技术开发区), where an indicator naming it begins. */
  nameStart?: number;
}

const LOOK_AROUND = 8;
// Between a company and the place of its site: a space, an acronym in brackets, a legal form's full stop.
const SITE_GAP = /^\.?\s*(?:[(（][A-Za-z]{2,8}[)）]\s*)?$/;
const IN_PLACE_RE = /^,?\s+in\s+(?:the\s+)?$/;

/** Place mentions of one sentence, in text order; `ids` are the mentions' entity ids, at the same index. */
export function subjectPlaces(text: string, offset: number, mentions: readonly Mention[], ids: readonly string[]): PlaceAt[] {
  // A zone named after its place (某某经济技术开发区) is in it: that place may be what the figures are about.
  const others = mentions.filter((m) => !ENTITY_KINDS[m.kind].place);
  const holders = others.filter((m) => m.kind !== 'Zone');
  const places: PlaceAt[] = [];
  let previousEnd = -1;
  let previousPartner = false;
  // In text order: what is written just before a place (a partner's 与, a chain's first division) decides it.
  const inOrder = [...mentions.keys()].filter((i) => ENTITY_KINDS[mentions[i].kind].place).sort((a, b) => mentions[a].start - mentions[b].start);
  for (const i of inOrder) {
    const m = mentions[i];
    // A place inside an organization or enterprise name ("X市人民政府") is not talked about itself.
    if (holders.some((o) => o.start <= m.start && o.end >= m.end)) continue;
    // Nor is a company's site named after it ("CATL Sichuan base", 某某集团福建基地).
    if (others.some((o) => o.kind === 'Enterprise' && o.end <= m.start && SITE_GAP.test(text.slice(o.end - offset, m.start - offset)))) continue;
    const start = m.start - offset;
    const end = m.end - offset;
    if (start < 0 || end > text.length) continue;
    const before = text.slice(Math.max(0, start - LOOK_AROUND), start);
    // "Luoyang City in Henan Province achieved…": the place after "in" only locates the one before it.
    const locating = (previousEnd >= 0 && IN_PLACE_RE.test(text.slice(previousEnd, start)))
      || CAPITAL_OF_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start));
    // A partner's place goes on in the divisions written right after it: 与上海市松江区共建 names no subject.
    const partner: boolean = NOT_SUBJECT_BEFORE_RE.test(before) || (previousPartner && previousEnd === start);
    // A report's figures are its places' own; a region it names (a river basin, an economic belt) is where they act.
    const subject = m.kind !== 'Region' && !locating && !partner && !SELF_PLACE_BEFORE_RE.test(before)
      && !NOT_SUBJECT_AFTER_RE.test(text.slice(end, end + LOOK_AROUND)) && !DATELINE_AFTER_RE.test(text.slice(end, end + 2 * LOOK_AROUND));
    previousEnd = end;
    previousPartner = partner;
    const zone = others.find((o) => o.kind === 'Zone' && o.start <= m.start && o.end >= m.end);
    places.push(zone === undefined ? { id: ids[i], start, end, subject } : { id: ids[i], start, end, subject, nameStart: zone.start - offset });
  }
  return places;
}

/** The subject of a figure starting at `at` among subject places, else the default subject. */
export function subjectAt(text: string, places: readonly PlaceAt[], at: number, fallback: string | undefined): string | undefined {
  let nearest: PlaceAt | undefined;
  for (const p of places) {
    if (p.end > at) break;
    nearest = p;
  }
  if (!nearest || SELF_PLACE_RE.test(text.slice(nearest.end, at))) return fallback;
  return nearest.id;
}

const LIST_GAP = /^(?:、|，|和|与|及|以及|,? and |, )$/;
const EACH_RE = /(?<![年人])均|各自/;
const RESPECTIVELY_RE = /分别/;
// In the same sentence: no full stop but a decimal point before it.
const EN_RESPECTIVELY_AFTER_RE = /^(?:[^.;。；]|\.\d)*?\brespectively\b/;
// 分别 later in the same sentence part, after a comma at most: not past 。；.
const LATER_RESPECTIVELY_RE = /^[^。；;]*?[，,]\s*分别/;

/** Places listed together (A、B和C) and what the clause after them says of its figures. */
export interface PlaceList {
  ids: string[];
  /** End of the last place, sentence-relative. */
  end: number;
  /** Every figure holds for each place (均), or the n-th figure of a kind is the n-th place's (分别). */
  mode: 'each' | 'respectively';
}

/**
 * Runs of two or more places that a clause goes on to state figures of, each (A、B、C经济总量均超过300亿元)
 * or respectively (A、B、C分别增长6.5%、7.1%和6.8%): up to the first figure after them, in their clause.
 */
export function placeLists(text: string, written: readonly PlaceAt[], figureStarts: readonly number[]): PlaceList[] {
  const lists: PlaceList[] = [];
  // A chain of divisions (上海市青浦区) is one item of a list: its last, most precise place, from the chain's start.
  const places: PlaceAt[] = [];
  for (const [i, p] of written.entries()) {
    if (written[i + 1]?.start === p.end) continue;
    let start = p.start;
    for (let k = i - 1; k >= 0 && written[k].end === start; k--) start = written[k].start;
    places.push({ ...p, start });
  }
  for (let i = 0; i < places.length; ) {
    let j = i;
    while (j + 1 < places.length && LIST_GAP.test(text.slice(places[j].end, places[j + 1].start))) j++;
    const end = places[j].end;
    const next = figureStarts.find((at) => at >= end);
    const between = next === undefined ? '' : text.slice(end, next);
    // English says "respectively" after the figures: "A, B and C grew 7.4%, 4.6% and 3.1% respectively".
    const mode = RESPECTIVELY_RE.test(between) || EN_RESPECTIVELY_AFTER_RE.test(text.slice(end)) ? 'respectively' : EACH_RE.test(between) ? 'each' : undefined;
    if (j > i && mode !== undefined && !CLAUSE_BOUNDARY_RE.test(between)) {
      lists.push({ ids: places.slice(i, j + 1).map((p) => p.id), end, mode });
    } else if (j > i) {
      // "A、B、C三地…合计X亿元，分别增长P、Q和R": the 分别 of a later clause gives the figures after it in turn.
      const later = LATER_RESPECTIVELY_RE.exec(text.slice(end));
      if (later !== null) lists.push({ ids: places.slice(i, j + 1).map((p) => p.id), end: end + later[0].length, mode: 'respectively' });
    }
    i = j + 1;
  }
  return lists;
}
