// Relations between a thing and the subject the sentence states it of. The
// subject is the nearest fitting name before it in the same clause (then the
// same sentence); when the sentence names none, the document's own place
// stands in, as it does for 我市 / 全市 / "the city" sentences.
import {
  isKind, isPlace, ownPlaces, type Candidate, type Located, type RelationRule, type SentenceContext,
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

// Right after a name, what introduces its parts in the next clause: “六新”产业：新材料、…; "X, including A, B".
const INTRODUCES = /^\s*(?:[:：]|，?包括|,?\s*(?:including|namely|such as))/;

/** The first accepted mention of the clause after `target`, when `target` introduces it with a colon or "including". */
function introducedAfter(target: Located, pool: Located[], ctx: SentenceContext, accept: (l: Located) => boolean): Located | undefined {
  if (!INTRODUCES.test(ctx.text.slice(target.mention.end, target.mention.end + 12))) return undefined;
  return pool.find((l) => l.mention.start >= target.mention.end && l.clause === target.clause + 1 && accept(l));
}

// What may stand between the items of a list: 甲县、乙县和丙县, "A, B and the C".
const LIST_JOINER = /^\s*(?:[、,，]|和|与|及|以及|,?\s*and)\s*(?:the\s+)?$/i;

/**
 * `one` with the mentions of its kind listed next to it, towards `step` (-1: before it,
 * +1: after it): 甲县、乙县发展茶叶 states the industry of both counties.
 */
function withListed(one: Located, top: Located[], text: string, step: -1 | 1): Located[] {
  const list = [one];
  for (let i = top.indexOf(one) + step; i >= 0 && i < top.length; i += step) {
    const [a, b] = step < 0 ? [top[i], list[list.length - 1]] : [list[list.length - 1], top[i]];
    if (top[i].mention.kind !== one.mention.kind || !LIST_JOINER.test(text.slice(a.mention.end, b.mention.start))) break;
    list.push(top[i]);
  }
  return list;
}

function industrySubjects(ind: Located, top: Located[], ctx: SentenceContext): Candidate[] {
  // The industries of a list (the automobile, machinery and aluminum industries) share the subject of its first.
  const first = withListed(ind, top, ctx.text, -1).at(-1)!;
  const near = nearestBefore(first, top, (l) => LOCATION(l) || l.mention.kind === 'Zone' || BUSINESS(l), true);
  if (near === undefined) return ctx.documentPlace ? [{ type: 'HAS_INDUSTRY', from: ctx.documentPlace, to: ind.id }] : [];
  const type = BUSINESS(near) ? 'IN_INDUSTRY' : 'HAS_INDUSTRY';
  return withListed(near, top, ctx.text, -1).map((l) => ({ type, from: l.id, to: ind.id }));
}

function policySubject(policy: Located, top: Located[], ctx: SentenceContext): Candidate | undefined {
  // Regions and higher levels are named as context (落实省委部署, 黄河流域…) far more often than as the actor.
  const near = nearestBefore(policy, top, IMPLEMENTER, true);
  const subject = near?.id ?? ctx.documentPlace;
  return subject ? { type: 'IMPLEMENTS', from: subject, to: policy.id } : undefined;
}

// What may open a sentence before its subject: a time (2023年，, 今年, 过去一年).
const TIME_LEAD = /^(?:(?:19|20)\d{2}年|今年|去年|上年|近年来|过去一年|一年来)?[，,\s]*$/;

/**
 * The place a sentence opens with, when no other place comes between it and `l`: the subject
 * of its later clauses too (某市依托某资源，引进某公司建设某基地).
 */
function sentenceSubject(l: Located, top: Located[], ctx: SentenceContext): Located | undefined {
  const first = top[0];
  if (first === undefined || first === l || !LOCATION(first) || !TIME_LEAD.test(ctx.text.slice(ctx.sentence.start, first.mention.start))) return undefined;
  const between = top.slice(1, top.indexOf(l));
  return between.some((o) => isPlace(o)) ? undefined : first;
}

export const subjectRule: RelationRule = (ctx) => {
  const out: Candidate[] = [];
  const { mentions, top } = ctx;
  for (const l of top) {
    const kind = l.mention.kind;
    if (kind === 'Industry') {
      out.push(...industrySubjects(l, top, ctx));
    } else if (kind === 'Policy') {
      const c = policySubject(l, top, ctx);
      if (c) out.push(c);
      const target = nearestAfter(l, top, SUPPORTED) ?? introducedAfter(l, top, ctx, SUPPORTED);
      if (target) for (const t of withListed(target, top, ctx.text, 1)) out.push({ type: 'SUPPORTS', from: l.id, to: t.id });
    } else if (kind === 'Project') {
      const runner = nearestBefore(l, top, RUNNER, true);
      if (runner) out.push({ type: 'RUNS', from: runner.id, to: l.id });
    }
    if (LOCATED(l)) {
      const hasPlace = ownPlaces(l, mentions).length > 0;
      // Only a place locates by sharing a clause: zones named together are usually a list of peers.
      // A project or company named after a zone in its clause (某园区引进某项目) is in the zone.
      const near = hasPlace ? undefined : nearestBefore(l, top, (o) => LOCATION(o) || (BUSINESS(l) && o.mention.kind === 'Zone'), true)
        ?? sentenceSubject(l, top, ctx);
      const where = near?.id ?? (hasPlace ? undefined : ctx.documentPlace);
      if (where && where !== l.id) out.push({ type: 'LOCATED_IN', from: l.id, to: where });
    }
  }
  return out;
};
