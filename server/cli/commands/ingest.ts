// `kg ingest <files or folders...> [--force]`: keep, extract and store every
// document; a summary at the end and a non-zero exit when any failed.
import type { Command } from 'commander';
import { ingestFiles } from '../../../graph/ingest/ingest.js';
import { listSourceFiles } from '../../../graph/ingest/files.js';
import { createProgress, formatSummary } from '../../../graph/ingest/progress.js';
import { dataDirOf, withStore } from '../../../graph/store/open.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract report files and write them into the graph store (the same bytes twice is a no-op)')
    .argument('<paths...>', 'files, or folders read recursively')
    .option('--force', 'extract and write again even documents whose bytes are already stored')
    .action(async (paths: string[], opts: { force?: boolean }) => {
      const files = await listSourceFiles(paths);
      const summary = await withStore(async (store) => {
        const progress = createProgress();
        try {
          return await ingestFiles(store, files, {
            dataDir: dataDirOf(), force: opts.force, onDocument: (o, done, total) => progress.update(o, done, total),
          });
        } finally {
          progress.stop();
        }
      });
      process.stdout.write(formatSummary(summary));
      if (summary.documents.failed > 0) process.exitCode = 1;
    });
}
