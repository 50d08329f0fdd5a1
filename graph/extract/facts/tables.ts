// Figures laid out as a table (Markdown or HTML tables, which normalization turns
// into one line per row with the cells separated by spaces): a header line naming
// an indicator and its unit per column (地区生产总值（亿元）, 增速（%）), then rows
// of a label and numbers. Each number is a fact about the row's place, or about
// the document's place when the row names a part of the economy (第一产业).
import type { FactMeasure } from '../../schema.js';
import { hasHan } from '../scripts.js';
import type { Fact, Sentence } from '../types.js';
import { chineseIndicator } from './indicator.js';
import { headingYear } from './year.js';

export interface TableColumn {
  indicator: string;
  unit: string;
  measure: FactMeasure;
}

export interface TableRow {
  sentence: Sentence;
  label: string;
  /** One value per column; null where the cell holds no figure (-, —). */
  values: Array<number | null>;
}

export interface FactTable {
  header: Sentence;
  columns: TableColumn[];
  rows: TableRow[];
  year?: number;
}

const NUMBER_CELL = /^-?\d+(?:\.\d+)?%?$/;
const EMPTY_CELL = /^[-—–/／]$/;
// 地区生产总值（亿元）, 增速(%), 比重%.
const HEADER_CELL = /^(.*?[\u4e00-\u9fff][^（(]*?)\s*(?:[（(]([^（()）]{1,8})[）)]|(%))$/;
const UNIT_LINE = /单位[:：]\s*([\u4e00-\u9fff%]{1,6})/;
const YEAR = /((?:19|20)\d{2})\s*年/;
const GROWTH = /增速|增长|增幅|同比|比上年/;
const SHARE = /比重|占比|占/;
const BARE_GROWTH = /^(?:比上年|同比)?(?:增速|增长|增幅)(?:率)?$/;
const MIN_ROWS = 2;
const PROSE = /[，。；！？、,;]/;

const cellsOf = (s: Sentence) => s.text.trim().split(' ');

/** The columns a header line names, when every cell after the first names an indicator. */
function headerColumns(cells: readonly string[], unitAbove: string | undefined): TableColumn[] | null {
  if (cells.length < 2 || !hasHan(cells[0]) || NUMBER_CELL.test(cells[0])) return null;
  const columns: TableColumn[] = [];
  for (const cell of cells.slice(1)) {
    const m = HEADER_CELL.exec(cell);
    const unit = m?.[2] ?? m?.[3] ?? unitAbove;
    const name = m?.[1] ?? cell;
    if (!hasHan(name) || NUMBER_CELL.test(cell) || unit === undefined) return null;
    const measure: FactMeasure = GROWTH.test(name) ? 'growth' : SHARE.test(name) ? 'share' : 'level';
    // A bare 增速 column is the growth of the column before it.
    const indicator = BARE_GROWTH.test(name) && columns.length > 0 ? columns[columns.length - 1].indicator : name;
    columns.push({ indicator, unit, measure });
  }
  return columns;
}

function rowOf(sentence: Sentence, width: number): TableRow | null {
  const cells = cellsOf(sentence);
  if (cells.length !== width || NUMBER_CELL.test(cells[0]) || !hasHan(cells[0])) return null;
  const values: Array<number | null> = [];
  for (const cell of cells.slice(1)) {
    if (EMPTY_CELL.test(cell)) values.push(null);
    else if (NUMBER_CELL.test(cell)) values.push(Number(cell.replace('%', '')));
    else return null;
  }
  return values.some((v) => v !== null) ? { sentence, label: cells[0], values } : null;
}

/** The tables of a document's sentences: a header line and at least two rows right after it. */
export function findTables(sentences: readonly Sentence[]): FactTable[] {
  const tables: FactTable[] = [];
  for (let i = 0; i < sentences.length; i++) {
    // Most sentences are prose: clause punctuation or no Chinese at all rules a header out before any split.
    if (PROSE.test(sentences[i].text) || !hasHan(sentences[i].text)) continue;
    const above = sentences.slice(Math.max(0, i - 2), i).map((s) => s.text).join(' ');
    const columns = headerColumns(cellsOf(sentences[i]), UNIT_LINE.exec(above)?.[1]);
    if (columns === null) continue;
    const rows: TableRow[] = [];
    for (let k = i + 1; k < sentences.length; k++) {
      const row = rowOf(sentences[k], columns.length + 1);
      if (row === null) break;
      rows.push(row);
    }
    if (rows.length < MIN_ROWS) continue;
    const written = YEAR.exec(above)?.[1];
    const year = written !== undefined ? Number(written) : headingYear(sentences[i].heading);
    tables.push({ header: sentences[i], columns, rows, year });
    i += rows.length;
  }
  return tables;
}

/** Who a row is about, given the row's label: a place (its id), or the document's own place with the label as part of the indicator. */
export type RowSubject = (row: TableRow) => { subject: string; ofPart: boolean } | undefined;

// The share of one part of the economy (第一产业) in a GDP column is that part's added value.
const GDP = /^(?:地区生产总值|生产总值|GDP)$/;

function partIndicator(part: string, indicator: string): string {
  return GDP.test(indicator) ? `${part}增加值` : part + indicator;
}

/** The facts of one table, a fact per figure. */
export function tableFacts(table: FactTable, subjectOf: RowSubject, documentId: string, documentYear: number | undefined): Fact[] {
  const facts: Fact[] = [];
  for (const row of table.rows) {
    const who = subjectOf(row);
    if (who === undefined) continue;
    const { sentence } = row;
    row.values.forEach((value, k) => {
      if (value === null) return;
      const column = table.columns[k];
      facts.push({
        subject: who.subject,
        indicator: chineseIndicator(who.ofPart ? partIndicator(row.label, column.indicator) : column.indicator) || column.indicator,
        value,
        unit: column.unit,
        measure: column.measure,
        year: table.year ?? documentYear ?? null,
        evidence: { document: documentId, start: sentence.start, end: sentence.end, text: sentence.text },
      });
    });
  }
  return facts;
}
