// `kg serve`: the HTTP API (and the built client, when there is one) over the
// configured store, until interrupted. The store is closed on the way out.
import { Command, InvalidArgumentError, Option } from 'commander';
import { openStore } from '../../../graph/store/open.js';
import { startServer } from '../../api/server.js';

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is an integer from 0 to 65535');
  return port;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and the explorer over the graph store (127.0.0.1 unless told otherwise)')
    .addOption(new Option('-p, --port <port>', 'port to listen on').env('PORT').argParser(portNumber).default(3000))
    .addOption(new Option('-H, --host <host>', 'address to bind; 0.0.0.0 exposes the API to the network').env('HOST').default('127.0.0.1'))
    .action(async (opts: { port: number; host: string }) => {
      const store = await openStore();
      let server;
      try {
        server = await startServer({ port: opts.port, host: opts.host, store, warmSearch: true });
      } catch (error) {
        await store.close();
        throw error;
      }
      process.stderr.write(`kg serve: listening on ${server.url} (${store.kind} store${process.env.KG_API_TOKEN ? ', writes need the token' : ''})\n`);
      const running = server;
      await new Promise<void>((resolve) => {
        const stop = () => {
          void running.close().finally(() => store.close().finally(resolve));
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
