// The files an ingest reads: each argument is a file or a folder walked
// recursively; hidden entries are skipped; the order is stable.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { KgError } from '../errors.js';

async function walk(dir: string, into: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, into);
    else if (entry.isFile()) into.push(path);
  }
}

/** Absolute paths of every file named or found under the folders named, each once. */
export async function listSourceFiles(args: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const path = resolve(arg);
    const info = await stat(path).catch(() => null);
    if (!info) throw new KgError('NOT_FOUND', `${arg}: no such file or folder`, { file: arg });
    if (info.isDirectory()) await walk(path, files);
    else files.push(path);
  }
  return [...new Set(files)];
}
