// Place recognition: provinces, cities, counties and townships from the national
// division gazetteer (Chinese full and short names, English pinyin names),
// villages and communities by pattern, and named regions.
import { segmentSentences } from '../recognise/span-tools.js';
import type { Mention, NormalizedDocument, Sentence } from '../types.js';
import { tokenAligner } from './align.js';
import { findEnglishRegions, findEnglishVillages } from './english-patterns.js';
import { englishAliasesOf, placeByCode, type PlaceRecord } from './gazetteer.js';
import { findRegionMentions } from './regions.js';
import { resolveCandidates, type Choice } from './resolve.js';
import { scanChinese, scanEnglish } from './scan.js';
import { sentenceLocator } from './sentence-of.js';
import { findVillageMentions } from './villages.js';

export { placeAncestors, placeByCode, type PlaceRecord } from './gazetteer.js';

function unique(values: readonly string[], except: string): string[] {
  return [...new Set(values)].filter((v) => v !== except && v.length > 0);
}

function divisionMention(text: string, choice: Choice, sentence: number): Mention {
  const { candidate: c, code } = choice;
  const surface = text.slice(c.start, c.end);
  // Without a code the full name (the surface) still names the place; its forms are shared.
  const record = placeByCode(code ?? c.codes[0]) as PlaceRecord;
  const name = code ? record.name : surface;
  const short = record.shortName.length >= 2 ? [record.shortName] : [];
  return {
    kind: record.kind,
    surface,
    name,
    aliases: unique([surface, ...short, ...englishAliasesOf(record)], name),
    start: c.start,
    end: c.end,
    sentence,
    place: code
      ? { divisionCode: code, level: record.level, nameEn: record.nameEn, ...(record.parentCode ? { parentCode: record.parentCode } : {}) }
      : { level: record.level, nameEn: record.nameEn },
    source: c.form.startsWith('english') ? 'pinyin' : 'gazetteer',
  };
}

/** Every place mention in the document, offsets absolute in `doc.text`, in text order. */
export function findPlaceMentions(doc: NormalizedDocument, sentences: Sentence[]): Mention[] {
  const { text } = doc;
  const sentenceAt = sentenceLocator(sentences);
  segmentSentences(sentences);
  const aligned = tokenAligner(text, sentences);
  const groups = [...scanChinese(text), ...scanEnglish(text)].sort((a, b) => a[0].start - b[0].start);
  const divisions = resolveCandidates(text, groups, aligned).map((choice) => divisionMention(text, choice, sentenceAt(choice.candidate.start)));
  const villages = [...findVillageMentions(text, divisions, sentenceAt), ...findEnglishVillages(text, sentenceAt)];
  const regions = findRegionMentions(text, sentenceAt, aligned);
  // A known region (Yellow River Basin) is already found whole; the pattern would find it again.
  const englishRegions = findEnglishRegions(text, sentenceAt).filter((r) => !regions.some((k) => k.start < r.end && r.start < k.end));
  return [...divisions, ...villages, ...regions, ...englishRegions].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The division code of the province named most often in the mentions (directly or through its parts). */
export function documentProvince(mentions: readonly Mention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const code = m.place?.divisionCode;
    if (!code) continue;
    const province = code.slice(0, 2);
    counts.set(province, (counts.get(province) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[1]?.[1] === ranked[0][1]) return undefined;
  return ranked[0][0];
}
