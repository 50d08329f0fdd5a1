// Relations between a thing and the subject the sentence states it of. The
// subject is the nearest fitting name before it in the same clause (then the
// same sentence); when the sentence names none, the document's own place
// stands in, as it does for 我市 / 全市 / "the city" sentences.
import {
  isKind, isPlace, nestedIn, type Candidate, type Located, type RelationRule, type SentenceContext,
} from './context.js';

const BUSINESS = isKind('Enterprise', 'Project');
const LOCATION = isKind('City', 'County', 'Locality');
const IMPLEMENTER = isKind('City', 'County', 'Locality', 'Zone', 'Organization');
const SUPPORTED = isKind('Industry', 'Enterprise', 'Project', 'Zone');
const RUNNER = isKind('Enterprise', 'Organization');
const LOCATED = isKind('Zone', 'Project', 'Enterprise');

function nearestBefore(
  target: Located,
  pool: Located[],
  accept: (l: Located) => boolean,
  sameClause: boolean,
): Located | undefined {
  let best: Located | undefined;
  for (const l of pool) {
    if (l.mention.end > target.mention.start || !accept(l)) continue;
    if (sameClause && l.clause !== target.clause) continue;
    if (!best || l.mention.start > best.mention.start) best = l;
  }
  return best;
}

function nearestAfter(target: Located, pool: Located[], accept: (l: Located) => boolean): Located | undefined {
  return pool.find((l) => l.mention.start >= target.mention.end && l.clause === target.clause && accept(l));
}

function industrySubject(ind: Located, top: Located[], ctx: SentenceContext): Candidate | undefined {
  const near = nearestBefore(ind, top, (l) => LOCATION(l) || l.mention.kind === 'Zone' || BUSINESS(l), true);
  if (near && BUSINESS(near)) return { type: 'IN_INDUSTRY', from: near.id, to: ind.id };
  const subject = near?.id ?? ctx.documentPlace;
  return subject ? { type: 'HAS_INDUSTRY', from: subject, to: ind.id } : undefined;
}

function policySubject(policy: Located, top: Located[], ctx: SentenceContext): Candidate | undefined {
  // Regions and higher levels are named as context (落实省委部署, 黄河流域…) far more often than as the actor.
  const near = nearestBefore(policy, top, IMPLEMENTER, true);
  const subject = near?.id ?? ctx.documentPlace;
  return subject ? { type: 'IMPLEMENTS', from: subject, to: policy.id } : undefined;
}

export const subjectRule: RelationRule = (ctx) => {
  const out: Candidate[] = [];
  const { mentions, top } = ctx;
  for (const l of top) {
    const kind = l.mention.kind;
    if (kind === 'Industry') {
      const c = industrySubject(l, top, ctx);
      if (c) out.push(c);
    } else if (kind === 'Policy') {
      const c = policySubject(l, top, ctx);
      if (c) out.push(c);
      const target = nearestAfter(l, top, SUPPORTED);
      if (target) out.push({ type: 'SUPPORTS', from: l.id, to: target.id });
    } else if (kind === 'Project') {
      const runner = nearestBefore(l, top, RUNNER, true);
      if (runner) out.push({ type: 'RUNS', from: runner.id, to: l.id });
    }
    if (LOCATED(l)) {
      const hasPlace = mentions.some((o) => nestedIn(o, l) && isPlace(o));
      // Only a place locates by sharing a clause: zones named together are usually a list of peers.
      const near = hasPlace ? undefined : nearestBefore(l, top, LOCATION, true);
      const where = near?.id ?? (hasPlace ? undefined : ctx.documentPlace);
      if (where && where !== l.id) out.push({ type: 'LOCATED_IN', from: l.id, to: where });
    }
  }
  return out;
};
