import { execFile } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../graph/extract/types.js';

const run = promisify(execFile);
const seed = (prefix: string) => `seeds/${prefix}`;

async function kg(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/kg.mjs', ...args], { maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('kg extract on the seed reports', () => {
  let x: Extraction;
  beforeAll(async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => seed(f));
    const out = await kg(['extract', ...files, '--format', 'json']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    x = JSON.parse(out.stdout) as Extraction;
  });

  it('finds the city the reports are about as one entity with its English and traditional names', () => {
    const city = x.entities.find((e) => e.id === 'City:晋中市');
    expect(city).toBeDefined();
    expect(city!.aliases).toEqual(expect.arrayContaining(['Jinzhong', '晋中']));
    expect(city!.divisionCode).toMatch(/^1407/);
    expect(x.entities.filter((e) => e.name.includes('晉中'))).toEqual([]);
  });

  it('links methanol heavy trucks to the city, with the English and Chinese mentions meeting', () => {
    const industry = x.entities.find((e) => e.kind === 'Industry' && e.name === '甲醇重卡');
    expect(industry).toBeDefined();
    expect(industry!.aliases.map((a) => a.toLowerCase())).toContain('methanol heavy trucks');
    const edge = x.relations.find((r) => r.type === 'HAS_INDUSTRY' && r.from === 'City:晋中市' && r.to === industry!.id);
    expect(edge).toBeDefined();
    expect(edge!.evidence.length).toBeGreaterThan(0);
  });

  it('gives every relation and fact evidence that points into its document', () => {
    const docs = new Set(x.documents.map((d) => d.id));
    for (const r of x.relations) for (const e of r.evidence) {
      expect(docs.has(e.document)).toBe(true);
      expect(e.end).toBeGreaterThan(e.start);
    }
    expect(x.facts.length).toBeGreaterThan(20);
    expect(x.facts.every((f) => docs.has(f.evidence.document) && Number.isFinite(f.value))).toBe(true);
  });

  it('reads no masked number in the seed that masks digits as a value', () => {
    let checked = 0;
    for (const f of x.facts) {
      for (const token of f.evidence.text.match(/[\d.]*\*[\d.*]*/g) ?? []) {
        if (!/\d/.test(token)) continue;
        // A masked token such as 2112.* could only have become a value matching it with * as any digit.
        const pattern = new RegExp(`^${token.replace(/\./g, '\\.').replace(/\*/g, '\\d')}$`);
        expect(String(f.value)).not.toMatch(pattern);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('kg extract on bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bad-'));
  const empty = join(dir, 'empty.txt');
  const binary = join(dir, 'image.txt');
  const huge = join(dir, 'huge.txt');
  const good = join(dir, 'good.txt');
  writeFileSync(empty, '');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3, 0, 0, 7, 8]));
  writeFileSync(huge, '');
  truncateSync(huge, 100 * 1024 * 1024);
  writeFileSync(good, '河北省保定市大力发展新能源汽车产业。');

  it('prints one line per bad file naming it, processes the rest, and exits non-zero', async () => {
    const missing = join(dir, 'missing.txt');
    const out = await kg(['extract', empty, binary, missing, huge, good, '--format', 'json']);
    expect(out.code).not.toBe(0);
    const lines = out.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    for (const f of [empty, binary, missing, huge]) expect(lines.some((l) => l.includes(f))).toBe(true);
    expect(lines.find((l) => l.includes(huge))).toMatch(/MB/);
    const x = JSON.parse(out.stdout) as Extraction;
    expect(x.documents).toHaveLength(1);
    expect(x.entities.some((e) => e.name === '保定市')).toBe(true);
  });

  it('never makes a fact out of a masked number', async () => {
    const file = join(dir, 'masked.txt');
    writeFileSync(file, '河北省保定市2023年地区生产总值达到2*12.3亿元，增长*.2%。一般公共预算收入100.5亿元。');
    const out = await kg(['extract', file, '--format', 'json']);
    const x = JSON.parse(out.stdout) as Extraction;
    expect(x.facts.map((f) => [f.value, f.unit])).toEqual([[100.5, '亿元']]);
  });

  it('explains the command and its options', async () => {
    const out = await kg(['extract', '--help']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('--format');
    expect(out.stdout).toMatch(/json.*text/s);
  });
});
