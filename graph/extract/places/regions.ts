// Named regions: the well-known national ones (长三角 / Yangtze River Delta …),
// names ending in a region word (…城市群, …经济带, …流域, …金三角) whose left
// edge jieba fixes, and province abbreviations with a direction (晋南, 陕北).
import { tag } from '../recognise/boundary.js';
import type { Mention } from '../types.js';
import { hanWindow, type TokenAligner } from './align.js';
import { lexicon } from './lexicon.js';
import type { SentenceLocator } from './sentence-of.js';
import { Trie } from './trie.js';

interface KnownRegion {
  /** Chinese forms, the canonical one first. */
  zh: readonly string[];
  en: readonly string[];
}

const KNOWN_REGIONS: readonly KnownRegion[] = [
  { zh: ['长三角', '长江三角洲'], en: ['Yangtze River Delta'] },
  { zh: ['珠三角', '珠江三角洲'], en: ['Pearl River Delta'] },
  { zh: ['京津冀'], en: ['Beijing-Tianjin-Hebei'] },
  { zh: ['粤港澳大湾区', '大湾区'], en: ['Guangdong-Hong Kong-Macao Greater Bay Area', 'Greater Bay Area'] },
  { zh: ['成渝地区双城经济圈', '成渝双城经济圈'], en: ['Chengdu-Chongqing Economic Circle'] },
  { zh: ['黄河流域'], en: ['Yellow River Basin'] },
  { zh: ['长江流域'], en: ['Yangtze River Basin'] },
  { zh: ['长江经济带'], en: ['Yangtze River Economic Belt'] },
  { zh: ['华北', '华北地区'], en: ['North China'] },
  { zh: ['华东', '华东地区'], en: ['East China'] },
  { zh: ['华南', '华南地区'], en: ['South China'] },
  { zh: ['华中', '华中地区'], en: ['Central China'] },
  { zh: ['东北地区'], en: ['Northeast China'] },
  { zh: ['西北地区'], en: ['Northwest China'] },
  { zh: ['西南地区'], en: ['Southwest China'] },
  { zh: ['中部地区'], en: [] },
  { zh: ['西部地区'], en: [] },
  { zh: ['东部地区'], en: [] },
];

const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const REGION_WORDS = /城市群|都市圈|经济圈|经济带|经济区|流域|金三角/g;
// Province abbreviations with a direction name a part of the province (晋南, 陕北, 苏南).
const ABBREVIATION_PART = /[晋陕秦豫冀鲁苏浙皖闽赣湘鄂粤桂琼川黔滇陇蒙辽渝][东南西北]{1,2}(?:地区)?/g;
// Tokens that may make up the name before a region word, and those that make it a proper name.
const PART_TAGS = new Set(['ns', 'n', 'nz', 'f', 's', 'j', 'nr', 'nrt', 'x', 'ng']);
const PROPER_TAGS = new Set(['ns', 'nz', 'j', 'nr', 'nrt', 'x']);
const MAX_PREFIX = 10;
const MAX_PREFIX_TOKENS = 4;

interface Known {
  name: string;
  aliases: string[];
}

let knownIndex: { zh: Trie<Known>; en: RegExp; byEnglish: Map<string, Known> } | null = null;

function known() {
  if (knownIndex) return knownIndex;
  const zh = new Trie<Known>();
  const byEnglish = new Map<string, Known>();
  for (const r of KNOWN_REGIONS) {
    const entry = { name: r.zh[0], aliases: [...r.zh.slice(1), ...r.en] };
    for (const form of r.zh) zh.add(form, entry);
    for (const form of r.en) byEnglish.set(form, entry);
  }
  const forms = [...byEnglish.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[-\s]+/g, '[-\\s]+'));
  knownIndex = { zh, en: new RegExp(`\\b(?:${forms.join('|')})\\b`, 'g'), byEnglish };
  return knownIndex;
}

type Found = Omit<Mention, 'sentence'>;

function region(text: string, start: number, end: number, name: string, aliases: string[], source: string): Found {
  const surface = text.slice(start, end);
  const all = [...new Set([surface, ...aliases])].filter((a) => a !== name);
  return { kind: 'Region', surface, name, aliases: all, start, end, source };
}

function knownMentions(text: string, aligned: TokenAligner): Found[] {
  const { zh, en, byEnglish } = known();
  const found: Found[] = [];
  // Every Chinese form starts with a Han character: only runs of such characters need the trie.
  let from = 0;
  HAN_RUN.lastIndex = 0;
  for (let run = HAN_RUN.exec(text); run !== null; run = HAN_RUN.exec(text)) {
    const end = run.index + run[0].length;
    for (let i = Math.max(from, run.index); i < end; i++) {
      const longest = zh.longestAt(text, i);
      if (longest === null || (longest.end - i <= 2 && !aligned(i, longest.end))) continue;
      const entry = longest.values[0];
      found.push(region(text, i, longest.end, entry.name, entry.aliases, 'gazetteer'));
      from = longest.end;
      i = longest.end - 1;
    }
  }
  for (const m of text.matchAll(en)) {
    const entry = byEnglish.get(m[0].replace(/[-\s]+/g, (s) => (s.includes('-') ? '-' : ' ')));
    if (entry) found.push(region(text, m.index, m.index + m[0].length, entry.name, entry.aliases, 'gazetteer'));
  }
  return found;
}

/** The start of the proper name before a region word at [at, end), or -1. */
function prefixStart(text: string, at: number, end: number): number {
  const { from } = hanWindow(text, at, at, MAX_PREFIX);
  const tokens = tag(text.slice(from, end));
  let pos = end;
  let start = -1;
  let proper = false;
  let taken = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    pos -= t.word.length;
    if (pos >= at) continue;
    if (!PART_TAGS.has(t.tag) || at - pos > MAX_PREFIX || ++taken > MAX_PREFIX_TOKENS) break;
    proper ||= PROPER_TAGS.has(t.tag);
    start = pos;
  }
  return proper && at - start >= 2 ? start : -1;
}

function patternMentions(text: string, aligned: TokenAligner): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(REGION_WORDS)) {
    const end = m.index + m[0].length;
    const start = prefixStart(text, m.index, end);
    if (start >= 0) found.push(region(text, start, end, text.slice(start, end), [], 'pattern'));
  }
  for (const m of text.matchAll(ABBREVIATION_PART)) {
    const end = m.index + m[0].length;
    // 陕西, 湘西: a division's own name, not a part of a province.
    const isDivision = lexicon().chinese.matchesAt(text, m.index).some((d) => d.end - m.index >= 2);
    if (!isDivision && aligned(m.index, end)) found.push(region(text, m.index, end, m[0].replace(/地区$/, ''), [], 'pattern'));
  }
  return found;
}

/** Region mentions; of overlapping ones the longer wins, a known region on a tie. */
export function findRegionMentions(text: string, sentenceAt: SentenceLocator, aligned: TokenAligner): Mention[] {
  const candidates = [...knownMentions(text, aligned), ...patternMentions(text, aligned)];
  const ranked = candidates.map((f, order) => ({ f, order })).sort((a, b) => b.f.end - b.f.start - (a.f.end - a.f.start) || a.order - b.order);
  const kept: Found[] = [];
  for (const { f } of ranked) {
    if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start).map((f) => ({ ...f, sentence: sentenceAt(f.start) }));
}
