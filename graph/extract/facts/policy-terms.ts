// Figures a policy document sets rather than reports: what it grants, its caps and its thresholds.
import type { Candidate } from './special.js';

// A policy's terms are figures of no place: what it grants (给予500万元奖励, 按投资额的10%给予补助),
// its caps (最高不超过2000万元) and the thresholds it sets (对年营业收入首次突破100亿元的企业).
const GRANT_BEFORE_RE = /(?:给予|奖励|补助|补贴|资助|最高不超过|最高|不超过)[^，。；,;]{0,3}$/;
const GRANT_AFTER_RE = /^[^，。；,;]{0,6}(?:给予|的?(?:奖励|补助|补贴|资助))/;
const CONDITION_BEFORE_RE = /对[^，。；,;]{0,20}$/;
const CONDITION_AFTER_RE = /^[^，。；,;]{0,8}的(?:企业|项目|单位|个人|家庭|主体)/;

export function policyTerm(text: string, c: Candidate, clauseStart: number, clauseEnd: number): boolean {
  const before = text.slice(clauseStart, c.start);
  const after = text.slice(c.end, clauseEnd);
  return GRANT_BEFORE_RE.test(before) || GRANT_AFTER_RE.test(after) || (CONDITION_BEFORE_RE.test(before) && CONDITION_AFTER_RE.test(after));
}
