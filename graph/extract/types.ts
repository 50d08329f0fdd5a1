// Plain data passed between the extraction stages:
// source bytes → decoded text → normalized text → sentences → mentions →
// entities, relations, facts. Every stage is a function over these shapes.
import type { DocumentLanguage, EntityKind, FactMeasure, RelationType } from '../schema.js';

/** A file as read from disk or an upload. */
export interface SourceFile {
  /** Name shown to people (a path or an upload's file name); never used to open anything. */
  file: string;
  bytes: Uint8Array;
}

export type SourceFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

/** Bytes decoded to a JavaScript string, before any cleaning. */
export interface DecodedDocument {
  /** Content address: first 16 hex digits of the SHA-256 of the bytes. */
  id: string;
  file: string;
  format: SourceFormat;
  /** Encoding the bytes were read in, e.g. utf-8, utf-16le, gb18030, big5. */
  encoding: string;
  raw: string;
}

/**
 * Cleaned text the later stages read. `origin[i]` is the index in `raw` of the
 * character that became `text[i]`, so every offset can be traced to the source.
 */
export interface NormalizedDocument {
  id: string;
  file: string;
  title: string;
  language: DocumentLanguage;
  text: string;
  origin: Int32Array;
}

export interface Sentence {
  index: number;
  /** Offsets into the normalized text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** The heading this sentence falls under, when the text has headings. */
  heading?: string;
}

/** Kind-specific properties of places taken from the division gazetteer. */
export interface PlaceInfo {
  divisionCode?: string;
  level?: 'province' | 'city' | 'county' | 'township';
  parentCode?: string;
  nameEn?: string;
}

/** One occurrence of an entity in the text. */
export interface Mention {
  kind: EntityKind;
  /** The text as it stands at [start, end) of the normalized text. */
  surface: string;
  /** Canonical name: fullest simplified-Chinese form, or the English form for English-only names. */
  name: string;
  /** Other names known for the same entity (short forms, English/pinyin, traditional). */
  aliases?: string[];
  start: number;
  end: number;
  sentence: number;
  place?: PlaceInfo;
  /** Which recogniser found it, for debugging and tie-breaking. */
  source: string;
}

export interface Evidence {
  document: string;
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  mentions: number;
  nameEn?: string;
  divisionCode?: string;
  level?: PlaceInfo['level'];
}

export interface Relation {
  type: RelationType;
  from: string;
  to: string;
  evidence: Evidence[];
}

export interface Fact {
  subject: string;
  indicator: string;
  value: number;
  unit: string;
  measure: FactMeasure;
  /**
   * A change the text states as a fall (下降2.1%, "down 2.1 percent"). The value stays as written, as
   * the annotation guidelines give it; this says its sign.
   */
  fall?: true;
  year: number | null;
  evidence: Evidence;
}

export interface DocumentMeta {
  id: string;
  file: string;
  title: string;
  language: DocumentLanguage;
  chars: number;
  /** Id of the place the document is about, when one could be worked out. */
  place?: string;
}

/** The extractor's output: the prediction format of shared/eval/README.md. */
export interface Extraction {
  documents: DocumentMeta[];
  entities: Entity[];
  relations: Relation[];
  facts: Fact[];
}

/** What a recogniser may read besides the sentence itself. */
export interface RecogniseContext {
  language: DocumentLanguage;
  /** The whole normalized text, for look-behind beyond the sentence. */
  text: string;
}

/** One recogniser: finds mentions of some kinds in one sentence, offsets absolute in the normalized text. */
export interface Recogniser {
  name: string;
  kinds: readonly EntityKind[];
  recognise(sentence: Sentence, context: RecogniseContext): Mention[];
}

/** Everything one run of the pipeline produced for one source file. */
export interface ExtractResult {
  extraction: Extraction;
  document: NormalizedDocument;
  /** Encoding and format the source was read in. */
  decoded: Pick<DecodedDocument, 'encoding' | 'format'>;
  sentences: Sentence[];
  mentions: Mention[];
}
