// What kind of figure it is: a rate of change (增长5%), a proportion (占比30%,
// 完成率102%), a goal (力争…, a future year, a plan-section heading) or a level.
import type { FactMeasure } from '../../schema.js';
import type { UnitKind } from './units.js';
import {
  FALL_AFTER_EN_RE, FALL_BEFORE_EN_RE, FALL_BEFORE_ZH_RE, GROWTH_AFTER_EN_RE, GROWTH_BEFORE_EN_RE, GROWTH_BEFORE_ZH_RE, REVIEW_HEADING_RE, TARGET_EN_RE, TARGET_HEADING_RE, TARGET_ZH_RE,
} from './vocabulary.js';

const GROWTH_WINDOW = 48;

/**
 * Level, growth or share, from the unit and the words right before the figure. A percentage
 * that is not a change is a proportion (占比, 完成率, "accounted for"); percentage points are changes.
 */
export function baseMeasure(kind: UnitKind, before: string, after: string): FactMeasure {
  if (kind === 'amount') return 'level';
  const tail = before.slice(-GROWTH_WINDOW);
  if (kind === 'points' || GROWTH_BEFORE_ZH_RE.test(tail) || GROWTH_BEFORE_EN_RE.test(tail)) return 'growth';
  return GROWTH_AFTER_EN_RE.test(after) ? 'growth' : 'share';
}

/** Whether a rate of change is a fall: 下降2.1%, "down 2.1 percent", "a 2.1% decline". */
export function isFall(before: string, after: string): boolean {
  const tail = before.slice(-GROWTH_WINDOW);
  return FALL_BEFORE_ZH_RE.test(tail) || FALL_BEFORE_EN_RE.test(tail) || FALL_AFTER_EN_RE.test(after);
}

/** Where the sentence first uses a goal word (力争, 目标, "strive"), or Infinity. */
export function targetCueAt(text: string): number {
  const zh = TARGET_ZH_RE.exec(text)?.index ?? Infinity;
  const en = TARGET_EN_RE.exec(text)?.index ?? Infinity;
  return Math.min(zh, en);
}

export interface TargetContext {
  /** A goal word comes before the figure's end. */
  cued: boolean;
  heading?: string;
  year?: number;
  documentYear?: number;
  /** The sentence reports the figure as reached (完成, 比上年增长, "compared with the previous year"). */
  achieved?: boolean;
}

/** Whether a figure states a goal rather than a result. */
export function isTarget(ctx: TargetContext): boolean {
  if (ctx.cued) return true;
  // A later year than the one reviewed is a goal's, unless the sentence reports it done (完成, 比上年).
  if (ctx.year !== undefined && ctx.documentYear !== undefined && ctx.year > ctx.documentYear && !ctx.achieved) return true;
  return ctx.heading !== undefined && TARGET_HEADING_RE.test(ctx.heading) && !REVIEW_HEADING_RE.test(ctx.heading);
}
