// The extractor, one stage after another:
// bytes → decoded text → normalized text → sentences → mentions → entities,
// relations, facts.
import { extractFacts } from './facts/index.js';
import { reviewedYear } from './facts/year.js';
import { documentPlace } from './mentions/document-place.js';
import { qualifyLocalBodies } from './mentions/local-bodies.js';
import { mergeMentions } from './mentions/merge.js';
import { resolveOverlaps } from './mentions/overlaps.js';
import { normalizeDocument } from './normalize/index.js';
import { findPlaceMentions } from './places/index.js';
import { decodeSourceAsync } from './read/index.js';
import { recogniseAll } from './recognise/index.js';
import { extractRelations } from './relations/index.js';
import { splitSentences } from './sentences.js';
import type { ExtractResult, Extraction, SourceFile } from './types.js';

/**
 * The year a report reviews: the year before the one a government work report's title
 * names, else the year most often named in the text's first part.
 */
function documentYear(title: string, text: string): number | undefined {
  const reviewed = reviewedYear(title);
  if (reviewed !== undefined) return reviewed;
  const counts = new Map<number, number>();
  for (const m of text.slice(0, 5000).matchAll(/(?<!\d)(20[0-4]\d)(?:年|\s)/g)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0];
}

export async function extractSource(src: SourceFile): Promise<ExtractResult> {
  const decoded = await decodeSourceAsync(src);
  const document = normalizeDocument(decoded);
  const sentences = splitSentences(document.text);
  const context = { language: document.language, text: document.text };
  const mentions = resolveOverlaps([...findPlaceMentions(document, sentences), ...recogniseAll(sentences, context)]);
  const merged = mergeMentions(mentions);
  const place = documentPlace(document, mentions, merged.entityOf, merged.entities);
  const { entities, entityOf } = qualifyLocalBodies(merged, place);
  const relations = extractRelations({
    documentId: document.id, text: document.text, sentences, mentions, entityOf, entities, documentPlace: place,
  });
  const facts = extractFacts({
    documentId: document.id,
    sentences,
    mentions,
    entityOf,
    defaultSubject: place,
    documentYear: documentYear(document.title, document.text),
  });
  const extraction: Extraction = {
    documents: [{
      id: document.id, file: document.file, title: document.title, language: document.language,
      chars: document.text.length, ...(place ? { place } : {}),
    }],
    entities,
    relations,
    facts,
  };
  return { extraction, document, decoded: { encoding: decoded.encoding, format: decoded.format }, sentences, mentions };
}
