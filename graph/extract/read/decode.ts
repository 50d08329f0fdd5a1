// SourceFile -> DecodedDocument: content id, format and text.
import { createHash } from 'node:crypto';
import { KgError } from '../../errors.js';
import type { DecodedDocument, SourceFile, SourceFormat } from '../types.js';
import { docxText, pdfText } from './containers.js';
import { decodeBytes } from './encoding.js';
import { binaryFormatOf, formatByExtension, sniffTextFormat } from './format.js';

/** Content address: first 16 hex digits of the SHA-256 of the bytes. */
export function documentId(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

function requireText(file: string, raw: string): string {
  if (!/\S/.test(raw)) throw new KgError('INPUT', `${file}: the file has no text (empty or only whitespace)`, { file });
  return raw;
}

function containerFormat(src: SourceFile): SourceFormat | undefined {
  const byMagic = binaryFormatOf(src.file, src.bytes);
  if (byMagic) return byMagic;
  const byName = formatByExtension(src.file);
  return byName === 'pdf' || byName === 'docx' ? byName : undefined;
}

function decodeText(src: SourceFile): DecodedDocument {
  const { text, encoding } = decodeBytes(src.file, src.bytes);
  const raw = requireText(src.file, text);
  const format = formatByExtension(src.file) ?? sniffTextFormat(raw);
  return { id: documentId(src.bytes), file: src.file, format, encoding, raw };
}

/** Decodes text formats (plain, Markdown, HTML). PDF and DOCX need `decodeSourceAsync`. */
export function decodeSource(src: SourceFile): DecodedDocument {
  const container = containerFormat(src);
  if (container) {
    throw new KgError('INPUT', `${src.file}: ${container.toUpperCase()} files are read by decodeSourceAsync`, { file: src.file });
  }
  return decodeText(src);
}

/** Decodes every supported format; the one the pipeline calls. */
export async function decodeSourceAsync(src: SourceFile): Promise<DecodedDocument> {
  const container = containerFormat(src);
  if (!container) return decodeText(src);
  const text = container === 'pdf' ? await pdfText(src.file, src.bytes) : await docxText(src.file, src.bytes);
  return {
    id: documentId(src.bytes),
    file: src.file,
    format: container,
    encoding: container,
    raw: requireText(src.file, text),
  };
}
