// Multipart uploads held in memory within the configured limits. A file's
// name is kept only as a label: it is reduced to its last segment and never
// used to open, create or name anything on disk.
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import multer from 'multer';
import { KgError } from '../../graph/errors.js';
import type { SourceFile } from '../../graph/extract/types.js';

export const UPLOAD_FIELD = 'files';

export function uploadParser(maxBytes: number, maxFiles: number): RequestHandler {
  const parse = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: maxFiles, fields: 10, parts: maxFiles + 10 },
  }).array(UPLOAD_FIELD, maxFiles);
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) {
      return next(new KgError('INPUT', `Upload documents as multipart/form-data with the field "${UPLOAD_FIELD}".`));
    }
    parse(req, res, next);
  };
}

/** The label shown for an uploaded file: its last path segment, without control characters. */
export function displayName(original: string): string {
  const label = original.split(/[\\/]/).pop()?.replace(/[\p{Cc}\p{Cf}]/gu, '').trim().slice(0, 255);
  return label && label !== '.' && label !== '..' ? label : 'upload';
}

/** busboy reads header parameters as latin1; browsers send UTF-8 bytes there. */
function utf8Name(name: string): string {
  return /^[\x00-\xff]*$/.test(name) ? Buffer.from(name, 'latin1').toString('utf8') : name;
}

/** The files multer parsed into `req.files`. */
export function uploadedSources(req: IncomingMessage & { files?: unknown }): SourceFile[] {
  const files: Express.Multer.File[] = Array.isArray(req.files) ? req.files : [];
  if (files.length === 0) throw new KgError('INPUT', `No file uploaded; send one or more files in the multipart field "${UPLOAD_FIELD}".`);
  return files.map((f) => ({ file: displayName(utf8Name(f.originalname)), bytes: new Uint8Array(f.buffer) }));
}
