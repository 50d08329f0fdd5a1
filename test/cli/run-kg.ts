// Spawning the real `kg` CLI for the command tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const MAIN = resolve('server/cli/main.ts');
const TSX = resolve('node_modules/.bin/tsx');

export function startKg(args: string[], env: Record<string, string>): ChildProcess {
  const clean = { ...process.env };
  delete clean.NEO4J_URI;
  const child = spawn(TSX, [MAIN, ...args], { env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  // Decode as UTF-8 across chunk boundaries: a Chinese character may straddle two chunks.
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  return child;
}

export function runKg(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = startKg(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => { stdout += d; });
  child.stderr?.on('data', (d) => { stderr += d; });
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
}
