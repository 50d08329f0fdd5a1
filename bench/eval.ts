// `npm run eval`: runs the extractor over seeds/ and prints the scorer's table
// against the gold annotations (../shared by default, KG_SHARED_DIR to move it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { extractSource } from '../graph/extract/pipeline.js';
import { readSourceFile } from '../graph/extract/read/index.js';

const shared = resolve(process.env.KG_SHARED_DIR ?? '../shared');
const seeds = resolve('seeds');
const verbose = process.argv.includes('--verbose');
const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`eval: no scorer at ${scorer}; set KG_SHARED_DIR to the folder holding eval/ and gold/`);
  process.exit(2);
}
const pred = mkdtempSync(join(tmpdir(), 'kg-pred-'));
for (const f of readdirSync(seeds).filter((n) => /\.(txt|md|html?)$/.test(n)).sort()) {
  const { extraction } = await extractSource(await readSourceFile(join(seeds, f)));
  writeFileSync(join(pred, `${basename(f).replace(/\.[^.]+$/, '')}.json`), JSON.stringify(extraction));
}
const args = [scorer, '--gold', join(shared, 'gold'), '--pred', pred, ...(verbose ? ['--verbose'] : [])];
process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
console.log(`predictions: ${pred}`);
