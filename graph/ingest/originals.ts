// Original bytes of every ingested document, kept content-addressed in the
// data folder: documents/<first two hex digits>/<sha256>. Written to a
// temporary name and renamed, so a crash never leaves a partial file.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const ORIGINALS_DIR = 'documents';

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function originalPath(dataDir: string, sha256: string): string {
  return join(dataDir, ORIGINALS_DIR, sha256.slice(0, 2), sha256);
}

/** Stores the bytes under their hash unless already there; returns the path. */
export async function keepOriginal(dataDir: string, bytes: Uint8Array, sha256 = sha256Of(bytes)): Promise<string> {
  const path = originalPath(dataDir, sha256);
  if (existsSync(path)) return path;
  await mkdir(join(dataDir, ORIGINALS_DIR, sha256.slice(0, 2)), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
  return path;
}
