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

function mayNest(outer: Mention, inner: Mention): boolean {
  if (outer.kind === inner.kind) return false;
  return (NESTABLE_INSIDE[outer.kind] ?? []).includes(inner.kind);
}

/** Keeps a consistent subset of `mentions`, sorted by position. */
export function resolveOverlaps(mentions: readonly Mention[]): Mention[] {
  const chosen: Mention[] = [];
  for (const m of [...mentions].sort(compareForSelection)) {
    const clash = chosen.some((c) => {
      if (m.end <= c.start || m.start >= c.end) return false;
      const nested = m.start >= c.start && m.end <= c.end && !(m.start === c.start && m.end === c.end);
      return !(nested && mayNest(c, m));
    });
    if (!clash) chosen.push(m);
  }
  return chosen.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function isPlaceKind(kind: EntityKind): boolean {
  return ENTITY_KINDS[kind].place;
}
