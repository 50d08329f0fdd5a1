// Works out which place a document is about, so that "我市 / 全市 / the city"
// sentences get it as their implied subject. The title counts most, then
// how often each city or county is named, then naming near "our city" words.
import type { Entity, Mention, NormalizedDocument } from '../types.js';
import { DATELINE_AFTER_RE } from '../vocab/dateline.js';

const SUBJECT_KINDS = new Set(['City', 'County']);
const SELF_REFERENCE = /我市|全市|本市|我县|全县|本县|我区|全区|我省|全省|本省|our city|the city|whole city|our county|our province|the province|whole province/gi;
// A province is the document's place when its title names it, or when the text speaks of 全省 more than
// of 全市 and names the province at its head; then each "全省" speaks of it.
const PROVINCE_SELF_REFERENCE = /(?:省|province)$/i;

/**
 * How often the text refers to its own place, and how often of those to its province: one pass, as no
 * reference overlaps another, so the province ones are exactly those a scan for them alone would find.
 */
function selfReferences(text: string): { all: number; province: number } {
  let all = 0;
  let province = 0;
  SELF_REFERENCE.lastIndex = 0;
  for (let m = SELF_REFERENCE.exec(text); m !== null; m = SELF_REFERENCE.exec(text)) {
    all++;
    if (PROVINCE_SELF_REFERENCE.test(m[0])) province++;
  }
  return { all, province };
}

export function documentPlace(
  doc: Pick<NormalizedDocument, 'title' | 'text'>,
  mentions: readonly Mention[],
  entityOf: readonly string[],
  entities: readonly Entity[],
): string | undefined {
  const score = new Map<string, number>();
  const add = (id: string, w: number) => score.set(id, (score.get(id) ?? 0) + w);
  const head = doc.text.slice(0, 400);
  // Counted only when a rule below reads them: a scan of the whole text is the dear part here.
  let refs: { all: number; province: number } | undefined;
  const counts = () => (refs ??= selfReferences(doc.text));
  // A title that names a province and no city or county below it (江西锂电产业链…) is about the province.
  const titleNamesLocal = mentions.some((m) => SUBJECT_KINDS.has(m.kind) && doc.title.includes(m.surface));
  mentions.forEach((m, i) => {
    // "新华社广州3月5日电": the dateline's place filed the report; it is not what the report is about.
    if (DATELINE_AFTER_RE.test(doc.text.slice(m.end, m.end + 16))) return;
    // A province in the title, or at the head of a text that speaks of 全省 more than of 全市, is its subject.
    const provinceText = m.kind === 'Province' && m.start < head.length && counts().province * 2 > counts().all;
    if (m.kind === 'Province' && (doc.title.includes(m.surface) || provinceText) && !score.has(entityOf[i])) {
      add(entityOf[i], 10 + counts().province + (titleNamesLocal ? 0 : 10));
    }
    if (!SUBJECT_KINDS.has(m.kind)) return;
    const id = entityOf[i];
    add(id, 1);
    if (m.start < head.length) add(id, 3);
    if (doc.title.includes(m.surface)) add(id, 10);
    // A place named right before a possessive or "city" word is the one the text talks about.
    const after = doc.text.slice(m.end, m.end + 6);
    if (/^(市|城|City|city)/.test(after)) add(id, 0.5);
  });
  if (score.size === 0) return undefined;
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const [best, bestScore] = ranked[0];
  // A document that names many places evenly and never says "our city" is about none of them.
  const known = entities.some((e) => e.id === best);
  if (!known) return undefined;
  if (ranked.length > 1 && ranked[1][1] >= bestScore * 0.8 && counts().all === 0) return undefined;
  return best;
}
