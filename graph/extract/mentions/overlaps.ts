// Resolves overlapping mentions from independent recognisers into one
// consistent set. A nested mention survives only where its nesting says
// something the relation stage reads (a place inside a company name gives
// LOCATED_IN, a company inside a project name gives RUNS, an industry inside
// a project name gives IN_INDUSTRY); otherwise the longer span wins.
import { ENTITY_KINDS, type EntityKind } from '../../schema.js';
import type { Mention } from '../types.js';

/** On identical spans the earlier kind wins: gazetteer places are the surest. */
const SAME_SPAN_PRIORITY: EntityKind[] = [
  'Province', 'City', 'County', 'Locality', 'Region', 'Organization', 'Enterprise', 'Zone', 'Project', 'Person',
  'Policy', 'Industry',
];

const NESTABLE_INSIDE: Partial<Record<EntityKind, readonly EntityKind[]>> = {
  Enterprise: ['Province', 'City', 'County', 'Locality', 'Industry'],
  Organization: ['Province', 'City', 'County', 'Locality'],
  Project: ['Province', 'City', 'County', 'Locality', 'Enterprise', 'Organization', 'Industry', 'Zone'],
  Zone: ['Province', 'City', 'County', 'Locality', 'Industry', 'Region'],
  Policy: ['Province', 'City', 'County', 'Locality', 'Industry', 'Region'],
  Region: ['Province', 'City', 'County'],
  Industry: [],
};

const priority = (k: EntityKind) => SAME_SPAN_PRIORITY.indexOf(k);

function compareForSelection(a: Mention, b: Mention): number {
  const byLength = b.end - b.start - (a.end - a.start);
  return byLength !== 0 ? byLength : priority(a.kind) - priority(b.kind);
}

// A company's registered name is a name of its own wherever it stands (某某集团有限公司某某基地, …公司党委),
// and so is the company a site is named after (某某合肥基地).
const REGISTERED_COMPANY = /(?:公司|集团)$/;
const COMPANY_SITE = /(?:基地|工厂|研发中心)$/;

function mayNest(outer: Mention, inner: Mention): boolean {
  if (outer.kind === inner.kind) return false;
  if (inner.kind === 'Enterprise' && REGISTERED_COMPANY.test(inner.surface)) return true;
  if (inner.kind === 'Enterprise' && outer.kind === 'Zone' && inner.start === outer.start && COMPANY_SITE.test(outer.surface)) return true;
  return (NESTABLE_INSIDE[outer.kind] ?? []).includes(inner.kind);
}

function clashes(m: Mention, c: Mention): boolean {
  if (m.end <= c.start || m.start >= c.end) return false;
  const nested = m.start >= c.start && m.end <= c.end && !(m.start === c.start && m.end === c.end);
  return !(nested && mayNest(c, m));
}

/** Index of the first of `sorted` (by start) whose start is at least `offset`. */
function firstFrom(sorted: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Keeps a consistent subset of `mentions`, sorted by position. The kept ones are
 * held by start, so a candidate is compared only with those that can reach it
 * (starting within the longest kept length before it), not with all of them.
 */
export function resolveOverlaps(mentions: readonly Mention[]): Mention[] {
  const chosen: Mention[] = [];
  let longest = 0;
  for (const m of [...mentions].sort(compareForSelection)) {
    let clash = false;
    for (let i = firstFrom(chosen, m.start - longest); i < chosen.length && chosen[i].start < m.end; i++) {
      if (clashes(m, chosen[i])) {
        clash = true;
        break;
      }
    }
    if (clash) continue;
    chosen.splice(firstFrom(chosen, m.start + 1), 0, m);
    longest = Math.max(longest, m.end - m.start);
  }
  return chosen.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function isPlaceKind(kind: EntityKind): boolean {
  return ENTITY_KINDS[kind].place;
}
