// Throughput of each normalization stage and of sentence splitting, in CPU
// time (the machine is shared, wall time is noise). Usage: tsx bench/normalize.ts [files...]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeDocument, runStages, TEXT_STAGES } from '../graph/extract/normalize/index.js';
import { stripMarkdown } from '../graph/extract/normalize/markdown.js';
import { tracedFrom } from '../graph/extract/normalize/traced.js';
import { normalizeLineEndsAndSpaces } from '../graph/extract/normalize/whitespace.js';
import { splitSentences } from '../graph/extract/sentences.js';

const TARGET_BYTES = 8_000_000;

function cpuMs<T>(fn: () => T): [T, number] {
  const before = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(before);
  return [result, (used.user + used.system) / 1000];
}

const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync('seeds').map((f) => join('seeds', f));
const sample = files.map((f) => readFileSync(f, 'utf8')).join('\n\n');
const raw = sample.repeat(Math.max(1, Math.ceil(TARGET_BYTES / Buffer.byteLength(sample))));
const mb = Buffer.byteLength(raw) / 1e6;
const doc = { id: 'bench', file: 'bench.txt', format: 'text' as const, encoding: 'utf-8', raw };

normalizeDocument({ ...doc, raw: sample }); // load dictionaries and warm up
let traced = tracedFrom(raw);
for (const stage of [normalizeLineEndsAndSpaces, stripMarkdown, ...TEXT_STAGES]) {
  const [next, ms] = cpuMs(() => runStages(traced, [stage]));
  traced = next;
  console.log(`${stage.name.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms  ${(mb / (ms / 1000)).toFixed(1)} MB/s`);
}
const [normalized, total] = cpuMs(() => normalizeDocument(doc));
console.log(`normalizeDocument ${mb.toFixed(1)} MB: ${total.toFixed(0)} ms, ${(mb / (total / 1000)).toFixed(1)} MB/s`);
const [sentences, split] = cpuMs(() => splitSentences(normalized.text));
console.log(`splitSentences: ${sentences.length} sentences, ${split.toFixed(0)} ms, ${(mb / (split / 1000)).toFixed(1)} MB/s`);
