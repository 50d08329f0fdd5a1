// PART_OF from the division gazetteer: a place the document names lies in the
// nearest of its administrative ancestors that the document also names. The
// evidence is the first sentence naming both, else the child's first mention.
import { placeAncestors } from '../places/index.js';
import type { Evidence, Mention, Relation, Sentence } from '../types.js';

export interface HierarchyInput {
  documentId: string;
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  entityOf: readonly string[];
}

export function administrativeHierarchy(input: HierarchyInput): Relation[] {
  const idByCode = new Map<string, string>();
  const firstMention = new Map<string, Mention>();
  const sentencesOf = new Map<string, Set<number>>();
  input.mentions.forEach((m, i) => {
    const id = input.entityOf[i];
    if (m.place?.divisionCode) idByCode.set(m.place.divisionCode, id);
    if (!firstMention.has(id)) firstMention.set(id, m);
    if (!sentencesOf.has(id)) sentencesOf.set(id, new Set());
    sentencesOf.get(id)!.add(m.sentence);
  });
  const evidence = (child: string, parent: string): Evidence => {
    const shared = [...sentencesOf.get(child)!].find((s) => sentencesOf.get(parent)?.has(s));
    const s = input.sentences[shared ?? firstMention.get(child)!.sentence];
    return { document: input.documentId, start: s.start, end: s.end, text: s.text };
  };
  const out: Relation[] = [];
  for (const [id, m] of firstMention) {
    const code = m.place?.divisionCode;
    const chain = code ? placeAncestors(code).map((p) => p.code) : m.place?.parentCode ? [m.place.parentCode, ...placeAncestors(m.place.parentCode).map((p) => p.code)] : [];
    const parent = chain.map((c) => idByCode.get(c)).find((p) => p !== undefined && p !== id);
    if (parent) out.push({ type: 'PART_OF', from: id, to: parent, evidence: [evidence(id, parent)] });
  }
  return out;
}
