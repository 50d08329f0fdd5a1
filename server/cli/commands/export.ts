// `kg export --format json|graphml|csv|cypher [--node <id>] [--depth N] [--out <path>]`.
import { Option, type Command } from 'commander';
import { z } from 'zod';
import { MAX_DEPTH } from '../../../graph/cypher/labels.js';
import { KgError } from '../../../graph/errors.js';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from '../../../graph/export/index.js';
import { loadSubgraph } from '../../../graph/export/subgraph.js';
import { withStore } from '../../../graph/store/open.js';

const depthOption = z.coerce.number().int().min(0).max(MAX_DEPTH);

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the whole graph, or the neighbourhood of one node, as Cytoscape JSON, GraphML, neo4j-admin CSV or a Cypher script')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...EXPORT_FORMATS]).default('json'))
    .option('--node <id>', 'export only the neighbourhood of this node (an entity id such as City:name, or a document id)')
    .option('--depth <n>', `hops around --node (0-${MAX_DEPTH})`, '1')
    .option('-o, --out <path>', 'file to write (a folder for csv); stdout when left out')
    .action(async (opts: { format: ExportFormat; node?: string; depth: string; out?: string }) => {
      const depth = depthOption.safeParse(opts.depth);
      if (!depth.success) throw new KgError('INPUT', `--depth ${JSON.stringify(opts.depth)} is not valid; accepted: an integer from 0 to ${MAX_DEPTH}`);
      const text = await withStore(async (store) => {
        const graph = await loadSubgraph(store, opts.node === undefined ? undefined : { node: opts.node, depth: depth.data });
        return writeExport(graph, opts.format, opts.out);
      });
      if (text !== null) process.stdout.write(text);
    });
}
