import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

describe('kg serve', () => {
  test('When kg serve starts on port 0, then it answers on 127.0.0.1 and closes the store on SIGTERM', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kg-serve-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', 'serve', '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, KG_DATA_DIR: dataDir, KG_API_LOG: '0', NEO4J_URI: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let err = '';
        child.stderr.on('data', (chunk: Buffer) => {
          err += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(err);
          if (match) resolve(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`kg serve exited with ${code}: ${err}`)));
      });
      expect(new URL(url).hostname).toBe('127.0.0.1');
      const health = await (await fetch(`${url}/api/health`)).json();
      expect(health).toMatchObject({ status: 'ok', store: 'embedded' });
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      expect((await readdir(dataDir)).some((name) => name.includes('lock'))).toBe(false);
    } finally {
      child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
