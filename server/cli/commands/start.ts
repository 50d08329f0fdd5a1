// `kg start` (`npm start`): everything a fresh clone needs to show the explorer —
// build the client when it is missing or older than its sources, fill an empty
// store from seeds/, serve API and client, print the address.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { listSourceFiles } from '../../../graph/ingest/files.js';
import { ingestFiles } from '../../../graph/ingest/ingest.js';
import { formatSummary } from '../../../graph/ingest/progress.js';
import { dataDirOf, openStore } from '../../../graph/store/open.js';
import type { GraphStore } from '../../../graph/store/types.js';
import { startServer } from '../../api/server.js';

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

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is an integer from 0 to 65535');
  return port;
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('build the client if needed, ingest seeds/ into an empty store, and serve the explorer (default http://localhost:3000)')
    .addOption(new Option('-p, --port <port>', 'port to listen on').env('PORT').argParser(portNumber).default(3000))
    .addOption(new Option('-H, --host <host>', 'address to bind; 0.0.0.0 exposes the explorer to the network').env('HOST').default('127.0.0.1'))
    .option('--seeds <dir>', 'folder ingested when the store is empty', 'seeds')
    .action(async (opts: { port: number; host: string; seeds: string }) => {
      const root = process.cwd();
      const log = (line: string) => process.stdout.write(`${line}\n`);
      await ensureClientBuilt(root, log);
      const store = await openStore();
      let server;
      try {
        await ingestSeedsIfEmpty(store, resolve(root, opts.seeds), dataDirOf(), log);
        server = await startServer({ port: opts.port, host: opts.host, store, config: { clientDir: join(root, 'dist/client') } });
      } catch (error) {
        await store.close();
        throw error;
      }
      const counts = await store.counts();
      log(`kg-explorer: ${counts.nodes} nodes, ${counts.relationships} relationships (${store.kind} store)`);
      log(`Open ${server.url.replace('//127.0.0.1:', '//localhost:')}`);
      const running = server;
      await new Promise<void>((done) => {
        const stop = () => void running.close().finally(() => store.close().finally(done));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
