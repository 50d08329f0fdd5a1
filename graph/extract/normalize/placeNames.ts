// Names of China's administrative divisions (province, prefecture, county
// level), full and short ("山西省" and "山西"), from the places gazetteer.
import { gazetteer } from '../places/gazetteer.js';

let names: Set<string> | undefined;

export function placeNames(): Set<string> {
  if (!names) {
    names = new Set();
    for (const d of gazetteer().divisions.values()) {
      names.add(d.name);
      if (d.shortName.length >= 2) names.add(d.shortName);
    }
  }
  return names;
}
