// `kg extract <files...>`: run the extractor and print what it found, without
// touching any store. A file that cannot be read gets one line on stderr; the
// others are still processed and the exit code says something failed.
import { Command, Option } from 'commander';
import { messageOf } from '../../../graph/errors.js';
import { combineExtractions } from '../../../graph/extract/combine.js';
import { extractSource } from '../../../graph/extract/pipeline.js';
import { readSourceFile } from '../../../graph/extract/read/index.js';
import type { Extraction } from '../../../graph/extract/types.js';
import { formatExtractionText } from '../format/extraction-text.js';

export async function extractFiles(files: readonly string[]): Promise<{ extraction: Extraction; failures: string[] }> {
  const parts: Extraction[] = [];
  const failures: string[] = [];
  for (const file of files) {
    try {
      parts.push((await extractSource(await readSourceFile(file))).extraction);
    } catch (error) {
      const message = messageOf(error);
      failures.push(message.includes(file) ? message : `${file}: ${message}`);
    }
  }
  return { extraction: combineExtractions(parts), failures };
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities, relations and numeric facts from report files and print them (no store is touched)')
    .argument('<files...>', '.txt, .md or .html files (UTF-8, UTF-16, GB18030/GBK or Big5)')
    .addOption(new Option('-f, --format <format>', 'json: the prediction format; text: a readable summary').choices(['json', 'text']).default('text'))
    .action(async (files: string[], opts: { format: 'json' | 'text' }) => {
      const { extraction, failures } = await extractFiles(files);
      for (const f of failures) process.stderr.write(`kg extract: ${f}\n`);
      if (extraction.documents.length > 0 || failures.length === 0) {
        process.stdout.write(opts.format === 'json' ? `${JSON.stringify(extraction, null, 2)}\n` : formatExtractionText(extraction));
      }
      if (failures.length > 0) process.exitCode = 1;
    });
}
