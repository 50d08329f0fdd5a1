// One process per data folder: a lock file holding the owner's pid, created
// exclusively. A lock left by a process that no longer runs (a crash, a
// SIGKILL) is taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../errors.js';

export const LOCK_FILE = 'kg.lock';

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock of `dataDir` for this process; returns the function that releases it. */
export function acquireLock(dataDir: string, label = dataDir): () => void {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (ownerOf(path) === process.pid) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = ownerOf(path);
      if (owner !== null && owner !== process.pid && running(owner)) {
        throw new KgError('LOCKED', `data folder ${label} is in use by pid ${owner}`, { pid: owner });
      }
      rmSync(path, { force: true });
    }
  }
  throw new KgError('LOCKED', `data folder ${label} is locked (${path}) and the lock could not be taken over`);
}
