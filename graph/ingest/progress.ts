// Ingest progress: a bar on a terminal, one plain line per document otherwise.
// Failures are listed by the summary either way.
import cliProgress from 'cli-progress';
import { basename } from 'node:path';
import type { DocumentOutcome, IngestSummary } from './ingest.js';

export interface Progress {
  update(outcome: DocumentOutcome, done: number, total: number): void;
  stop(): void;
}

function describe(outcome: DocumentOutcome): string {
  if (outcome.status === 'failed') return `failed: ${outcome.error}`;
  const s = outcome.summary;
  return outcome.status === 'unchanged'
    ? 'unchanged'
    : `${outcome.status} (${s.entities} entities, ${s.relations} relations, ${s.facts} facts)`;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) {
    return {
      update: (outcome, done, total) => stream.write(`[${done}/${total}] ${outcome.file}: ${describe(outcome)}\n`),
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream, format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (outcome, done, total) => {
      if (!started) {
        bar.start(total, 0, { file: '' });
        started = true;
      }
      bar.update(done, { file: basename(outcome.file) });
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

export function formatSummary(s: IngestSummary): string {
  const d = s.documents;
  const lines = [
    `documents: ${d.ingested} ingested, ${d.replaced} replaced, ${d.unchanged} unchanged, ${d.failed} failed`,
    `written: ${s.entities} entities, ${s.relations} relations, ${s.facts} facts in ${(s.ms / 1000).toFixed(1)} s`,
    ...s.failures.map((f) => `failed: ${f.file}: ${f.error}`),
  ];
  return `${lines.join('\n')}\n`;
}
