// Reading a source file from disk: stat first so a huge or odd path is refused
// before a single byte is loaded.
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { KgError } from '../../errors.js';
import type { SourceFile } from '../types.js';

const MIB = 1024 * 1024;
const DEFAULT_LIMIT_MB = 32;

const limitMb = z.coerce.number().positive().finite();

/** Byte limit: the option, else KG_MAX_FILE_MB, else 32 MiB. */
export function maxSourceBytes(option?: number): number {
  if (option !== undefined) return option;
  const env = process.env.KG_MAX_FILE_MB;
  if (env === undefined || env === '') return DEFAULT_LIMIT_MB * MIB;
  const parsed = limitMb.safeParse(env);
  if (!parsed.success) {
    throw new KgError('INPUT', `KG_MAX_FILE_MB=${JSON.stringify(env)} is not valid; accepted: a positive number of megabytes`);
  }
  return parsed.data * MIB;
}

function megabytes(bytes: number): string {
  const mb = bytes / MIB;
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}

/** Refuses a byte count over the limit, with a message saying how to raise it. */
export function checkSize(file: string, size: number, limit: number): void {
  if (size > limit) {
    throw new KgError(
      'TOO_LARGE',
      `${file} is ${(size / MIB).toFixed(1)} MB; the limit is ${megabytes(limit)} MB (set KG_MAX_FILE_MB)`,
      { file, size, limit },
    );
  }
  if (size === 0) throw new KgError('INPUT', `${file} is empty; a text, Markdown, HTML, PDF or DOCX file is needed`, { file });
}

function osError(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

function readFailure(path: string, error: unknown): KgError {
  const code = osError(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new KgError('NOT_FOUND', `${path}: no such file`, { file: path }, { cause: error });
  if (code === 'EACCES' || code === 'EPERM') {
    return new KgError('INPUT', `${path}: not readable (permission denied)`, { file: path }, { cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new KgError('INPUT', `${path}: could not be read (${reason})`, { file: path }, { cause: error });
}

export async function readSourceFile(path: string, options: { maxBytes?: number } = {}): Promise<SourceFile> {
  const limit = maxSourceBytes(options.maxBytes);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw readFailure(path, error);
  }
  if (info.isDirectory()) throw new KgError('INPUT', `${path} is a directory; give a file`, { file: path });
  if (!info.isFile()) throw new KgError('INPUT', `${path} is not a regular file`, { file: path });
  checkSize(path, info.size, limit);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw readFailure(path, error);
  }
  // The file may have changed between stat and read.
  checkSize(path, bytes.length, limit);
  return { file: path, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
}
