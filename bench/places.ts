// Timing of place recognition on the seed texts, repeated to a few megabytes: `npx tsx bench/places.ts`.
import { readFileSync, readdirSync } from 'node:fs';
import { findPlaceMentions } from '../graph/extract/places/index.js';
import { lexicon } from '../graph/extract/places/lexicon.js';
import { segment } from '../graph/extract/recognise/boundary.js';
import type { NormalizedDocument } from '../graph/extract/types.js';

const started = performance.now();
lexicon();
const built = performance.now();
findPlaceMentions(toDocument('山西'), []);
console.log(`index build ${(built - started).toFixed(0)} ms, first call (loads jieba) ${(performance.now() - built).toFixed(0)} ms`);

function toDocument(text: string): NormalizedDocument {
  return { id: 'bench', file: 'bench', title: '', language: 'mixed', text, origin: new Int32Array(0) };
}

const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`seeds/${f}`, 'utf8')).join('\n');
const text = seeds.repeat(Math.max(1, Math.ceil(3_000_000 / Buffer.byteLength(seeds))));
const doc = toDocument(text);
// The second run is the steady state a long batch sees; the first pays for compiling.
let seconds = 0;
let mentions = findPlaceMentions(doc, []);
for (let run = 0; run < 2; run++) {
  const t = performance.now();
  mentions = findPlaceMentions(doc, [{ index: 0, start: 0, end: text.length, text: '' }]);
  seconds = (performance.now() - t) / 1000;
}
const mb = Buffer.byteLength(text) / 1e6;
console.log(`${mb.toFixed(1)} MB, ${mentions.length} mentions, ${seconds.toFixed(2)} s, ${(mb / seconds).toFixed(1)} MB/s`);

// The machine is shared: the ratio to bare jieba segmentation of the same text is the steadier figure.
const j = performance.now();
segment(text);
const jiebaSeconds = (performance.now() - j) / 1000;
console.log(`jieba alone ${jiebaSeconds.toFixed(2)} s; places / jieba = ${(seconds / jiebaSeconds).toFixed(2)}`);
