// The year a figure is for: a year written in its clause or sentence, else the
// year of the heading it falls under, else the document's year.
import { BASE_YEAR_BEFORE_RE, YEAR_RE } from './vocabulary.js';

const HEADING_YEAR_RE = new RegExp(YEAR_RE.source);

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

// "2024年政府工作报告", "2024 Government Work Report": delivered early in the year, it reviews the year before.
const WORK_REPORT_RE = /((?:19|20)\d{2})\s*年?[^\n]{0,20}?(?:政府工作报告|[Gg]overnment [Ww]ork [Rr]eport)/;

/** The year a government work report reviews, from a title or heading that names one. */
export function workReportYear(title: string): number | undefined {
  const m = WORK_REPORT_RE.exec(title);
  return m === null ? undefined : Number(m[1]) - 1;
}

export function headingYear(heading: string | undefined): number | undefined {
  if (!heading) return undefined;
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
