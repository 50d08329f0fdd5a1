// English township names (Yukou Township) resolved against the townships of the
// places a document names: romanising all forty thousand townships up front
// would cost seconds, the few hundred in view cost nothing.
import { divisionByCode, gazetteer } from './gazetteer.js';
import { englishKey, romanise, syllablesOf } from './names.js';

let childrenOf: Map<string, string[]> | null = null;
const keysByCounty = new Map<string, Map<string, string[]>>();

/** Codes of the divisions directly under each division. */
function children(): Map<string, string[]> {
  if (childrenOf) return childrenOf;
  const map = new Map<string, string[]>();
  const add = (parent: string | undefined, code: string) => {
    if (!parent) return;
    const list = map.get(parent);
    if (list) list.push(code);
    else map.set(parent, [code]);
  };
  const g = gazetteer();
  for (const r of g.divisions.values()) add(r.parentCode, r.code);
  for (const row of g.townshipRows.values()) add(row.areaCode, row.code);
  childrenOf = map;
  return map;
}

/** English key of each township's short name under one county. */
function townshipKeys(county: string): Map<string, string[]> {
  let keys = keysByCounty.get(county);
  if (keys) return keys;
  keys = new Map();
  for (const code of children().get(county) ?? []) {
    const short = divisionByCode(code)?.shortName;
    if (!short) continue;
    const key = englishKey(romanise(syllablesOf(short)));
    keys.set(key, [...(keys.get(key) ?? []), code]);
  }
  keysByCounty.set(county, keys);
  return keys;
}

/** Townships whose English name has `key`, among those under the given cities and counties. */
export function townshipsByEnglish(key: string, places: Iterable<string>): string[] {
  const counties = new Set<string>();
  for (const code of places) {
    const level = divisionByCode(code)?.level;
    if (level === 'county') counties.add(code);
    else if (level === 'city') for (const child of children().get(code) ?? []) counties.add(child);
  }
  return [...counties].flatMap((county) => townshipKeys(county).get(key) ?? []);
}
