// The year a figure is for: a year written in its clause or sentence, else the
// year of the heading it falls under, else the document's year.
import { BASE_YEAR_BEFORE_RE, YEAR_RE } from './vocabulary.js';

// A heading that is itself a sentence of figures (二、…最高不超过2000万元) holds amounts that look like years.
const HEADING_YEAR_RE = new RegExp(`${YEAR_RE.source}(?![.,]?\\d|\\s*(?:[万亿千百元吨个家%％]|余|多|percent|yuan|tons?|million|billion))`);

export interface YearAt {
  year: number;
  at: number;
}

/** Years written in a sentence, skipping base years ("比2020年") and numbers inside figures. */
export function yearsIn(text: string, inFigure: (at: number) => boolean): YearAt[] {
  const years: YearAt[] = [];
  for (const m of text.matchAll(YEAR_RE)) {
    if (inFigure(m.index) || BASE_YEAR_BEFORE_RE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    years.push({ year: Number(m[1]), at: m.index });
  }
  return years;
}

// "2024年政府工作报告", "2024 Government Work Report", "Government Work Report of X City (2024)":
// delivered early in the year, it reviews the year before.
const WORK_REPORT_RE =
  /((?:19|20)\d{2})\s*年?[^\n]{0,20}?(?:政府工作报告|[Gg]overnment [Ww]ork [Rr]eport)|[Gg]overnment [Ww]ork [Rr]eport\b[^\n\d]{0,40}?[(（]?((?:19|20)\d{2})\b/;

function workReportYear(text: string): number | undefined {
  const m = WORK_REPORT_RE.exec(text);
  return m === null ? undefined : Number(m[1] ?? m[2]) - 1;
}

// "第十四个五年规划", "“十四五”规划", "14th Five-Year Plan": a plan's figures are targets beyond the year before it starts.
const FIVE_YEAR_PLAN_RE = /第?(十[一二三四五六七八九]|[1-2]\d)(?:个五年|th Five-Year|[”"]?五[”"]?规划)/;
const PLAN_NUMBER: Readonly<Record<string, number>> = { 十一: 11, 十二: 12, 十三: 13, 十四: 14, 十五: 15, 十六: 16, 十七: 17, 十八: 18, 十九: 19 };

// "三年行动计划（2024—2026年）", "Plan (2024-2026)": a plan over a span of years looks back from the year before it.
const PLAN_SPAN_RE = /((?:19|20)\d{2})\s*(?:年)?\s*[—–\-~～至到]\s*(?:19|20)\d{2}/;

/**
 * The year a report looks back on, from its title: the year before the one a
 * government work report names, the year before a plan's span of years, or the year
 * before a five-year plan starts (the 3rd plan began in 1966, each later one five years on).
 */
export function reviewedYear(title: string): number | undefined {
  const report = workReportYear(title);
  if (report !== undefined) return report;
  const span = PLAN_SPAN_RE.exec(title);
  if (span !== null) return Number(span[1]) - 1;
  const plan = FIVE_YEAR_PLAN_RE.exec(title);
  if (plan === null) return undefined;
  const n = PLAN_NUMBER[plan[1]] ?? Number(plan[1]);
  return n >= 3 ? 1966 + 5 * (n - 3) - 1 : undefined;
}

export function headingYear(heading: string | undefined): number | undefined {
  if (!heading) return undefined;
  // Under a work report's title the figures are the reviewed year's; a plan's heading says nothing of their year.
  const reviewed = workReportYear(heading);
  if (reviewed !== undefined) return reviewed;
  const m = HEADING_YEAR_RE.exec(heading);
  return m ? Number(m[1]) : undefined;
}

/** The nearest year before the figure, else the first one after it within its clause. */
export function writtenYear(years: readonly YearAt[], at: number, clauseEnd: number): number | undefined {
  let before: number | undefined;
  for (const y of years) {
    if (y.at < at) before = y.year;
    else return before ?? (y.at < clauseEnd ? y.year : undefined);
  }
  return before;
}
