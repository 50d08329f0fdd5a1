// DecodedDocument -> NormalizedDocument: a fixed list of small stages over one
// traced text, so every character of the result maps back to the raw text.
import type { DecodedDocument, NormalizedDocument } from '../types.js';
import { dropBoilerplateLines } from './boilerplate.js';
import { htmlToTraced } from './html.js';
import { dropJunkTokens } from './junkTokens.js';
import { detectLanguage } from './language.js';
import { stripInlineCode, stripMarkdown } from './markdown.js';
import { stripPinyinReadings } from './pinyin.js';
import { toSimplified, traditionalToSimplified } from './script.js';
import { fileTitle, firstMarkdownHeading, firstTitleLine } from './title.js';
import { tracedFrom, type Traced } from './traced.js';
import { fixEnglishGlue, halfWidthForms } from './width.js';
import { collapseWhitespace, normalizeLineEndsAndSpaces } from './whitespace.js';

export type Stage = (input: Traced) => Traced;

/** Stages after markup removal, in order. */
export const TEXT_STAGES: readonly Stage[] = [
  dropBoilerplateLines,
  stripPinyinReadings,
  traditionalToSimplified,
  halfWidthForms,
  fixEnglishGlue,
  collapseWhitespace,
  dropJunkTokens,
  collapseWhitespace,
];

export function runStages(input: Traced, stages: readonly Stage[]): Traced {
  return stages.reduce((t, stage) => stage(t), input);
}

function markupStages(format: DecodedDocument['format']): Stage[] {
  if (format === 'markdown') return [stripMarkdown, stripInlineCode];
  if (format === 'text') return [stripMarkdown];
  return [];
}

function cleanTitle(title: string): string {
  return collapseWhitespace(halfWidthForms(stripPinyinReadings(tracedFrom(toSimplified(title))))).text;
}

export function normalizeDocument(d: DecodedDocument): NormalizedDocument {
  let traced = tracedFrom(d.raw);
  let title: string | undefined;
  if (d.format === 'html') {
    const html = htmlToTraced(d.raw);
    traced = html.traced;
    title = html.title || undefined;
  } else if (d.format === 'markdown' || d.format === 'text') {
    const heading = firstMarkdownHeading(d.raw);
    title = heading ? stripMarkdown(tracedFrom(heading)).text : undefined;
  }
  traced = runStages(normalizeLineEndsAndSpaces(traced), [...markupStages(d.format), ...TEXT_STAGES]);
  const cleanedTitle = title ? cleanTitle(title) : '';
  return {
    id: d.id,
    file: d.file,
    title: cleanedTitle || firstTitleLine(traced.text) || fileTitle(d.file),
    language: detectLanguage(d.raw),
    text: traced.text,
    origin: traced.origin,
  };
}

export { type Traced, replaceTraced, tracedFrom } from './traced.js';
