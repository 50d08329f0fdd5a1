// Which reader a source needs: by file extension, else by sniffing the bytes.
import type { SourceFormat } from '../types.js';

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  pdf: 'pdf',
  docx: 'docx',
};

function extensionOf(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, prefix: string): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

/** Container formats recognised by their magic bytes, whatever the extension says. */
export function binaryFormatOf(file: string, bytes: Uint8Array): SourceFormat | undefined {
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  // A zip is only read as DOCX when named so: other zips are not documents we read.
  if (startsWith(bytes, 'PK\u0003\u0004') && extensionOf(file) === 'docx') return 'docx';
  return undefined;
}

/** The format named by the extension; undefined when the extension is not one we know. */
export function formatByExtension(file: string): SourceFormat | undefined {
  return BY_EXTENSION[extensionOf(file)];
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;

/** For unknown extensions: HTML when the text opens like an HTML page, else plain text. */
export function sniffTextFormat(text: string): SourceFormat {
  return HTML_START.test(text.slice(0, 2048)) ? 'html' : 'text';
}
