// `kg start` (`npm start`): everything a fresh clone needs to show the explorer —
// build the client when it is missing or older than its sources, fill an empty
// store from seeds/, serve API and client, print the address.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { listSourceFiles } from '../../../graph/ingest/files.js';
import { ingestFiles } from '../../../graph/ingest/ingest.js';
import { formatSummary } from '../../../graph/ingest/progress.js';
import { dataDirOf, openStore } from '../../../graph/store/open.js';
import type { GraphStore } from '../../../graph/store/types.js';
import { type ListenOptions, serveUntilSignal, withListenOptions } from '../serving.js';

/** Files whose change makes a new client build necessary. */
const CLIENT_INPUTS = ['client', 'graph/schema.ts', 'server/api/schemas.ts', 'vite.config.ts'];
const CLIENT_OUTPUT = 'dist/client/index.html';

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stat.mtimeMs);
}

/** Whether dist/client is missing or older than any client input. */
export function clientIsStale(root: string): boolean {
  const output = join(root, CLIENT_OUTPUT);
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return CLIENT_INPUTS.some((input) => newestChange(join(root, input)) > built);
}

/** Builds the client through Vite's JS API when it is stale; returns whether it built. */
export async function ensureClientBuilt(root: string, log: (line: string) => void = () => {}): Promise<boolean> {
  if (!clientIsStale(root)) return false;
  log('Building the client (dist/client)…');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), root: join(root, 'client'), logLevel: 'warn' });
  return true;
}

/** Ingests every file under `seedsDir` when the store holds nothing yet; returns the number of files ingested. */
export async function ingestSeedsIfEmpty(
  store: GraphStore, seedsDir: string, dataDir: string, log: (line: string) => void = () => {},
): Promise<number> {
  if ((await store.counts()).nodes > 0 || !existsSync(seedsDir)) return 0;
  const files = await listSourceFiles([seedsDir]);
  if (files.length === 0) return 0;
  log(`The store is empty: ingesting ${files.length} seed document${files.length === 1 ? '' : 's'} from ${seedsDir}…`);
  const summary = await ingestFiles(store, files, { dataDir });
  log(formatSummary(summary));
  return summary.documents.ingested;
}

export function registerStart(program: Command): void {
  withListenOptions(
    program
      .command('start')
      .description('build the client if needed, ingest seeds/ into an empty store, and serve the explorer (default http://localhost:3000)'),
    'the explorer',
  )
    .option('--seeds <dir>', 'folder ingested when the store is empty', 'seeds')
    .action(async (opts: ListenOptions & { seeds: string }) => {
      const root = process.cwd();
      const log = (line: string) => process.stdout.write(`${line}\n`);
      await ensureClientBuilt(root, log);
      const store = await openStore();
      await serveUntilSignal(store, { port: opts.port, host: opts.host, config: { clientDir: join(root, 'dist/client') } }, {
        prepare: async () => {
          await ingestSeedsIfEmpty(store, resolve(root, opts.seeds), dataDirOf(), log);
        },
        started: async (url) => {
          const counts = await store.counts();
          log(`kg-explorer: ${counts.nodes} nodes, ${counts.relationships} relationships (${store.kind} store)`);
          log(`Open ${url.replace('//127.0.0.1:', '//localhost:')}`);
        },
      });
    });
}
