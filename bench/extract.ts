// Extraction throughput on >= 20 MB (the seeds repeated as separate
// documents) after a warm-up, printed beside bare jieba segmentation of the same texts in the
// same run (HMM on, the mode the pipeline itself segments with, so the two
// compare like with like), with memory sampled as the input grows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { extractSource } from '../graph/extract/pipeline.js';

const targetMb = Number(process.env.BENCH_MB ?? 20);
const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ file: f, bytes: readFileSync(join('seeds', f)) }));
const seedBytes = seeds.reduce((n, s) => n + s.bytes.length, 0);
const rounds = Math.ceil((targetMb * 1024 * 1024) / seedBytes);
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const rate = (ms: number) => (totalBytes / 1024 / 1024 / (ms / 1000)).toFixed(2);

// Each copy differs by a line so the content addresses differ, as real files would.
const docs = Array.from({ length: rounds }, (_, r) => seeds.map((s) => ({
  file: `${r}-${s.file}`,
  bytes: Buffer.concat([s.bytes, Buffer.from(`\n副本 ${r}\n`)]),
}))).flat();
const totalBytes = docs.reduce((n, d) => n + d.bytes.length, 0);

// Warm-up, timed on its own: the first pass builds the lazy indexes and dictionaries of every
// language (jieba's dictionary, the traditional-character table, the English place index), and V8
// keeps compiling the hot code for the first few megabytes (about 40 passes over the seeds). The
// figure that follows is the steady state a large ingest runs at; this one is what a cold process
// pays on its first documents.
const warmupMb = Number(process.env.BENCH_WARMUP_MB ?? 5);
const warmupRounds = Math.max(1, Math.ceil((warmupMb * 1024 * 1024) / seedBytes));
const w0 = process.cpuUsage();
const wt0 = performance.now();
for (let r = 0; r < warmupRounds; r++) {
  for (const s of seeds) await extractSource({ file: `warm-${r}-${s.file}`, bytes: Buffer.concat([s.bytes, Buffer.from(`\n预热 ${r}\n`)]) });
}
const warmupMs = performance.now() - wt0;
const warmupCpuMs = cpuMs(process.cpuUsage(w0));
const memory: string[] = [];
// The collector, to tell memory still held (a leak would grow with the input) from garbage not yet collected.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
/** Wall and CPU milliseconds spent sampling memory, left out of the extraction's time. */
const sampling = { ms: 0, cpuMs: 0 };
/** Heap in use now, then after a full collection: only the second is memory the extractor keeps. */
function heapNow(): string {
  const t = performance.now();
  const c = process.cpuUsage();
  const before = process.memoryUsage().heapUsed;
  collect();
  const after = process.memoryUsage().heapUsed;
  sampling.ms += performance.now() - t;
  sampling.cpuMs += cpuMs(process.cpuUsage(c));
  return `heap ${mb(before)} MB, ${mb(after)} MB live after a full collection`;
}
// CPU time beside wall time: on a shared machine the wall clock also counts other processes.
const c0 = process.cpuUsage();
const t0 = performance.now();
let done = 0;
for (const [i, d] of docs.entries()) {
  await extractSource(d);
  done += d.bytes.length;
  if (i % Math.ceil(docs.length / 4) === 0 || i === docs.length - 1) {
    memory.push(`${mb(done)} MB → rss ${mb(process.memoryUsage().rss)} MB, ${heapNow()}`);
  }
}
const extractMs = performance.now() - t0 - sampling.ms;
const extractCpuMs = cpuMs(process.cpuUsage(c0)) - sampling.cpuMs;

const jieba = Jieba.withDict(dict);
const texts = docs.map((d) => d.bytes.toString('utf8'));
const c1 = process.cpuUsage();
const t1 = performance.now();
let tokens = 0;
for (const t of texts) tokens += jieba.cut(t, true).length;
const jiebaMs = performance.now() - t1;
const jiebaCpuMs = cpuMs(process.cpuUsage(c1));

const warmupBytes = warmupRounds * seedBytes;
const warmRate = (ms: number) => (warmupBytes / 1024 / 1024 / (ms / 1000)).toFixed(2);
console.log(`warm-up: ${mb(warmupBytes)} MB (the ${seeds.length} seeds ${warmupRounds} times), from a cold process: wall ${warmRate(warmupMs)} MB/s, cpu ${warmRate(warmupCpuMs)} MB/s`);
console.log(`input: ${docs.length} documents, ${mb(totalBytes)} MB, after the warm-up`);
console.log(`extract: wall ${(extractMs / 1000).toFixed(2)} s = ${rate(extractMs)} MB/s; cpu ${(extractCpuMs / 1000).toFixed(2)} s = ${rate(extractCpuMs)} MB/s`);
console.log(`jieba:   wall ${(jiebaMs / 1000).toFixed(2)} s = ${rate(jiebaMs)} MB/s; cpu ${(jiebaCpuMs / 1000).toFixed(2)} s = ${rate(jiebaCpuMs)} MB/s (cut with HMM, as the pipeline segments; ${tokens} tokens)`);
console.log(`ratio:   extract takes ${(extractMs / jiebaMs).toFixed(2)}× jieba's wall time, ${(extractCpuMs / jiebaCpuMs).toFixed(2)}× its cpu time`);
console.log('memory as input grows:');
for (const line of memory) console.log(`  ${line}`);

// One long document of the same texts: a stage whose cost grows with the square of the
// document (every sentence against every name learnt so far) shows here, not above.
const longMb = Number(process.env.BENCH_LONG_MB ?? 2);
const long = docs.slice(0, Math.max(1, Math.round((longMb * 1024 * 1024 * docs.length) / totalBytes)));
const longBytes = Buffer.from(long.map((d) => d.bytes.toString('utf8')).join('\n'));
const c2 = process.cpuUsage();
await extractSource({ file: 'long.txt', bytes: longBytes });
const longCpuMs = cpuMs(process.cpuUsage(c2));
const longRate = longBytes.length / 1024 / 1024 / (longCpuMs / 1000);
console.log(`one ${mb(longBytes.length)} MB document: cpu ${(longCpuMs / 1000).toFixed(2)} s = ${longRate.toFixed(2)} MB/s (${(longRate / (totalBytes / 1024 / 1024 / (extractCpuMs / 1000))).toFixed(2)}× the rate over separate documents)`);
